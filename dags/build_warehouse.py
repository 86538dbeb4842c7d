"""
### build_warehouse

Builds the DuckDB warehouse (dbt project in `dbt/`: staging -> intermediate -> marts) from
the clean lake via astronomer-cosmos, rendered from the manifest of `dbt parse`: one
`dbt_build` task runs `dbt build` of every model and test (the in-process stage's command;
each result in its log). With `IW_DBT_MODEL_TASKS=1` the grid shows a task per model instead
(cosmos' watcher mode: one `dbt build` of the models in `dbt.dbt_producer_watcher`, a status
sensor per model, then every test in one `dbt_tests` task), ~10 s more per build on the demo.

- **Trigger**: `iw://lake/clean` (after `redact_interactions`).
- **Never blocks readers**: `prepare_build` copies the current warehouse into a NEW file
  (incremental models keep working), dbt builds into that file, `publish_build` swaps it
  into place atomically. A failed model or test leaves the live warehouse untouched.
- **One writer**: every task here runs in the `duckdb_warehouse` pool (1 slot) and the DAG
  allows one active run, so no two writers ever touch a warehouse file.
- **Emits** `iw://warehouse/duckdb` -> triggers `quality_gate`.

Tasks call `transforms.pipelines.warehouse.prepare_build/dbt_env`, cosmos dbt tasks, then
`transforms.pipelines.warehouse.publish_build` (which records the `warehouse` run); a
teardown deletes an unpublished build file. Owner: data-platform.
"""

from __future__ import annotations

from airflow.sdk import dag, task

from transforms.config import Settings
from transforms.orchestration import WAREHOUSE_POOL, defaults
from transforms.orchestration.assets import CLEAN_LAKE, WAREHOUSE
from transforms.orchestration.cosmos_dbt import (
    PREPARE_TASK_ID,
    dbt_build_task,
    dbt_task_group,
    dbt_tests_task,
)


@dag(
    dag_id="build_warehouse",
    schedule=[CLEAN_LAKE],
    **defaults.dag_kwargs(
        __doc__,
        "warehouse",
        "dbt",
        partitions=defaults.partitions_param(
            "Days (default: from the triggering clean-lake events)."
        ),
    ),
)
def build_warehouse():
    @task(task_id=PREPARE_TASK_ID, pool=WAREHOUSE_POOL)
    def prepare(params=None, triggering_asset_events=None) -> dict:
        """Create this run's build file (a copy of the live warehouse) and dbt's env for it."""
        from transforms.orchestration.partitions import resolve_partitions
        from transforms.orchestration.provenance import where
        from transforms.pipelines.warehouse import dbt_env, prepare_build

        settings = Settings.from_env()
        build_path = prepare_build(settings)
        return {
            "build_path": str(build_path),
            "dbt_env": dbt_env(settings, build_path),
            "partitions": resolve_partitions(
                (params or {}).get("partitions"), triggering_asset_events
            ),
            **where(),
        }

    @task(pool=WAREHOUSE_POOL, outlets=[WAREHOUSE])
    def publish(build: dict, outlet_events=None, ti=None) -> dict:
        """Swap the finished build into place atomically; emit the warehouse asset."""
        from pathlib import Path

        from transforms.orchestration.cosmos_dbt import node_statuses
        from transforms.orchestration.partitions import event_extra, stage_partition
        from transforms.orchestration.provenance import summarize
        from transforms.pipelines.warehouse import publish_build

        settings = Settings.from_env()
        result = publish_build(
            settings,
            Path(build["build_path"]),
            stage_partition(build["partitions"]),
            # one dbt_build task counts them; the task-per-model shape has none to read
            dbt_nodes=None if settings.dbt_model_tasks else node_statuses(ti),
        )
        outlet_events[WAREHOUSE].extra = event_extra(
            "warehouse", build["partitions"], [result.run_id]
        )
        return summarize(result)

    @task(trigger_rule="all_done", pool=WAREHOUSE_POOL)
    def discard_unpublished(build: dict) -> bool:
        """Teardown: delete the build file when the run failed before publishing it."""
        from pathlib import Path

        from transforms.orchestration.cosmos_dbt import discard_build

        return discard_build(Path(build["build_path"]))

    settings = Settings.from_env()
    build = prepare()
    published = publish(build)
    if settings.dbt_model_tasks:
        models = dbt_task_group(settings, group_id="dbt", pool=WAREHOUSE_POOL)
        build >> models >> dbt_tests_task(settings, pool=WAREHOUSE_POOL) >> published
    else:
        build >> dbt_build_task(settings, pool=WAREHOUSE_POOL) >> published
    published >> discard_unpublished(build).as_teardown(setups=build)


build_warehouse()
