"""Real DAG runs through ``airflow dags test`` (no server): the failure path leaves an alert
record and a readable log tail; the slow test runs the whole ``iw demo``."""

from __future__ import annotations

import io
import json
import os

import pytest
from rich.console import Console

from transforms.config import Settings
from transforms.orchestration.alerts import alerts_dir
from transforms.orchestration.bootstrap import airflow_env, bootstrap_airflow
from transforms.orchestration.runner import DagStep, failure_excerpt, run_chain


def test_chain_stops_at_a_failed_task_with_alert_and_log_tail(tmp_path, dbt_manifest):
    settings = Settings(data_dir=tmp_path)
    env = airflow_env(
        settings, extra={"IW_TASK_RETRIES": "0", "IW_DBT_MANIFEST": str(dbt_manifest)}
    )
    bootstrap_airflow(settings, env, with_dbt=False)
    events = []
    steps = [
        DagStep("extract_platform", {"partition": "2026-02-30"}, label="bad day"),
        DagStep("redact_interactions", {"partitions": ["2026-02-28"]}),
    ]
    outcome = run_chain(
        steps, env, tmp_path / "chain.log", alerts_dir=alerts_dir(settings), on_event=events.append
    )

    assert not outcome.ok and outcome.returncode == 1
    [step] = outcome.steps  # stopped at the failed run: the second step never started
    assert step.step.title == "bad day" and step.state == "failed"
    assert step.failed_tasks == ["extract"]
    assert [(e["event"], e["index"]) for e in events] == [("start", 0), ("end", 0)]
    assert "partition must be a day YYYY-MM-DD" in outcome.log_tail
    assert "Task failed with exception" in outcome.log_tail
    [alert] = outcome.alerts
    assert alert["dag_id"] == "extract_platform" and alert["task_id"] == "extract"
    assert alert["error_type"] == "ValueError" and "2026-02-30" in alert["error"]
    assert alert["try_number"] == 1  # IW_TASK_RETRIES=0: failed on the first try
    on_disk = [json.loads(p.read_text()) for p in alerts_dir(settings).glob("*.json")]
    assert on_disk == [alert]


def test_chain_parses_the_dags_once_and_names_a_missing_dag_before_running_anything(
    tmp_path, dbt_manifest
):
    settings = Settings(data_dir=tmp_path)
    env = airflow_env(
        settings, extra={"IW_TASK_RETRIES": "0", "IW_DBT_MANIFEST": str(dbt_manifest)}
    )
    bootstrap_airflow(settings, env, with_dbt=False)
    steps = [
        DagStep("extract_platform", {"partition": "2026-11-18"}, label="would run"),
        DagStep("no_such_dag", {}),
    ]
    outcome = run_chain(steps, env, tmp_path / "chain.log")

    assert not outcome.ok and outcome.returncode == 1
    [step] = outcome.steps  # the lookup fails up front: no DAG run was started
    assert step.step.title == "would run" and step.state == "error"
    assert "no_such_dag" in step.error and "not found" in step.error
    assert "[DAG TEST]" not in outcome.log_path.read_text()


def test_failure_excerpt_keeps_task_output_and_exception():
    log = "\n".join(
        ["2026-11-25T10:00:00.000000Z [info ] noise"] * 50
        + [
            "\x1b[0m10:00:01  Failure in test assert_x (tests/assert_x.sql)",
            "2026-11-25T10:00:02.000000Z [error ] Task failed with exception [task]",
            "Traceback (most recent call last):",
            '  File "x.py", line 1, in f',
            "ValueError: boom",
            "2026-11-25T10:00:03.000000Z [info ] teardown noise",
        ]
    )
    excerpt = failure_excerpt(log)
    assert "Failure in test assert_x" in excerpt and "\x1b" not in excerpt
    assert excerpt.splitlines()[-1] == "ValueError: boom"
    assert "teardown noise" not in excerpt


@pytest.mark.slow
def test_demo_runs_the_whole_chain_through_airflow(tmp_path, monkeypatch):
    from transforms.demo import run_demo
    from transforms.status import load_run_records

    settings = Settings(data_dir=tmp_path / "data")
    out = io.StringIO()
    monkeypatch.setattr("rich.console.Console", lambda *a, **k: Console(file=out, width=160))
    assert run_demo(settings, fresh=True) == 0, out.getvalue()[-4000:]

    text = out.getvalue()
    assert "Demo summary" in text and "PII/secret spans redacted" in text
    stages = {r["stage"] for r in load_run_records(settings)}
    assert stages == {"extract", "redact", "warehouse", "quality", "export"}
    assert all(r["status"] == "success" for r in load_run_records(settings))
    assert list(settings.exports_dir.glob("*/*/manifest.json"))
    assert not list((settings.state_dir / "alerts").glob("*.json"))


def test_dag_runs_emit_openlineage_events_to_the_default_file(tmp_path, dbt_manifest):
    from transforms.orchestration.lineage import NAMESPACE, lineage_file, read_events
    from transforms.simulator.generator import generate

    settings = Settings(data_dir=tmp_path)
    generate(settings, users=4, days=1, progress=False)
    [day] = sorted(p.name.removeprefix("dt=") for p in settings.source_dir.glob("*/dt=*"))[:1]
    base = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW__OPENLINEAGE")}
    env = airflow_env(
        settings,
        base=base,
        extra={"IW_TASK_RETRIES": "0", "IW_DBT_MANIFEST": str(dbt_manifest)},
    )
    # events come from a thread of the task process, not a forked child (a fork per event
    # was the largest per-task cost under dag.test()); they must still all land in the file
    assert env["AIRFLOW__OPENLINEAGE__EXECUTE_IN_THREAD"] == "True"
    bootstrap_airflow(settings, env, with_dbt=False)
    outcome = run_chain([DagStep("extract_platform", {"partition": day})], env, tmp_path / "c.log")
    assert outcome.ok, outcome.log_tail

    events = read_events(lineage_file(settings))
    extract = [e for e in events if e["job"]["name"] == "extract_platform.extract"]
    assert {e["eventType"] for e in extract} >= {"START", "COMPLETE"}
    assert all(e["job"]["namespace"] == NAMESPACE for e in extract)
    [done] = [e for e in extract if e["eventType"] == "COMPLETE"]
    assert done["run"]["facets"]["airflow"]["dag"]["dag_id"] == "extract_platform"
