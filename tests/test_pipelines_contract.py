import json

import pytest

from transforms.config import Settings
from transforms.pipelines import STAGES, get_stage, stage_run


def test_unknown_stage_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown stage 'transform'"):
        get_stage("transform")


def test_stage_run_records_success_and_failure(tmp_path):
    s = Settings(data_dir=tmp_path)
    with stage_run("extract", "2026-11-01", s) as r:
        r.counts["rows.messages"] = 3
    with pytest.raises(ZeroDivisionError), stage_run("extract", "2026-11-02", s):
        _ = 1 / 0
    records = [json.loads(p.read_text()) for p in (tmp_path / "state/runs/extract").glob("*.json")]
    by_status = {r["status"]: r for r in records}
    assert by_status["success"]["counts"] == {"rows.messages": 3}
    assert "ZeroDivisionError" in by_status["failed"]["details"]["error"]
    assert all(r["duration_s"] >= 0 and r["finished_at"] for r in records)


def test_every_stage_module_exposes_run():
    for stage in STAGES:
        assert callable(get_stage(stage))
