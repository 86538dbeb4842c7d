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
