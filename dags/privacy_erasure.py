"""
### privacy_erasure

Erase users everywhere we hold a copy: deletion requests found in the raw lake plus any user
ids passed as the `users` param (manual cases). Propagates to the raw, clean, audit and
quarantine lake, rebuilds the warehouse (full refresh, atomic swap), writes replacement export
versions and revokes the old ones in the registry, verifies by scanning the active tree, then
crypto-shreds the users' salts. A JSON + Markdown report lands under `<data>/reports/erasure/`.

- **Schedule**: daily 03:00 UTC (after the night's extraction; not on the raw-lake asset, so it
  never races the redact fan-out rewriting the same partitions). Rerunning is a no-op.
- **On failure** (verification found a value): nothing is shredded, the users stay pending,
  an alert record is written; the next run retries.

Task calls `transforms.pipelines.erasure.run(partition, settings, users=...)`.
Owner: data-platform (privacy).
"""

from __future__ import annotations

from airflow.sdk import CronDataIntervalTimetable, Param, dag, task

from transforms.orchestration import WAREHOUSE_POOL, defaults


@dag(
    dag_id="privacy_erasure",
    schedule=CronDataIntervalTimetable("0 3 * * *", timezone="UTC"),
    **defaults.dag_kwargs(
        __doc__,
        "privacy",
        "erasure",
        "pii:raw",
        users=Param(
            [],
            type=["null", "array"],
            description="Extra source user ids to erase (deletion requests are always read).",
        ),
    ),
)
def privacy_erasure():
    # The warehouse pool: erasure rebuilds the DuckDB file, so it must not race build_warehouse.
    @task(retries=0, pool=WAREHOUSE_POOL)
    def erase(params=None, data_interval_start=None) -> dict:
        """Process deletion requests (plus `users`) end to end; a rerun does nothing."""
        from transforms.config import Settings
        from transforms.orchestration.partitions import extract_partition
        from transforms.orchestration.provenance import summarize
        from transforms.pipelines.erasure import run

        partition = extract_partition(None, data_interval_start)
        users = list((params or {}).get("users") or [])
        return summarize(run(partition, Settings.from_env(), users=users))

    erase()


privacy_erasure()
