"""Lake paths, Delta Lake tables, atomic file writes and small JSON state files.

Kept as one module: it is core's one storage layer (locations, Delta tables, files, small
files: the sections below), every layer imports it as ``io`` and the sections share the
local-path / fsspec-URL handling.

Every lake table (``raw``, ``clean``, ``audit``, ``quarantine`` zones) is a **Delta Lake**
table (delta-rs through the ``deltalake`` package) partitioned by ``dt`` (``YYYY-MM-DD``):
``<zone>/<table>/_delta_log/`` holds its commits, ``<zone>/<table>/dt=D/*.parquet`` its data.
A stage run replaces its partition with one ``overwrite`` commit carrying a partition
predicate, so a crashed task leaves the old partition or the new one, reruns replace rather
than append, two writers of different partitions both commit (delta-rs retries a conflicting
commit; on S3 it relies on conditional ``PUT``), and any Delta reader (Spark, Trino, polars,
DuckDB through Arrow) sees the same commit state.

Files a commit removed stay on disk until :func:`vacuum`: readers must list a version's
**active** files through :func:`partition_files` / :func:`table_files`, never glob the
directory. Partition files carry no ``dt`` column (it lives in the path and the log), like
the hive layout they replace. Deletion vectors stay off (DuckDB's and pyarrow's plain Parquet
readers of active files would not apply them).

The lake root may be a local directory or any fsspec URL (``s3://bucket/lake``,
``file:///abs/path``; see :func:`lake_path`); delta-rs reads S3 credentials and endpoint from
the standard ``AWS_*`` environment variables.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import math
import os
import random
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.config import s3_endpoint_is_http
from transforms.paths import day_key, is_remote, lake_path

PARQUET_COMPRESSION = "zstd"
PARTITION_COLUMN = "dt"
# a partition is written as it arrives: one row group per ROW_GROUP_BYTES of Arrow data, a new
# data file past FILE_BYTES (memory is bounded by one row group, not by the partition)
ROW_GROUP_BYTES = 32 << 20
FILE_BYTES = 512 << 20
COMMIT_ATTEMPTS = 10
DELTA_LOG = "_delta_log"
# table properties: no deletion vectors (plain-Parquet readers of the active files would miss
# them); a checkpoint every 10 commits; no column statistics in the log (min/max user ids or
# text in the JSON log would survive an erasure's VACUUM: log files are not data files)
DELTA_CONFIGURATION = {
    "delta.enableDeletionVectors": "false",
    "delta.checkpointInterval": "10",
    "delta.dataSkippingNumIndexedCols": "0",
}


# --- locations ---------------------------------------------------------------------------------
def _root(root: str | os.PathLike) -> Path:
    return lake_path(root) if isinstance(root, str) else root  # type: ignore[return-value]


def local_path(path: Path) -> Path | None:
    """The local filesystem path behind ``path`` (a plain path or a ``file://`` URL), else
    ``None`` for an object store."""
    if not is_remote(path):
        return path
    return Path(path.path) if path.protocol in ("file", "local") else None


# How often a child process checks that the process that started it is still alive.
PARENT_CHECK_SECONDS = 0.5


def exit_with_parent(parent: int) -> None:
    """End this process once ``parent`` (the pid that started it) is gone. A parent killed by
    SIGKILL or SIGTERM runs no shutdown, and a child (a detection-pool worker blocked on its
    task queue, a dbt build) would otherwise run on or wait for ever. Polls the parent pid
    from a daemon thread: ``PR_SET_PDEATHSIG`` would fire when the *thread* that forked the
    child ends, which kills the pool of a long-lived process under a short-lived thread."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def sql_str(value: str) -> str:
    """``value`` as a SQL string literal (DuckDB statements that cannot take parameters)."""
    return "'" + str(value).replace("'", "''") + "'"


def sql_ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def duckdb_uri(path: Path) -> str:
    """How DuckDB names ``path``: the local path for ``file://``, else the URL (see
    :func:`register_filesystems`)."""
    local = local_path(path)
    return str(local) if local is not None else str(path)


def duckdb_connect(
    database: str | Path = ":memory:",
    *,
    read_only: bool = False,
    config: dict[str, str] | None = None,
) -> Any:
    """``duckdb.connect`` that applies ``config`` (memory_limit, temp_directory) with ``SET``
    after connecting. Passing it to ``connect`` fails when this process already holds the same
    database file with other settings (dbt-duckdb's connection inside an Airflow task process:
    "Can't open a connection to same database file with a different configuration"); ``SET``
    applies to the shared instance instead."""
    import duckdb

    con = duckdb.connect(str(database), read_only=read_only)
    try:
        for key, value in (config or {}).items():
            con.execute(f"SET {key} = {sql_str(value)}")
    except BaseException:
        con.close()
        raise
    return con


def register_filesystems(con: Any, *paths: Path) -> None:
    """Let a DuckDB connection read the object stores of ``paths`` through fsspec (no
    ``httpfs`` extension download, same credentials as the Python side)."""
    seen = set()
    for p in paths:
        if is_remote(p) and p.protocol not in ("file", "local") and p.protocol not in seen:
            seen.add(p.protocol)
            con.register_filesystem(p.fs)


def partition_dir(root: Path, table: str, day: dt.date | str) -> Path:
    """``root/<table>/dt=YYYY-MM-DD``."""
    return _root(root) / table / f"dt={day_key(day)}"


def list_dir_partitions(root: Path, table: str) -> list[str]:
    """Sorted days of the ``dt=YYYY-MM-DD`` directories of ``root/<table>`` (source export
    files, which are plain directories, not Delta tables)."""
    base = _root(root) / table
    if not base.exists():
        return []
    return sorted(p.name[3:] for p in base.iterdir() if p.is_dir() and p.name.startswith("dt="))


# --- Delta tables ------------------------------------------------------------------------------
def table_uri(root: Path, table: str) -> str:
    """The URI delta-rs opens for ``root/<table>`` (a local path, or the object-store URL)."""
    path = _root(root) / table
    local = local_path(path)
    return os.path.abspath(local) if local is not None else str(path).rstrip("/")


def _storage_options(uri: str) -> dict[str, str] | None:
    """Options for delta-rs: credentials and endpoint come from the ``AWS_*`` environment; a
    plain-``http`` endpoint (a local S3 API) needs ``AWS_ALLOW_HTTP`` as well."""
    if not uri.startswith("s3://"):
        return None
    return {"AWS_ALLOW_HTTP": "true"} if s3_endpoint_is_http() else None


def _as_path(uri: str) -> Path:
    return lake_path(uri) if "://" in uri else Path(uri)


def open_table(root: Path, table: str, version: int | None = None) -> Any:
    """The :class:`deltalake.DeltaTable` ``root/<table>`` (at ``version``), ``None`` when the
    table does not exist. A version that is gone (vacuumed or never written) raises."""
    from deltalake import DeltaTable

    uri = table_uri(root, table)
    opts = _storage_options(uri)
    if not DeltaTable.is_deltatable(uri, storage_options=opts):
        return None
    return DeltaTable(uri, version=version, storage_options=opts)


def table_version(root: Path, table: str) -> int | None:
    """The current version of a lake table (``None`` when it does not exist)."""
    t = open_table(root, table)
    return None if t is None else t.version()


def table_versions(root: Path, tables: Iterable[str]) -> dict[str, int | None]:
    """``{table: current version}`` for ``tables`` under ``root``."""
    return {name: table_version(root, name) for name in tables}


def _active(t: Any) -> list[tuple[str, str]]:
    """``(day, file uri)`` for each active file of an open table, by day then path."""
    out = []
    for uri in t.file_uris():
        marker = f"/{PARTITION_COLUMN}="
        day = uri[uri.rindex(marker) + len(marker) :].split("/", 1)[0]
        out.append((day, uri))
    return sorted(out)


def list_partitions(root: Path, table: str, version: int | None = None) -> list[str]:
    """Sorted ``YYYY-MM-DD`` days with data in a table (at ``version``); empty partitions
    hold no file and are not listed."""
    t = open_table(root, table, version)
    return [] if t is None else sorted({day for day, _ in _active(t)})


def partition_files(
    root: Path, table: str, day: dt.date | str, version: int | None = None
) -> list[Path]:
    """The active Parquet files of one partition, in order (empty when there is none)."""
    return table_files(root, table, [day_key(day)], version)


def table_files(
    root: Path, table: str, days: list[str] | None = None, version: int | None = None
) -> list[Path]:
    """The active Parquet files of every partition of a table (or of ``days``) at ``version``
    (default: current), by day. Removed-but-not-vacuumed files are never listed."""
    t = open_table(root, table, version)
    if t is None:
        return []
    wanted = None if days is None else set(days)
    return [_as_path(uri) for day, uri in _active(t) if wanted is None or day in wanted]


def read_partition(
    root: Path, table: str, day: dt.date | str, version: int | None = None
) -> pa.Table | None:
    """Read a whole partition (without its ``dt`` column), or ``None`` when it has no file."""
    files = partition_files(root, table, day, version)
    if not files:
        return None
    return pa.concat_tables([read_parquet(f) for f in files], promote_options="default")


def write_partition(root: Path, table: str, day: dt.date | str, data: pa.Table) -> int:
    """Replace partition ``day`` of ``root/<table>`` by ``data`` (no ``dt`` column) in one Delta
    commit (see :class:`PartitionWriter`); creates the table when missing. Zero rows empty the
    partition. Returns the table's version read right after the commit (a concurrent writer's
    later commit may already be included)."""
    with PartitionWriter(root, table, day, empty_schema=data.schema) as w:
        w.write(data)
    return table_version(root, table)  # type: ignore[return-value]


def commit_partition(
    root: Path, table: str, day: dt.date | str, adds: list[Any], schema: pa.Schema
) -> int:
    """One Delta commit that makes the data files ``adds`` (``deltalake.transaction.AddAction``,
    already written under ``dt=day``) the whole of partition ``day``: every active file of the
    partition is removed, ``adds`` are added, columns of ``schema`` the table lacks are added
    to it. Creates the table when missing. The history records an ``Overwrite`` with the
    partition predicate, as ``write_deltalake(mode="overwrite", predicate=...)`` did. Commits
    to one table are serialised in this process; a conflict with another process's commit is
    retried on the newest version. Returns the version after the commit.

    Uses the table's write transaction (``RawDeltaTable.create_write_transaction``, what
    deltalake's former pyarrow engine committed with) because ``write_deltalake`` reorders the
    rows of a multi-batch stream and copies a whole in-memory table several times."""
    day = day_key(day)
    with _commit_lock(table_uri(root, table)):
        return _commit_partition(root, table, day, adds, schema)


def _commit_properties(day: str, adds: list[Any], removed: int) -> Any:
    """The commit info ``write_deltalake(mode="overwrite", predicate=...)`` would record."""
    from deltalake.transaction import CommitProperties

    return CommitProperties(
        custom_metadata={
            "operationParameters": {
                "mode": "Overwrite",
                "partitionBy": json.dumps([PARTITION_COLUMN]),
                "predicate": f"{PARTITION_COLUMN} = '{day}'",
            },
            "operationMetrics": {
                "num_added_files": len(adds),
                "num_removed_files": removed,
                "num_added_rows": sum(json.loads(a.stats)["numRecords"] for a in adds),
                "num_partitions": 1,
            },
        }
    )


def _commit_partition(root: Path, table: str, day: str, adds: list[Any], schema: pa.Schema) -> int:
    from deltalake import Schema
    from deltalake.exceptions import CommitFailedError, DeltaError
    from deltalake.transaction import create_table_with_add_actions

    uri = table_uri(root, table)
    t = open_table(root, table)
    if t is None:
        full = pa.schema([*schema, pa.field(PARTITION_COLUMN, pa.string())])
        try:
            create_table_with_add_actions(
                uri,
                Schema.from_arrow(full),
                adds,
                mode="error",
                partition_by=[PARTITION_COLUMN],
                configuration=DELTA_CONFIGURATION,
                storage_options=_storage_options(uri),
                commit_properties=_commit_properties(day, adds, 0),
            )
            return table_version(root, table)  # type: ignore[return-value]
        except DeltaError:
            t = open_table(root, table)  # another process created it first
            if t is None:
                raise
    for attempt in range(COMMIT_ATTEMPTS):
        # the newest schema: another partition's writer may have added columns meanwhile
        merged = _merge_schemas([_arrow_schema(t), schema])
        try:
            t._table.create_write_transaction(
                adds,
                "overwrite",
                [PARTITION_COLUMN],
                Schema.from_arrow(pa.schema([*merged, pa.field(PARTITION_COLUMN, pa.string())])),
                [(PARTITION_COLUMN, "=", day)],
                _commit_properties(day, adds, sum(1 for d, _ in _active(t) if d == day)),
                None,
            )
            break
        except CommitFailedError:
            # the transaction carries no predicate, so delta-rs's conflict check counts a
            # concurrent commit that removed files of *another* partition as a conflict;
            # only this partition's files are removed, so redo it on the newest version
            if attempt == COMMIT_ATTEMPTS - 1:
                raise
            time.sleep(min(1.0, 0.02 * 2**attempt) * (1 + random.random()))
            t = open_table(root, table)
    return table_version(root, table)  # type: ignore[return-value]


_COMMIT_LOCKS: dict[str, threading.Lock] = {}
_COMMIT_LOCKS_GUARD = threading.Lock()


def _commit_lock(uri: str) -> threading.Lock:
    """One lock per table in this process: threads of one stage commit one at a time (other
    processes are handled by the retry)."""
    with _COMMIT_LOCKS_GUARD:
        return _COMMIT_LOCKS.setdefault(uri, threading.Lock())


def _arrow_schema(t: Any) -> pa.Schema:
    """An open table's columns as an Arrow schema, without ``dt``."""
    return pa.schema([f for f in pa.schema(t.schema().to_arrow()) if f.name != PARTITION_COLUMN])


def _merge_schemas(schemas: list[pa.Schema | None]) -> pa.Schema:
    """Columns of every schema, first occurrence first (types must agree)."""
    return pa.unify_schemas([s for s in schemas if s is not None])


def _writer_properties() -> Any:
    from deltalake import WriterProperties

    return WriterProperties(compression=PARQUET_COMPRESSION.upper())


def _delta_compatible(data: pa.Table) -> pa.Table:
    """Types Delta has (https://github.com/delta-io/delta/blob/master/PROTOCOL.md#primitive-types):
    all-null columns of unknown type become strings, timestamps microseconds, large strings and
    binaries plain ones (top-level columns; nested types are written as they come)."""
    fields = [pa.field(f.name, _delta_type(f.type), f.nullable, f.metadata) for f in data.schema]
    schema = pa.schema(fields, metadata=data.schema.metadata)
    return data if schema.equals(data.schema) else data.cast(schema)


def _delta_type(t: pa.DataType) -> pa.DataType:
    if pa.types.is_null(t) or pa.types.is_large_string(t):
        return pa.string()
    if pa.types.is_large_binary(t):
        return pa.binary()
    if pa.types.is_timestamp(t) and t.unit != "us":
        return pa.timestamp("us", t.tz)
    return t


def remove_partition(d: Path) -> bool:
    """Delete every row of partition directory ``d`` (``<table>/dt=D``) in one Delta commit;
    the files stay until :func:`vacuum`. ``False`` when there was nothing to delete."""
    d = _root(d)
    day = d.name.removeprefix(f"{PARTITION_COLUMN}=")
    t = open_table(d.parent.parent, d.parent.name)
    if t is None or not any(x == day for x, _ in _active(t)):
        return False
    t.delete(f"{PARTITION_COLUMN} = '{day}'")
    return True


def delete_rows(root: Path, table: str, predicate: str) -> dict[str, Any]:
    """``DELETE FROM root/<table> WHERE predicate`` (delta-rs SQL predicate); returns the
    operation metrics (``num_deleted_rows``, ``num_removed_files``, ...). Missing table: {}."""
    t = open_table(root, table)
    return {} if t is None else dict(t.delete(predicate))


def vacuum(root: Path, table: str, retention_hours: float) -> list[str]:
    """Physically delete files no version younger than ``retention_hours`` needs (0 = every
    file not in the current version). Returns the removed file URIs. Time travel to versions
    older than the window fails afterwards."""
    t = open_table(root, table)
    if t is None:
        return []
    removed = t.vacuum(
        retention_hours=math.ceil(retention_hours),  # never shorter than asked
        enforce_retention_duration=False,
        dry_run=False,
    )
    return list(removed)


def compact(root: Path, table: str) -> dict[str, Any]:
    """``OPTIMIZE``: bin-pack small files of each partition, then write a checkpoint.
    Returns ``{"files_before", "files_after", "version"}`` (metrics of the operation too)."""
    t = open_table(root, table)
    if t is None:
        return {"files_before": 0, "files_after": 0, "version": None}
    before = len(t.file_uris())
    metrics = t.optimize.compact(writer_properties=_writer_properties())
    t = open_table(root, table)
    t.create_checkpoint()
    return {
        "files_before": before,
        "files_after": len(t.file_uris()),
        "version": t.version(),
        "files_added": metrics.get("numFilesAdded", 0),
        "files_removed": metrics.get("numFilesRemoved", 0),
    }


def history(root: Path, table: str, limit: int | None = None) -> list[dict[str, Any]]:
    """The commit history of a table, newest first (``version``, ``timestamp``,
    ``operation``, ``operationParameters``, ``operationMetrics``)."""
    t = open_table(root, table)
    return [] if t is None else list(t.history(limit))


def versions(root: Path, table: str) -> list[int]:
    """Versions of a table whose log entries still exist, oldest first."""
    return sorted(h["version"] for h in history(root, table))


def lake_tables(root: Path) -> list[str]:
    """Names of the Delta tables directly under ``root``."""
    root = _root(root)
    if not root.exists():
        return []
    return sorted(p.name for p in root.iterdir() if (p / DELTA_LOG).exists())


def lake_pins_path(build_path: Path) -> Path:
    """``<build>.lake.json``: the clean-lake table versions (and their active files) a build
    reads; dbt's ``clean_source`` macro reads exactly these files
    (written by :func:`transforms.pipelines.warehouse.pin_lake`)."""
    build_path = Path(build_path)
    return build_path.with_name(f"{build_path.stem}.lake.json")


class PartitionWriter:
    """Stream a partition into new Parquet data files and publish them in one Delta commit.

    >>> with PartitionWriter(root, "messages", "2026-11-01") as w:
    ...     w.write(batch_table)

    Batches are written to ``<table>/dt=D/part-NNNNN-<uuid>.zstd.parquet`` as they arrive
    (in order, one row group per ``row_group_bytes`` of Arrow data; a new file past
    ``file_bytes``), so memory is bounded by one row group, not the partition. Leaving the
    block commits one Delta ``overwrite`` of the partition (its old files are removed, the new
    ones added, see the module docstring); an exception inside the block deletes the new files
    and commits nothing, so the old partition stays.
    """

    def __init__(
        self,
        root: Path,
        table: str,
        day: dt.date | str,
        *,
        empty_schema: pa.Schema | None = None,
        row_group_bytes: int = ROW_GROUP_BYTES,
        file_bytes: int = FILE_BYTES,
    ):
        # ``empty_schema`` gives a new table its columns when the partition gets no rows.
        self.root = _root(root)
        self.table = table
        self.day = day_key(day)
        self.empty_schema = empty_schema
        self.row_group_bytes = row_group_bytes
        self.file_bytes = file_bytes
        self.final = partition_dir(root, table, day)
        self.rows = 0
        self.version: int | None = None
        self.files: list[str] = []  # paths relative to the table root, in write order
        self._base = _root(root) / table
        self._commit_id = uuid.uuid4().hex
        existing = open_table(self.root, table)
        # columns the table already has keep its types in the new files
        self._table_schema = None if existing is None else _arrow_schema(existing)
        self._buffer: list[pa.Table] = []
        self._buffered = 0
        self._writer: pq.ParquetWriter | None = None
        self._file_schema: pa.Schema | None = None
        self._file_written = self._file_rows = 0
        self._adds: list[Any] = []
        self._schemas: list[pa.Schema] = []

    def __enter__(self) -> PartitionWriter:
        return self

    def write(self, table: pa.Table) -> None:
        """Add rows to the partition (written out once ``row_group_bytes`` are buffered)."""
        if not table.num_rows:
            return
        if PARTITION_COLUMN in table.column_names:
            table = table.drop_columns([PARTITION_COLUMN])
        table = self._conform(table)
        if self._buffer and not table.schema.equals(self._buffer[0].schema):
            self._flush()  # a schema change starts a new row group (and file)
        self._buffer.append(table)
        self._buffered += table.nbytes
        self.rows += table.num_rows
        if self._buffered >= self.row_group_bytes:
            self._flush()

    def _conform(self, table: pa.Table) -> pa.Table:
        """Delta-compatible types; columns the table already has keep the table's types."""
        table = _delta_compatible(table)
        known = self._table_schema
        if known is None:
            return table
        fields = [known.field(f.name) if f.name in known.names else f for f in table.schema]
        schema = pa.schema(fields, metadata=table.schema.metadata)
        return table if schema.equals(table.schema) else table.cast(schema)

    def _flush(self) -> None:
        if not self._buffer:
            return
        # one contiguous row group in arrival order (deterministic bytes for the same input)
        data = pa.concat_tables(self._buffer).combine_chunks()
        self._buffer, self._buffered = [], 0
        if self._writer is not None and (
            not data.schema.equals(self._file_schema) or self._file_written >= self.file_bytes
        ):
            self._close_file()
        if self._writer is None:
            self._open_file(data.schema)
        self._writer.write_table(data, row_group_size=data.num_rows)  # type: ignore[union-attr]
        self._file_written += data.nbytes
        self._file_rows += data.num_rows

    def _open_file(self, schema: pa.Schema) -> None:
        name = f"part-{len(self.files):05d}-{self._commit_id}.zstd.parquet"  # sorts in order
        rel = f"{PARTITION_COLUMN}={self.day}/{name}"
        path = self._base / rel
        local = local_path(path)
        if local is not None:
            local.parent.mkdir(parents=True, exist_ok=True)
            where, fs = str(local), None
        else:
            path.fs.makedirs(path.parent.path, exist_ok=True)
            where, fs = path.path, path.fs
        self.files.append(rel)
        self._file_schema = schema
        self._file_written = self._file_rows = 0
        self._schemas.append(schema)
        self._writer = pq.ParquetWriter(
            where, schema, filesystem=fs, compression=PARQUET_COMPRESSION, write_statistics=True
        )

    def _close_file(self) -> None:
        from deltalake.transaction import AddAction

        self._writer.close()  # type: ignore[union-attr]
        self._writer = None
        path = self._base / self.files[-1]
        local = local_path(path)
        size = local.stat().st_size if local is not None else path.fs.size(path.path)
        self._adds.append(
            AddAction(
                path=self.files[-1],
                size=size,
                partition_values={PARTITION_COLUMN: self.day},
                modification_time=int(time.time() * 1000),
                data_change=True,
                stats=json.dumps({"numRecords": self._file_rows}),
            )
        )

    def _discard(self) -> None:
        """Close and delete this writer's files (nothing refers to them: no commit)."""
        self._buffer.clear()
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._writer = None
        for rel in self.files:
            path = self._base / rel
            local = local_path(path)
            with contextlib.suppress(OSError):
                if local is not None:
                    local.unlink(missing_ok=True)
                elif path.fs.exists(path.path):
                    path.fs.rm(path.path)

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            self._flush()
            if self._writer is not None:
                self._close_file()
            self._commit()
        except BaseException:
            self._discard()
            raise

    def _commit(self) -> None:
        if self._schemas:
            schema = _merge_schemas([self._table_schema, *self._schemas])
        elif self._table_schema is not None:
            schema = self._table_schema
        elif self.empty_schema is not None:
            schema = _delta_compatible(self.empty_schema.empty_table()).schema
        else:
            return  # nothing to replace and no columns to create a table with
        self.version = commit_partition(self.root, self.table, self.day, self._adds, schema)


# --- files -------------------------------------------------------------------------------------
def read_parquet(path: Path, **kwargs: Any) -> pa.Table:
    """``pyarrow.parquet.read_table`` for a local path or a URL path."""
    if is_remote(path):
        return pq.read_table(path.path, filesystem=path.fs, **kwargs)
    return pq.read_table(path, **kwargs)


def parquet_file(path: Path) -> pq.ParquetFile:
    """An open :class:`pyarrow.parquet.ParquetFile` (metadata, row-group reads)."""
    if is_remote(path):
        return pq.ParquetFile(path.fs.open(path.path, "rb"))
    return pq.ParquetFile(path)


def parquet_rows(path: Path) -> int:
    if is_remote(path):
        with path.fs.open(path.path, "rb") as fh:
            return pq.ParquetFile(fh).metadata.num_rows
    return pq.ParquetFile(path).metadata.num_rows


def file_fingerprint(path: Path) -> list[Any]:
    """Name, size and (local only) mtime: changes whenever the file is rewritten. Object-store
    partition files carry their commit id in the name, so name and size suffice there."""
    if is_remote(path):
        return [path.name, path.fs.size(path.path)]
    st = path.stat()
    return [path.name, st.st_size, st.st_mtime_ns]


@contextlib.contextmanager
def open_atomic(path: Path) -> Iterator[BinaryIO]:
    """A binary file handle whose contents appear at ``path`` only if the block succeeds
    (temp + rename locally; on an object store the object exists once the upload closes)."""
    path = _root(path)
    local = local_path(path)
    if local is None:
        path.fs.makedirs(path.parent.path, exist_ok=True)
        with path.fs.open(path.path, "wb") as f:
            yield f
        return
    local.parent.mkdir(parents=True, exist_ok=True)
    tmp = local.with_name(f".{local.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as f:
            yield f
        os.replace(tmp, local)
    finally:
        tmp.unlink(missing_ok=True)


def write_parquet_atomic(
    table: pa.Table, path: Path, *, row_group_size: int | None = 128_000
) -> Path:
    """Write one Parquet file atomically (zstd, statistics; ``row_group_size=None``: pyarrow's
    default)."""
    path = _root(path)
    with open_atomic(path) as f:
        pq.write_table(
            table,
            f,
            compression=PARQUET_COMPRESSION,
            row_group_size=row_group_size,
            write_statistics=True,
        )
    return path


def remove_tree(path: Path) -> None:
    """Delete a directory (prefix) and everything under it; missing is fine."""
    path = _root(path)
    if is_remote(path):
        if path.fs.exists(path.path):
            path.fs.rm(path.path, recursive=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def replace_dir(staging: Path, final: Path) -> None:
    """Swap local directory ``staging`` into ``final`` (old contents removed after the swap)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        old = final.with_name(f".{final.name}.{uuid.uuid4().hex}.old")
        os.replace(final, old)
        os.replace(staging, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, final)


# --- small files -------------------------------------------------------------------------------
def write_text_atomic(text: str, path: Path) -> Path:
    """Write a text file atomically (temp file + rename, or one object PUT)."""
    path = _root(path)
    with open_atomic(path) as f:
        f.write(text.encode())
    return path


def write_json_atomic(obj: Any, path: Path) -> Path:
    """Write JSON (sorted keys, 2-space indent) atomically."""
    return write_text_atomic(json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n", path)


def read_json(path: Path, default: Any = None) -> Any:
    path = _root(path)
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return default


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with _root(path).open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def iter_files(root: Path, pattern: str = "**/*") -> Iterable[Path]:
    root = _root(root)
    return sorted(p for p in root.glob(pattern) if p.is_file()) if root.exists() else []
