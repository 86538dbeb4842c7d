"""Lake paths, atomic Parquet writes, partitions and small JSON state files.

Every writer here is a transaction: it writes to a temporary sibling and renames it into
place, so a crashed task leaves either the old partition or the new one, never half of one.
A partition is replaced as a whole directory, which makes reruns of the same interval
idempotent (replace, never append).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

PARQUET_COMPRESSION = "zstd"


def partition_dir(root: Path, table: str, day: dt.date | str) -> Path:
    """``root/<table>/dt=YYYY-MM-DD``."""
    return Path(root) / table / f"dt={_day(day)}"


def _day(day: dt.date | str) -> str:
    return day.isoformat() if isinstance(day, dt.date) else dt.date.fromisoformat(day).isoformat()


def list_partitions(root: Path, table: str) -> list[str]:
    """Sorted ``YYYY-MM-DD`` days present for a table (complete partitions only)."""
    base = Path(root) / table
    if not base.exists():
        return []
    return sorted(p.name[3:] for p in base.iterdir() if p.is_dir() and p.name.startswith("dt="))


def write_parquet_atomic(table: pa.Table, path: Path, *, row_group_size: int = 128_000) -> Path:
    """Write one Parquet file via temp file + rename (zstd, deterministic metadata)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(
            table,
            tmp,
            compression=PARQUET_COMPRESSION,
            row_group_size=row_group_size,
            write_statistics=True,
        )
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


class PartitionWriter:
    """Stage a whole partition in a temp dir, then swap it in with one rename.

    >>> with PartitionWriter(root, "messages", "2026-11-01") as w:
    ...     w.write(batch_table)          # part-00000.parquet, part-00001.parquet, ...
    """

    def __init__(
        self, root: Path, table: str, day: dt.date | str, *, empty_schema: pa.Schema | None = None
    ):
        # With ``empty_schema``, a partition that gets no rows still holds one empty file, so
        # readers of it see the columns.
        self.empty_schema = empty_schema
        self.final = partition_dir(root, table, day)
        self.staging = self.final.with_name(f".{self.final.name}.{uuid.uuid4().hex}.tmp")
        self.files: list[Path] = []
        self.rows = 0

    def __enter__(self) -> PartitionWriter:
        self.staging.mkdir(parents=True, exist_ok=False)
        return self

    def write(self, table: pa.Table) -> Path | None:
        if table.num_rows == 0:
            return None
        path = self.staging / f"part-{len(self.files):05d}.parquet"
        pq.write_table(table, path, compression=PARQUET_COMPRESSION, write_statistics=True)
        self.files.append(self.final / path.name)
        self.rows += table.num_rows
        return path

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        if not self.files and self.empty_schema is not None:
            path = self.staging / "part-00000.parquet"
            pq.write_table(self.empty_schema.empty_table(), path, compression=PARQUET_COMPRESSION)
            self.files.append(self.final / path.name)
        replace_dir(self.staging, self.final)


def replace_dir(staging: Path, final: Path) -> None:
    """Swap ``staging`` into ``final`` (old contents removed after the swap)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        old = final.with_name(f".{final.name}.{uuid.uuid4().hex}.old")
        os.replace(final, old)
        os.replace(staging, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, final)


def read_partition(root: Path, table: str, day: dt.date | str) -> pa.Table | None:
    """Read a whole partition, or ``None`` when it does not exist."""
    d = partition_dir(root, table, day)
    files = sorted(d.glob("*.parquet")) if d.exists() else []
    if not files:
        return None
    return pa.concat_tables([pq.read_table(f) for f in files], promote_options="default")


def write_text_atomic(text: str, path: Path) -> Path:
    """Write a text file via temp file + rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)
    return path


def write_json_atomic(obj: Any, path: Path) -> Path:
    """Write JSON (sorted keys, 2-space indent) via temp file + rename."""
    return write_text_atomic(json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n", path)


def read_json(path: Path, default: Any = None) -> Any:
    path = Path(path)
    return json.loads(path.read_text()) if path.exists() else default


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def iter_files(root: Path, pattern: str = "**/*") -> Iterable[Path]:
    root = Path(root)
    return sorted(p for p in root.glob(pattern) if p.is_file()) if root.exists() else []
