"""Stage ``retention``: purge raw (and quarantine) partitions past ``settings.raw_ttl_days``.

``run(partition, settings, reference=None)``: the reference day is ``reference`` if given, else
``partition`` (the Airflow data interval's day), else today (UTC). Idempotent: a rerun finds
nothing left to purge. Every removed partition is logged and listed in the run record
(``details.purged``), counts ``purged.<area>.<table>`` partitions, ``purged_bytes``.
"""

from __future__ import annotations

import datetime as dt
import logging

from transforms.config import Settings
from transforms.pipelines import StageResult, stage_run

log = logging.getLogger(__name__)


def _reference(partition: str | None, reference: dt.date | str | None) -> dt.date:
    value = reference if reference is not None else partition
    if value is None:
        return dt.datetime.now(dt.UTC).date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"reference/partition must be a day YYYY-MM-DD, got {value!r}") from None


def run(
    partition: str | None, settings: Settings, *, reference: dt.date | str | None = None
) -> StageResult:
    """Purge expired raw/quarantine partitions relative to the run's day (see module doc)."""
    from transforms.privacy.retention import (
        cutoff_day,
        expired_partitions,
        purge_partition,
        vacuum_purged,
    )

    ref = _reference(partition, reference)
    with stage_run("retention", partition, settings) as result:
        cutoff = cutoff_day(ref, settings.raw_ttl_days)
        expired = expired_partitions(settings, ref)
        purged = []
        for p in expired:
            purge_partition(p)
            log.info("retention: purged %s %s dt=%s (%d bytes)", p.area, p.table, p.day, p.bytes)
            key = f"purged.{p.area}.{p.table}"
            result.counts[key] = result.counts.get(key, 0) + 1
            purged.append({"area": p.area, "table": p.table, "day": p.day, "bytes": p.bytes})
            result.outputs.append(str(p.path))
        result.counts["vacuumed_files"] = vacuum_purged(settings, expired)
        result.counts["purged_partitions"] = len(purged)
        result.counts["purged_bytes"] = sum(p["bytes"] for p in purged)
        result.inputs = [str(settings.raw_dir), str(settings.quarantine_dir)]
        result.details.update(
            reference=ref.isoformat(),
            ttl_days=settings.raw_ttl_days,
            cutoff=cutoff.isoformat(),
            purged=purged,
        )
    return result
