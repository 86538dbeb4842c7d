"""Stage ``redact``: raw lake -> clean lake (PII/secrets redacted, users pseudonymised) + audit.

Kept as one module: one module per stage (the pipelines rule); the in-process run and the
sharded plan / run_shard / merge used by Airflow share the staging and merge helpers below.

For every table in :data:`transforms.contracts.platform.TABLES` and every raw partition
``raw_dir/<table>/dt=YYYY-MM-DD/*.parquet`` this writes
``clean_dir/<table>/dt=YYYY-MM-DD/part-*.parquet`` where the table's ``identifier_columns`` are
dropped, ``user_id`` becomes ``user_key`` (same position, 16-hex pseudonym, see
:mod:`transforms.privacy.pseudonyms`), every source id column (``Table.id_columns``: the row's
key and its references, e.g. ``session_id``) becomes a keyed ``<kind>_<16 hex>`` pseudonym, and
every ``text_columns`` value is redacted. The audit goes to
``audit_dir/<table>/dt=YYYY-MM-DD/part-*.parquet`` with columns ``row_id, table, column, type,
start, end, detector, score`` (``row_id`` is the clean row's pseudonymous key; offsets are into
the raw text, never the value). No source id passes this stage.

Functions (all idempotent; same raw input -> byte-identical clean and audit files)
- ``run(partition, settings, tables=None) -> StageResult``: the whole stage in one process
  (detection fans out to ``settings.workers`` processes). ``partition`` is a day or ``None``
  for every day present in the raw lake; ``tables`` limits the tables (default: all).
- Fan-out for Airflow (``.expand_kwargs`` over the plan, then one merge):
  0. ``ensure_user_keys(partition, settings) -> int`` (the DAG's ``plan`` task runs it):
     creates every user's salt once, so shards on several machines only read the key table.
  1. ``plan_shards(partition, settings, tables=None, rows_per_shard=50_000, max_shards=16)
     -> list[dict]``: one ``{"partition", "table", "shard_index", "shard_count"}`` per
     (table, shard); ``partition`` is the concrete day or list of days the shard covers
     (``partition`` may be a day, a list of days or ``None``); tables without text columns
     get one shard.
  2. ``run_shard(partition, table, shard_index, shard_count, settings) -> dict``: redacts
     the rows ``[i*N//k, (i+1)*N//k)`` of the day's raw files (in file order) into
     ``lake_dir/_staging/redact/<table>/dt=<day>/k<k>/``; returns its counts. Writes nothing
     else (except salts for users seen for the first time), so shards run in parallel on any
     worker that sees the same filesystem.
  3. ``merge(partition, settings, tables=None) -> StageResult``: for each (table, day),
     checks that a complete shard set exists for the *current* raw files (fingerprint of file
     names, sizes, mtimes), streams it in shard order into the clean and audit partitions
     (each replaced atomically with ``PartitionWriter``), deletes the staging and records the
     run. Output is independent of the shard count (rows re-chunked into fixed-size parts).
  Call ``plan_shards``, ``run_shard`` and ``merge`` with the same ``partition``. Use
  ``IW_WORKERS=1`` for mapped shard tasks so each task is one process. ``settings.keys_dir``
  and the lake must be shared by all workers (see :mod:`transforms.privacy.pseudonyms`).
- Raw columns outside the source contract are never copied to the clean lake.
- ``clean_schema(table) -> pa.Schema``: the clean-lake schema of a source table.

Counts: ``rows.<table>``, ``spans.<TYPE>`` and ``spans.total``; details per table.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.config import Settings
from transforms.contracts.placeholders import OVERSIZED_PLACEHOLDER as OVERSIZED
from transforms.contracts.platform import ENTITY_TYPES, TABLES, Table
from transforms.io import (
    PARQUET_COMPRESSION,
    PartitionWriter,
    file_fingerprint,
    list_partitions,
    local_path,
    open_atomic,
    parquet_file,
    parquet_rows,
    partition_dir,
    partition_files,
    read_json,
    read_parquet,
    remove_tree,
    write_json_atomic,
)
from transforms.paths import day_key
from transforms.pipelines import StageResult, stage_run
from transforms.privacy.tombstones import drop_erased_rows

STAGE = "redact"
ROWS_PER_BATCH = 5_000  # rows per detection call: bounded memory, and batches to pipeline
ROWS_PER_PART = 200_000  # rows per clean/audit part file (independent of sharding)
AUDIT_SCHEMA = pa.schema(
    [
        ("row_id", pa.string()),
        ("table", pa.string()),
        ("column", pa.string()),
        ("type", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("detector", pa.string()),
        ("score", pa.float64()),
    ]
)


def clean_schema(table: Table) -> pa.Schema:
    """Source schema minus identifier columns, with ``user_id`` replaced by ``user_key``."""
    fields = []
    for f in table.schema:
        if f.name in table.identifier_columns:
            continue
        if table.user_column and f.name == table.user_column:
            fields.append(pa.field("user_key", pa.string()))
        else:
            fields.append(f)
    return pa.schema(fields)


def _tables(tables: Sequence[str] | None) -> list[Table]:
    if tables is None:
        return list(TABLES.values())
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise KeyError(f"unknown table(s) {unknown}; known: {', '.join(TABLES)}")
    return [TABLES[t] for t in tables]


def _days(settings: Settings, table: str, partition: str | Sequence[str] | None) -> list[str]:
    """The raw days of ``table`` that ``partition`` names: a day, a list of days, or ``None``
    for every day present."""
    present = list_partitions(settings.raw_dir, table)
    if partition is None:
        return present
    wanted = {day_key(d) for d in ([partition] if isinstance(partition, str) else partition)}
    return [d for d in present if d in wanted]


def _raw_files(settings: Settings, table: str, day: str) -> list[Path]:
    return partition_files(settings.raw_dir, table, day)


def _fingerprint(files: Sequence[Path]) -> list[list[Any]]:
    return [file_fingerprint(f) for f in files]


SHARED_STAGING = "shared"  # the fan-out's staging key: shards and merge run as separate tasks
OVERSIZED_REASON = "oversized_text"


def _staging_dir(settings: Settings, table: str, day: str, key: str = SHARED_STAGING) -> Path:
    return settings.lake_dir / "_staging" / STAGE / key / table / f"dt={day}"


def _make_dir(path: Path) -> None:
    """``mkdir -p`` that survives another run removing an empty parent at the same moment."""
    local = local_path(path)
    if local is None:
        return
    for _ in range(5):
        try:
            local.mkdir(parents=True, exist_ok=True)
            return
        except FileNotFoundError:
            continue
    local.mkdir(parents=True, exist_ok=True)


def _tidy_staging(settings: Settings, key: str) -> None:
    """Remove staging key ``key`` and then the empty ``_staging`` parents (never a non-empty
    one, so another run's staging is untouched)."""
    root = settings.lake_dir / "_staging" / STAGE
    remove_tree(root / key)
    local = local_path(root)
    if local is None:  # object stores have no empty directories to tidy
        return
    for empty in (local, local.parent):
        try:
            empty.rmdir()  # only succeeds when nothing else is staged
        except OSError:
            break


# --- reading ----------------------------------------------------------------------------------
def _total_rows(files: Sequence[Path]) -> int:
    return sum(parquet_rows(f) for f in files)


def _iter_rows(
    files: Sequence[Path],
    start: int,
    stop: int,
    columns: list[str],
    batch_rows: int = ROWS_PER_BATCH,
) -> Iterator[pa.Table]:
    """Rows ``[start, stop)`` of the concatenated files, reading only overlapping row groups."""
    pos = 0
    buf: list[pa.Table] = []
    buffered = 0
    for f in files:
        pf = parquet_file(f)
        for rg in range(pf.metadata.num_row_groups):
            n = pf.metadata.row_group(rg).num_rows
            lo, hi = max(start, pos), min(stop, pos + n)
            if lo < hi:
                t = pf.read_row_group(rg, columns=columns).slice(lo - pos, hi - lo)
                buf.append(t)
                buffered += t.num_rows
                while buffered >= batch_rows:
                    whole = pa.concat_tables(buf)
                    yield whole.slice(0, batch_rows)
                    rest = whole.slice(batch_rows)
                    buf, buffered = ([rest] if rest.num_rows else []), rest.num_rows
            pos += n
            if pos >= stop:
                break
        if pos >= stop:
            break
    if buffered:
        yield pa.concat_tables(buf)


# --- redaction of one batch ---------------------------------------------------------------------
@dataclass
class _Prepared:
    """One batch between reading and redaction: ids pseudonymised, oversized texts set aside,
    the texts to analyse collected (``cells``: row, column, text)."""

    batch: pa.Table
    table: Table
    users: list[str] | None
    user_keys: dict[str, str]
    ids: dict[str, list[str | None]]
    row_ids: list[Any]
    redacted: dict[str, list[str | None]]
    audit: dict[str, list]
    counts: Counter
    cells: list[tuple[int, str, str]]


def _redacted_batches(
    batches: Iterator[pa.Table], table: Table, keys: Any, workers: int, max_bytes: int | None
) -> Iterator[tuple[pa.Table, pa.Table, Counter]]:
    """Redact raw ``batches``: ``(clean rows, audit rows, spans per type)`` per batch.

    ``keys`` is a :class:`~transforms.privacy.pseudonyms.KeyStore`. A text longer than
    ``max_bytes`` (UTF-8) is never analysed: it becomes ``<REDACTED_OVERSIZED>`` and gets one
    ``OVERSIZED`` audit row (merge lists it in the quarantine). Pipelined: batch N+1's texts
    are submitted to the detection pool before batch N is finished here (placeholders, audit,
    Arrow), so the workers do not wait for this process. Same output, same order."""
    from transforms.privacy.engine import detect_many_async

    pending = None
    for batch in batches:
        prep = _prepare_batch(batch, table, keys, max_bytes)
        started = (prep, detect_many_async([c[2] for c in prep.cells], workers))
        if pending is not None:
            yield _finish_batch(pending[0], keys, pending[1])
        pending = started
    if pending is not None:
        yield _finish_batch(pending[0], keys, pending[1])


def _prepare_batch(batch: pa.Table, table: Table, keys: Any, max_bytes: int | None) -> _Prepared:
    schema = table.schema
    batch = batch.select(schema.names).cast(schema)
    users: list[str] | None = None
    if table.user_column:
        users = batch.column(table.user_column).to_pylist()
        if any(u is None for u in users):
            raise ValueError(f"{table.name}: null {table.user_column} in raw rows")
        keys.ensure(set(users))
    user_keys = {u: keys.user_key(u) for u in set(users)} if users is not None else {}
    if users is None and "user_key" in clean_schema(table).names:
        raise ValueError(f"{table.name}: user column missing")

    ids = pseudonymize_ids(batch, table, users, keys)
    if table.primary_key in ids:
        row_ids = ids[table.primary_key]
    elif users is not None and table.primary_key == table.user_column:
        row_ids = [user_keys[u] for u in users]
    else:
        row_ids = batch.column(table.primary_key).cast(pa.string()).to_pylist()
    redacted: dict[str, list[str | None]] = {
        c: batch.column(c).to_pylist() for c in table.text_columns
    }
    audit: dict[str, list] = {name: [] for name in AUDIT_SCHEMA.names}
    counts: Counter = Counter()
    cells: list[tuple[int, str, str]] = []
    for col in table.text_columns:
        for i, v in enumerate(redacted[col]):
            if v and max_bytes is not None and _utf8_len(v) > max_bytes:
                redacted[col][i] = OVERSIZED
                counts["OVERSIZED"] += 1
                for name, value in (
                    ("row_id", row_ids[i]), ("table", table.name), ("column", col),
                    ("type", "OVERSIZED"), ("start", 0), ("end", len(v)),
                    ("detector", "size_limit"), ("score", 1.0),
                ):  # fmt: skip
                    audit[name].append(value)
            elif v:
                cells.append((i, col, v))
    return _Prepared(batch, table, users, user_keys, ids, row_ids, redacted, audit, counts, cells)


def _finish_batch(
    prep: _Prepared, keys: Any, detected: Callable[[], list[list[Any]]]
) -> tuple[pa.Table, pa.Table, Counter]:
    from transforms.privacy.redaction import redact_text

    table, users, redacted, audit, counts = (
        prep.table, prep.users, prep.redacted, prep.audit, prep.counts
    )  # fmt: skip
    results = detected() if prep.cells else []
    materials: dict[str | None, bytes] = {}
    for (i, col, text), spans in zip(prep.cells, results, strict=True):
        if not spans:
            continue
        owner = users[i] if users is not None else None
        if owner not in materials:
            materials[owner] = (
                keys.key_material(owner) if owner is not None else keys.master_material()
            )
        redacted[col][i] = redact_text(text, spans, materials[owner])
        for s in spans:
            counts[s.type] += 1
            audit["row_id"].append(prep.row_ids[i])
            audit["table"].append(table.name)
            audit["column"].append(col)
            audit["type"].append(s.type)
            audit["start"].append(s.start)
            audit["end"].append(s.end)
            audit["detector"].append(s.detector)
            audit["score"].append(round(float(s.score), 4))

    out_schema = clean_schema(table)
    arrays = []
    for f in out_schema:
        if f.name == "user_key":
            arrays.append(pa.array([prep.user_keys[u] for u in users], pa.string()))
        elif f.name in redacted:
            arrays.append(pa.array(redacted[f.name], f.type))
        elif f.name in prep.ids:
            arrays.append(pa.array(prep.ids[f.name], f.type))
        else:
            arrays.append(prep.batch.column(f.name))
    clean = pa.Table.from_arrays(arrays, schema=out_schema)
    return clean, pa.table(audit, schema=AUDIT_SCHEMA), counts


def pseudonymize_ids(
    batch: pa.Table, table: Table, users: list[str] | None, keys: Any
) -> dict[str, list[str | None]]:
    """Column -> keyed pseudonyms for every source id column of ``batch`` (``table.id_columns``;
    nulls stay null). Each row's ids are keyed by its owner's salt, so the same source id maps
    to the same pseudonym in every table and nothing past the raw lake carries a source id."""
    from transforms.contracts.platform import ID_KINDS
    from transforms.privacy.pseudonyms import pseudonymize_id

    if not table.id_columns:
        return {}
    owners = users if users is not None else [None] * batch.num_rows
    materials: dict[str | None, bytes] = {}
    for u in set(owners):
        materials[u] = keys.id_material(u) if u is not None else keys.master_material()
    out: dict[str, list[str | None]] = {}
    for col in table.id_columns:
        kind = ID_KINDS[col]
        values = batch.column(col).cast(pa.string()).to_pylist()
        out[col] = [
            None if v is None else pseudonymize_id(kind, v, materials[u])
            for v, u in zip(values, owners, strict=True)
        ]
    return out


def _utf8_len(text: str) -> int:
    # ASCII fast path: one byte per character, no copy of a multi-megabyte value
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _write_oversized_quarantine(settings: Settings, t: Table, day: str, audit: pa.Table) -> int:
    """List the day's oversized texts in ``quarantine/<table>.oversized`` (reason, size; the
    value itself stays only in the raw lake; ``row_id`` is the clean row's pseudonymous key, as
    in the audit). Returns how many; reruns replace the partition."""
    from transforms.io import remove_partition
    from transforms.source.contract import Quarantined, quarantine_table

    name = f"{t.name}.oversized"
    rows = [r for r in audit.to_pylist() if r["type"] == "OVERSIZED"]
    if not rows:
        remove_partition(partition_dir(settings.quarantine_dir, name, day))
        return 0
    records = [
        Quarantined(
            source=f"raw/{t.name}/dt={day}",
            line_number=None,
            row_id=r["row_id"],
            reason=OVERSIZED_REASON,
            detail=(
                f"{r['column']}: {r['end']} characters, over IW_MAX_MESSAGE_BYTES="
                f"{settings.max_message_bytes} bytes; replaced by {OVERSIZED}, not analysed"
            ),
            raw="",
        )
        for r in rows
    ]
    with PartitionWriter(settings.quarantine_dir, name, day) as w:
        w.write(quarantine_table(t.name, records))
    return len(records)


# --- shards -------------------------------------------------------------------------------------
def ensure_user_keys(partition: str | None, settings: Settings) -> int:
    """Create the salts of every user in the raw partition(s) up front; returns users seen.

    Shards create missing salts themselves under a file lock, which is enough on one machine
    or on shared storage with working ``flock``. With workers on several machines, run this
    once before the fan-out so shards only ever read the key table.
    """
    from transforms.privacy.pseudonyms import KeyStore

    users: set[str] = set()
    for t in TABLES.values():
        if not t.user_column:
            continue
        for day in _days(settings, t.name, partition):
            for f in _raw_files(settings, t.name, day):
                col = read_parquet(f, columns=[t.user_column]).column(0)
                users.update(u for u in col.to_pylist() if u is not None)
    KeyStore.from_settings(settings).ensure(users)
    return len(users)


def plan_shards(
    partition: str | None,
    settings: Settings,
    tables: Sequence[str] | None = None,
    rows_per_shard: int = 50_000,
    max_shards: int = 16,
) -> list[dict[str, Any]]:
    """The shard list for Airflow mapping: one dict of ``run_shard`` kwargs per shard.

    ``partition`` is a day, a list of days or ``None`` (every raw day). Shards are per table,
    across all its requested days: shard ``i`` of ``k`` takes the ``i``-th row range of every
    one of those days, ``k`` sized for the largest day (tables without text get one shard).
    Each shard names its concrete days, so a day appearing later is not picked up silently.
    """
    if rows_per_shard <= 0 or max_shards <= 0:
        raise ValueError("rows_per_shard and max_shards must be positive")
    plan = []
    for t in _tables(tables):
        days = _days(settings, t.name, partition)
        if not days:
            continue
        rows = max(_total_rows(_raw_files(settings, t.name, day)) for day in days)
        k = 1 if not t.text_columns else max(1, min(max_shards, -(-rows // rows_per_shard)))
        where: str | list[str] = days[0] if len(days) == 1 else days
        plan.extend(
            {"partition": where, "table": t.name, "shard_index": i, "shard_count": k}
            for i in range(k)
        )
    return plan


def run_shard(
    partition: str | Sequence[str] | None,
    table: str,
    shard_index: int,
    shard_count: int,
    settings: Settings,
    staging_key: str = SHARED_STAGING,
) -> dict[str, Any]:
    """Redact one deterministic slice of a table's raw partition(s) into the staging area
    (``staging_key`` names it: the fan-out shares one, an in-process run uses its own)."""
    if shard_count <= 0 or not 0 <= shard_index < shard_count:
        raise ValueError(f"need 0 <= shard_index < shard_count, got {shard_index}/{shard_count}")
    from transforms.privacy.pseudonyms import KeyStore

    t = _tables([table])[0]
    keys = KeyStore.from_settings(settings)
    out: dict[str, Any] = {
        "table": table,
        "shard_index": shard_index,
        "shard_count": shard_count,
        "days": {},
    }
    for day in _days(settings, table, partition):
        files = _raw_files(settings, table, day)
        fingerprint = _fingerprint(files)
        total = _total_rows(files)
        start, stop = shard_index * total // shard_count, (shard_index + 1) * total // shard_count
        stage = _staging_dir(settings, table, day, staging_key) / f"k{shard_count:05d}"
        _make_dir(stage)
        name = f"shard-{shard_index:05d}"
        counts: Counter = Counter()
        rows = 0
        with (
            open_atomic(stage / f"{name}.clean.parquet") as fc,
            open_atomic(stage / f"{name}.audit.parquet") as fa,
            pq.ParquetWriter(fc, clean_schema(t), compression=PARQUET_COMPRESSION) as wc,
            pq.ParquetWriter(fa, AUDIT_SCHEMA, compression=PARQUET_COMPRESSION) as wa,
        ):
            batches = (
                kept
                for batch in _iter_rows(files, start, stop, t.schema.names)
                # tombstoned users never return
                if (kept := drop_erased_rows(batch, settings)).num_rows
            )
            for clean, audit, c in _redacted_batches(
                batches, t, keys, settings.workers, settings.max_message_bytes
            ):
                wc.write_table(clean)
                if audit.num_rows:
                    wa.write_table(audit)
                counts.update(c)
                rows += clean.num_rows
        stats = {
            "table": table,
            "day": day,
            "shard_index": shard_index,
            "shard_count": shard_count,
            "rows": rows,
            "row_range": [start, stop],
            "raw_fingerprint": fingerprint,
            "spans": dict(sorted(counts.items())),
            "written_ns": time.time_ns(),
        }
        # The stats file is the commit marker: merge only trusts shards that have one.
        write_json_atomic(stats, stage / f"{name}.json")
        out["days"][day] = {"rows": rows, "spans": stats["spans"]}
    return out


def _complete_shard_set(
    settings: Settings, table: str, day: str, key: str = SHARED_STAGING
) -> tuple[Path, list[dict]]:
    base = _staging_dir(settings, table, day, key)
    current = _fingerprint(_raw_files(settings, table, day))
    problems = []
    candidates = []
    for kdir in sorted(base.glob("k*")) if base.exists() else []:
        k = int(kdir.name[1:])
        stats = [read_json(kdir / f"shard-{i:05d}.json") for i in range(k)]
        missing = [i for i, s in enumerate(stats) if s is None]
        stale = [
            i for i, s in enumerate(stats) if s is not None and s["raw_fingerprint"] != current
        ]
        if missing or stale:
            problems.append(f"k={k}: missing shards {missing[:10]}, stale shards {stale[:10]}")
            continue
        newest = max(s.get("written_ns", 0) for s in stats)
        candidates.append((newest, kdir, stats))
    if not candidates:
        detail = "; ".join(problems) or "no shards were run"
        raise RuntimeError(
            f"redact merge: no complete, current shard set for {table} dt={day} "
            f"({detail}); run run_shard for every shard of plan_shards first"
        )
    _, kdir, stats = max(candidates, key=lambda c: c[0])
    return kdir, stats


def _write_stream(
    root: Path, table: str, day: str, files: Sequence[Path], schema: pa.Schema
) -> int:
    """Concatenate ``files`` in order into a partition of fixed-size parts (atomic swap)."""
    rows = 0
    with PartitionWriter(root, table, day, empty_schema=schema) as writer:
        buf: list[pa.Table] = []
        buffered = 0
        for f in files:
            if not f.exists():
                continue
            t = read_parquet(f, schema=schema)
            if t.num_rows == 0:
                continue
            buf.append(t)
            buffered += t.num_rows
            while buffered >= ROWS_PER_PART:
                whole = pa.concat_tables(buf).combine_chunks()
                writer.write(whole.slice(0, ROWS_PER_PART))
                rest = whole.slice(ROWS_PER_PART)
                buf, buffered = ([rest] if rest.num_rows else []), rest.num_rows
        if buffered:
            writer.write(pa.concat_tables(buf).combine_chunks())
        rows = writer.rows
    return rows


def _merge_one(settings: Settings, t: Table, day: str, key: str = SHARED_STAGING) -> dict[str, Any]:
    kdir, stats = _complete_shard_set(settings, t.name, day, key)
    k = len(stats)
    clean_files = [kdir / f"shard-{i:05d}.clean.parquet" for i in range(k)]
    audit_files = [kdir / f"shard-{i:05d}.audit.parquet" for i in range(k)]
    rows = _write_stream(settings.clean_dir, t.name, day, clean_files, clean_schema(t))
    _write_stream(settings.audit_dir, t.name, day, audit_files, AUDIT_SCHEMA)
    expected = sum(s["rows"] for s in stats)
    if rows != expected:
        raise RuntimeError(
            f"redact merge: {t.name} dt={day} wrote {rows} rows, shards say {expected}"
        )
    if t.text_columns:
        audit = pa.concat_tables(
            [read_parquet(f, schema=AUDIT_SCHEMA) for f in audit_files if f.exists()]
            or [AUDIT_SCHEMA.empty_table()]
        )
        _write_oversized_quarantine(
            settings, t, day, audit.filter(pc.equal(audit.column("type"), "OVERSIZED"))
        )
    staging = _staging_dir(settings, t.name, day, key)
    remove_tree(staging)
    local = local_path(staging)
    if local is not None:  # object stores have no empty directories to tidy
        # table, staging key, stage and _staging directories, each only if empty
        for empty in (local.parent, *list(local.parents)[1:4]):
            try:
                empty.rmdir()  # only succeeds when nothing else is staged
            except OSError:
                break
    spans: Counter = Counter()
    for s in stats:
        spans.update(s["spans"])
    return {"rows": rows, "spans": dict(sorted(spans.items())), "shards": k}


def merge(
    partition: str | None, settings: Settings, tables: Sequence[str] | None = None
) -> StageResult:
    """Publish staged shards as clean + audit partitions and record the stage run."""
    with stage_run(STAGE, partition, settings) as result:
        _merge_into(result, partition, settings, tables)
    return result


def _merge_into(
    result: StageResult,
    partition: str | None,
    settings: Settings,
    tables: Sequence[str] | None,
    key: str = SHARED_STAGING,
) -> None:
    spans_total: Counter = Counter()
    per_table: dict[str, Any] = {}
    for t in _tables(tables):
        rows = 0
        t_spans: Counter = Counter()
        for day in _days(settings, t.name, partition):
            info = _merge_one(settings, t, day, key)
            rows += info["rows"]
            t_spans.update(info["spans"])
            result.inputs.append(str(partition_dir(settings.raw_dir, t.name, day)))
            result.outputs.append(str(partition_dir(settings.clean_dir, t.name, day)))
            result.outputs.append(str(partition_dir(settings.audit_dir, t.name, day)))
        result.counts[f"rows.{t.name}"] = rows
        spans_total.update(t_spans)
        per_table[t.name] = {"rows": rows, "spans": dict(sorted(t_spans.items()))}
    for etype in ENTITY_TYPES:
        result.counts[f"spans.{etype}"] = spans_total.get(etype, 0)
    result.counts["spans.total"] = sum(spans_total.values())
    from transforms.privacy.policy import policy_hash

    result.details["tables"] = per_table
    result.details["policy_hash"] = policy_hash()


def run(
    partition: str | None, settings: Settings, tables: Sequence[str] | None = None
) -> StageResult:
    """Redact every (or the given) table's raw partition(s) in this process."""
    # Own staging per run: two runs (different days, or a retry beside a zombie) never share
    # or delete each other's files; removed at the end whatever happens.
    key = f"run-{uuid.uuid4().hex[:16]}"
    try:
        with stage_run(STAGE, partition, settings) as result:
            for t in _tables(tables):
                for day in _days(settings, t.name, partition):
                    run_shard(day, t.name, 0, 1, settings, staging_key=key)
            _merge_into(result, partition, settings, tables, key)
    finally:
        _tidy_staging(settings, key)
    return result
