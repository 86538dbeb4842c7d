"""Defaults every stage DAG shares: owner, retries with exponential backoff, alerts, dates.

Read at DAG parse time, so only the standard library and the light alert module are imported.
Environment knobs (all optional, read by :class:`transforms.config.Settings`):

- ``IW_TASK_RETRIES`` (default 2): retries per task; the demo sets 0 to fail fast.
- ``IW_RETRY_DELAY_S`` (default 30): first retry delay; doubles each retry, capped at 10 min.
- ``IW_DAG_START_DATE`` (default 2026-11-01): first data interval of ``extract_platform``.
- ``IW_RUN_DEADLINE_MINUTES`` (default 180, 0 = off): Airflow 3 deadline alert per DAG run,
  measured from when the run was queued; a miss writes a ``deadline_missed`` alert record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from transforms.config import Settings
from transforms.orchestration import OWNER
from transforms.orchestration.alerts import record_failure_alert, run_deadline

PROJECT_TAG = "interaction-warehouse"


def start_date(settings: Settings | None = None) -> dt.datetime:
    """First data interval start (UTC midnight)."""
    day = (settings or Settings.from_env()).dag_start_date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def default_args(settings: Settings | None = None) -> dict[str, Any]:
    """Task defaults: owner, retries with exponential backoff, failure alert callback."""
    settings = settings or Settings.from_env()
    return {
        "owner": OWNER,
        "retries": settings.task_retries,
        "retry_delay": dt.timedelta(seconds=settings.retry_delay_s),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": dt.timedelta(minutes=10),
        "execution_timeout": dt.timedelta(hours=3),
        "on_failure_callback": record_failure_alert,
    }


def dag_kwargs(doc: str | None, stage: str, *more_tags: str, **params: Any) -> dict[str, Any]:
    """``@dag`` settings every stage DAG shares: start date, no catchup, one active run at a
    time (stages replace partitions and advance watermarks), task defaults, tags, docs and
    the DAG's ``params``."""
    settings = Settings.from_env()
    deadline = run_deadline(settings)
    return {
        **({"deadline": deadline} if deadline is not None else {}),
        "start_date": start_date(settings),
        "catchup": False,
        "max_active_runs": 1,
        "default_args": default_args(settings),
        "tags": tags(stage, *more_tags),
        "doc_md": doc,
        "params": params,
    }


def partitions_param(description: str) -> Any:
    """The ``partitions`` param of an asset-triggered DAG: days, or ``[]``/``None`` for the
    days of the triggering events."""
    from airflow.sdk import Param

    return Param([], type=["null", "array"], description=description)


def tags(stage: str, *more: str) -> list[str]:
    """Tags for a stage DAG (project, stage, then extras such as ``pii``)."""
    return [PROJECT_TAG, f"stage:{stage}", *more]
