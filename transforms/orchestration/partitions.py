"""Which day partitions a DAG run processes, and what its asset event tells downstream.

Rules (the same for every stage DAG):

- ``extract_platform`` processes one day: the ``partition`` param when given, else the data
  interval's start date (scheduled and backfill runs), else ``None`` (= every day present),
  which is what a manual run without a data interval gets. Its event names the days the
  stage actually wrote (from the run's outputs).
- Downstream DAGs process ``params["partitions"]`` when given (manual runs, the demo), else
  the union of the ``partitions`` carried by their triggering asset events (the scheduler
  may fold several upstream events into one run), else every partition present (``None``).
  An event carrying ``None`` ("all") makes the whole run ``None``.

No Airflow import: unit-tested without a scheduler.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from transforms.paths import day_key

PARTITIONS_KEY = "partitions"
_DT_DIR = re.compile(r"(?:^|/)dt=(\d{4}-\d{2}-\d{2})(?:/|$)")


def extract_partition(param: object, data_interval_start: object) -> str | None:
    """The day one ``extract_platform`` run processes (see module docstring)."""
    if param not in (None, ""):
        return day_key(param)
    if data_interval_start is not None:
        return day_key(data_interval_start)
    return None


def _event_extra(event: Any) -> Mapping[str, Any]:
    extra = event.get("extra") if isinstance(event, Mapping) else getattr(event, "extra", None)
    return extra or {}


def partitions_from_events(events: Mapping[Any, Iterable[Any]] | None) -> list[str] | None:
    """Union of the days named by triggering asset events; ``None`` = all (or no events)."""
    days: set[str] = set()
    seen = False
    for asset_events in (events or {}).values():
        for event in asset_events:
            seen = True
            extra = _event_extra(event)
            if PARTITIONS_KEY not in extra or extra[PARTITIONS_KEY] is None:
                return None  # an event without a day list covered everything
            days.update(day_key(d) for d in extra[PARTITIONS_KEY])
    return sorted(days) if seen else None


def resolve_partitions(
    param_partitions: object, triggering_events: Mapping[Any, Iterable[Any]] | None
) -> list[str] | None:
    """Days a downstream run processes: explicit param, else triggering events, else all."""
    if param_partitions not in (None, "", []):
        if isinstance(param_partitions, str):
            param_partitions = [p for p in param_partitions.split(",") if p.strip()]
        if not isinstance(param_partitions, list | tuple):
            raise ValueError(f"partitions must be a list of days, got {param_partitions!r}")
        return sorted({day_key(p) for p in param_partitions})
    return partitions_from_events(triggering_events)


def event_extra(stage: str, partitions: list[str] | None, run_ids: Iterable[str] = ()) -> dict:
    """The asset event extra a stage emits: days covered (``None`` = all) and its run ids."""
    return {
        "stage": stage,
        PARTITIONS_KEY: None if partitions is None else sorted(partitions),
        "run_ids": sorted(set(run_ids)),
    }


def days_in_paths(paths: Iterable[object]) -> list[str]:
    """Days named by ``dt=YYYY-MM-DD`` partition directories among ``paths`` (sorted, unique).

    The extract DAG announces the partitions the stage actually wrote (a PostgreSQL run also
    merges late rows into earlier days), not just the day it was asked for.
    """
    return sorted({m.group(1) for p in paths for m in _DT_DIR.finditer(str(p))})


def days_present(root: Any, days: list[str] | None = None) -> list[str]:
    """Days with a partition of any Delta table under ``root`` (a lake zone), restricted to
    ``days`` if given."""
    from transforms.contracts.platform import TABLES
    from transforms.io import list_partitions

    present = sorted({d for t in TABLES for d in list_partitions(root, t)})
    return present if days is None else [d for d in days if d in present]


def raw_days(settings: Any, days: list[str] | None) -> list[str]:
    """Days with a raw partition in any table; ``days`` (if given) restricted to those."""
    return days_present(settings.raw_dir, days)


def stage_partition(partitions: list[str] | None) -> str | None:
    """The ``partition`` a whole-lake stage (warehouse, quality, export) gets for a run.

    One day -> that day (the quality gate validates just it). Several days or ``None`` ->
    ``None``: every partition, so no day published by this run goes unvalidated (a backfill
    of many days is followed by one whole-lake check, not by a check of its newest day only).
    """
    return partitions[0] if partitions and len(partitions) == 1 else None


def run_whole_lake_stage(
    stage: str,
    asset: Any,
    params: Mapping[str, Any] | None,
    triggering_asset_events: Any,
    outlet_events: Any,
    *,
    max_outputs: int = 0,
) -> dict[str, Any]:
    """Body of an asset-triggered task that runs one whole-lake stage (quality, export).

    Resolves the days from params/events, runs ``transforms.pipelines.<stage>.run``, sets the
    asset event's extra (plus up to ``max_outputs`` output paths) and returns the XCom summary.
    """
    from transforms.config import Settings
    from transforms.orchestration.provenance import summarize
    from transforms.pipelines import get_stage

    days = resolve_partitions((params or {}).get("partitions"), triggering_asset_events)
    result = get_stage(stage)(stage_partition(days), Settings.from_env())
    extra = event_extra(stage, days, [result.run_id])
    outputs = {"outputs": [str(o) for o in result.outputs][:max_outputs]} if max_outputs else {}
    outlet_events[asset].extra = {**extra, **outputs}
    return summarize(result, **outputs)
