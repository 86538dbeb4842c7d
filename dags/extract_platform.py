"""
### extract_platform

Daily extraction of the platform's interaction logs (NDJSON export files or PostgreSQL,
per `IW_SOURCE_URL`) into the **raw lake** (`<data>/lake/raw/<table>/dt=YYYY-MM-DD/`).

- **Schedule**: daily data intervals (`CronDataIntervalTimetable("0 0 * * *")`, UTC); a run
  processes its own day `dt` = data interval start. `catchup=False`: history is loaded with
  `airflow backfill create --dag-id extract_platform --from-date ... --to-date ...`.
- **Manual runs**: param `partition` (YYYY-MM-DD) picks the day; without it and without a
  data interval the run extracts every day present.
- **Idempotent**: a rerun replaces the day's partitions atomically (never appends); bad rows
  go to quarantine and are counted.
- **One run at a time** (`max_active_runs=1`): PostgreSQL extraction advances per-table
  watermarks and merges late rows into earlier days.
- **Emits** `iw://lake/raw` with extra `{"partitions": [days written]}` (normally `[dt]`;
  late rows can add earlier days) -> triggers `redact_interactions`.

Task calls `transforms.pipelines.extract.run(partition, settings)`. Owner: data-platform.
"""

from __future__ import annotations

from airflow.sdk import CronDataIntervalTimetable, Param, dag, task

from transforms.orchestration import defaults
from transforms.orchestration.assets import RAW_LAKE


@dag(
    dag_id="extract_platform",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    **defaults.dag_kwargs(
        __doc__,
        "extract",
        "pii:raw",
        partition=Param(
            None,
            type=["null", "string"],
            description="Day YYYY-MM-DD to extract (default: the data interval's start).",
        ),
    ),
)
def extract_platform():
    @task(outlets=[RAW_LAKE])
    def extract(params=None, data_interval_start=None, outlet_events=None) -> dict:
        """Extract one day (or all days) into the raw lake; emit the day on the raw asset."""
        from transforms.config import Settings
        from transforms.orchestration.partitions import (
            days_in_paths,
            event_extra,
            extract_partition,
        )
        from transforms.orchestration.provenance import summarize

        # validate the day before importing the stage: a bad param fails fast and clearly
        partition = extract_partition((params or {}).get("partition"), data_interval_start)
        from transforms.pipelines.extract import run

        result = run(partition, Settings.from_env())
        days = days_in_paths(result.outputs)  # what was written, e.g. late rows of earlier days
        outlet_events[RAW_LAKE].extra = event_extra("extract", days, [result.run_id])
        return summarize(result)

    extract()


extract_platform()
