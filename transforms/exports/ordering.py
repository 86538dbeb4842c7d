"""Kept rows in output order, (split, id), with memory set by a bucket size, not the row count.

Only narrow keys are sorted in memory (split, id, row number: the output position of every kept
row). The wide rows spilled by ``streaming.curate`` are never sorted as a whole: one pass over
the spill writes each kept row to the bucket file of its range of output positions; then bucket
by bucket the rows are read, put in order and cut into tables, which ``split_files`` writes as
one Arrow IPC file per split for the shard writer. Same rows and order as one
``ORDER BY split, id`` over the joined spill.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

# rows are put in output order one bucket of about this many (uncompressed) bytes at a time
BUCKET_BYTES = 8 * 1024 * 1024
READ_BYTES = 8 * 1024 * 1024  # the spill is distributed to the buckets this much at a time


def sorted_rows(
    spec,
    spill: Path,
    kept: pl.DataFrame,
    scratch: Path,
    *,
    batch_rows: int,
    bucket_bytes: int = BUCKET_BYTES,
) -> Iterator[pa.Table]:
    """Kept rows in the export schema, sorted by (split, id), in tables of ``batch_rows``.

    Only narrow keys are sorted in memory (split, id, row number: the output position of every
    kept row). The wide payload is never sorted as a whole: one pass over the spill writes
    every kept row to the bucket file (in ``scratch``) of its range of output positions, each
    about ``bucket_bytes`` of Arrow data; then bucket by bucket the rows are read, put in order
    and cut into tables. Memory is set by ``bucket_bytes``, not by the number of rows.
    """
    order = _output_order(spill, kept)
    pos = np.full(_spill_rows(spill), -1, dtype=np.int64)
    pos[order["_row"].to_numpy()] = np.arange(order.height, dtype=np.int64)
    per_bucket = _rows_per_bucket(spill, bucket_bytes, batch_rows)
    buckets = -(-order.height // per_bucket)
    tail = order.select("split", "dup_count").to_arrow()
    del order
    paths = _distribute(spill, pos, per_bucket, buckets, scratch)
    del pos
    pending: list[pa.Table] = []
    n_pending = done = 0
    for path in paths:
        with pa.memory_map(str(path)) as src:
            rows = pa.ipc.open_file(src).read_all()
        path.unlink()
        rows = rows.take(pc.sort_indices(rows.column("_pos"))).drop_columns(["_pos"])
        n = rows.num_rows
        rows = pa.Table.from_arrays(
            [*rows.columns, *tail.slice(done, n).columns],
            names=[*rows.column_names, *tail.column_names],
        )
        done += n
        start = 0
        while start < n:
            take = min(n - start, batch_rows - n_pending)
            pending.append(rows.slice(start, take))
            n_pending += take
            start += take
            if n_pending == batch_rows:
                yield spec.to_output(pa.concat_tables(pending).combine_chunks())
                pending, n_pending = [], 0
        del rows
    if pending:
        yield spec.to_output(pa.concat_tables(pending).combine_chunks())


def _output_order(spill: Path, kept: pl.DataFrame) -> pl.DataFrame:
    """``_row``, ``split``, ``dup_count`` of the kept rows in output order: (split, id, _row),
    nulls last (what DuckDB's ``ORDER BY`` gave before)."""
    ids = pl.from_arrow(pq.read_table(spill, columns=["_row", "id"]))
    return (
        kept.join(ids, on="_row", how="left")
        .sort(["split", "id", "_row"], nulls_last=True)
        .select("_row", "split", "dup_count")
    )


def _spill_rows(spill: Path) -> int:
    return pq.ParquetFile(spill).metadata.num_rows


def _rows_per_bucket(spill: Path, bucket_bytes: int, batch_rows: int) -> int:
    """Rows per bucket so that a bucket holds about ``bucket_bytes`` of uncompressed data (the
    spill's average row size); at least one output table."""
    meta = pq.ParquetFile(spill).metadata
    nbytes = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    avg = max(1, nbytes // max(1, meta.num_rows))
    return max(batch_rows, bucket_bytes // avg)


def _distribute(
    spill: Path, pos: np.ndarray, per_bucket: int, buckets: int, scratch: Path
) -> list[Path]:
    """One pass over the spill: each kept row (``pos >= 0``) goes to bucket file
    ``pos // per_bucket`` with its output position as ``_pos``; returns the files in order."""
    paths = [scratch / f"bucket-{b:05d}.arrow" for b in range(buckets)]
    writers: dict[int, pa.ipc.RecordBatchFileWriter] = {}
    options = pa.ipc.IpcWriteOptions(compression="lz4")
    try:
        schema = None
        for group in _spill_chunks(spill, READ_BYTES):
            at = pos[group.column("_row").to_numpy()]
            wanted = np.flatnonzero(at >= 0)
            if not len(wanted):
                continue
            group = group.drop_columns(["_row"]).take(wanted)
            at = at[wanted]
            group = group.append_column("_pos", pa.array(at))
            schema = schema or group.schema
            bucket = at // per_bucket
            by_bucket = np.argsort(bucket, kind="stable")
            cuts = np.flatnonzero(np.diff(bucket[by_bucket])) + 1
            for idx in np.split(by_bucket, cuts):
                b = int(bucket[idx[0]])
                if b not in writers:
                    writers[b] = pa.ipc.new_file(str(paths[b]), schema, options=options)
                writers[b].write_table(group.take(idx))
            del group
    finally:
        for writer in writers.values():
            writer.close()
    return [p for b, p in enumerate(paths) if b in writers]


def _spill_chunks(spill: Path, nbytes: int) -> Iterator[pa.Table]:
    """The spill's row groups, gathered into tables of about ``nbytes``
    (fewer, larger writes per bucket)."""
    source = pq.ParquetFile(spill)
    meta = source.metadata
    pending: list[int] = []
    size = 0
    for i in range(source.num_row_groups):
        pending.append(i)
        size += meta.row_group(i).total_byte_size
        if size >= nbytes:
            yield source.read_row_groups(pending)
            pending, size = [], 0
    if pending:
        yield source.read_row_groups(pending)


def split_files(
    tables: Iterator[pa.Table], schema: pa.Schema, tmp: Path, on_table=None
) -> dict[str, Any]:
    """Cut rows sorted by (split, id) into one Arrow IPC file per split on disk; returns
    ``{split: SplitRows}`` (rows, Arrow bytes, a reader) for the writer. ``on_table`` sees
    every table in output order (the card statistics)."""
    from transforms.exports.writer import SplitRows

    sizes: dict[str, list[int]] = {}
    current: str | None = None
    sink = writer = None

    def close() -> None:
        nonlocal sink, writer
        if writer is not None:
            writer.close()
            sink.close()
        sink = writer = None

    try:
        for table in tables:
            if on_table is not None:
                on_table(table)
            start = 0
            for split, run in itertools.groupby(table.column("split").to_pylist()):
                n = sum(1 for _ in run)
                if split != current:
                    close()
                    if split in sizes:
                        raise ValueError(f"rows of split {split!r} are not contiguous")
                    current = split
                    sizes[split] = [0, 0]
                    sink = pa.OSFile(str(tmp / f"{split}.arrow"), "wb")
                    writer = pa.ipc.new_stream(sink, schema)
                part = table.slice(start, n)
                writer.write_table(part)
                sizes[split][0] += n
                sizes[split][1] += part.nbytes
                start += n
    finally:
        close()

    def reader(split: str):
        def tables_of() -> Iterator[pa.Table]:
            with pa.OSFile(str(tmp / f"{split}.arrow"), "rb") as src:
                for batch in pa.ipc.open_stream(src):
                    yield pa.Table.from_batches([batch])

        return tables_of

    return {s: SplitRows(rows, nbytes, reader(s)) for s, (rows, nbytes) in sizes.items()}
