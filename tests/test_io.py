import pyarrow as pa
import pytest

from transforms.io import (
    PartitionWriter,
    list_partitions,
    partition_dir,
    read_json,
    read_partition,
    write_json_atomic,
    write_parquet_atomic,
)


def _t(n: int, offset: int = 0) -> pa.Table:
    return pa.table({"id": [f"r{i + offset}" for i in range(n)], "v": list(range(n))})


def test_partition_writer_replaces_never_appends(tmp_path):
    for _ in range(2):
        with PartitionWriter(tmp_path, "messages", "2026-11-01") as w:
            w.write(_t(3))
            w.write(_t(2, offset=3))
    got = read_partition(tmp_path, "messages", "2026-11-01")
    assert got.num_rows == 5
    assert sorted(p.name for p in partition_dir(tmp_path, "messages", "2026-11-01").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert list_partitions(tmp_path, "messages") == ["2026-11-01"]


def test_failed_partition_write_keeps_old_partition(tmp_path):
    with PartitionWriter(tmp_path, "builds", "2026-11-02") as w:
        w.write(_t(4))
    with pytest.raises(RuntimeError), PartitionWriter(tmp_path, "builds", "2026-11-02") as w:
        w.write(_t(1))
        raise RuntimeError("task crashed mid-write")
    assert read_partition(tmp_path, "builds", "2026-11-02").num_rows == 4
    # no staging leftovers are visible as partitions
    assert list_partitions(tmp_path, "builds") == ["2026-11-02"]


def test_atomic_parquet_and_json(tmp_path):
    p = write_parquet_atomic(_t(2), tmp_path / "x" / "f.parquet")
    assert p.exists() and not list(p.parent.glob(".*tmp"))
    write_json_atomic({"b": 1, "a": [1, 2]}, tmp_path / "s.json")
    assert read_json(tmp_path / "s.json") == {"a": [1, 2], "b": 1}
    assert read_json(tmp_path / "missing.json", default={}) == {}


def test_missing_partition_reads_none(tmp_path):
    assert read_partition(tmp_path, "users", "2026-01-01") is None
    assert list_partitions(tmp_path, "users") == []


def test_empty_partition_keeps_its_schema_when_asked(tmp_path):
    schema = pa.schema([("id", pa.string()), ("v", pa.int64())])
    with PartitionWriter(tmp_path, "users", "2026-11-03", empty_schema=schema) as w:
        w.write(_t(0))
    got = read_partition(tmp_path, "users", "2026-11-03")
    assert got.num_rows == 0 and got.schema.names == ["id", "v"]
    with PartitionWriter(tmp_path, "users", "2026-11-04") as w:
        w.write(_t(0))
    assert read_partition(tmp_path, "users", "2026-11-04") is None


# --- object stores: the commit-manifest protocol (fsspec memory://, no directory rename) --------
@pytest.fixture
def mem_root():
    import uuid

    from transforms.io import lake_path, remove_tree

    root = lake_path(f"memory://iw-test-{uuid.uuid4().hex}/lake")
    yield root
    remove_tree(root)


def _names(d) -> list[str]:
    return sorted(p.name for p in d.iterdir())


def test_object_store_partition_commits_by_manifest(mem_root):
    from transforms.io import MANIFEST, partition_files, read_json

    for n in (3, 2):  # the rerun replaces, never appends
        with PartitionWriter(mem_root, "messages", "2026-11-01") as w:
            w.write(_t(n))
            w.write(_t(1, offset=n))
    d = partition_dir(mem_root, "messages", "2026-11-01")
    manifest = read_json(d / MANIFEST)
    assert manifest["rows"] == 3 and len(manifest["files"]) == 2
    # the superseded commit's files are gone; only the manifest and what it names remain
    assert _names(d) == sorted([MANIFEST, *manifest["files"]])
    assert all(name.startswith(f"part-{manifest['commit']}-") for name in manifest["files"])
    assert [f.name for f in partition_files(mem_root, "messages", "2026-11-01")] == manifest[
        "files"
    ]
    assert read_partition(mem_root, "messages", "2026-11-01").num_rows == 3
    assert list_partitions(mem_root, "messages") == ["2026-11-01"]


def test_object_store_crash_keeps_old_commit_and_leaves_no_parts(mem_root):
    with PartitionWriter(mem_root, "builds", "2026-11-02") as w:
        w.write(_t(4))
    d = partition_dir(mem_root, "builds", "2026-11-02")
    before = _names(d)
    with pytest.raises(RuntimeError), PartitionWriter(mem_root, "builds", "2026-11-02") as w:
        w.write(_t(1))
        raise RuntimeError("task crashed mid-write")
    assert _names(d) == before
    assert read_partition(mem_root, "builds", "2026-11-02").num_rows == 4


def test_object_store_ignores_uncommitted_files(mem_root, monkeypatch):
    from transforms.io import partition_files, write_parquet_atomic

    # a writer killed before its manifest: files exist, but no partition does
    d = partition_dir(mem_root, "apps", "2026-11-03")
    write_parquet_atomic(_t(5), d / "part-deadbeef0000-00000.parquet")
    assert list_partitions(mem_root, "apps") == []
    assert read_partition(mem_root, "apps", "2026-11-03") is None
    # a committed partition beside an orphan reads only its own files; a young orphan may be
    # a concurrent writer's part, so the commit keeps it ...
    with PartitionWriter(mem_root, "apps", "2026-11-03") as w:
        w.write(_t(2))
    assert len(partition_files(mem_root, "apps", "2026-11-03")) == 1
    assert read_partition(mem_root, "apps", "2026-11-03").num_rows == 2
    assert "part-deadbeef0000-00000.parquet" in _names(d)
    # ... and the next commit after it has aged deletes it
    monkeypatch.setattr("transforms.io.ORPHAN_AGE_S", -1.0)
    with PartitionWriter(mem_root, "apps", "2026-11-03") as w:
        w.write(_t(3))
    assert "part-deadbeef0000-00000.parquet" not in _names(d)
    assert len(_names(d)) == 2 and read_partition(mem_root, "apps", "2026-11-03").num_rows == 3


def test_object_store_concurrent_writers_never_delete_each_others_parts(mem_root):
    from transforms.io import MANIFEST, partition_files

    with PartitionWriter(mem_root, "builds", "2026-11-05") as w:
        w.write(_t(1))
    slow = PartitionWriter(mem_root, "builds", "2026-11-05")
    with slow:
        slow.write(_t(7))  # in flight while another writer commits the same partition
        with PartitionWriter(mem_root, "builds", "2026-11-05") as fast:
            fast.write(_t(4))
        assert all(f.exists() for f in slow.files), "a commit deleted a concurrent part"
    # the later commit wins and its files are all there; the superseded ones are gone
    files = partition_files(mem_root, "builds", "2026-11-05")
    assert [f.name for f in files] == [f.name for f in slow.files]
    assert read_partition(mem_root, "builds", "2026-11-05").num_rows == 7
    d = partition_dir(mem_root, "builds", "2026-11-05")
    assert sorted(_names(d)) == sorted([MANIFEST, *(f.name for f in slow.files)])


def test_object_store_remove_partition_and_small_files(mem_root):
    from transforms.io import remove_partition, sha256_file, write_text_atomic

    with PartitionWriter(mem_root, "users", "2026-11-04") as w:
        w.write(_t(1))
    assert remove_partition(partition_dir(mem_root, "users", "2026-11-04"))
    assert list_partitions(mem_root, "users") == []
    assert not remove_partition(partition_dir(mem_root, "users", "2026-11-04"))
    write_json_atomic({"b": 1}, mem_root / "state" / "s.json")
    assert read_json(mem_root / "state" / "s.json") == {"b": 1}
    assert read_json(mem_root / "state" / "missing.json", default=[]) == []
    p = write_text_atomic("abc", mem_root / "t.txt")
    assert sha256_file(p) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    p2 = write_parquet_atomic(_t(2), mem_root / "x" / "f.parquet")
    assert p2.exists()


def test_lake_path_kinds(tmp_path):
    from pathlib import Path

    from transforms.io import duckdb_uri, is_remote, lake_path

    assert lake_path(str(tmp_path)) == tmp_path and not is_remote(lake_path(str(tmp_path)))
    s3 = lake_path("s3://bucket/lake")
    assert is_remote(s3) and str(s3 / "raw") == "s3://bucket/lake/raw"
    f = lake_path(f"file://{tmp_path}/lake")
    assert is_remote(f) and duckdb_uri(f / "clean") == f"{tmp_path}/lake/clean"
    assert isinstance(lake_path("~/x"), Path) and "~" not in str(lake_path("~/x"))
