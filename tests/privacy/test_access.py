"""The analyst session reaches the clean lake and the warehouse, never the raw lake."""

from __future__ import annotations

import duckdb
import pytest

from transforms.config import Settings
from transforms.privacy.access import AccessDenied, check_read_only, connect_analyst


def test_clean_lake_and_warehouse_are_readable(analyst_tree):
    with connect_analyst(analyst_tree) as con:
        assert con.execute("select count(*) from lake.messages").fetchall() == [(1,)]
        assert con.sql("select user_key from dim_users").fetchall() == [("k1",)]
        assert con.execute("select ? as x", [1]).fetchall() == [(1,)]


@pytest.mark.parametrize(
    "sql",
    [
        "select * from read_parquet('{raw}/messages/*/*.parquet')",
        "select * from read_parquet('{clean}/../raw/messages/*/*.parquet')",
        "select * from read_text('{keys}/user_salts.parquet')",
        "select * from glob('{raw}/*')",
        "select * from read_text('/etc/passwd')",
    ],
)
def test_raw_lake_and_other_files_are_unreachable(analyst_tree, sql):
    with connect_analyst(analyst_tree) as con:
        query = sql.format(
            raw=analyst_tree.raw_dir, clean=analyst_tree.clean_dir, keys=analyst_tree.keys_dir
        )
        with pytest.raises(duckdb.PermissionException):
            con.execute(query).fetchall()


@pytest.mark.parametrize(
    "sql",
    [
        "attach '{raw}/x.duckdb' as x",
        "copy (select 1) to '{clean}/messages/dt=2026-01-01/part-00000.parquet'",
        "set enable_external_access = true",
        "create table t as select 1",
        "install httpfs",
        "select 1; drop table dim_users",
    ],
)
def test_writes_and_escapes_are_refused(analyst_tree, sql):
    with connect_analyst(analyst_tree) as con:
        with pytest.raises(AccessDenied):
            con.execute(sql.format(raw=analyst_tree.raw_dir, clean=analyst_tree.clean_dir))
        assert con.execute("select count(*) from lake.messages").fetchall() == [(1,)]


def test_configuration_is_locked_below_the_statement_check(analyst_tree):
    # even a statement that slipped past the wrapper could not reopen file access
    with connect_analyst(analyst_tree) as con, pytest.raises(duckdb.Error, match="locked"):
        # the raw connection is reachable only by digging into a closure on purpose
        (raw,) = [
            c.cell_contents
            for c in con._run.__closure__
            if isinstance(c.cell_contents, duckdb.DuckDBPyConnection)
        ]
        raw.execute("set enable_external_access = true")


def test_check_read_only_accepts_reads_only():
    check_read_only("with a as (select 1) select * from a")
    check_read_only("describe select 1")
    with pytest.raises(AccessDenied):
        check_read_only("")


def test_refuses_a_clean_lake_inside_private_data(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_LAKE_DIR", str(tmp_path / "lake"))
    s = Settings(data_dir=tmp_path)
    # keys_dir inside the clean lake would expose salts through the clean-lake allow-list
    bad = Settings(data_dir=s.clean_dir)
    bad.clean_dir.mkdir(parents=True)
    with pytest.raises(ValueError, match="overlaps"):
        connect_analyst(bad)
