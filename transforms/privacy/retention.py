"""Retention of the raw (unredacted, PII-bearing) lake: partitions older than a TTL are purged.

Expired partitions are deleted from the Delta tables (one ``DELETE`` commit each), then the
tables are vacuumed with retention 0: the TTL is a privacy limit, so no time-travel window
keeps the bytes. A raw partition ``raw/<table>/dt=D`` (and its quarantine twin, which holds
raw source lines) has expired when ``D < reference - settings.raw_ttl_days``. The reference
is the run's day (the Airflow data interval's start) or today in UTC. The clean lake, audit,
warehouse and exports are derived, redacted data and are not affected; once a raw day is
purged it can no longer be re-redacted (re-extract it from the platform if a new policy needs it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import list_partitions, partition_dir, partition_files, remove_partition, vacuum


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
                files = partition_files(root, name, day)  # the active files of the Delta table
                out.append(
                    ExpiredPartition(
                        area, name, day, d, len(files), sum(p.stat().st_size for p in files)
                    )
                )
    return out


def purge_partition(p: ExpiredPartition) -> None:
    """Delete one expired partition's rows in one Delta commit (see
    :func:`transforms.io.remove_partition`); :func:`vacuum_purged` removes the bytes."""
    remove_partition(p.path)


def vacuum_purged(settings: Settings, purged: list[ExpiredPartition]) -> int:
    """``VACUUM`` (retention 0) each table a purge touched, so expired raw data is physically
    gone rather than kept for time travel; returns the number of files deleted."""
    roots = {"raw": settings.raw_dir, "quarantine": settings.quarantine_dir}
    return sum(
        len(vacuum(roots[area], table, retention_hours=0))
        for area, table in sorted({(p.area, p.table) for p in purged})
    )
