"""Durable per-table extraction watermarks (atomic JSON under ``state_dir/watermarks/``).

One file per source (``<state>/watermarks/<source key>.json``) mapping table -> the highest
``updated_at`` already extracted (ISO-8601, microseconds, UTC) and the run that set it.
A watermark only moves forward after the table's partitions are written, so a crash re-reads
instead of skipping.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from transforms.io import read_json, write_json_atomic


class WatermarkStore:
    """Read and advance watermarks for one source."""

    def __init__(self, state_dir: Path, source_key: str) -> None:
        self.path = Path(state_dir) / "watermarks" / f"{source_key}.json"

    def _load(self) -> dict[str, Any]:
        return read_json(self.path, default={}) or {}

    def get(self, table: str) -> dt.datetime | None:
        entry = self._load().get(table)
        return dt.datetime.fromisoformat(entry["updated_at"]) if entry else None

    def all(self) -> dict[str, str]:
        return {t: e["updated_at"] for t, e in sorted(self._load().items())}

    def advance(self, table: str, value: dt.datetime, run_id: str) -> dt.datetime:
        """Set ``table``'s watermark to ``value`` unless it is already later; returns it."""
        if value.tzinfo is None:
            raise ValueError("watermarks must be timezone-aware (UTC)")
        data = self._load()
        current = data.get(table)
        if current and dt.datetime.fromisoformat(current["updated_at"]) >= value:
            return dt.datetime.fromisoformat(current["updated_at"])
        data[table] = {
            "updated_at": value.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "run_id": run_id,
            "set_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        write_json_atomic(data, self.path)
        return value

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)
