"""Failure alerts: an ``on_failure_callback`` that leaves one JSON record per failed task.

Records land in ``<state_dir>/alerts/`` (one file per alert, written atomically, never
appended) so an on-call tool, ``iw status`` or a test can pick them up without Airflow.
A real deployment would add a notifier (Slack, PagerDuty) next to this callback.
"""

from __future__ import annotations

import datetime as dt
import re
import socket
import uuid
from pathlib import Path
from typing import Any

from transforms.config import Settings, worker_id
from transforms.io import read_json, write_json_atomic

_MAX_ERROR_CHARS = 2000


def _safe(name: object) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", str(name))[:80]


def alerts_dir(settings: Settings) -> Path:
    """Where alert records live."""
    return settings.state_dir / "alerts"


def build_alert(context: dict[str, Any]) -> dict[str, Any]:
    """The alert record for a failed task, from an Airflow task context."""
    ti = context.get("ti") or context.get("task_instance")
    dag_run = context.get("dag_run")
    error = context.get("exception")
    logical_date = context.get("logical_date")
    return {
        "kind": "task_failed",
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "dag_id": getattr(ti, "dag_id", None),
        "task_id": getattr(ti, "task_id", None),
        "map_index": getattr(ti, "map_index", -1),
        "run_id": getattr(ti, "run_id", None) or getattr(dag_run, "run_id", None),
        "try_number": getattr(ti, "try_number", None),
        "logical_date": logical_date.isoformat() if logical_date is not None else None,
        "error_type": type(error).__name__ if error is not None else None,
        "error": str(error)[:_MAX_ERROR_CHARS] if error is not None else None,
        "hostname": socket.gethostname(),
        "worker": worker_id(),
    }


def record_failure_alert(context: dict[str, Any]) -> Path:
    """``on_failure_callback``: write the alert record and return its path."""
    alert = build_alert(context)
    return _write_alert(alert, alert["task_id"], alert["map_index"])


def _write_alert(alert: dict[str, Any], *name_parts: object) -> Path:
    """Write one alert record (its own file, atomically) named by time, DAG and
    ``name_parts``; returns its path."""
    stamp = alert["at"][:19].replace(":", "").replace("-", "")
    name = "_".join(_safe(p) for p in (stamp, alert["dag_id"], *name_parts))
    path = alerts_dir(Settings.from_env()) / f"{name}_{uuid.uuid4().hex[:6]}.json"
    return write_json_atomic(alert, path)


DEADLINE_CALLBACK = "transforms.orchestration.alerts.record_deadline_miss"


async def record_deadline_miss(context: dict[str, Any] | None = None, **_: Any) -> str:
    """Airflow deadline-alert callback (runs on the triggerer): one ``deadline_missed`` alert
    record for a DAG run still unfinished at its deadline. ``context`` is what the scheduler
    sends: ``{"dag_run": {...}, "deadline": {"id", "deadline_time"}}``."""
    context = context or {}
    run = context.get("dag_run") or {}
    deadline = context.get("deadline") or {}
    alert = {
        "kind": "deadline_missed",
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "dag_id": run.get("dag_id"),
        "task_id": None,
        "map_index": -1,
        "run_id": run.get("dag_run_id") or run.get("run_id"),
        "state": run.get("state"),
        "queued_at": run.get("queued_at"),
        "deadline_time": str(deadline.get("deadline_time")) if deadline else None,
        "error_type": "DeadlineMissed",
        "error": (
            f"DAG run {run.get('dag_run_id') or run.get('run_id')} of {run.get('dag_id')} "
            f"was not finished by its deadline {deadline.get('deadline_time')}"
        ),
        "hostname": socket.gethostname(),
        "worker": worker_id(),
    }
    return str(_write_alert(alert, "deadline"))


def run_deadline(settings: Settings) -> Any | None:
    """The ``deadline=`` of a stage DAG: an Airflow 3 deadline alert ``IW_RUN_DEADLINE_MINUTES``
    after the run was queued, calling :func:`record_deadline_miss` on the triggerer (``None``
    when the setting is 0)."""
    minutes = settings.run_deadline_minutes
    if not minutes:
        return None
    from airflow.sdk.definitions.callback import AsyncCallback
    from airflow.sdk.definitions.deadline import DeadlineAlert, DeadlineReference

    return DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=dt.timedelta(minutes=minutes),
        callback=AsyncCallback(DEADLINE_CALLBACK),
        name="run_deadline",
    )


def list_alerts(settings: Settings, limit: int | None = None) -> list[dict[str, Any]]:
    """Alert records, newest first."""
    files = sorted(alerts_dir(settings).glob("*.json"), reverse=True)
    return [read_json(f) for f in files[:limit]]
