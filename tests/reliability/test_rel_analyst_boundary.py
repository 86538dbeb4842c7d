"""Issue 15 item 8: the analyst handle only queries. A table of hostile statements (writes,
file reads outside the clean lake, extension loads, settings changes, multi-statement strings,
comments hiding statements) must all fail, and no result object can write."""

from __future__ import annotations

import duckdb
import pytest

from transforms.privacy.access import AccessDenied, QueryResult, connect_analyst

HOSTILE = [
    "copy (select 1) to '{clean}/x.csv'",
    "copy (select 1) to '{tmp}/x.csv'",
    "explain analyze copy (select 1) to '{clean}/y.csv'",
    "EXPLAIN ANALYZE select * from read_csv('{tmp}/secret.txt')",
    "explain /* hide */ analyze copy (select 1) to '{clean}/z.csv'",
    "export database '{tmp}/dump'",
    "attach '{tmp}/other.duckdb' as o",
    "attach ':memory:' as m",
    "install httpfs",
    "load httpfs",
    "force install json",
    "set enable_external_access = true",
    "set allowed_directories = ['/']",
    "reset lock_configuration",
    "pragma enable_profiling",
    "pragma database_list; copy (select 1) to '{clean}/p.csv'",
    "select 1; copy (select 1) to '{clean}/m.csv'",
    "select 1; drop table dim_users",
    "select 1 /* ; */; create table t as select 1",
    "-- comment\ncreate table t2 as select 1",
    "/* select */ insert into dim_users values ('k9', true)",
    "delete from dim_users",
    "update dim_users set analytics_ok = false",
    "drop table dim_users",
    "create view v as select 1",
    "create macro m() as 1",
    "alter table dim_users add column x int",
    "checkpoint",
    "detach wh",
    "use memory",
    "call pragma_version()",
    "select * from read_parquet('{raw}/messages/**/*.parquet')",
    "select * from read_csv('/etc/passwd')",
    "select * from read_blob('{keys}/user_salts.parquet')",
    "select * from glob('{raw}/*')",
    "select * from read_text('{tmp}/secret.txt')",
    "select * from 'https://example.com/x.parquet'",
    "select load_extension('x')",
    "vacuum",
]


@pytest.mark.parametrize("template", HOSTILE)
def test_hostile_statement_never_succeeds(analyst_tree, template, tmp_path):
    (tmp_path / "secret.txt").write_text("raw secret\n")
    sql = template.format(
        clean=analyst_tree.clean_dir,
        raw=analyst_tree.raw_dir,
        keys=analyst_tree.keys_dir,
        tmp=tmp_path,
    )
    before = sorted(p.name for p in analyst_tree.clean_dir.rglob("*"))
    with connect_analyst(analyst_tree) as con, pytest.raises((AccessDenied, duckdb.Error)):
        con.execute(sql)
    assert sorted(p.name for p in analyst_tree.clean_dir.rglob("*")) == before  # nothing written
    check = duckdb.connect(str(analyst_tree.warehouse_path), read_only=True)
    assert check.execute("select * from dim_users").fetchall() == [("k1", True)]
    check.close()


def test_hostile_table_is_large_enough():
    assert len(HOSTILE) >= 30


def test_results_are_data_not_connections_or_relations(analyst_tree):
    with connect_analyst(analyst_tree) as con:
        res = con.sql("select user_key from dim_users")
        assert isinstance(res, QueryResult) and res.fetchall() == [("k1",)]
        for writer in ("write_csv", "write_parquet", "to_parquet", "to_csv", "execute", "sql"):
            assert not hasattr(res, writer)
        assert not hasattr(con.execute("select 1"), "execute")
        assert not any(
            isinstance(getattr(con, a, None), duckdb.DuckDBPyConnection) for a in dir(con)
        )
        assert con.execute("explain select 1").fetchall()  # a plain EXPLAIN still reads


def test_iw_sql_reads_through_the_analyst_path_and_refuses_writes(analyst_tree, monkeypatch):
    """Issue 15 item 13: the README's query command ships with the project (`iw sql`, no DuckDB
    CLI needed) and is the analyst path: reads work, writes and raw-lake reads are refused."""
    from typer.testing import CliRunner

    from transforms.cli import app

    s = analyst_tree
    monkeypatch.setenv("IW_DATA_DIR", str(s.data_dir))
    runner = CliRunner()
    ok = runner.invoke(app, ["sql", "select user_key, analytics_ok from dim_users", "--csv"])
    assert ok.exit_code == 0, ok.output
    assert ok.output.splitlines()[:2] == ["user_key,analytics_ok", "k1,true"]
    lake = runner.invoke(app, ["sql", "select text from lake.messages"])
    assert lake.exit_code == 0 and "<PERSON_ab12cd>" in lake.output
    for hostile in (
        "copy (select 1) to 'x.csv'",
        f"select * from read_parquet('{s.raw_dir}/**/*.parquet')",
        "select 1; drop table dim_users",
    ):
        res = runner.invoke(app, ["sql", hostile])
        assert res.exit_code == 1 and "error:" in res.output, hostile
        assert "Nina Park" not in res.output
