"""Durable per-table extraction watermarks (atomic JSON under ``state_dir/watermarks/``).

One file per source and table (``<state>/watermarks/<source key>/<table>.json``; one file per
table so runs fanned out over tables never race on a shared file) holding the highest
``updated_at`` already extracted (ISO-8601, microseconds, UTC) and the run that set it.
A watermark only moves forward, and only after the table's partitions are written, so a
crash re-reads instead of skipping.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from transforms.io import read_json, write_json_atomic


class WatermarkStore:
    """Read and advance watermarks for one source."""

    def __init__(self, state_dir: Path, source_key: str) -> None:
        self.dir = Path(state_dir) / "watermarks" / source_key

    def _path(self, table: str) -> Path:
        return self.dir / f"{table}.json"

    def get(self, table: str) -> dt.datetime | None:
        entry = read_json(self._path(table))
        return dt.datetime.fromisoformat(entry["updated_at"]) if entry else None

    def all(self) -> dict[str, str]:
        """Table -> watermark (ISO) for every table that has one."""
        return {p.stem: read_json(p)["updated_at"] for p in sorted(self.dir.glob("*.json"))}

    def advance(self, table: str, value: dt.datetime, run_id: str) -> dt.datetime:
        """Set ``table``'s watermark to ``value`` unless it is already later; returns it."""
        if value.tzinfo is None:
            raise ValueError("watermarks must be timezone-aware (UTC)")
        current = self.get(table)
        if current is not None and current >= value:
            return current
        write_json_atomic(
            {
                "updated_at": value.astimezone(dt.UTC).isoformat(timespec="microseconds"),
                "run_id": run_id,
                "set_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            self._path(table),
        )
        return value

    def reset(self, table: str | None = None) -> None:
        """Forget one table's watermark (or all): the next run re-reads from the start."""
        for p in [self._path(table)] if table else list(self.dir.glob("*.json")):
            p.unlink(missing_ok=True)
