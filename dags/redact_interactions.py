"""
### redact_interactions

Raw lake -> **clean lake**: PII and secrets in every text column detected and replaced by
typed placeholders, direct identifiers dropped, `user_id` replaced by a keyed pseudonym,
plus a redaction audit (type, offsets, detector, score; never the value).

- **Trigger**: `iw://lake/raw`; the days come from the triggering events' `partitions`
  (several events folded into one run are unioned), or the `partitions` param.
- **Fan-out**: `plan_shards` splits every table into row-range shards, shard `i` taking its
  range of every requested day (so a backfill of many days is not many tiny tasks);
  `redact_shard` is mapped over them (`.expand_kwargs`), so shards of all tables run in
  parallel on any worker; `merge_day` (mapped over days) checks every shard of the day is
  present and current, then swaps each clean/audit partition in atomically and records the run.
- Param `rows_per_shard` (default `IW_REDACT_ROWS_PER_SHARD` or 50,000) sizes shards;
  each shard task uses `IW_SHARD_WORKERS` (default 1) detection processes.
- **Emits** `iw://lake/clean` with the days it published -> triggers `build_warehouse`.

Tasks call `transforms.pipelines.redact.plan_shards / run_shard / merge`. Owner: data-platform.
"""

from __future__ import annotations

import logging

from airflow.sdk import Param, dag, task

from transforms.config import Settings
from transforms.orchestration import defaults
from transforms.orchestration.assets import CLEAN_LAKE, RAW_LAKE


@dag(
    dag_id="redact_interactions",
    schedule=[RAW_LAKE],
    **defaults.dag_kwargs(
        __doc__,
        "redact",
        "pii",
        "privacy",
        partitions=defaults.partitions_param(
            "Days (default: from the triggering raw-lake events)."
        ),
        rows_per_shard=Param(Settings.from_env().redact_rows_per_shard, type="integer", minimum=1),
    ),
)
def redact_interactions():
    @task
    def resolve_days(params=None, triggering_asset_events=None) -> list[str]:
        """Concrete days to redact (``None`` from events/params = every raw day present)."""
        from transforms.orchestration.partitions import raw_days, resolve_partitions

        days = resolve_partitions((params or {}).get("partitions"), triggering_asset_events)
        return raw_days(Settings.from_env(), days)

    @task
    def plan(days: list[str], params=None) -> list[dict]:
        """Create every new user's salt once (shards on several machines then only read the
        key table), then one ``run_shard`` kwargs dict per (table, shard), each shard taking
        its row range of every day (fewer, larger tasks than one per day)."""
        from transforms.pipelines.redact import ensure_user_keys, plan_shards

        settings = Settings.from_env()
        users = sum(ensure_user_keys(day, settings) for day in days)
        logging.getLogger(__name__).info("salts ensured for %d user(s) in %s", users, days)
        rows = int((params or {}).get("rows_per_shard") or 50_000)
        return plan_shards(days, settings, rows_per_shard=rows) if days else []

    @task(map_index_template="{{ shard_label }}")
    def redact_shard(
        partition: str | list[str], table: str, shard_index: int, shard_count: int
    ) -> dict:
        """Redact one row range of one table's day(s) into the staging area."""
        import dataclasses

        from airflow.sdk import get_current_context

        from transforms.orchestration.provenance import where
        from transforms.pipelines.redact import run_shard

        days = [partition] if isinstance(partition, str) else list(partition)
        span = days[0] if len(days) == 1 else f"{days[0]}..{days[-1]} ({len(days)} days)"
        label = f"{table} {span} {shard_index + 1}/{shard_count}"
        get_current_context()["shard_label"] = label
        settings = Settings.from_env()
        result = run_shard(
            partition,
            table,
            shard_index,
            shard_count,
            dataclasses.replace(settings, workers=settings.shard_workers),
        )
        return {**result, **where()}

    @task(map_index_template="{{ day_label }}")
    def merge_day(day: str) -> dict:
        """Publish the day's shards as clean + audit partitions (atomic) and record the run."""
        from airflow.sdk import get_current_context

        from transforms.orchestration.provenance import summarize
        from transforms.pipelines.redact import merge

        get_current_context()["day_label"] = day
        return summarize(merge(day, Settings.from_env()))

    @task(outlets=[CLEAN_LAKE])
    def publish_clean(days: list[str], merged: list[dict], outlet_events=None) -> dict:
        """Emit the clean-lake asset naming the days just published."""
        from transforms.orchestration.partitions import event_extra

        extra = event_extra("redact", days, [m["run_id"] for m in merged])
        outlet_events[CLEAN_LAKE].extra = extra
        return extra

    days = resolve_days()
    shards = redact_shard.expand_kwargs(plan(days))
    merged = merge_day.expand(day=days)
    shards >> merged
    publish_clean(days, merged)


redact_interactions()
