"""The dbt project itself: parse for cosmos, docs generate, and read-only analyst access."""

from __future__ import annotations

import json

import duckdb
import pytest

from tests.warehouse import fixtures as fx
from transforms.pipelines import warehouse
from transforms.warehouse import connect_privileged, marts


def test_dbt_parse_writes_a_manifest_with_every_model_and_test(tmp_path_factory):
    s = fx.built_fixture_warehouse(tmp_path_factory)
    # the build's own target dir: dbt re-parses only what changed since the build
    manifest_path = warehouse.dbt_parse(s, s.data_dir / "dbt" / "target")
    manifest = json.loads(manifest_path.read_text())
    models = {n["name"] for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    assert {
        "stg_platform__messages",
        "int_fix_loops",
        "fct_fix_loops",
        "mart_fix_loop_funnel",
        "train_sft_conversations",
        "train_bugfix_pairs",
        "train_preference_pairs",
        "dim_users",
        "mart_pipeline_runs",
    } <= models
    singular = {
        n["name"]
        for n in manifest["nodes"].values()
        if n["resource_type"] == "test" and "generic" not in n["fqn"] and not n.get("test_metadata")
    }
    assert singular == {
        "assert_fix_loop_attempts_in_time_order",
        "assert_no_message_outside_session",
        "assert_no_raw_email_in_marts",
        "assert_preference_pairs_share_prompt",
    }
    contracted = {
        n["name"]
        for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and n["config"]["contract"]["enforced"]
    }
    assert contracted == {
        "train_sft_conversations",
        "train_bugfix_pairs",
        "train_preference_pairs",
        "dim_users",
    }
    # every mart has tests
    tested = {
        dep
        for n in manifest["nodes"].values()
        if n["resource_type"] == "test"
        for dep in n["depends_on"]["nodes"]
    }
    for n in manifest["nodes"].values():
        if n["resource_type"] == "model" and n["name"].startswith(
            ("dim_", "fct_", "mart_", "train_")
        ):
            assert n["unique_id"] in tested, n["name"]
    assert manifest["metadata"]["send_anonymous_usage_stats"] is False


def test_docs_generate_builds_a_catalog(tmp_path, tmp_path_factory):
    s = fx.built_fixture_warehouse(tmp_path_factory)
    index = warehouse.generate_docs(s, tmp_path / "docs")
    catalog = json.loads((index.parent / "catalog.json").read_text())
    names = {n["metadata"]["name"] for n in catalog["nodes"].values()}
    assert {"train_sft_conversations", "fct_messages", "dim_users"} <= names


def test_docs_need_a_warehouse(tmp_path):
    with pytest.raises(FileNotFoundError, match="build it first"):
        warehouse.generate_docs(fx.fixture_settings(tmp_path), tmp_path / "docs")


def test_connect_privileged_exposes_marts_and_the_clean_lake_only(tmp_path_factory):
    s = fx.built_fixture_warehouse(tmp_path_factory)
    con = connect_privileged(s)
    try:
        assert "train_sft_conversations" in marts(con)
        assert con.execute("select count(*) from fct_sessions").fetchall() == [(4,)]
        assert con.execute("select count(*) from lake.messages").fetchall() == [(32,)]
        lake_paths = [
            r[0]
            for r in con.execute(
                "select sql from duckdb_views() where database_name = 'lake'"
            ).fetchall()
        ]
        assert lake_paths and all(str(s.clean_dir) in sql for sql in lake_paths)
        assert not any(str(s.raw_dir) in sql for sql in lake_paths)
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("create table fct_hack as select 1")
    finally:
        con.close()


def test_connect_privileged_needs_a_warehouse(tmp_path):
    with pytest.raises(FileNotFoundError, match="build it first"):
        connect_privileged(fx.fixture_settings(tmp_path))
