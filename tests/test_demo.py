"""The demo's plan, its data-dir wipe guard and its summary (the full run is a slow test in
tests/dags/test_dag_runs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.config import Settings
from transforms.demo import (
    MAX_DAILY_EXTRACT_RUNS,
    demo_steps,
    source_days,
    summarize_runs,
    wipe_data_dir,
)
from transforms.orchestration import DAG_IDS
from transforms.pipelines import stage_run
from transforms.status import load_run_records


def test_plan_extracts_each_day_with_its_interval_then_runs_each_downstream_dag_once():
    days = ["2026-11-18", "2026-11-19"]
    steps = demo_steps(days)
    assert [s.dag_id for s in steps] == ["extract_platform"] * 2 + list(DAG_IDS[1:])
    assert steps[0].conf == {"partition": "2026-11-18"}
    assert steps[0].logical_date == "2026-11-19"  # manual run interval = [day, day + 1)
    assert all(s.conf == {"partitions": days} for s in steps[2:])


def test_plan_uses_one_extract_run_when_there_are_many_days():
    days = [f"2026-11-{d:02d}" for d in range(1, MAX_DAILY_EXTRACT_RUNS + 2)]
    steps = demo_steps(days)
    assert [s.conf for s in steps if s.dag_id == "extract_platform"] == [{"partition": None}]


def test_source_days_are_the_union_over_tables(tmp_path):
    s = Settings(data_dir=tmp_path)
    for table, day in (
        ("messages", "2026-11-19"),
        ("users", "2026-11-18"),
        ("messages", "2026-11-18"),
    ):
        (s.source_dir / table / f"dt={day}").mkdir(parents=True)
    (s.source_dir / "_gold").mkdir()
    assert source_days(s) == ["2026-11-18", "2026-11-19"]


def test_wipe_refuses_the_checkout_and_empties_a_data_dir(tmp_path):
    repo = Settings(data_dir=tmp_path).repo_dir
    for bad in (repo, repo.parent, Path("/")):
        with pytest.raises(ValueError, match="refusing to wipe"):
            wipe_data_dir(Settings(data_dir=bad))
    (tmp_path / "lake" / "raw").mkdir(parents=True)
    (tmp_path / "warehouse.duckdb").write_text("x")
    wipe_data_dir(Settings(data_dir=tmp_path))
    assert tmp_path.exists() and list(tmp_path.iterdir()) == []


def test_summary_reads_rows_spans_gate_and_exports_from_run_records(tmp_path):
    s = Settings(data_dir=tmp_path)
    for day in ("2026-11-18", "2026-11-19"):
        with stage_run("redact", day, s) as r:
            r.counts.update(
                {"rows.messages": 10, "spans.total": 3, "spans.SECRET": 2, "spans.EMAIL_ADDRESS": 1}
            )
    with stage_run("quality", None, s) as r:
        r.counts.update({"suites.passed": 13, "expectations.failed": 0})
        r.details["passed"] = True
    with stage_run("export", None, s) as r:
        r.counts.update({"rows.sft": 7, "rows.sft.train": 6, "users.consent_excluded": 2})
        r.outputs = [str(tmp_path / "exports" / "sft" / "v1")]
    lines = dict(
        (stage, (status, text))
        for stage, status, text in summarize_runs(load_run_records(s), tmp_path)
    )
    assert lines["redact"] == (
        "success",
        "2 run(s); 20 rows; 6 PII/secret spans redacted (SECRET 4, EMAIL_ADDRESS 2)",
    )
    assert "gate PASSED: 13 suites passed, 0 failed expectations" in lines["quality"][1]
    assert lines["export"][1] == (
        "1 run(s); sft 7 rows; 2 users excluded (no consent); exports/sft/v1"
    )


def test_summary_explains_why_extract_loads_fewer_rows_than_generated(tmp_path):
    """Issue 15 item 14: 'generated N' then 'extract M < N' must not look like data loss."""
    from transforms.demo import _generated_line

    line = _generated_line({"messages": 100, "users": 5, "gold_labels": 30})
    assert line.startswith("generated 105 source rows (100 messages")
    assert "+30 gold labels (evaluation only, not extracted)" in line
    assert "planted bad rows go to quarantine" in line and "deletion-requested" in line
    s = Settings(data_dir=tmp_path)
    with stage_run("extract", "2026-11-18", s) as r:
        r.counts.update({"rows.messages": 90, "quarantined.messages": 7})
    lines = {stage: text for stage, _, text in summarize_runs(load_run_records(s), tmp_path)}
    assert "90 rows" in lines["extract"] and "7 quarantined" in lines["extract"]
