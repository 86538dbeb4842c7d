"""The failure callback leaves one readable JSON alert per failed task."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest

from transforms.config import Settings
from transforms.orchestration.alerts import list_alerts, record_failure_alert


@dataclass
class TaskInstanceShape:
    """The task-instance attributes the callback reads (Airflow passes its own object)."""

    dag_id: str = "redact_interactions"
    task_id: str = "redact_shard"
    map_index: int = 3
    run_id: str = "manual__2026-11-20"
    try_number: int = 2


def test_alert_record_names_task_and_error(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("IW_WORKER_ID", "w1")
    context = {
        "ti": TaskInstanceShape(),
        "exception": ValueError("bad shard 3"),
        "logical_date": dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
    }
    path = record_failure_alert(context)
    assert path.parent == Settings.from_env().state_dir / "alerts"
    alert = json.loads(path.read_text())
    assert alert["dag_id"] == "redact_interactions" and alert["task_id"] == "redact_shard"
    assert alert["map_index"] == 3 and alert["try_number"] == 2
    assert alert["error_type"] == "ValueError" and alert["error"] == "bad shard 3"
    assert alert["worker"] == "w1" and alert["logical_date"].startswith("2026-11-20")

    second = record_failure_alert({"ti": TaskInstanceShape(task_id="merge"), "exception": None})
    assert second != path  # never overwrites an earlier alert
    alerts = list_alerts(Settings.from_env())
    assert {a["task_id"] for a in alerts} == {"redact_shard", "merge"}


def test_deadline_miss_callback_writes_an_alert_record(tmp_path, monkeypatch):
    """What the triggerer runs when a DAG run misses its deadline (context as the scheduler
    sends it): one ``deadline_missed`` record next to the task-failure alerts."""
    import asyncio
    import inspect

    from transforms.orchestration.alerts import (
        DEADLINE_CALLBACK,
        list_alerts,
        record_deadline_miss,
    )

    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    module, name = DEADLINE_CALLBACK.rsplit(".", 1)
    assert getattr(__import__(module, fromlist=[name]), name) is record_deadline_miss
    assert inspect.iscoroutinefunction(record_deadline_miss)  # AsyncCallback requires it
    context = {
        "dag_run": {"dag_id": "build_warehouse", "dag_run_id": "manual__1", "state": "running",
                    "queued_at": "2026-12-04T10:00:00+00:00"},
        "deadline": {"id": "d1", "deadline_time": "2026-12-04T13:00:00+00:00"},
    }  # fmt: skip
    path = asyncio.run(record_deadline_miss(context=context))
    (alert,) = list_alerts(Settings(data_dir=tmp_path))
    assert path.endswith(".json")
    assert alert["kind"] == "deadline_missed" and alert["dag_id"] == "build_warehouse"
    assert alert["run_id"] == "manual__1"
    assert "2026-12-04T13:00:00" in alert["error"]


def test_run_deadline_follows_the_setting(tmp_path, monkeypatch):
    from transforms.orchestration.alerts import run_deadline

    monkeypatch.setenv("IW_RUN_DEADLINE_MINUTES", "45")
    alert = run_deadline(Settings(data_dir=tmp_path))
    assert alert.interval.total_seconds() == 45 * 60
    monkeypatch.setenv("IW_RUN_DEADLINE_MINUTES", "0")
    assert run_deadline(Settings(data_dir=tmp_path)) is None
    monkeypatch.setenv("IW_RUN_DEADLINE_MINUTES", "-1")
    with pytest.raises(ValueError, match="IW_RUN_DEADLINE_MINUTES"):
        run_deadline(Settings(data_dir=tmp_path))


def test_dag_test_chain_env_turns_deadlines_off_and_gives_shards_every_core():
    from transforms.orchestration.runner import dag_test_env

    env = dag_test_env({"IW_WORKERS": "2", "PATH": "/usr/bin"})
    assert env["IW_RUN_DEADLINE_MINUTES"] == "0" and env["IW_SHARD_WORKERS"] == "2"
    assert env["PATH"] == "/usr/bin"
    assert dag_test_env({"IW_SHARD_WORKERS": "1"})["IW_SHARD_WORKERS"] == "1"  # explicit wins
