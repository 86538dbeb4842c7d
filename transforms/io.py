"""Lake paths, atomic Parquet writes, partitions and small JSON state files.

Every writer here is a transaction, so a crashed task leaves either the old partition or the
new one, never half of one, and reruns of the same interval replace rather than append.

The lake root may be a local directory or any fsspec URL (``s3://bucket/lake``,
``gs://...``, ``file:///abs/path``; see :func:`lake_path`). The two kinds commit differently:

* **Local paths** (POSIX): a partition is staged in a hidden sibling directory and swapped
  in with one ``rename``; single files go through a temp file and ``os.replace``.
* **Object stores** (every URL, ``file://`` included, so the protocol is testable on local
  disk): there is no directory rename. A partition's files get names unique to the commit
  (``part-<commit>-00000.parquet``) and are written beside the old ones; then one small
  ``_committed.json`` naming them is written last (a single-object PUT is atomic), and only
  then are the files of the manifest it replaced deleted (plus unlisted leftovers of crashed
  writers once older than ``ORPHAN_AGE_S``; a young unlisted file may be a concurrent
  writer's, so the last commit wins without breaking the other). Readers that go through
  :func:`partition_files` (and :func:`table_files`) see exactly the committed set.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.paths import day_key, is_remote, lake_path

PARQUET_COMPRESSION = "zstd"
MANIFEST = "_committed.json"
# unlisted files in an object-store partition older than this are a crashed writer's leftovers
ORPHAN_AGE_S = 3600.0


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


def list_partitions(root: Path, table: str) -> list[str]:
    """Sorted ``YYYY-MM-DD`` days present for a table (complete partitions only)."""
    base = _root(root) / table
    if is_remote(base):
        # an object-store partition exists once its manifest does: one listing, not a
        # request per partition
        found = base.fs.glob(f"{base.path}/dt=*/{MANIFEST}")
        return sorted(p.rstrip("/").rsplit("/", 2)[-2][3:] for p in found)
    if not base.exists():
        return []
    return sorted(p.name[3:] for p in base.iterdir() if p.is_dir() and p.name.startswith("dt="))


def partition_files(root: Path, table: str, day: dt.date | str) -> list[Path]:
    """The committed Parquet files of one partition, in order (empty when there is none)."""
    return _committed(partition_dir(root, table, day))


def table_files(root: Path, table: str, days: list[str] | None = None) -> list[Path]:
    """The committed Parquet files of every partition of a table (or of ``days``, as
    :func:`list_partitions` gave them), by day."""
    days = list_partitions(root, table) if days is None else days
    dirs = [partition_dir(root, table, day) for day in days]
    if not dirs or not is_remote(dirs[0]):
        return [f for d in dirs for f in _committed(d)]
    blobs = dirs[0].fs.cat([(d / MANIFEST).path for d in dirs])  # concurrent on async stores
    return [f for d in dirs for f in _listed(d, json.loads(blobs[(d / MANIFEST).path]))]


def _committed(d: Path) -> list[Path]:
    if is_remote(d):
        return _listed(d, read_json(d / MANIFEST))
    return sorted(d.glob("*.parquet")) if d.exists() else []


def _listed(d: Path, manifest: dict[str, Any] | None) -> list[Path]:
    """The files a partition manifest names (none without a manifest)."""
    return [d / name for name in manifest["files"]] if manifest else []


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


def remove_partition(d: Path) -> bool:
    """Delete partition directory ``d`` so readers never see half of it: on an object store the
    manifest goes first, locally the directory is renamed aside first."""
    d = _root(d)
    if not d.exists():
        return False
    if is_remote(d):
        if (d / MANIFEST).exists():
            d.fs.rm_file((d / MANIFEST).path)
        remove_tree(d)
    else:
        gone = d.with_name(f".{d.name}.{uuid.uuid4().hex}.gone")
        d.rename(gone)
        shutil.rmtree(gone, ignore_errors=True)
    return True


# --- partitions --------------------------------------------------------------------------------
class PartitionWriter:
    """Write a whole partition and publish it in one step (see the module docstring).

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
        self.remote = is_remote(self.final)
        self.commit = uuid.uuid4().hex[:12]
        if self.remote:
            self.staging = self.final  # unique file names instead of a staging directory
        else:
            self.staging = self.final.with_name(f".{self.final.name}.{self.commit}.tmp")
        self.files: list[Path] = []
        self.rows = 0

    def _name(self, i: int) -> str:
        return f"part-{self.commit}-{i:05d}.parquet" if self.remote else f"part-{i:05d}.parquet"

    def __enter__(self) -> PartitionWriter:
        if not self.remote:
            self.staging.mkdir(parents=True, exist_ok=False)
        return self

    def write(self, table: pa.Table) -> Path | None:
        if table.num_rows == 0:
            return None
        return self._write(table)

    def _write(self, table: pa.Table) -> Path:
        name = self._name(len(self.files))
        write_parquet_atomic(table, self.staging / name, row_group_size=None)
        self.files.append(self.final / name)
        self.rows += table.num_rows
        return self.staging / name

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            if self.remote:
                for f in self.files:
                    f.fs.rm_file(f.path)
            else:
                shutil.rmtree(self.staging, ignore_errors=True)
            return
        if not self.files and self.empty_schema is not None:
            self._write(self.empty_schema.empty_table())
        if self.remote:
            self._commit_remote()
        else:
            replace_dir(self.staging, self.final)

    def _commit_remote(self) -> None:
        names = [f.name for f in self.files]
        previous = read_json(self.final / MANIFEST, default=None) or {}
        write_json_atomic(
            {
                "commit": self.commit,
                "files": names,
                "rows": self.rows,
                "committed_at": dt.datetime.now(dt.UTC).isoformat(),
            },
            self.final / MANIFEST,
        )
        # Delete what the manifest we replaced named, plus leftovers of crashed writers once
        # they are old; never a young unlisted file: it may be a concurrent writer's part
        # about to be committed (that writer's commit then removes ours).
        keep = {*names, MANIFEST}
        superseded = set(previous.get("files", [])) - keep
        cutoff = time.time() - ORPHAN_AGE_S
        fs = self.final.fs
        for info in fs.ls(self.final.path, detail=True):
            name = info["name"].rstrip("/").rsplit("/", 1)[-1]
            if name in keep:
                continue
            if name in superseded or _modified(info) < cutoff:
                fs.rm(info["name"], recursive=True)


def _modified(info: dict[str, Any]) -> float:
    """Last-modified time (epoch seconds) from an fsspec ``info`` dict; +inf when unknown."""
    for key in ("LastModified", "mtime", "updated", "created"):
        value = info.get(key)
        if isinstance(value, dt.datetime):
            return value.timestamp()
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    return float("inf")


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


def read_partition(root: Path, table: str, day: dt.date | str) -> pa.Table | None:
    """Read a whole partition, or ``None`` when it does not exist."""
    files = partition_files(root, table, day)
    if not files:
        return None
    return pa.concat_tables([read_parquet(f) for f in files], promote_options="default")


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
