"""The export stage: builds all three datasets, records its run, refuses a failed gate."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from transforms.config import Settings
from transforms.exports.sources import QualityGateFailedError
from transforms.exports.verify import verify_version
from transforms.io import write_json_atomic
from transforms.pipelines import get_stage


def _fixture_module():
    # the fixture builder lives with the export tests; load it by path (tests/ is no package)
    path = Path(__file__).resolve().parents[1] / "exports" / "fixtures.py"
    spec = importlib.util.spec_from_file_location("iw_export_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def settings(tmp_path) -> Settings:
    s = Settings(data_dir=tmp_path, workers=1)
    _fixture_module().build_fixture_warehouse(s.warehouse_path)
    return s


def _records(settings: Settings) -> list[dict]:
    return [json.loads(p.read_text()) for p in (settings.state_dir / "runs" / "export").glob("*")]


def test_stage_builds_every_dataset_and_records_the_run(settings):
    result = get_stage("export")("2026-11-01", settings)
    assert result.status == "success" and result.partition == "2026-11-01"
    assert set(result.details["versions"]) == {"sft", "bugfix", "preference"}
    assert result.details["quality_gate"] == "missing"
    for name in ("sft", "bugfix", "preference"):
        assert result.counts[f"rows.{name}"] > 0
        assert result.counts[f"rows.{name}.train"] > 0
    assert result.counts["removed.sft.eval_contamination"] == 1
    assert result.counts["users.consent_excluded"] == 2
    for out in result.outputs:
        assert verify_version(Path(out)) == []
        manifest = json.loads((Path(out) / "manifest.json").read_text())
        assert manifest["source"]["export_run_id"] == result.run_id
    (record,) = _records(settings)
    assert record["status"] == "success" and record["run_id"] == result.run_id


def test_stage_refuses_after_a_failed_quality_gate(settings):
    write_json_atomic(
        {"passed": False, "run_id": "q-bad", "report": "r.md"},
        settings.state_dir / "quality" / "latest.json",
    )
    with pytest.raises(QualityGateFailedError, match="q-bad"):
        get_stage("export")(None, settings)
    (record,) = _records(settings)
    assert record["status"] == "failed" and "quality gate failed" in record["details"]["error"]
    assert not settings.exports_dir.exists() or not any(settings.exports_dir.rglob("*.parquet"))
