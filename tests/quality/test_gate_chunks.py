"""The gate reads a batch in chunks bounded by bytes as well as rows."""

from __future__ import annotations

import duckdb

from transforms.quality.gate import _chunks


def test_chunks_end_at_the_byte_bound_and_keep_every_row():
    con = duckdb.connect()
    # 20,000 rows of ~200 B text (~4 MB); the gate reads DuckDB batches of 256 rows (~55 KB)
    con.execute("create table t as select i as id, repeat('x', 200) as text from range(20000) t(i)")
    batch = con.sql("select * from t").to_arrow_reader(256).read_next_batch()
    per_chunk = 1_000_000 // batch.nbytes  # whole batches that fit in 1 MB
    by_bytes = list(_chunks(con, "select * from t order by id", 1_000_000, 1_000_000))
    # a chunk closes before the batch that would take it past 1 MB
    assert [len(df) for df in by_bytes[:-1]] == [per_chunk * 256] * (len(by_bytes) - 1)
    assert len(by_bytes) > 3
    assert [i for df in by_bytes for i in df["id"]] == list(range(20000))
    by_rows = list(_chunks(con, "select * from t", 5000, 10**9))
    # ... or before the batch that would take it past the row bound
    assert [len(df) for df in by_rows[:3]] == [19 * 256] * 3
    assert sum(len(df) for df in by_rows) == 20000


def test_a_batch_larger_than_the_byte_bound_is_its_own_chunk():
    con = duckdb.connect()
    con.execute("create table t as select i as id, repeat('y', 10000) as text from range(300) t(i)")
    chunks = list(_chunks(con, "select * from t order by id", 1_000_000, 1_000))
    assert [len(df) for df in chunks] == [256, 44]


def test_the_gate_caches_at_most_its_own_memory_limit_of_the_warehouse(tmp_path):
    """DuckDB keeps the warehouse blocks it read cached up to its memory limit: the gate's
    connection uses ``quality_memory_limit``, not the stages' larger ``memory_limit``, so
    what it holds after scanning does not grow with the warehouse (issue 18)."""
    from transforms.config import Settings
    from transforms.quality.gate import _connect
    from transforms.quality.suites import Suite

    settings = Settings(data_dir=tmp_path, memory_limit="1GB", quality_memory_limit="16MB")
    wh = duckdb.connect(str(settings.warehouse_path))
    # ~50 MB stored: random hex text does not compress
    wh.execute(
        "create table t as select i as id, repeat(md5(i::varchar), 16) as text "
        "from range(100000) t(i)"
    )
    wh.close()
    suite = Suite(
        name="t",
        description="",
        source="warehouse",
        sql="select id, text from wh.t",
        id_column="id",
        expectations=[],
        tables=("t",),
    )
    con, skipped = _connect(settings, [suite], None)
    assert not skipped
    rows = sum(len(df) for df in _chunks(con, suite.sql, 200_000))
    held = con.sql("select sum(memory_usage_bytes) from duckdb_memory()").fetchall()[0][0]
    con.close()
    assert rows == 100_000
    assert held <= 16 * 1000 * 1000
