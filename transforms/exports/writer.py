"""Immutable, verifiable export versions on disk.

Layout of one version (``settings.exports_dir/<dataset>/<version>/``)::

    train-00000-of-00002.parquet      # shards named so HF `datasets` infers the splits
    train-00001-of-00002.parquet
    validation-00000-of-00001.parquet
    test-00000-of-00001.parquet
    __jsonl__/train-00000-of-00002.jsonl  # optional, same rows as the Parquet shard
    manifest.json                     # provenance, counts, per-file sha256/bytes/rows
    README.md                         # data card

Shards are cut by size (``target_shard_bytes`` of Parquet on disk) in row groups of about
``row_group_bytes`` uncompressed. Byte-identical output for identical input + config: rows are
sorted by (split, id) before writing, writer options are fixed, and nothing time-dependent goes
into a shard (the pyarrow version is the only writer identity recorded). A version is staged in
a hidden temp directory and renamed into place; an existing version is never overwritten.

Version id: ``v<UTC yyyymmddThhmmssmmm>Z-<content hash prefix>``, the content hash covering
the dataset name, the curation config and every data file's sha256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.config import Settings
from transforms.exports.options import ExportOptions
from transforms.io import sha256_file, write_json_atomic

SPLIT_ORDER = ("train", "validation", "test")
MANIFEST = "manifest.json"
CARD = "README.md"
MANIFEST_VERSION = 1
# HF `datasets` skips "__*" directories, so load_dataset("parquet", data_dir=...) never tries
# to read the JSONL mirror as Parquet; load it with load_dataset("json", data_dir=".../__jsonl__")
JSONL_DIR = "__jsonl__"


@dataclass(frozen=True)
class WrittenVersion:
    dataset: str
    version: str
    path: Path
    manifest: dict[str, Any]


def shard_name(split: str, index: int, total: int, ext: str = "parquet") -> str:
    """``<split>-<index:05d>-of-<total:05d>.<ext>`` (the pattern HF `datasets` recognises)."""
    return f"{split}-{index:05d}-of-{total:05d}.{ext}"


@dataclass(frozen=True)
class SplitRows:
    """One split's rows in final order, as a re-readable stream of tables, with its size."""

    rows: int
    nbytes: int  # Arrow bytes of the rows (sets the rows per row group)
    tables: Callable[[], Iterable[pa.Table]]

    @classmethod
    def of_table(cls, table: pa.Table) -> SplitRows:
        return cls(table.num_rows, table.nbytes, lambda: [table])


def _rows_per_group(nbytes: int, rows: int, row_group_bytes: int) -> int:
    if rows == 0:
        return 1
    avg = max(1, nbytes // rows)
    return int(max(1, min(1_000_000, row_group_bytes // avg)))


def _write_split(
    source: SplitRows, schema: pa.Schema, split: str, staging: Path, opts: ExportOptions
) -> list[Path]:
    """Write one split as size-bounded shards; returns final shard paths in order.

    Rows arrive as a stream of tables; at most one row group (``row_group_bytes``) plus one
    incoming table is held at a time. Each row group is one contiguous chunk, so the bytes
    never depend on how the stream was chunked."""
    parts: list[Path] = []
    step = _rows_per_group(source.nbytes, source.rows, opts.row_group_bytes)
    sink = writer = None

    def open_shard() -> None:
        nonlocal sink, writer
        parts.append(staging / f".{split}-{len(parts):05d}.part")
        sink = pa.OSFile(str(parts[-1]), "wb")
        writer = pq.ParquetWriter(
            sink,
            schema,
            compression="zstd",
            compression_level=opts.compression_level,
            write_statistics=True,
            use_dictionary=True,
        )

    def close_shard() -> None:
        nonlocal sink, writer
        writer.close()
        sink.close()
        sink = writer = None

    def write_group(group: pa.Table) -> None:
        if writer is None:
            open_shard()
        writer.write_table(group, row_group_size=group.num_rows)
        if sink.tell() >= opts.target_shard_bytes:
            close_shard()

    if source.rows == 0:
        open_shard()
        writer.write_table(schema.empty_table())
        close_shard()
    pending: list[pa.Table] = []
    pending_rows = 0
    for table in source.tables():
        if table.num_rows == 0:
            continue
        pending.append(table)
        pending_rows += table.num_rows
        if pending_rows < step:
            continue
        combined = pa.concat_tables(pending).combine_chunks()
        start = 0
        while combined.num_rows - start >= step:
            write_group(combined.slice(start, step))
            start += step
        rest = combined.slice(start)
        pending, pending_rows = ([rest], rest.num_rows) if rest.num_rows else ([], 0)
    if pending_rows:
        write_group(pa.concat_tables(pending).combine_chunks())
    if writer is not None:
        close_shard()
    final = []
    for i, part in enumerate(parts):
        target = staging / shard_name(split, i, len(parts))
        os.replace(part, target)
        final.append(target)
    return final


def _split_sources(table: pa.Table) -> dict[str, SplitRows]:
    """One contiguous chunk per split: the byte layout never depends on upstream chunking."""
    split_col = table.column("split")
    out = {}
    for split in set(split_col.to_pylist()):
        part = table.filter(pc.equal(split_col, split)).combine_chunks()
        out[split] = SplitRows.of_table(part)
    return out


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _write_jsonl(parquet_path: Path, staging: Path) -> Path:
    out = staging / JSONL_DIR / parquet_path.with_suffix(".jsonl").name
    out.parent.mkdir(exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        pf = pq.ParquetFile(parquet_path)
        for i in range(pf.num_row_groups):
            for row in pf.read_row_group(i).to_pylist():
                fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    return out


def content_hash(dataset: str, files: list[dict[str, Any]], config: dict[str, Any]) -> str:
    """sha256 over dataset name, canonical config JSON and (path, sha256) of every data file."""
    h = hashlib.sha256(dataset.encode() + b"\n")
    h.update(json.dumps(config, sort_keys=True, separators=(",", ":"), default=str).encode())
    for f in sorted(files, key=lambda f: f["path"]):
        h.update(f"\n{f['path']}\t{f['sha256']}".encode())
    return h.hexdigest()


def _file_entry(path: Path, root: Path, split: str, rows: int, fmt: str) -> dict[str, Any]:
    return {
        "path": path.relative_to(root).as_posix(),
        "split": split,
        "rows": rows,
        "bytes": path.stat().st_size,
        "sha256": sha256_file(path),
        "format": fmt,
    }


def _remove_stale_staging(root: Path, max_age_s: float = 86_400) -> None:
    """Drop staging dirs a crashed run left behind (a day old: never a live writer's)."""
    cutoff = dt.datetime.now(dt.UTC).timestamp() - max_age_s
    for stale in root.glob(".staging-*"):
        if stale.is_dir() and stale.stat().st_mtime < cutoff:
            shutil.rmtree(stale, ignore_errors=True)


def write_version(
    settings: Settings,
    dataset: str,
    table: pa.Table | dict[str, SplitRows],
    *,
    opts: ExportOptions,
    manifest: dict[str, Any],
    config_for_hash: dict[str, Any],
    render_card: Any = None,
    now: dt.datetime | None = None,
    schema: pa.Schema | None = None,
) -> WrittenVersion:
    """Write shards + manifest + card for ``table`` (must have a ``split`` column) as a new
    immutable version of ``dataset`` and return where it landed. ``table`` may instead be
    ``{split: SplitRows}``: each split's rows streamed in final order (bounded memory).

    ``render_card(manifest) -> str`` produces the README data card.
    """
    if isinstance(table, pa.Table):
        if "split" not in table.column_names:
            raise ValueError("export table needs a 'split' column")
        schema = table.schema
        sources = _split_sources(table)
    else:
        if schema is None:
            raise ValueError("streamed splits need the export schema")
        sources = dict(table)
    unknown = set(sources) - set(SPLIT_ORDER)
    if unknown:
        raise ValueError(f"unknown split names {sorted(unknown)}; expected {SPLIT_ORDER}")
    root = settings.exports_dir / dataset
    root.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(root)
    staging = root / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        files: list[dict[str, Any]] = []
        rows: dict[str, int] = {}
        for split in SPLIT_ORDER:
            source = sources.get(split, SplitRows(0, 0, list))
            if source.rows == 0 and split != "train":
                continue  # an empty train shard is still written so readers get the schema
            rows[split] = source.rows
            for path in _write_split(source, schema, split, staging, opts):
                n = pq.ParquetFile(path).metadata.num_rows
                files.append(_file_entry(path, staging, split, n, "parquet"))
                if opts.write_jsonl:
                    files.append(
                        _file_entry(_write_jsonl(path, staging), staging, split, n, "jsonl")
                    )
        digest = content_hash(dataset, files, config_for_hash)
        now = now or dt.datetime.now(dt.UTC)
        version = f"v{now.strftime('%Y%m%dT%H%M%S')}{now.microsecond // 1000:03d}Z-{digest[:12]}"
        final = root / version
        full = {
            "manifest_version": MANIFEST_VERSION,
            "dataset": dataset,
            "version": version,
            "created_at": now.isoformat(),
            "content_hash": digest,
            "rows": rows,
            "rows_total": sum(rows.values()),
            "files": files,
            "format": {
                "parquet": {
                    "compression": "zstd",
                    "compression_level": opts.compression_level,
                    "pyarrow": pa.__version__,
                    "target_shard_bytes": opts.target_shard_bytes,
                    "row_group_bytes": opts.row_group_bytes,
                },
                "jsonl": opts.write_jsonl,
            },
            **manifest,
        }
        write_json_atomic(full, staging / MANIFEST)
        if render_card is not None:
            (staging / CARD).write_text(render_card(full), encoding="utf-8")
        if final.exists():
            raise FileExistsError(f"export version {final} already exists; versions are immutable")
        os.rename(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return WrittenVersion(dataset=dataset, version=version, path=final, manifest=full)
