"""Lake housekeeping on the Delta tables: compaction, checkpoints, VACUUM, and the one-off
migration of a lake written with the retired ``_committed.json`` protocol.

- :func:`maintain` runs ``OPTIMIZE`` (bin-pack each partition's small files), writes a
  checkpoint, then ``VACUUM`` with ``settings.lake_vacuum_hours`` (``IW_LAKE_VACUUM_HOURS``,
  default 168 h = 7 days of time travel), and reports file counts before/after per table.
- :func:`migrate` converts an old-format lake in place: for every ``<zone>/<table>`` that is
  not yet a Delta table, each ``dt=`` partition's committed files (the ones its
  ``_committed.json`` names, or every ``*.parquet`` of a locally renamed partition) are read and
  committed to a new Delta table at the same location; then the old files, manifests and
  hidden staging leftovers are deleted. Rerunning skips tables already converted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from transforms.config import Settings
from transforms.io import (
    DELTA_LOG,
    compact,
    open_table,
    read_parquet,
    vacuum,
    write_json_atomic,
    write_partition,
)

LEGACY_MANIFEST = "_committed.json"
MIGRATION_MARKER = "_migration.json"
ZONES = ("raw", "clean", "audit", "quarantine")


def zone_dirs(settings: Settings) -> dict[str, Path]:
    """The lake zones that hold Delta tables."""
    return {
        "raw": settings.raw_dir,
        "clean": settings.clean_dir,
        "audit": settings.audit_dir,
        "quarantine": settings.quarantine_dir,
    }


def _table_dirs(zone: Path) -> list[Path]:
    if not zone.exists():
        return []
    return sorted(p for p in zone.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def maintain(settings: Settings, *, vacuum_hours: float | None = None) -> dict[str, Any]:
    """Compact, checkpoint and vacuum every lake table; returns per-table file counts."""
    hours = settings.lake_vacuum_hours if vacuum_hours is None else vacuum_hours
    if hours < 0:
        raise ValueError(f"vacuum retention must be >= 0 hours, got {hours}")
    tables: dict[str, Any] = {}
    for zone, root in zone_dirs(settings).items():
        for d in _table_dirs(root):
            if open_table(root, d.name) is None:
                continue
            c = compact(root, d.name)
            removed = vacuum(root, d.name, retention_hours=hours)
            tables[f"{zone}/{d.name}"] = {**c, "files_vacuumed": len(removed)}
    return {
        "vacuum_hours": hours,
        "tables": tables,
        "files_before": sum(t["files_before"] for t in tables.values()),
        "files_after": sum(t["files_after"] for t in tables.values()),
        "files_vacuumed": sum(t["files_vacuumed"] for t in tables.values()),
    }


def _legacy_partition_files(part: Path) -> list[Path]:
    """The committed files of an old-format partition directory."""
    manifest = part / LEGACY_MANIFEST
    if manifest.exists():
        return [part / name for name in json.loads(manifest.read_text())["files"]]
    return sorted(part.glob("*.parquet"))


def migrate(settings: Settings) -> dict[str, Any]:
    """Convert every old-format table of the lake to Delta in place (see module docstring).

    The old files of a table are listed in ``_migration.json`` before the first commit, so an
    interrupted migration resumes (each partition commit is an idempotent overwrite) and never
    mistakes the new Delta files for old ones."""
    converted: dict[str, Any] = {}
    skipped: list[str] = []
    for zone, root in zone_dirs(settings).items():
        for d in _table_dirs(root):
            key = f"{zone}/{d.name}"
            marker = d / MIGRATION_MARKER
            if (d / DELTA_LOG).exists() and not marker.exists():
                skipped.append(key)
                continue
            if marker.exists():
                plan = json.loads(marker.read_text())
            else:
                plan = {
                    "entries": sorted(p.name for p in d.iterdir()),
                    "partitions": {
                        p.name[3:]: [f.name for f in _legacy_partition_files(p)]
                        for p in sorted(d.iterdir())
                        if p.is_dir() and p.name.startswith("dt=")
                    },
                }
                write_json_atomic(plan, marker)
            rows = 0
            for day, names in sorted(plan["partitions"].items()):
                if not names:
                    continue
                part = d / f"dt={day}"
                data = pa.concat_tables(
                    [read_parquet(part / n) for n in names], promote_options="default"
                )
                write_partition(root, d.name, day, data)
                rows += data.num_rows
            _remove_legacy(d, [d / name for name in plan["entries"]])
            marker.unlink()
            t = open_table(root, d.name)
            converted[key] = {
                "partitions": len(plan["partitions"]),
                "rows": rows,
                "version": None if t is None else t.version(),
            }
    return {"converted": converted, "already_delta": skipped}


def _remove_legacy(table_dir: Path, old: list[Path]) -> None:
    """Delete what the old protocol left: its partitions' files and manifests, hidden staging
    or superseded directories. The Delta log and the files it names are kept."""
    import shutil

    t = open_table(table_dir.parent, table_dir.name)
    keep = {str(Path(u).resolve()) for u in (t.file_uris() if t is not None else [])}
    for entry in old:
        if entry.name == DELTA_LOG or not entry.exists():
            continue
        if entry.is_dir() and entry.name.startswith("."):
            shutil.rmtree(entry, ignore_errors=True)
            continue
        if entry.is_dir():
            for f in list(entry.rglob("*")):
                if f.is_file() and str(f.resolve()) not in keep:
                    f.unlink()
            if not any(entry.iterdir()):
                entry.rmdir()
        elif str(entry.resolve()) not in keep:
            entry.unlink()
