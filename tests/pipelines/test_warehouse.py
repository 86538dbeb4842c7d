"""Stage ``warehouse``: atomic publish; a failed build keeps the old file; readers never block."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from tests.warehouse import fixtures as fx
from transforms.config import child_env
from transforms.io import sha256_file
from transforms.pipelines import warehouse
from transforms.warehouse import connect_privileged


def _records(settings, status):
    runs = [
        json.loads(p.read_text()) for p in (settings.state_dir / "runs/warehouse").glob("*.json")
    ]
    return [r for r in runs if r["status"] == status]


def test_run_records_counts_per_mart(tmp_path_factory):
    s = fx.built_fixture_warehouse(tmp_path_factory)
    [record] = _records(s, "success")
    assert record["counts"]["rows.train_sft_conversations"] == 6
    assert record["counts"]["rows.fct_messages"] == 22
    assert set(record["counts"]) >= {f"rows.{m}" for m in warehouse.TRAINING_MARTS}
    assert record["details"]["dbt_nodes"].get("error", 0) == 0
    # provenance: the dbt invocation this warehouse came from (exports copy it)
    assert len(record["details"]["dbt_invocation_id"]) == 36
    assert record["outputs"] == [str(s.warehouse_path)]
    assert not warehouse.build_path_for(s).exists()


def test_env_contract_for_dbt(tmp_path):
    s = fx.fixture_settings(tmp_path)
    env = warehouse.dbt_env(s, tmp_path / "b.duckdb")
    assert env["IW_CLEAN_DIR"] == str(s.clean_dir)
    assert env["IW_STATE_DIR"] == str(s.state_dir)
    assert env["IW_WAREHOUSE_BUILD_PATH"] == str((tmp_path / "b.duckdb").resolve())
    assert env["DBT_PROFILES_DIR"] == env["DBT_PROJECT_DIR"] == str(s.dbt_project_dir)
    assert env["DBT_SEND_ANONYMOUS_USAGE_STATS"] == "false"
    assert env["DBT_TARGET_PATH"].startswith(str(s.data_dir))  # the checkout stays clean
    assert env["DBT_LOG_PATH"].startswith(str(s.data_dir))
    assert env["IW_LAKE_FS"] == "memory"
    # dbt reads the clean-lake versions pinned beside the build file
    assert env["IW_LAKE_PINS"] == str((tmp_path / "b.lake.json").resolve())
    # the bounds of dbt's DuckDB (issue #18: flat peak RSS from 100k to 1M messages)
    assert env["IW_DUCKDB_MEMORY_LIMIT"] == s.dbt_memory_limit
    assert env["IW_DUCKDB_THREADS"] == str(s.dbt_duckdb_threads)
    assert env["DUCKDB_JE_MALLOC_CONF"] == s.dbt_malloc_conf


def test_duckdb_in_a_child_with_the_dbt_env_applies_its_jemalloc_conf(tmp_path):
    """The variable name is the one this DuckDB build reads: its jemalloc prints the options
    it took (stats_print) when the child exits."""
    s = fx.fixture_settings(tmp_path)
    env = warehouse.dbt_env(s, tmp_path / "b.duckdb")
    conf = env["DUCKDB_JE_MALLOC_CONF"]
    assert "dirty_decay_ms:0" in conf
    proc = subprocess.run(
        [sys.executable, "-c", "import duckdb; duckdb.connect().sql('select 1').fetchall()"],
        env=child_env({**env, "DUCKDB_JE_MALLOC_CONF": conf + ",stats_print:true"}),
        capture_output=True,
        text=True,
        check=True,
    )
    assert "opt.dirty_decay_ms: 0 " in proc.stderr
    assert "opt.muzzy_decay_ms: 0 " in proc.stderr


def test_env_contract_for_dbt_on_an_object_store_lake(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_LAKE_DIR", "s3://iw-bucket/lake")
    s = fx.fixture_settings(tmp_path)
    env = warehouse.dbt_env(s, tmp_path / "b.duckdb")
    assert env["IW_CLEAN_DIR"] == "s3://iw-bucket/lake/clean"
    # DuckDB reads s3:// through the registered fsspec filesystem (files pinned per version)
    assert env["IW_LAKE_FS"] == "s3"
    monkeypatch.setenv("IW_LAKE_DIR", f"file://{tmp_path}/lake")
    env = warehouse.dbt_env(fx.fixture_settings(tmp_path), tmp_path / "b.duckdb")
    assert env["IW_CLEAN_DIR"] == f"{tmp_path}/lake/clean"
    assert env["IW_LAKE_FS"] == "memory"


def test_missing_clean_lake_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="run the redact stage first"):
        warehouse.run(None, fx.fixture_settings(tmp_path))


def test_failed_build_keeps_the_old_warehouse_and_readers_see_only_whole_builds(
    tmp_path, tmp_path_factory
):
    s = fx.copy_data_dir(fx.built_fixture_warehouse(tmp_path_factory), tmp_path / "data")
    before = sha256_file(s.warehouse_path)
    reader = connect_privileged(s)  # an analyst holds the warehouse open throughout
    assert reader.execute("select count(*) from fct_messages").fetchall() == [(22,)]

    # a turn with an unknown role breaks a dbt test: nothing may be published
    robot = fx.message_row("m90", "s2", 2, "robot", "2026-11-01 15:02", "beep")
    fx.write_clean_lake(s, extra={"messages": [robot]})
    with pytest.raises(warehouse.WarehouseBuildFailed) as failed:
        warehouse.run(fx.DAY1, s)
    assert "accepted_values_stg_platform__messages_role" in str(failed.value)
    assert any("accepted_values" in f["node"] for f in failed.value.failures)
    assert sha256_file(s.warehouse_path) == before
    assert not warehouse.build_path_for(s).exists()
    assert _records(s, "failed")[0]["details"]["error"].startswith("WarehouseBuildFailed")
    assert reader.execute("select count(*) from fct_messages").fetchall() == [(22,)]

    # a good new turn, built the way Airflow does it: prepare -> dbt (cosmos) -> publish
    good = fx.message_row("m90", "s2", 2, "user", "2026-11-01 15:02", "And context?")
    fx.write_clean_lake(s, extra={"messages": [good]})
    build = warehouse.prepare_build(s)
    assert build.exists() and build != s.warehouse_path  # a copy: incremental models continue
    dbt = warehouse.run_dbt(s, build, ["build"])
    assert dbt.success, dbt.failures
    result = warehouse.publish_build(s, build, fx.DAY1)
    assert result.status == "success" and result.counts["rows.fct_messages"] == 23
    assert not build.exists()

    # the old reader keeps its snapshot; a new one sees the new build
    assert reader.execute("select count(*) from fct_messages").fetchall() == [(22,)]
    reader.close()
    fresh = duckdb.connect(str(s.warehouse_path), read_only=True)
    assert fresh.execute("select count(*) from fct_messages").fetchall() == [(23,)]
    fresh.close()


def test_publish_refuses_a_build_without_training_marts(tmp_path):
    s = fx.fixture_settings(tmp_path)
    build = warehouse.prepare_build(s)
    con = duckdb.connect(str(build))
    con.execute("create table dim_users as select 1 as x")
    con.close()
    with pytest.raises(warehouse.WarehouseBuildFailed, match="lacks training marts"):
        warehouse.publish_build(s, build)
    assert not s.warehouse_path.exists()


def test_dbt_child_ends_when_its_stage_is_already_gone(tmp_path):
    # run_dbt passes the stage's pid to its dbt child; a child whose stage died before it
    # started watching (it now belongs to init) exits at once instead of running a build.
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    summary = tmp_path / "summary.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "transforms.pipelines.warehouse",
            "_invoke",
            str(gone.pid),
            str(summary),
            "debug",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert not summary.exists()
