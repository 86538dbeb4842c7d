"""Incremental facts: day-by-day builds end where one full build of the whole lake ends."""

from __future__ import annotations

import duckdb

from tests.warehouse import fixtures as fx
from transforms.pipelines import warehouse


def _tables(con, catalog: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_catalog = ? "
            "and table_schema = 'main' and table_type = 'BASE TABLE' order by 1",
            [catalog],
        ).fetchall()
    ]


def test_day_by_day_incremental_equals_full_refresh(tmp_path, tmp_path_factory):
    full = fx.built_fixture_warehouse(tmp_path_factory)  # one full build of both days
    s = fx.fixture_settings(tmp_path / "daily")
    # day 1 alone: no deletion requests and no run records yet -> the empty-source fallback
    fx.write_clean_lake(s, through=fx.DAY1)
    first = warehouse.run(fx.DAY1, s)
    # alice 11 + bob 8 (s5 is half there) + erin 2 (she still consents on day 1)
    assert first.counts["rows.fct_messages"] == 21
    assert first.counts["rows.train_preference_pairs"] == 2  # s5's regeneration comes on day 2
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    day1_s5 = con.execute(
        "select outcome from train_sft_conversations where conversation_id = 's5'"
    ).fetchall()
    con.close()
    assert day1_s5 == [("no_code",)]

    # day 2 lands: late turns/feedback for s5, bob's consent change, dan's erasure request
    fx.write_clean_lake(s)
    second = warehouse.run(fx.DAY2, s)
    assert second.details["full_refresh"] is False

    con = duckdb.connect()
    con.execute(f"attach '{s.warehouse_path}' as inc (read_only)")
    con.execute(f"attach '{full.warehouse_path}' as ful (read_only)")
    tables = _tables(con, "inc")
    assert tables == _tables(con, "ful")
    assert {"fct_messages", "fct_code_edits", "fct_builds"} <= set(tables)
    for t in tables:
        if t == "mart_pipeline_runs":  # run records differ by construction
            continue
        extra = con.execute(
            f"select count(*) from (select * from inc.{t} except all select * from ful.{t})"
        ).fetchall()[0][0]
        missing = con.execute(
            f"select count(*) from (select * from ful.{t} except all select * from inc.{t})"
        ).fetchall()[0][0]
        assert (extra, missing) == (0, 0), f"{t}: incremental differs from full refresh"
    # s5's day-1 rows were re-derived; erin's rows were pruned when she revoked analytics
    s5 = con.execute(
        "select outcome from inc.train_sft_conversations where conversation_id = 's5'"
    ).fetchall()
    assert s5 == [("unresolved",)]
    erin = con.execute(
        "select count(*) from inc.fct_messages where user_key = ?", [fx.ERIN]
    ).fetchall()
    assert erin == [(0,)]
    con.close()
