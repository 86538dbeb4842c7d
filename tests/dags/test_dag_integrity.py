"""DAG integrity: every DAG file parses (DagBag, fresh interpreter), fast, with no heavy
imports, and the stage chain is wired the way the orchestration contract says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from transforms.config import Settings
from transforms.orchestration import DAG_IDS, OWNER, WAREHOUSE_POOL
from transforms.orchestration.bootstrap import airflow_env

EXPECTED_CHAIN = {  # DAG -> (asset it is scheduled on, asset its last task emits)
    "extract_platform": (None, "iw://lake/raw"),
    "redact_interactions": ("iw://lake/raw", "iw://lake/clean"),
    "build_warehouse": ("iw://lake/clean", "iw://warehouse/duckdb"),
    "quality_gate": ("iw://warehouse/duckdb", "iw://quality/gate"),
    "export_training_sets": ("iw://quality/gate", "iw://exports/training"),
}


def _dagbag_report(data_dir, dbt_manifest, **extra: str) -> dict:
    settings = Settings(data_dir=data_dir)
    env = airflow_env(settings, extra={"IW_DBT_MANIFEST": str(dbt_manifest), **extra})
    proc = subprocess.run(
        [sys.executable, "-m", "tests.support.dagbag_report"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.split("@@REPORT@@")[-1])


@pytest.fixture(scope="module")
def report(tmp_path_factory, dbt_manifest) -> dict:
    """DagBag report from a fresh interpreter with this project's Airflow env."""
    return _dagbag_report(tmp_path_factory.mktemp("dagbag"), dbt_manifest)


@pytest.fixture(scope="module")
def model_tasks_report(tmp_path_factory, dbt_manifest) -> dict:
    """The same with ``IW_DBT_MODEL_TASKS=1`` (a task per dbt model)."""
    return _dagbag_report(tmp_path_factory.mktemp("dagbag1"), dbt_manifest, IW_DBT_MODEL_TASKS="1")


def test_every_dag_file_imports_without_errors(report):
    assert report["import_errors"] == {}
    assert set(DAG_IDS) <= set(report["dags"])


@pytest.mark.bench  # a wall-clock bound: load-sensitive, so it runs with the benchmarks only
def test_parse_time_under_two_seconds(report):
    assert report["parse_s"] < 2.0, report["file_stats"]


def test_no_heavy_modules_imported_at_parse_time(report):
    assert report["heavy_modules"] == []


def test_owner_tags_docs_and_retries(report):
    for dag_id in DAG_IDS:
        dag = report["dags"][dag_id]
        assert dag["owner"] == OWNER
        assert "interaction-warehouse" in dag["tags"]
        assert any(t.startswith("stage:") for t in dag["tags"])
        assert dag["doc_md"], f"{dag_id} has no doc_md"
        for task_id, task in dag["tasks"].items():
            assert task["owner"] == OWNER, task_id
            assert task["on_failure_callback"], f"{dag_id}.{task_id} has no failure alert"
            if (dag_id, task_id) == ("quality_gate", "validate"):
                assert task["retries"] == 0  # a failed expectation is deterministic
            else:
                assert task["retries"] >= 1, f"{dag_id}.{task_id}"
                assert task["retry_exponential_backoff"] > 0, f"{dag_id}.{task_id}"


def test_stage_dags_are_chained_by_assets(report):
    for dag_id, (scheduled_on, emits) in EXPECTED_CHAIN.items():
        dag = report["dags"][dag_id]
        if scheduled_on is None:
            assert dag["timetable"] == "CronDataIntervalTimetable"
            assert dag["catchup"] is False
        else:
            assert dag["schedule_assets"] == [scheduled_on]
        outlets = {uri for t in dag["tasks"].values() for uri in t["outlets"]}
        assert outlets == {emits}, dag_id


def test_redaction_fans_out_with_mapped_tasks(report):
    tasks = report["dags"]["redact_interactions"]["tasks"]
    assert sum(t["is_mapped"] for t in tasks.values()) >= 2  # shards and table commits


def test_warehouse_is_one_dbt_build_task_between_prepare_and_publish(report):
    """Default (IW_DBT_MODEL_TASKS=0): the in-process stage's command, one task, in the pool."""
    tasks = report["dags"]["build_warehouse"]["tasks"]
    assert all(t["pool"] == WAREHOUSE_POOL for t in tasks.values())
    assert {k: t["operator"] for k, t in tasks.items() if t["operator"].startswith("Dbt")} == {
        "dbt_build": "DbtBuildLocalOperator"
    }
    assert tasks["dbt_build"]["upstream"] == ["prepare_build"]
    assert tasks["publish"]["upstream"] == ["dbt_build", "prepare_build"]
    assert tasks["discard_unpublished"]["is_teardown"]
    assert report["dags"]["build_warehouse"]["max_active_runs"] == 1


def test_warehouse_writers_share_the_pool_and_dbt_runs_once_with_a_sensor_per_model(
    model_tasks_report, dbt_manifest
):
    report = model_tasks_report
    tasks = report["dags"]["build_warehouse"]["tasks"]
    # every task that runs dbt or touches a build file holds the one warehouse slot; only
    # cosmos' no-op gate after the producer (an EmptyOperator, never sent to a worker) does not
    assert {k for k, t in tasks.items() if t["pool"] != WAREHOUSE_POOL} == {
        "dbt.dbt_producer_watcher_done"
    }
    assert tasks["dbt.dbt_producer_watcher_done"]["operator"] == "EmptyOperator"
    manifest = json.loads(dbt_manifest.read_text())
    models = {n["name"] for n in manifest["nodes"].values() if n["resource_type"] == "model"}
    # one dbt build (models only) in the producer, one sensor per model showing its status
    producer = tasks["dbt.dbt_producer_watcher"]
    assert producer["operator"] == "DbtProducerWatcherOperator"
    assert producer["upstream"] == ["prepare_build"]
    sensors = {k: t for k, t in tasks.items() if t["operator"] == "DbtRunWatcherOperator"}
    assert {k.removeprefix("dbt.").removesuffix("_run") for k in sensors} == models
    # the sensors run after the producer (roots directly, the rest through their parents)
    roots = {k for k, t in sensors.items() if "dbt.dbt_producer_watcher" in t["upstream"]}
    assert roots and all(sensors[k]["trigger_rule"] == "all_done" for k in roots)
    for k, t in sensors.items():
        assert k in roots or set(t["upstream"]) <= set(sensors), k
    # every test (single- and cross-model) runs once, after every model, before publishing
    gate = tasks["dbt_tests"]
    assert gate["operator"] == "DbtTestLocalOperator"
    assert gate["upstream"]
    assert set(gate["upstream"]) <= set(sensors) | {"dbt.dbt_producer_watcher_done"}
    assert tasks["publish"]["upstream"] == ["dbt_tests", "prepare_build"]
    assert tasks["discard_unpublished"]["is_teardown"]
    assert report["dags"]["build_warehouse"]["max_active_runs"] == 1


def test_every_dag_run_has_an_airflow_deadline_alert(report):
    """Issue 18: run SLAs are Airflow 3 deadline alerts (serialised with the DAG), not a
    hand-written freshness check: IW_RUN_DEADLINE_MINUTES after the run was queued."""
    for dag_id in DAG_IDS:
        (alert,) = report["dags"][dag_id]["deadlines"]
        assert alert["reference"] == "DagRunQueuedAtDeadline"
        assert alert["interval_s"] == 180 * 60  # the default
        assert alert["callback"] == "transforms.orchestration.alerts.record_deadline_miss"
        assert alert["callback_kind"] == "AsyncCallback"
