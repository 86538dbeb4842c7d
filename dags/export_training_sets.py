"""
### export_training_sets

Builds new immutable versions of the three training sets (SFT conversations, bug-fix pairs,
preference pairs) from the warehouse's training marts: consent applied at export time,
exact + near dedup, eval-set decontamination, user-stable splits, Parquet shards with a
manifest and data card under `<data>/exports/<dataset>/<version>/`.

- **Trigger**: `iw://quality/gate` (only emitted when the gate passed).
- The stage itself refuses to run when `state/quality/latest.json` says the gate failed.
- **Idempotent**: identical input gives byte-identical shards; a version is never
  overwritten (a rerun writes a new version id).
- **Emits** `iw://exports/training`.

Task calls `transforms.pipelines.export.run(partition, settings)`. Owner: data-platform.
"""

from __future__ import annotations

from airflow.sdk import dag, task

from transforms.orchestration import defaults
from transforms.orchestration.assets import QUALITY_GATE, TRAINING_EXPORTS


@dag(
    dag_id="export_training_sets",
    schedule=[QUALITY_GATE],
    **defaults.dag_kwargs(
        __doc__,
        "export",
        "training-data",
        partitions=defaults.partitions_param(
            "Days (informational; exports cover the whole warehouse)."
        ),
    ),
)
def export_training_sets():
    @task(outlets=[TRAINING_EXPORTS])
    def export(params=None, triggering_asset_events=None, outlet_events=None) -> dict:
        """Build all three datasets as new versions; emit the exports asset."""
        from transforms.orchestration.partitions import run_whole_lake_stage

        return run_whole_lake_stage(
            "export",
            TRAINING_EXPORTS,
            params,
            triggering_asset_events,
            outlet_events,
            max_outputs=20,
        )

    export()


export_training_sets()
