"""Bounded-memory curation of one dataset: memory is set by the batch size, not the mart size.

The mart is read in Arrow record batches from DuckDB. Every step before dedup (consent, rules,
quality filters, identifier guard, content, decontamination) judges a row on its own, so it
runs batch by batch; survivors are spilled to a Parquet file and only a compact key row is
kept per item (id, user, rank keys, a 128-bit hash of the normalised text, its MinHash
signature). The dedup and split steps then run on the compact rows in rank order (best first,
exactly the order the whole-table pipeline used); ``ordering.py`` then puts the kept spilled
rows in output order (split, id) without sorting wide rows. Same kept rows, counts and output
order as running the pipeline on the whole table.
"""

from __future__ import annotations

import copy
import hashlib
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from transforms.exports import curation as cur

BATCH_ROWS = 1024  # at most this many mart rows per batch ...
# ... and at most about this many Arrow bytes: a batch's working set (rendered text, normalised
# text, content checks) is ~10x its Arrow size, and preference rows carry whole conversations
BATCH_BYTES = 4 * 1024 * 1024
# stats values that describe a rule, not a count: never summed across batches
_NOT_COUNTS = frozenset({"threshold", "min_matches", "ngram"})
_DEDUP_TYPES = (cur.ExactDedup, cur.NearDedup, cur.AssignSplits)


def merge_counts(into: dict[str, Any], more: dict[str, Any]) -> None:
    """Add one batch's step stats to the running stats: counts sum, settings stay."""
    for key, value in more.items():
        if key not in into:
            into[key] = copy.deepcopy(value)
        elif key in _NOT_COUNTS:
            continue
        elif isinstance(value, dict):
            merge_counts(into[key], value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            into[key] += value


def _split_steps(steps: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """(row-local steps, dedup/split steps); the row-local ones must all come first."""
    tail_at = next((i for i, s in enumerate(steps) if isinstance(s, _DEDUP_TYPES)), len(steps))
    row, tail = list(steps[:tail_at]), list(steps[tail_at:])
    wrong = [s.name for s in tail if not isinstance(s, _DEDUP_TYPES)]
    if wrong:
        raise ValueError(f"row-local steps {wrong} must run before dedup and splits")
    return row, tail


def _norm_hash(norm: pl.Series) -> pl.Series:
    """128-bit digest of each normalised text: exact dedup compares these, not the texts."""
    return pl.Series(
        "_norm",
        [None if t is None else hashlib.blake2b(t.encode(), digest_size=16).digest() for t in norm],
        dtype=pl.Binary,
    )


class _Run:
    """Accumulates one dataset's pass over its mart batches."""

    def __init__(self, spec, steps: Sequence[Any], spill: Path) -> None:
        self.spec = spec
        self.row_steps, self.tail = _split_steps(steps)
        self.near = next((s for s in self.tail if isinstance(s, cur.NearDedup)), None)
        self.stats: list[dict[str, Any]] = [
            {"step": s.name, "rows_in": 0, "rows_out": 0, "seconds": 0.0} for s in self.row_steps
        ]
        self.dropped_users: set[str | None] = set()
        self.rows_in = 0
        self.keys: list[pl.DataFrame] = []
        self.sigs: list[np.ndarray] = []
        self.spill = spill
        self.writer: pq.ParquetWriter | None = None

    def add(self, df: pl.DataFrame) -> None:
        from transforms.exports.shingles import normalize_texts

        frame = self.spec.prepare(df)
        missing = {"id", "user_key", "_text"} - set(frame.columns)
        if missing:
            raise ValueError(f"curation frame lacks columns {sorted(missing)}")
        self.rows_in += frame.height
        frame = frame.with_columns(
            normalize_texts(frame["_text"]).alias("_norm"),
            pl.lit(1, dtype=pl.Int64).alias("_dups"),
        )
        for step, acc in zip(self.row_steps, self.stats, strict=True):
            t0 = time.perf_counter()
            out, s = step(frame)
            acc["rows_in"] += frame.height
            acc["rows_out"] += out.height
            acc["seconds"] += time.perf_counter() - t0
            merge_counts(acc, s)
            if isinstance(step, cur.ConsentFilter):
                self.dropped_users |= set(frame["user_key"].to_list()) - set(
                    out["user_key"].to_list()
                )
            frame = out
        start = sum(k.height for k in self.keys)
        self.keys.append(
            frame.select(
                pl.col("id"),
                pl.col("user_key"),
                *self.spec.rank_keys(),
                pl.col("_dups"),
                pl.int_range(start, start + frame.height, dtype=pl.Int64).alias("_row"),
            ).with_columns(_norm_hash(frame["_norm"]))
        )
        if self.near is not None:
            self.sigs.append(
                self.near.signatures(frame["_norm"])
                if frame.height
                else np.empty((self.near.num_perm, 0), dtype=np.uint32)
            )
        payload = self.spec.to_payload(frame)
        payload = payload.append_column(
            "_row", pa.array(np.arange(start, start + frame.height, dtype=np.int64))
        )
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.spill, payload.schema, compression="zstd")
        self.writer.write_table(payload)

    def _ranked_signatures(self, rows: np.ndarray) -> np.ndarray:
        """The signatures of ``rows`` (global row numbers, rank order) as one matrix, column
        ``i`` for ``rows[i]``, assembled batch by batch while each batch's block is released:
        the signatures are held about once, not as the batch list plus a concatenated copy plus
        its rank-ordered copy (the export's largest item-proportional state)."""
        sigs, self.sigs = self.sigs, []
        num_perm = sigs[0].shape[0] if sigs else self.near.num_perm
        out = np.empty((num_perm, len(rows)), dtype=np.uint32)
        total = sum(b.shape[1] for b in sigs)
        pos = np.full(total, -1, dtype=np.int64)
        pos[rows] = np.arange(len(rows), dtype=np.int64)
        start = 0
        for i, block in enumerate(sigs):
            at = pos[start : start + block.shape[1]]
            wanted = at >= 0
            out[:, at[wanted]] = block[:, wanted]
            start += block.shape[1]
            sigs[i] = None  # this batch's block is no longer needed
        return out

    def finish(self) -> cur.PipelineResult:
        if self.writer is not None:
            self.writer.close()
        for acc in self.stats:
            acc["seconds"] = round(acc["seconds"], 3)
            if acc["step"] == "consent" and "users_excluded" in acc:
                acc["users_excluded"] = len(self.dropped_users)
            if isinstance(acc.get("eval_items_hit"), dict):
                acc["eval_items_hit"] = dict(sorted(acc["eval_items_hit"].items()))
        frame = pl.concat(self.keys, how="vertical")
        frame = frame.sort(
            [c for c in frame.columns if c.startswith("_rank")],
            descending=self.spec.rank_descending(),
            maintain_order=True,
        )
        stats = list(self.stats)
        for step in self.tail:
            apply = None
            if isinstance(step, cur.NearDedup):  # on the signatures computed batch by batch

                def apply(f: pl.DataFrame, step: cur.NearDedup = step) -> tuple:
                    sig = self._ranked_signatures(f["_row"].to_numpy()) if f.height >= 2 else None
                    return step.resolve(f, sig)

            frame = cur.timed_step(step, frame, stats, apply)
        kept = frame.select("_row", "split", pl.col("_dups").alias("dup_count"))
        return cur.PipelineResult(frame=kept, steps=stats, rows_in=self.rows_in)


def curate(
    con, spec, steps: Sequence[Any], spill: Path, *, batch_rows: int | None = None
) -> cur.PipelineResult:
    """Run ``steps`` over ``spec``'s mart from an open DuckDB connection, batch by batch.

    Survivors go to the Parquet file ``spill`` (payload columns + ``_row``); the result's
    ``frame`` holds ``_row``, ``split`` and ``dup_count`` of every kept row.
    """
    run = _Run(spec, steps, spill)
    rows = batch_rows or BATCH_ROWS
    reader = con.sql(spec.select_sql(con)).to_arrow_reader(min(rows, 256))
    seen = False
    for table in _coalesce(reader, rows, BATCH_BYTES):
        seen = True
        run.add(pl.from_arrow(table))
    if not seen:  # an empty mart still reports every step (and writes a typed empty spill)
        run.add(pl.from_arrow(reader.schema.empty_table()).clear())
    return run.finish()


def _coalesce(reader: pa.RecordBatchReader, rows: int, nbytes: int) -> Iterator[pa.Table]:
    """Small record batches gathered into tables of at most ``rows`` rows, ending early at
    ``nbytes`` Arrow bytes (a single larger batch passes alone).

    Each table is a copy: a batch imported from DuckDB stays alive whole while any one of its
    buffers is referenced, so the compact key rows kept per batch (ids, user keys) would pin
    every wide batch read (the export grew ~3.5 KB per mart row, 1.6 GB at 100k sessions)."""
    pending: list[pa.RecordBatch] = []
    n = size = 0
    for batch in reader:
        if not batch.num_rows:
            continue
        if pending and (n + batch.num_rows > rows or size + batch.nbytes > nbytes):
            yield pa.Table.from_batches([pa.concat_batches(pending)])
            pending, n, size = [], 0, 0
        pending.append(batch)
        n += batch.num_rows
        size += batch.nbytes
    if pending:
        yield pa.Table.from_batches([pa.concat_batches(pending)])
