"""Extract stage: platform source -> typed raw lake (``settings.raw_dir``), bad rows -> quarantine.

Kept as one module: one module per stage (the pipelines rule); its two sources (files,
PostgreSQL) are sections below that share the quarantine and partition-merge helpers.

``run(partition, settings)`` picks the source from ``settings.source_url`` (``IW_SOURCE_URL``):
a ``postgresql://`` URL reads PostgreSQL, anything else reads the NDJSON export files
(``settings.source_dir``, or the directory the URL names, ``file://`` optional).
``run(partition, settings, tables=[...])`` restricts a run to some tables, so an orchestrator
can fan out over tables; each (table, day) partition is written independently and atomically.

Output: ``raw/<table>/dt=YYYY-MM-DD/part-*.parquet`` (zstd), columns and types exactly the
table's pyarrow schema in :mod:`transforms.contracts.platform`. Every partition is written as
it is parsed and published with one Delta commit (:class:`transforms.io.PartitionWriter`), so
memory follows the block size, not the day, a rerun replaces and never duplicates, and a crash
leaves the previous partition intact.

Contract (see :mod:`transforms.source.contract`): malformed JSON, unknown columns with values
(schema drift), missing required values and wrong types never load and never vanish: they go to
``quarantine/<table>/dt=.../part-*.parquet`` with the raw line, reason, detail, source file and
line number. Schema drift is additionally reported per table and column in
``details["schema_drift"]``. Counts: ``rows.<table>``, ``quarantined.<table>`` and
``quarantined.<table>.<reason>``; PostgreSQL also ``upserted.<table>`` (rows that were new or
newer than what the lake had).

File source: each source partition ``<table>/dt=D/*.jsonl[.gz]`` becomes raw partition ``dt=D``
(the file's partition is authoritative). Reading is streamed in line-aligned blocks
(:mod:`transforms.source.ndjson`): flat memory whatever the file size. A row for a PK seen in
an earlier partition (an upsert of a mutable entity) simply lands in its own partition;
staging dedupes on the latest ``updated_at``.

PostgreSQL source: incremental by ``updated_at``. Each table reads
``updated_at >= watermark - overlap`` (``overlap`` default 1 h, so rows committed late with an
``updated_at`` just below the watermark are still captured) and, when ``partition`` is a day,
``updated_at < day + 1`` (a daily run extracts everything changed up to the end of its
interval, so scheduled and backfill runs advance in step). Rows are streamed with
``COPY ... TO STDOUT`` into per-day spill files, then merged into each affected raw partition:
existing rows + new rows, unique by primary key with the latest ``updated_at`` winning, sorted
by key (deterministic bytes), streamed from DuckDB under the stages' memory limit in record
batches, swapped in atomically. Watermarks
(``state/watermarks/<source>/<table>.json``) advance only after a table's partitions are written.
``full=True`` ignores the watermark (a re-extraction; merging keeps it idempotent).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.config import Settings
from transforms.contracts.platform import TABLES, Table, table
from transforms.io import (
    PartitionWriter,
    list_dir_partitions,
    parquet_rows,
    partition_dir,
    partition_files,
    read_partition,
    remove_partition,
)
from transforms.paths import day_key
from transforms.pipelines import StageResult, stage_run
from transforms.privacy.tombstones import drop_erased_quarantine, drop_erased_rows
from transforms.replace_guard import check_partition_replace
from transforms.source.contract import (
    DriftReport,
    Quarantined,
    bad_row_mask,
    quarantine_table,
    row_day,
)
from transforms.source.ndjson import (
    DEFAULT_BLOCK_BYTES,
    BlockParser,
    BlockStats,
    iter_blocks,
    prefetch,
)

DEFAULT_OVERLAP = dt.timedelta(hours=1)
RAW_PART_BYTES = 32 << 20  # hand rows to the partition writer once this much Arrow data is parsed
MERGE_BATCH_ROWS = 65_536  # rows per record batch when streaming a merged partition


def run(
    partition: str | None,
    settings: Settings,
    *,
    tables: list[str] | None = None,
    allow_shrink: bool = False,
) -> StageResult:
    """Extract one day (``YYYY-MM-DD``) or every day present (``None``) into the raw lake.

    A file partition whose new input is unreadable, truncated or shrinks it by more than
    ``settings.max_partition_shrink`` is refused (old partition kept, stage fails) unless
    ``allow_shrink``; see :mod:`transforms.replace_guard`."""
    names = _check_tables(tables)
    if partition is not None:
        partition = day_key(partition)
    with stage_run("extract", partition, settings) as result, _system_arrow_pool():
        from transforms.contracts.postgres import is_postgres_url

        if is_postgres_url(settings.source_url):
            extract_postgres(settings, partition, result, tables=names)
        else:
            extract_files(
                settings,
                partition,
                result,
                tables=names,
                root=_file_root(settings),
                allow_shrink=allow_shrink,
            )
    return result


@contextmanager
def _system_arrow_pool() -> Iterator[None]:
    """Arrow buffers from the C allocator while extracting, then the previous pool again.

    With ``bound_heap``'s mmap threshold every freed block of 1 MiB or more goes straight back
    to the OS; Arrow's default mimalloc pool kept freed pages, so extract's peak grew with the
    number of days (1M messages over 100k: 1.16x with mimalloc, 1.08x and 75-110 MB lower with the
    system pool; README, scale section). A buffer is freed by the pool that made it."""
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _check_tables(tables: list[str] | None) -> list[str]:
    return [table(n).name for n in tables] if tables else list(TABLES)


def _file_root(settings: Settings) -> Path:
    url = settings.source_url
    if url:
        return Path(url.removeprefix("file://")).expanduser()
    return settings.source_dir


def _add_counts(result: StageResult, name: str, rows: int, records: list[Quarantined]) -> None:
    result.counts[f"rows.{name}"] = result.counts.get(f"rows.{name}", 0) + rows
    result.counts[f"quarantined.{name}"] = result.counts.get(f"quarantined.{name}", 0) + len(
        records
    )
    for r in records:
        key = f"quarantined.{name}.{r.reason}"
        result.counts[key] = result.counts.get(key, 0) + 1


def _write_quarantine(settings: Settings, name: str, day: str, records: list[Quarantined]) -> None:
    """Replace the day's quarantine partition (removed when the rerun found nothing bad)."""
    if not records:
        remove_partition(partition_dir(settings.quarantine_dir, name, day))
        return
    with PartitionWriter(settings.quarantine_dir, name, day) as w:
        w.write(quarantine_table(name, records))


# --- file source ----------------------------------------------------------------------------------
def extract_files(
    settings: Settings,
    partition: str | None,
    result: StageResult,
    *,
    tables: list[str],
    root: Path,
    block_bytes: int = DEFAULT_BLOCK_BYTES,
    allow_shrink: bool = False,
) -> None:
    """Export files -> raw partitions (see module docstring); fills ``result``."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(
            f"no export files at {root}: run `iw generate` first or set "
            "IW_SOURCE_DIR / IW_SOURCE_URL"
        )
    result.details["source"] = {"kind": "files", "path": str(root)}
    tasks: list[tuple[Table, str, list[Path]]] = []
    for name in tables:
        t = table(name)
        for day in [partition] if partition else list_dir_partitions(root, name):
            src = partition_dir(root, name, day)
            files = sorted(p for p in src.glob("*.jsonl*") if p.is_file()) if src.is_dir() else []
            if files:
                tasks.append((t, day, files))

    def work(
        task: tuple[Table, str, list[Path]],
    ) -> tuple[int, list[Quarantined], DriftReport, BlockStats]:
        t, day, files = task
        drift, stats = DriftReport(), BlockStats()
        rows, records, forced_check = _extract_file_partition(
            settings, t, day, files, root, drift, stats, block_bytes, inner_threads, allow_shrink
        )
        # an erased user's malformed lines never re-enter the quarantine either
        records = drop_erased_quarantine(records, settings)
        _write_quarantine(settings, t.name, day, records)
        if forced_check:
            forced.append(forced_check)
        return rows, records, drift, stats

    forced: list[dict[str, object]] = []

    # Partitions are independent and pyarrow parses/compresses without the GIL: threads
    # scale across cores without pickling tables between processes. With enough partitions
    # to keep every worker busy, pyarrow's own threads would only add overhead.
    workers = max(1, settings.workers)
    inner_threads = len(tasks) < workers
    with ThreadPoolExecutor(workers) as pool:
        outcomes = list(pool.map(work, tasks))
    drift_by: dict[str, DriftReport] = {}
    stats_by: dict[str, BlockStats] = {}
    partitions: dict[str, list[str]] = {}
    for (t, day, files), (rows, records, drift, stats) in zip(tasks, outcomes, strict=True):
        _add_counts(result, t.name, rows, records)
        result.inputs.extend(str(f.relative_to(root)) for f in files)
        result.outputs.append(str(partition_dir(settings.raw_dir, t.name, day)))
        partitions.setdefault(t.name, []).append(day)
        drift_by.setdefault(t.name, DriftReport()).merge(drift)
        stats_by.setdefault(t.name, BlockStats()).merge(stats)
    for name in tables:
        result.counts.setdefault(f"rows.{name}", 0)
        result.counts.setdefault(f"quarantined.{name}", 0)
    result.details["schema_drift"] = {n: d.to_dict() for n, d in drift_by.items() if d}
    if forced:
        result.details["forced_replace"] = sorted(forced, key=lambda c: (c["table"], c["day"]))
    result.details["days"] = sorted({d for days in partitions.values() for d in days})
    result.details["partitions"] = {n: len(days) for n, days in partitions.items()}
    result.details["blocks"] = {
        n: {
            "blocks": st.blocks,
            "fallback_blocks": st.fallback_blocks,
            "blank_lines": st.blank_lines,
        }
        for n, st in stats_by.items()
    }
    if partition and not partitions:
        result.details["note"] = f"no source files for dt={partition}"


def _extract_file_partition(
    settings: Settings,
    t: Table,
    day: str,
    files: list[Path],
    root: Path,
    drift: DriftReport,
    stats: BlockStats,
    block_bytes: int,
    inner_threads: bool = True,
    allow_shrink: bool = False,
) -> tuple[int, list[Quarantined], dict[str, object] | None]:
    parser = BlockParser(t, drift, stats, use_threads=inner_threads)
    records: list[Quarantined] = []
    old_rows = _existing_rows(settings, t.name, day)
    with PartitionWriter(settings.raw_dir, t.name, day) as w:
        pending: list[pa.Table] = []
        pending_bytes = 0
        for f in files:
            rel = f.relative_to(root).as_posix()
            for block, first_line, newlines, err in prefetch(iter_blocks(f, block_bytes)):
                if err is not None:
                    records.append(
                        Quarantined(
                            rel,
                            first_line,
                            None,
                            "unreadable_file",
                            f"{type(err).__name__}: {err}"[:200],
                            "",
                        )
                    )
                    continue
                good, bad = parser.parse(block, first_line, rel, newlines)
                records.extend(bad)
                if good is not None and good.num_rows:
                    pending.append(good)
                    pending_bytes += good.nbytes
                    if pending_bytes >= RAW_PART_BYTES:  # bounded memory per partition
                        w.write(drop_erased_rows(_typed(pending, t), settings))
                        pending, pending_bytes = [], 0
        if pending:
            w.write(drop_erased_rows(_typed(pending, t), settings))
        rows = w.rows
        # Before the commit: raising here discards the new files and keeps the old partition.
        check = check_partition_replace(
            t.name,
            day,
            old_rows,
            rows,
            unreadable=[
                f"{r.source}: {r.detail}" for r in records if r.reason == "unreadable_file"
            ],
            max_shrink=settings.max_partition_shrink,
            allow_shrink=allow_shrink,
        )
    # the operator's --allow-shrink let a refused replace through: the run record says so
    return rows, records, check.to_dict() if check.forced else None


def _existing_rows(settings: Settings, name: str, day: str) -> int | None:
    """Rows of the raw partition a replace would overwrite (``None``: there is none)."""
    files = partition_files(settings.raw_dir, name, day)
    return sum(parquet_rows(f) for f in files) if files else None


def _typed(tables: list[pa.Table], t: Table) -> pa.Table:
    return pa.concat_tables(tables).cast(t.schema)


# --- PostgreSQL source --------------------------------------------------------------------------
def extract_postgres(
    settings: Settings,
    partition: str | None,
    result: StageResult,
    *,
    tables: list[str],
    url: str | None = None,
    schema: str | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    full: bool = False,
) -> None:
    """Incremental PostgreSQL extraction (see module docstring); fills ``result``."""
    from transforms.contracts.postgres import connect, parse_url
    from transforms.source.postgres import read_changed, source_key, table_columns
    from transforms.source.watermarks import WatermarkStore

    url = url or settings.source_url
    if not url:
        raise ValueError("no PostgreSQL URL: set IW_SOURCE_URL=postgresql://...")
    _, schema = parse_url(url, schema)
    key = source_key(url, schema)
    store = WatermarkStore(settings.state_dir, key)
    upper = None
    if partition:
        d = dt.date.fromisoformat(partition) + dt.timedelta(days=1)
        upper = dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)
    result.details["source"] = {
        "kind": "postgresql",
        "key": key,
        "schema": schema,
        "overlap_s": overlap.total_seconds(),
        "full": full,
        "upper": upper.isoformat() if upper else None,
    }
    drift_all: dict[str, Any] = {}
    bounds: dict[str, Any] = {}
    missing_tables: list[str] = []
    # spills stay on local disk whatever the lake is (an object store has no cheap scratch)
    spill_root = settings.data_dir / "tmp" / f"extract-{result.run_id}"
    try:
        with connect(url) as conn:
            columns = {name: table_columns(conn, schema, name) for name in tables}
            if not any(columns.values()):
                raise LookupError(
                    f"PostgreSQL schema {schema!r} has none of the platform tables "
                    f"({', '.join(tables)}); check the ?schema= of IW_SOURCE_URL"
                )
            for name in tables:
                t = table(name)
                cols = columns[name]
                if not cols:
                    missing_tables.append(name)
                    continue
                extras = tuple(c for c in cols if c not in t.columns)
                missing = tuple(c for c in t.columns if c not in cols)
                wm = None if full else store.get(name)
                lower = wm - overlap if wm else None
                drift = DriftReport(missing=set(missing))
                stats = _pg_table(
                    settings,
                    conn,
                    schema,
                    t,
                    lower,
                    upper,
                    extras,
                    missing,
                    drift,
                    spill_root / name,
                    result,
                    read_changed,
                )
                if stats["max_updated_at"] is not None:
                    store.advance(name, stats["max_updated_at"], result.run_id)
                after = store.get(name)
                bounds[name] = {
                    "lower": lower.isoformat() if lower else None,
                    "watermark_before": wm.isoformat() if wm else None,
                    "watermark_after": after.isoformat() if after else None,
                    "read": stats["read"],
                }
                if drift:
                    drift_all[name] = drift.to_dict()
    finally:
        shutil.rmtree(spill_root, ignore_errors=True)
    result.details["schema_drift"] = drift_all
    result.details["watermarks"] = bounds
    if missing_tables:
        result.details["missing_tables"] = missing_tables


def _pg_table(
    settings: Settings,
    conn: Any,
    schema: str,
    t: Table,
    lower: Any,
    upper: Any,
    extras: tuple[str, ...],
    missing: tuple[str, ...],
    drift: DriftReport,
    spill: Path,
    result: StageResult,
    read_changed: Any,
) -> dict[str, Any]:
    source = f"postgresql:{schema}.{t.name}"
    spills: dict[str, list[Path]] = defaultdict(list)
    bad_by_day: dict[str, list[Quarantined]] = defaultdict(list)
    read = valid = 0
    max_ts = None
    for batch in read_changed(
        conn, schema, t, lower=lower, upper=upper, extra_columns=extras, missing_columns=missing
    ):
        if extras:  # back to the source's column names for drift reporting
            batch = batch.rename_columns([c.removeprefix("_extra_") for c in batch.column_names])
        read += batch.num_rows
        ua = pc.max(batch["updated_at"]).as_py()
        if ua is not None and (max_ts is None or ua > max_ts):
            max_ts = ua
        mask, reasons = bad_row_mask(batch, t, drift)
        if mask is not None:
            bad_rows = batch.filter(mask)
            days = _quarantine_days(bad_rows, t)
            for (reason, detail), row, day in zip(
                (reasons[i] for i in sorted(reasons)), bad_rows.to_pylist(), days, strict=True
            ):
                bad_by_day[day].append(
                    Quarantined(
                        source,
                        None,
                        row.get(t.primary_key),
                        reason,
                        detail,
                        json.dumps(row, default=_json_default, sort_keys=True),
                    )
                )
            batch = batch.filter(pc.invert(mask))
        good = batch.select(t.columns).cast(t.schema)
        valid += good.num_rows
        if not good.num_rows:
            continue
        day_col = row_day(good[t.partition_column])
        for day in pc.unique(day_col).to_pylist():
            part = good.filter(pc.equal(day_col, day))
            path = spill / f"dt={day}" / f"chunk-{len(spills[day]):05d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(part, path)
            spills[day].append(path)
    upserted = 0
    for day in sorted(spills):
        upserted += _merge_partition(settings, t, day, spills[day])
        result.outputs.append(str(partition_dir(settings.raw_dir, t.name, day)))
    quarantined: list[Quarantined] = []
    for day in sorted(bad_by_day):
        records = drop_erased_quarantine(bad_by_day[day], settings)
        if records:
            _merge_quarantine(settings, t.name, day, records)
        quarantined.extend(records)
    _add_counts(result, t.name, valid, quarantined)
    result.counts[f"upserted.{t.name}"] = upserted
    result.inputs.append(source)
    return {"read": read, "max_updated_at": max_ts}


def _json_default(v: Any) -> str:
    return v.isoformat() if isinstance(v, dt.datetime | dt.date) else str(v)


def _quarantine_days(rows: pa.Table, t: Table) -> list[str]:
    """Day of a quarantined row: its partition column, else ``updated_at``, else 1970-01-01."""
    part = row_day(rows[t.partition_column]).to_pylist()
    upd = row_day(rows["updated_at"]).to_pylist()
    return [p or u or "1970-01-01" for p, u in zip(part, upd, strict=True)]


def _merge_partition(settings: Settings, t: Table, day: str, new_files: list[Path]) -> int:
    """Merge new rows into a raw partition (unique by PK, latest ``updated_at`` wins; on a tie
    the source's row wins), streamed: DuckDB ranks the old and new rows under the stages'
    ``memory_limit`` (spilling beyond it) and the winners reach the partition writer in
    record batches ordered by PK, so memory does not grow with the day's size.

    Returns how many rows were new or newer than the partition's version.
    """
    from transforms.io import duckdb_connect, register_filesystems, sql_ident
    from transforms.warehouse import lake_view_sql

    pk, cols = sql_ident(t.primary_key), ", ".join(sql_ident(c) for c in t.columns)
    old_files = partition_files(settings.raw_dir, t.name, day)
    both = f"SELECT {cols}, 1 AS _src FROM new_rows"
    if old_files:
        both += f" UNION ALL SELECT {cols}, 0 AS _src FROM old_rows"
    con = duckdb_connect(config=settings.duckdb_config())
    try:
        register_filesystems(con, *old_files)
        con.execute(lake_view_sql("new_rows", new_files))
        if old_files:
            con.execute(lake_view_sql("old_rows", old_files))
        con.execute(f"CREATE TEMP VIEW both_rows AS {both}")
        upserted = con.execute(
            f"""SELECT count(DISTINCT n.{pk}) FROM both_rows n
            LEFT JOIN (SELECT {pk}, max(updated_at) AS ua FROM both_rows WHERE _src = 0
                       GROUP BY {pk}) o USING ({pk})
            WHERE n._src = 1 AND (o.ua IS NULL OR n.updated_at > o.ua)"""
        ).fetchall()[0][0]
        reader = con.sql(
            f"""SELECT {cols} FROM both_rows
            QUALIFY row_number() OVER (PARTITION BY {pk} ORDER BY updated_at DESC, _src DESC) = 1
            ORDER BY {pk}"""
        ).to_arrow_reader(MERGE_BATCH_ROWS)
        with PartitionWriter(settings.raw_dir, t.name, day) as w:
            for batch in reader:
                # erased users (tombstones) never re-enter the lake, even from old source rows
                w.write(drop_erased_rows(pa.Table.from_batches([batch]).cast(t.schema), settings))
    finally:
        con.close()
    return int(upserted)


def _merge_quarantine(settings: Settings, name: str, day: str, records: list[Quarantined]) -> None:
    """Add PostgreSQL quarantine records to the day's partition (unique by row and reason)."""
    new = quarantine_table(name, records)
    old = read_partition(settings.quarantine_dir, name, day)
    if old is not None:
        new = pa.concat_tables([old, new])
    rows = new.to_pylist()
    latest: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:  # later records (this run) replace earlier ones for the same row and reason
        latest[(r["source"], r["row_id"], r["reason"], r["raw"])] = r
    ordered = sorted(latest.values(), key=lambda r: (r["source"], r["row_id"] or "", r["raw"]))
    with PartitionWriter(settings.quarantine_dir, name, day) as w:
        w.write(pa.Table.from_pylist(ordered, schema=new.schema))
