"""Stage ``quality``: run records on pass and on failure; the failure stops the chain."""

from __future__ import annotations

import json

import pytest

from tests.warehouse import fixtures as fx
from transforms.pipelines import get_stage
from transforms.quality import QualityGateFailed


def _records(settings):
    return [json.loads(p.read_text()) for p in (settings.state_dir / "runs/quality").glob("*.json")]


def test_quality_stage_pass_then_fail(tmp_path, tmp_path_factory):
    s = fx.copy_data_dir(fx.built_fixture_warehouse(tmp_path_factory), tmp_path / "data")
    run = get_stage("quality")
    ok = run(None, s)
    assert ok.status == "success"
    assert ok.counts["suites.failed"] == 0 and ok.counts["expectations.failed"] == 0
    assert ok.counts["suites.passed"] == 13
    assert ok.counts["rows.train_preference_pairs"] == 3
    assert ok.details["passed"] is True and ok.outputs[0].endswith(".md")

    bad = fx.message_row("m90", "s2", 2, "user", "2026-11-01 15:02", "ping me: a.b@corp.io")
    fx.write_clean_lake(s, extra={"messages": [bad]})
    with pytest.raises(QualityGateFailed, match="expect_column_values_to_not_match_regex_list"):
        run(fx.DAY1, s)
    failed = [r for r in _records(s) if r["status"] == "failed"]
    assert len(failed) == 1
    assert failed[0]["counts"]["expectations.failed"] == 1
    assert failed[0]["details"]["passed"] is False
    assert json.loads((s.state_dir / "quality/latest.json").read_text())["passed"] is False
