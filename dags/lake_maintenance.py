"""
### lake_maintenance

Housekeeping of the Delta Lake tables of every lake zone (raw, clean, audit, quarantine):
`OPTIMIZE` (bin-pack each partition's small files), a checkpoint, then `VACUUM` with
`IW_LAKE_VACUUM_HOURS` (default 168: a week of time travel). Returns file counts
before/after. Erasure and raw retention vacuum their own tables immediately (retention 0);
this DAG only bounds the time-travel window of everything else. Idempotent.

- **Schedule**: weekly, Sunday 03:30 UTC.

Task calls `transforms.lake_maintenance.maintain(settings)`.
Owner: data-platform.
"""

from __future__ import annotations

from airflow.sdk import CronDataIntervalTimetable, dag, task

from transforms.orchestration import defaults


@dag(
    dag_id="lake_maintenance",
    schedule=CronDataIntervalTimetable("30 3 * * 0", timezone="UTC"),
    **defaults.dag_kwargs(__doc__, "lake", "maintenance"),
)
def lake_maintenance():
    @task
    def compact_and_vacuum() -> dict:
        """Compact, checkpoint and vacuum every lake table; file counts before/after."""
        from transforms.config import Settings
        from transforms.lake_maintenance import maintain

        out = maintain(Settings.from_env())
        return {
            k: out[k] for k in ("vacuum_hours", "files_before", "files_after", "files_vacuumed")
        }

    compact_and_vacuum()


lake_maintenance()
