"""Retention of the raw (unredacted, PII-bearing) lake: partitions older than a TTL are purged.

A raw partition ``raw/<table>/dt=D`` (and its quarantine twin, which holds raw source lines) has
expired when ``D < reference - settings.raw_ttl_days``. The reference is the run's day (the
Airflow data interval's start) or today in UTC. The clean lake, audit, warehouse and exports are
derived, redacted data and are not affected; once a raw day is purged it can no longer be
re-redacted (re-extract it from the platform if a new policy needs it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from transforms.config import Settings
from transforms.io import list_partitions, partition_dir, remove_partition
from transforms.source.schema import TABLES


@dataclass(frozen=True)
class ExpiredPartition:
    """One partition past its TTL."""

    area: str  # raw | quarantine
    table: str
    day: str
    path: Path
    files: int
    bytes: int


def cutoff_day(reference: dt.date, ttl_days: int) -> dt.date:
    """Oldest day still kept: partitions strictly before it have expired."""
    if ttl_days < 0:
        raise ValueError(f"raw_ttl_days must be >= 0, got {ttl_days}")
    return reference - dt.timedelta(days=ttl_days)


def expired_partitions(settings: Settings, reference: dt.date) -> list[ExpiredPartition]:
    """Raw and quarantine partitions older than ``settings.raw_ttl_days`` before ``reference``."""
    cutoff = cutoff_day(reference, settings.raw_ttl_days)
    out = []
    for area, root in (("raw", settings.raw_dir), ("quarantine", settings.quarantine_dir)):
        for name in TABLES:
            for day in list_partitions(root, name):
                if dt.date.fromisoformat(day) >= cutoff:
                    continue
                d = partition_dir(root, name, day)
                files = [p for p in d.rglob("*") if p.is_file()]
                out.append(
                    ExpiredPartition(
                        area, name, day, d, len(files), sum(p.stat().st_size for p in files)
                    )
                )
    return out


def purge_partition(p: ExpiredPartition) -> None:
    """Remove one expired partition so readers never see half of it (see
    :func:`transforms.io.remove_partition`)."""
    remove_partition(p.path)
