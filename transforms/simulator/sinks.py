"""Where generated rows go: NDJSON export files (the embedded default) or PostgreSQL.

Both sinks take rows as dicts in schema column order with timestamps already rendered as
ISO-8601 UTC strings (``2026-11-17T10:23:45.123Z``), plus gold spans per text cell.

File layout written by :class:`NdjsonSink` (into a staging dir, swapped in on close so a
crashed run never leaves half a source behind)::

    <source>/<table>/dt=YYYY-MM-DD/part-00000.jsonl.gz   dt from the table's partition_column
    <source>/_gold/labels.jsonl.gz                        one line per planted span (GOLD_SCHEMA)
    <source>/_manifest.json                               counts, partitions, generator args

Gzip output is deterministic (mtime 0, no file name in the header, fixed level), so the same
generator arguments give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from isal import igzip

from transforms.contracts.platform import TABLES
from transforms.io import replace_dir, write_json_atomic
from transforms.simulator.labelled_text import Span

GZIP_LEVEL = 3  # ISA-L levels are 0-3
FLUSH_BYTES = 1 << 20
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_EPOCH = dt.date(1970, 1, 1)
_day_cache: dict[int, str] = {}


def iso_ms(ms: int) -> str:
    """Epoch ms -> ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (hand-rolled: called millions of times)."""
    day, rem = divmod(ms, 86_400_000)
    d = _day_cache.get(day)
    if d is None:
        d = _day_cache[day] = (_EPOCH + dt.timedelta(days=day)).isoformat()
    h, rem = divmod(rem, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, milli = divmod(rem, 1000)
    return f"{d}T{h:02d}:{m:02d}:{s:02d}.{milli:03d}Z"


def open_gzip_writer(path: Path, append: bool = False) -> tuple[BinaryIO, gzip.GzipFile]:
    """A deterministic gzip stream (``append`` adds a new member, still a valid .gz file).

    ISA-L level 3: about 5x less CPU than zlib level 6 for ~10% larger files; compression was
    the single largest cost of generating a million messages.
    """
    raw = open(path, "ab" if append else "wb")  # noqa: SIM115 - closed by the caller
    return raw, igzip.IGzipFile(
        filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=GZIP_LEVEL
    )


class Sink(Protocol):
    """What the simulator writes to."""

    def write(self, table: str, row: dict[str, Any]) -> None: ...

    def gold(self, table: str, row_id: str, column: str, spans: list[Span]) -> None: ...

    def low_quality(self, record: dict[str, Any]) -> None: ...

    def end_day(self, day: dt.date) -> None: ...

    def close(self, manifest: dict[str, Any]) -> None: ...

    def abort(self) -> None: ...


class _PartFile:
    __slots__ = ("path", "buf", "size", "raw", "gz", "written")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.buf: list[str] = []
        self.size = 0
        self.raw: BinaryIO | None = None
        self.gz: gzip.GzipFile | None = None
        self.written = False

    def flush(self) -> None:
        if not self.buf:
            return
        if self.gz is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.raw, self.gz = open_gzip_writer(self.path, append=self.written)
            self.written = True
        self.gz.write("".join(self.buf).encode())
        self.buf.clear()
        self.size = 0

    def close(self) -> None:
        self.flush()
        if self.gz is not None:
            self.gz.close()
            self.raw.close()  # type: ignore[union-attr]
            self.gz = self.raw = None


class NdjsonSink:
    """Partitioned NDJSON export files, written to a staging dir and swapped in on close.

    ``atomic=False`` writes straight into ``root`` (a fresh directory) and leaves it there:
    used for generator shards that :func:`merge_shards` combines afterwards.
    """

    def __init__(self, root: Path, *, atomic: bool = True) -> None:
        self.root = Path(root)
        self.atomic = atomic
        self.staging = (
            self.root.with_name(f".{self.root.name}.{uuid.uuid4().hex}.tmp")
            if atomic
            else self.root
        )
        self.staging.mkdir(parents=True)
        self.parts: dict[tuple[str, str], _PartFile] = {}
        self.counts: Counter[str] = Counter()
        self.partitions: dict[str, set[str]] = defaultdict(set)
        self.gold_counts: Counter[str] = Counter()
        self._gold = _PartFile(self.staging / "_gold" / "labels.jsonl.gz")
        self._low_quality = _PartFile(self.staging / "_gold" / "low_quality.jsonl.gz")
        self._pcol = {name: t.partition_column for name, t in TABLES.items()}

    def write(self, table: str, row: dict[str, Any]) -> None:
        day = row[self._pcol[table]][:10]
        key = (table, day)
        part = self.parts.get(key)
        if part is None:
            part = self.parts[key] = _PartFile(
                self.staging / table / f"dt={day}" / "part-00000.jsonl.gz"
            )
            self.partitions[table].add(day)
        line = _encode(row) + "\n"
        part.buf.append(line)
        part.size += len(line)
        self.counts[table] += 1
        if part.size > FLUSH_BYTES:
            part.flush()

    def gold(self, table: str, row_id: str, column: str, spans: list[Span]) -> None:
        g = self._gold
        for start, end, type_, value in spans:
            g.buf.append(
                _encode(
                    {
                        "table": table,
                        "row_id": row_id,
                        "column": column,
                        "start": start,
                        "end": end,
                        "type": type_,
                        "value": value,
                    }
                )
                + "\n"
            )
            self.gold_counts[type_] += 1
        if len(g.buf) > 20_000:
            g.flush()

    def low_quality(self, record: dict[str, Any]) -> None:
        """One planted low-quality assistant turn (``transforms.simulator.low_quality``)."""
        self._low_quality.buf.append(_encode(record) + "\n")
        if len(self._low_quality.buf) > 20_000:
            self._low_quality.flush()

    def end_day(self, day: dt.date) -> None:
        """Close partitions two or more days old: sessions never span that far back."""
        cutoff = (day - dt.timedelta(days=1)).isoformat()
        for key in [k for k in self.parts if k[1] < cutoff]:
            part = self.parts[key]
            if part.gz is not None or part.buf:
                part.close()

    def close(self, manifest: dict[str, Any] | None) -> None:
        for part in self.parts.values():
            part.close()
        self._gold.close()
        self._low_quality.close()
        if manifest is not None:
            manifest = {
                **manifest,
                "partitions": {t: sorted(d) for t, d in self.partitions.items()},
            }
            write_json_atomic(manifest, self.staging / "_manifest.json")
        if self.atomic:
            replace_dir(self.staging, self.root)

    def abort(self) -> None:
        for part in self.parts.values():
            if part.gz is not None:
                part.gz.close()
                part.raw.close()  # type: ignore[union-attr]
        shutil.rmtree(self.staging, ignore_errors=True)


def merge_shards(shard_dirs: list[Path], root: Path, manifest: dict[str, Any]) -> None:
    """Combine shard outputs into one source: per file, the shards' gzip streams in shard order.

    Concatenated gzip members form a valid gzip file (every reader here handles them), so the
    layout stays one ``part-00000.jsonl.gz`` per partition; then swap the result into ``root``.
    """
    root = Path(root)
    staging = root.with_name(f".{root.name}.{uuid.uuid4().hex}.tmp")
    rel_paths = sorted({p.relative_to(d) for d in shard_dirs for p in d.rglob("*") if p.is_file()})
    try:
        for rel in rel_paths:
            out = staging / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(out, "wb") as f:
                for d in shard_dirs:
                    if (d / rel).exists():
                        with open(d / rel, "rb") as src:
                            shutil.copyfileobj(src, f, 1 << 20)
        write_json_atomic(manifest, staging / "_manifest.json")
        replace_dir(staging, root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def read_low_quality_gold(source_dir: Path) -> list[dict[str, Any]]:
    """The planted low-quality assistant turns of a file source."""
    return _read_gold_file(source_dir, "low_quality.jsonl.gz", "low-quality gold")


def read_gold(source_dir: Path) -> list[dict[str, Any]]:
    """All gold spans of a file source (``<source>/_gold/labels.jsonl.gz``)."""
    return _read_gold_file(source_dir, "labels.jsonl.gz", "gold labels")


def _read_gold_file(source_dir: Path, name: str, what: str) -> list[dict[str, Any]]:
    path = Path(source_dir) / "_gold" / name
    if not path.exists():
        raise FileNotFoundError(f"no {what} at {path}; run `iw generate` first")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]
