"""The gate reads a batch in chunks bounded by bytes as well as rows."""

from __future__ import annotations

import duckdb

from transforms.quality.gate import _chunks


def test_chunks_end_at_the_byte_bound_and_keep_every_row():
    con = duckdb.connect()
    # 20,000 rows of ~200 B text (~4 MB); DuckDB hands out batches of 2,048 rows (~420 KB)
    con.execute("create table t as select i as id, repeat('x', 200) as text from range(20000) t(i)")
    by_bytes = list(_chunks(con, "select * from t order by id", 1_000_000, 1_000_000))
    # a chunk closes at the first batch that reaches 1 MB: 3 batches
    assert [len(df) for df in by_bytes[:-1]] == [3 * 2048] * 3
    assert [i for df in by_bytes for i in df["id"]] == list(range(20000))
    by_rows = list(_chunks(con, "select * from t", 5000, 10**9))
    assert [len(df) for df in by_rows[:3]] == [6144, 6144, 6144]
    assert sum(len(df) for df in by_rows) == 20000
