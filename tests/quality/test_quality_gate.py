"""The quality gate: passes on good data, fails (with a readable, masked report) on bad data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.warehouse import fixtures as fx
from transforms.io import write_json_atomic
from transforms.quality import (
    QualityGateFailed,
    QualityGateFailedBefore,
    QualityGateMissing,
    read_verdict,
    require_passed_gate,
    run_gate,
    validate,
)

RAW_EMAIL = "jane.doe@example.com"
RAW_KEY = "sk-proj-abcdefghijklmnopqrstuvwx1234"


@pytest.fixture
def data(tmp_path, tmp_path_factory):
    """A private copy of the built fixture (the gate writes reports and state)."""
    return fx.copy_data_dir(fx.built_fixture_warehouse(tmp_path_factory), tmp_path / "data")


def test_gate_passes_on_good_data_and_records_the_verdict(data):
    with pytest.raises(QualityGateMissing):
        require_passed_gate(data)
    report, md = run_gate(data)
    assert report.passed and not report.failed_expectations
    by_name = {s.name: s for s in report.suites}
    assert by_name["clean_messages"].rows == 32
    assert by_name["train_sft_conversations"].rows == 6
    assert by_name["train_sft_turns"].rows == 28
    verdict = require_passed_gate(data)
    assert verdict["passed"] is True and verdict["run_id"] == report.run_id
    assert verdict["report"] == str(md) and md.read_text().startswith("# Quality gate PASSED")
    counts = json.loads((data.state_dir / "quality/row_counts.json").read_text())
    assert counts["train_sft_conversations"] == 6


def test_gate_fails_on_a_raw_email_and_a_bad_role_with_masked_examples(data):
    bad = [
        fx.message_row("m90", "s2", 2, "robot", "2026-11-01 15:02", "beep"),
        fx.message_row(
            "m91",
            "s2",
            3,
            "user",
            "2026-11-01 15:03",
            f"mail me at {RAW_EMAIL}, my key is {RAW_KEY}",
        ),
    ]
    fx.write_clean_lake(data, extra={"messages": bad})
    with pytest.raises(QualityGateFailed) as failed:
        run_gate(data, fx.DAY1)
    report = failed.value.report
    failures = {(suite, e.type, e.column): e for suite, e in report.failed_expectations}
    role = failures[("clean_messages", "expect_column_values_to_be_in_set", "role")]
    assert role.unexpected_count == 1 and role.examples == [{"id": "m90", "value": "robot"}]
    pii = failures[("clean_messages", "expect_column_values_to_not_match_regex_list", "text")]
    assert pii.unexpected_count == 1 and pii.examples[0]["id"] == "m91"
    assert "[MASKED:email]" in pii.examples[0]["value"]
    assert "[MASKED:openai_or_anthropic_key]" in pii.examples[0]["value"]
    # the report names the expectation and the rows, and never the raw values
    md = failed.value.report_path.read_text()
    js = failed.value.report_path.with_suffix(".json").read_text()
    assert "# Quality gate FAILED" in md and "expect_column_values_to_be_in_set" in md
    assert "unexpected rows: 1 of 31" in md
    for text in (md, js):
        assert RAW_EMAIL not in text and RAW_KEY not in text
    verdict = read_verdict(data)
    assert verdict["passed"] is False and verdict["failed_expectations"] == 2
    with pytest.raises(QualityGateFailedBefore):
        require_passed_gate(data)
    assert "m91" in str(failed.value.report_path.read_text())


def test_row_count_bound_against_the_previous_passing_run(data):
    run_gate(data)  # remembers 6 SFT conversations
    write_json_atomic({"train_sft_conversations": 100}, data.state_dir / "quality/row_counts.json")
    with pytest.raises(QualityGateFailed, match="train_sft_conversations: row count"):
        run_gate(data)
    verdict = read_verdict(data)
    assert verdict["suites"]["train_sft_conversations"] is False
    report = json.loads(Path(verdict["report_json"]).read_text())
    sft = next(s for s in report["suites"] if s["name"] == "train_sft_conversations")
    assert sft["row_count"] == {"rows": 6, "previous": 100, "min": 80, "max": 2000, "passed": False}


def test_chunked_validation_sums_counts_like_one_batch(data):
    bad = [
        fx.message_row(f"m9{i}", "s2", 2 + i, "robot", "2026-11-01 15:02", f"beep {i}")
        for i in range(3)
    ]
    fx.write_clean_lake(data, extra={"messages": bad})
    whole = validate(data, fx.DAY1, suites=["clean_messages"])
    chunked = validate(data, fx.DAY1, suites=["clean_messages"], chunk_rows=4)
    [w], [c] = whole.suites, chunked.suites
    assert c.chunks > 1 and w.chunks == 1 and w.rows == c.rows == 32
    assert [
        (e.type, e.column, e.passed, e.element_count, e.unexpected_count) for e in w.expectations
    ] == [(e.type, e.column, e.passed, e.element_count, e.unexpected_count) for e in c.expectations]
    assert not w.passed and not c.passed


def test_partition_without_a_table_skips_its_suite(data):
    report, _ = run_gate(data, fx.DAY2)
    skipped = {s.name: s.skipped for s in report.suites if s.skipped}
    assert "clean_runtime_errors" in skipped and "2026-11-02" in skipped["clean_runtime_errors"]
    assert report.passed


def test_missing_warehouse_is_recorded_as_a_failed_gate(tmp_path):
    s = fx.fixture_settings(tmp_path)
    fx.write_clean_lake(s)
    with pytest.raises(FileNotFoundError, match="run the warehouse stage first"):
        run_gate(s)
    verdict = read_verdict(s)
    assert verdict["passed"] is False and "FileNotFoundError" in verdict["error"]


def test_a_source_user_id_in_the_clean_lake_fails(data):
    leaked = {**fx.USERS[0], "user_key": "u_000042"}  # not a pseudonym
    fx.write_clean_lake(data, extra={"users": [leaked]})
    report = validate(data, suites=["clean_users"])
    [(suite, failure)] = report.failed_expectations
    assert (suite, failure.column, failure.unexpected_count) == ("clean_users", "user_key", 1)
    assert failure.examples == [{"id": "u_000042", "value": "u_000042"}]
