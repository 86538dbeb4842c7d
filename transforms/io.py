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
import shutil
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
            con.execute(f"SET {key} = '{str(value).replace(chr(39), chr(39) * 2)}'")
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
    commit (``overwrite`` with a partition predicate); creates the table when missing. Zero
    rows empty the partition. Returns the table's version read right after the commit (a
    concurrent writer's later commit may already be included)."""
    from deltalake import write_deltalake

    day = day_key(day)
    if PARTITION_COLUMN in data.column_names:
        data = data.drop_columns([PARTITION_COLUMN])
    # one contiguous batch: delta-rs writes several small batches in parallel, out of order
    data = _delta_compatible(data).combine_chunks()
    data = data.append_column(PARTITION_COLUMN, pa.array([day] * data.num_rows, pa.string()))
    uri = table_uri(root, table)
    local = local_path(_root(root) / table)
    if local is not None:
        local.mkdir(parents=True, exist_ok=True)
    write_deltalake(
        uri,
        data,
        mode="overwrite",
        partition_by=[PARTITION_COLUMN],
        predicate=f"{PARTITION_COLUMN} = '{day}'",
        schema_mode="merge",
        configuration=DELTA_CONFIGURATION,
        storage_options=_storage_options(uri),
        writer_properties=_writer_properties(),
    )
    return table_version(root, table)  # type: ignore[return-value]


def _writer_properties() -> Any:
    from deltalake import WriterProperties

    return WriterProperties(compression=PARQUET_COMPRESSION.upper())


def _delta_compatible(data: pa.Table) -> pa.Table:
    """Delta has no null type: all-null columns of unknown type become strings."""
    fields = [
        pa.field(f.name, pa.string(), f.nullable, f.metadata) if pa.types.is_null(f.type) else f
        for f in data.schema
    ]
    schema = pa.schema(fields, metadata=data.schema.metadata)
    return data if schema.equals(data.schema) else data.cast(schema)


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
    """Collect a whole partition and publish it in one Delta commit (see the module docstring).

    >>> with PartitionWriter(root, "messages", "2026-11-01") as w:
    ...     w.write(batch_table)
    """

    def __init__(
        self, root: Path, table: str, day: dt.date | str, *, empty_schema: pa.Schema | None = None
    ):
        # ``empty_schema`` gives a new table its columns when the partition gets no rows.
        self.root = _root(root)
        self.table = table
        self.day = day_key(day)
        self.empty_schema = empty_schema
        self.final = partition_dir(root, table, day)
        self.parts: list[pa.Table] = []
        self.rows = 0
        self.version: int | None = None

    def __enter__(self) -> PartitionWriter:
        return self

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.parts.append(table)
            self.rows += table.num_rows

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.parts.clear()
            return
        if self.parts:
            data = pa.concat_tables(self.parts, promote_options="default")
        elif self.empty_schema is not None:
            data = self.empty_schema.empty_table()
        else:
            current = open_table(self.root, self.table)
            if current is None:
                return  # nothing to replace and no columns to create a table with
            schema = pa.schema(current.schema().to_arrow())
            data = pa.schema([f for f in schema if f.name != PARTITION_COLUMN]).empty_table()
        self.parts.clear()
        self.version = write_partition(self.root, self.table, self.day, data)


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
