import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pytest

from transforms.io import (
    PartitionWriter,
    history,
    list_partitions,
    partition_dir,
    partition_files,
    read_json,
    read_partition,
    versions,
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
    # one commit per run; the first run's file is removed from the table, kept until VACUUM
    assert versions(tmp_path, "messages") == [0, 1]
    assert read_partition(tmp_path, "messages", "2026-11-01", version=0).num_rows == 5
    active = partition_files(tmp_path, "messages", "2026-11-01")
    on_disk = list(partition_dir(tmp_path, "messages", "2026-11-01").glob("*.parquet"))
    assert len(active) == 1 and len(on_disk) == 2
    assert list_partitions(tmp_path, "messages") == ["2026-11-01"]
    assert [op["operationParameters"]["predicate"] for op in history(tmp_path, "messages")] == [
        "dt = '2026-11-01'"
    ] * 2


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
    # a Delta partition with no rows holds no file; the table's schema holds the columns
    from transforms.io import open_table

    assert read_partition(tmp_path, "users", "2026-11-03") is None
    fields = pa.schema(open_table(tmp_path, "users").schema().to_arrow()).names
    assert fields == ["id", "v", "dt"]
    with PartitionWriter(tmp_path, "users", "2026-11-04") as w:
        w.write(_t(0))
    assert read_partition(tmp_path, "users", "2026-11-04") is None


# --- Delta table operations -----------------------------------------------------------------
def test_rows_keep_their_order_and_the_dt_column_stays_in_the_path(tmp_path):
    parts = [_t(1000, offset=i * 1000) for i in range(20)]  # many small batches
    with PartitionWriter(tmp_path, "messages", "2026-11-01") as w:
        for p in parts:
            w.write(p)
    got = read_partition(tmp_path, "messages", "2026-11-01")
    assert got.column("id").to_pylist() == pa.concat_tables(parts).column("id").to_pylist()
    assert "dt" not in got.schema.names  # the partition value lives in the path and the log


def test_remove_partition_then_vacuum_deletes_the_bytes(tmp_path):
    from transforms.io import remove_partition, vacuum

    for day in ("2026-11-04", "2026-11-05"):
        with PartitionWriter(tmp_path, "users", day) as w:
            w.write(_t(2))
    old = partition_files(tmp_path, "users", "2026-11-04")
    assert remove_partition(partition_dir(tmp_path, "users", "2026-11-04"))
    assert not remove_partition(partition_dir(tmp_path, "users", "2026-11-04"))
    assert list_partitions(tmp_path, "users") == ["2026-11-05"]
    assert all(f.exists() for f in old)  # time travel still reads them ...
    assert read_partition(tmp_path, "users", "2026-11-04", version=1).num_rows == 2
    removed = vacuum(tmp_path, "users", retention_hours=0)
    assert len(removed) == 1 and not any(f.exists() for f in old)  # ... until VACUUM
    with pytest.raises(FileNotFoundError):
        read_partition(tmp_path, "users", "2026-11-04", version=1)


def test_delete_rows_and_deletion_vectors_stay_off(tmp_path):
    from transforms.io import delete_rows, open_table, table_version

    with PartitionWriter(tmp_path, "messages", "2026-11-06") as w:
        w.write(_t(4))
    metrics = delete_rows(tmp_path, "messages", "id = 'r1'")
    assert metrics["num_deleted_rows"] == 1 and table_version(tmp_path, "messages") == 1
    assert read_partition(tmp_path, "messages", "2026-11-06").column("id").to_pylist() == [
        "r0",
        "r2",
        "r3",
    ]
    t = open_table(tmp_path, "messages")
    assert t.metadata().configuration["delta.enableDeletionVectors"] == "false"
    assert delete_rows(tmp_path, "absent", "id = 'x'") == {}


def _commit(args) -> int:
    root, day, n = args
    with PartitionWriter(root, "events", day) as w:
        w.write(_t(n))
    return n


def test_two_processes_commit_different_partitions_of_one_table(tmp_path):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with PartitionWriter(tmp_path, "events", "2026-11-01") as w:  # the table exists
        w.write(_t(1))
    jobs = [(tmp_path, f"2026-11-{d:02d}", d) for d in range(2, 8)]
    # spawn: delta-rs's tokio runtime does not survive a fork of a process that used it
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert sorted(pool.map(_commit, jobs)) == [2, 3, 4, 5, 6, 7]
    assert list_partitions(tmp_path, "events") == [f"2026-11-{d:02d}" for d in range(1, 8)]
    assert versions(tmp_path, "events") == list(range(7))
    for _, day, n in jobs:
        assert read_partition(tmp_path, "events", day).num_rows == n


def test_lake_path_kinds(tmp_path):
    from pathlib import Path

    from transforms.io import duckdb_uri, is_remote, lake_path

    assert lake_path(str(tmp_path)) == tmp_path and not is_remote(lake_path(str(tmp_path)))
    s3 = lake_path("s3://bucket/lake")
    assert is_remote(s3) and str(s3 / "raw") == "s3://bucket/lake/raw"
    f = lake_path(f"file://{tmp_path}/lake")
    assert is_remote(f) and duckdb_uri(f / "clean") == f"{tmp_path}/lake/clean"
    assert isinstance(lake_path("~/x"), Path) and "~" not in str(lake_path("~/x"))


# --- streaming partition writer ------------------------------------------------------------------
def _wide(n: int, offset: int) -> pa.Table:
    return pa.table({"id": [f"r{i + offset}" for i in range(n)], "text": ["x" * 1000] * n})


def test_partition_writer_writes_batches_as_they_arrive_not_at_commit(tmp_path):
    with PartitionWriter(tmp_path, "messages", "2026-11-01") as w:
        w.write(_t(3))
    batches = [_wide(500, offset=i * 500) for i in range(12)]  # ~0.5 MB of Arrow data each
    with PartitionWriter(
        tmp_path, "messages", "2026-11-01", row_group_bytes=1 << 20, file_bytes=1 << 20
    ) as w:
        for b in batches:
            w.write(b)
        # before the commit: finished data files are on disk, readers still see the old rows
        on_disk = sorted(partition_dir(tmp_path, "messages", "2026-11-01").glob("*.parquet"))
        assert len(on_disk) >= 3
        assert read_partition(tmp_path, "messages", "2026-11-01").num_rows == 3
    assert versions(tmp_path, "messages") == [0, 1]  # still one commit for the whole partition
    active = partition_files(tmp_path, "messages", "2026-11-01")
    assert len(active) >= 3
    got = read_partition(tmp_path, "messages", "2026-11-01")
    assert got.column("id").to_pylist() == pa.concat_tables(batches).column("id").to_pylist()
    assert w.rows == 6000


def test_partition_writer_keeps_at_most_one_row_group_of_batches(tmp_path):
    # Arrow memory held while writing 24 MB in 0.5 MB batches stays near one 1 MB row group
    # (the old writer held every batch until its commit).
    base = pa.total_allocated_bytes()
    peak = 0
    with PartitionWriter(tmp_path, "messages", "2026-11-02", row_group_bytes=1 << 20) as w:
        for i in range(48):
            w.write(_wide(500, offset=i * 500))
            peak = max(peak, pa.total_allocated_bytes() - base)
    assert read_partition(tmp_path, "messages", "2026-11-02").num_rows == 24_000
    assert peak < 4 << 20, peak


def test_failure_after_files_were_written_keeps_old_partition_and_deletes_new_files(tmp_path):
    with PartitionWriter(tmp_path, "builds", "2026-11-02") as w:
        w.write(_t(4))
    before = sorted(partition_dir(tmp_path, "builds", "2026-11-02").glob("*.parquet"))
    with (
        pytest.raises(RuntimeError),
        PartitionWriter(tmp_path, "builds", "2026-11-02", row_group_bytes=1, file_bytes=1) as w,
    ):
        for i in range(5):
            w.write(_t(10, offset=i * 10))  # each batch is flushed to its own file
        assert len(list(partition_dir(tmp_path, "builds", "2026-11-02").glob("*.parquet"))) > 3
        raise RuntimeError("task crashed mid-write")
    assert read_partition(tmp_path, "builds", "2026-11-02").num_rows == 4
    assert versions(tmp_path, "builds") == [0]
    assert sorted(partition_dir(tmp_path, "builds", "2026-11-02").glob("*.parquet")) == before


def test_new_columns_merge_into_the_table_schema_and_types_follow_the_table(tmp_path):
    from transforms.io import open_table

    with PartitionWriter(tmp_path, "users", "2026-11-01") as w:
        w.write(pa.table({"id": ["a"], "n": pa.array([1], pa.int64())}))
    with PartitionWriter(tmp_path, "users", "2026-11-02") as w:
        # a null-typed column the table has as int64, and a column it does not have yet
        w.write(pa.table({"id": ["b"], "n": pa.nulls(1), "extra": ["e"]}))
    schema = pa.schema(open_table(tmp_path, "users").schema().to_arrow())
    assert schema.names == ["id", "n", "dt", "extra"] or schema.names == ["id", "n", "extra", "dt"]
    assert schema.field("n").type == pa.int64()
    assert read_partition(tmp_path, "users", "2026-11-01").column("id").to_pylist() == ["a"]
    assert read_partition(tmp_path, "users", "2026-11-02").column("extra").to_pylist() == ["e"]


def test_threads_rewriting_existing_partitions_of_one_table_all_commit(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    days = [f"2026-11-{d:02d}" for d in range(1, 9)]
    for day in days:
        with PartitionWriter(tmp_path, "events", day) as w:
            w.write(_t(1))

    def rewrite(day: str) -> None:  # every commit removes the files of its own partition
        with PartitionWriter(tmp_path, "events", day) as w:
            w.write(_t(int(day[-2:]) + 1))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(rewrite, days))
    assert [read_partition(tmp_path, "events", d).num_rows for d in days] == list(range(2, 10))
    assert len(versions(tmp_path, "events")) == 2 * len(days)


# A parent that starts a child which watches it (as the dbt child and the detection workers do),
# prints the child's pid and idles.
_WATCHED_PARENT = """
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import sys, time\\n"
    "time.sleep(float(sys.argv[2]))\\n"
    "from transforms.io import exit_with_parent\\n"
    "exit_with_parent(int(sys.argv[1]))\\n"
    "time.sleep(600)", str(os.getpid()), sys.argv[1]])
print(child.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize(
    "child_start_delay, kill_after",
    [(0.0, 1.0), (2.0, 0.0)],
    ids=["killed-while-watched", "killed-before-the-watch-starts"],
)
def test_exit_with_parent_ends_the_child_when_the_parent_is_killed(child_start_delay, kill_after):
    # The second case is the dbt child's start: the parent's pid is passed in, so a parent
    # that died before the watch began (the child now belongs to init) still ends the child.
    parent = subprocess.Popen(
        [sys.executable, "-c", _WATCHED_PARENT, str(child_start_delay)], stdout=subprocess.PIPE
    )
    try:
        child = int(parent.stdout.readline())
        time.sleep(kill_after)
        assert Path(f"/proc/{child}").exists()
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _running(child):
            time.sleep(0.1)
        assert not _running(child), "the child outlived its parent"
    finally:
        parent.kill()
        parent.wait()


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.split(") ", 1)[1][0] != "Z"  # a zombie has exited
