"""
### quality_gate

Great Expectations suites (`expectations/`) over the clean lake and the training marts of
the freshly published warehouse. A kept separate DAG (not folded into the export) so the
gate's pass/fail is an asset event and a run of its own in the UI.

- **Trigger**: `iw://warehouse/duckdb` (after `build_warehouse` swapped in a new file).
- **On failure**: the stage writes a readable report under `<data>/reports/quality/`, records
  `state/quality/latest.json` with `passed=false` and raises; the task is not retried
  (a failed expectation is deterministic), an alert record is written and no
  `iw://quality/gate` event is emitted, so `export_training_sets` does not run.
- **Emits** `iw://quality/gate` with the partitions it checked.

Task calls `transforms.pipelines.quality.run(partition, settings)`. Owner: data-platform.
"""

from __future__ import annotations

from airflow.sdk import dag, task

from transforms.orchestration import defaults
from transforms.orchestration.assets import QUALITY_GATE, WAREHOUSE


@dag(
    dag_id="quality_gate",
    schedule=[WAREHOUSE],
    **defaults.dag_kwargs(
        __doc__,
        "quality",
        partitions=defaults.partitions_param(
            "Days (default: from the triggering warehouse event)."
        ),
    ),
)
def quality_gate():
    @task(outlets=[QUALITY_GATE], retries=0)
    def validate(params=None, triggering_asset_events=None, outlet_events=None) -> dict:
        """Run the quality gate; raise (no retry) when any expectation fails."""
        from transforms.orchestration.partitions import run_whole_lake_stage

        return run_whole_lake_stage(
            "quality", QUALITY_GATE, params, triggering_asset_events, outlet_events
        )

    validate()


quality_gate()
