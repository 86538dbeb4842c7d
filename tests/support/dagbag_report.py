"""Parse the dags folder with Airflow's ``DagBag`` and report what CI should check.

Run in a fresh interpreter (``python -m tests.support.dagbag_report``) with the
project's Airflow env, so ``sys.modules`` shows exactly what DAG parsing imported and the
parse time is not flattered by modules another test already loaded. Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

# Modules DAG files must not import at parse time (they belong inside task functions).
HEAVY_MODULES = (
    "polars",
    "duckdb",
    "presidio_analyzer",
    "spacy",
    "great_expectations",
    "dbt",
    "pandas",
    "datasketch",
    "rensa",
    "pyarrow.dataset",
)


def _asset_uris(obj: Any) -> list[str]:
    """URIs in an asset condition (an ``Asset`` or nested ``AssetAll``/``AssetAny``)."""
    if obj is None:
        return []
    if hasattr(obj, "uri"):
        return [obj.uri]
    return sorted(uri for child in getattr(obj, "objects", ()) for uri in _asset_uris(child))


def _task_facts(task: Any) -> dict[str, Any]:
    return {
        "operator": type(task).__name__,
        "owner": task.owner,
        "retries": task.retries,
        "retry_exponential_backoff": task.retry_exponential_backoff,
        "pool": task.pool,
        "on_failure_callback": bool(task.on_failure_callback),
        "is_mapped": bool(getattr(task, "is_mapped", False)),
        "outlets": sorted(o.uri for o in task.outlets if hasattr(o, "uri")),
        "upstream": sorted(task.upstream_task_ids),
        "trigger_rule": str(getattr(task.trigger_rule, "value", task.trigger_rule)),
        "is_teardown": bool(getattr(task, "is_teardown", False)),
    }


def _deadline_facts(dag: Any) -> list[dict[str, Any]]:
    """The DAG's deadline alerts, after a round trip through Airflow's DAG serialization (what
    the scheduler stores), as ``{reference, interval_s, callback}``."""
    from airflow.serialization.serialized_objects import DagSerialization

    DagSerialization.to_dict(dag)  # raises if a deadline cannot be serialised
    alerts = dag.deadline or []
    alerts = alerts if isinstance(alerts, list | tuple) else [alerts]
    return [
        {
            "reference": type(a.reference).__name__,
            "interval_s": a.interval.total_seconds(),
            "callback": getattr(a.callback, "path", None)
            or str(getattr(a.callback, "callback_callable", "")),
            "callback_kind": type(a.callback).__name__,
        }
        for a in alerts
    ]


def dagbag_report(dags_folder: str | None = None) -> dict[str, Any]:
    """Load every DAG file and describe DAGs, tasks, import errors, timings, heavy imports."""
    t0 = time.perf_counter()
    from airflow.dag_processing.dagbag import DagBag

    t1 = time.perf_counter()
    bag = DagBag(dag_folder=dags_folder)
    t2 = time.perf_counter()
    dags = {}
    for dag_id, dag in sorted(bag.dags.items()):
        dags[dag_id] = {
            "fileloc": dag.fileloc,
            "tags": sorted(dag.tags),
            "owner": dag.owner,
            "doc_md": bool(dag.doc_md),
            "max_active_runs": dag.max_active_runs,
            "catchup": dag.catchup,
            "timetable": type(dag.timetable).__name__,
            "schedule_assets": _asset_uris(getattr(dag.timetable, "asset_condition", None)),
            "params": sorted(dag.params.keys()),
            "deadlines": _deadline_facts(dag),
            "tasks": {t.task_id: _task_facts(t) for t in dag.tasks},
        }
    return {
        "import_airflow_s": round(t1 - t0, 3),
        "parse_s": round(t2 - t1, 3),
        "file_stats": [
            {"file": s.file, "duration_s": s.duration.total_seconds(), "dags": s.dag_num}
            for s in bag.dagbag_stats
        ],
        "import_errors": {str(k): v for k, v in bag.import_errors.items()},
        "heavy_modules": sorted(m for m in HEAVY_MODULES if m in sys.modules),
        "dags": dags,
    }


if __name__ == "__main__":
    report = dagbag_report(sys.argv[1] if len(sys.argv) > 1 else None)
    sys.stdout.write("\n@@REPORT@@" + json.dumps(report, default=str) + "\n")
