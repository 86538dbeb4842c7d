"""
### privacy_retention

Purge raw (unredacted, PII-bearing) lake partitions - and their quarantine twins, which hold
raw source lines - older than `IW_RAW_TTL_DAYS` (default 30) before the run's day. The clean
lake, warehouse and exports are redacted and not affected. Every purged partition is logged
and listed in the run record (`state/runs/retention/`). Idempotent.

- **Schedule**: daily 02:30 UTC; the reference day is the data interval's start (or the
  `reference` param, e.g. for a backfill).

Task calls `transforms.pipelines.retention.run(partition, settings)`.
Owner: data-platform (privacy).
"""

from __future__ import annotations

from airflow.sdk import CronDataIntervalTimetable, Param, dag, task

from transforms.orchestration import defaults


@dag(
    dag_id="privacy_retention",
    schedule=CronDataIntervalTimetable("30 2 * * *", timezone="UTC"),
    **defaults.dag_kwargs(
        __doc__,
        "privacy",
        "retention",
        "pii:raw",
        reference=Param(
            None,
            type=["null", "string"],
            description="Reference day YYYY-MM-DD (default: the data interval's start).",
        ),
    ),
)
def privacy_retention():
    @task
    def purge(params=None, data_interval_start=None) -> dict:
        """Purge expired raw partitions relative to the run's day."""
        from transforms.config import Settings
        from transforms.orchestration.partitions import extract_partition
        from transforms.orchestration.provenance import summarize
        from transforms.pipelines.retention import run

        partition = extract_partition((params or {}).get("reference"), data_interval_start)
        return summarize(run(partition, Settings.from_env()))

    purge()


privacy_retention()
