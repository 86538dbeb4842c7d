"""The failure callback leaves one readable JSON alert per failed task."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

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
