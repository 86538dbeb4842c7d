"""A real ``airflow standalone`` on 127.0.0.1: REST trigger -> the asset chain runs to an
export; then a backfill over the generated days is idempotent and the chain follows it with
the right days. Every started process is stopped at the end."""

from __future__ import annotations

import datetime as dt
import gzip
import time

import polars as pl
import pytest

from tests.support.airflow_cluster import AirflowCluster, queued_after
from transforms.config import Settings
from transforms.orchestration import DAG_IDS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]


def _source_rows(settings: Settings, table: str) -> int:
    n = 0
    for f in sorted((settings.source_dir / table).glob("dt=*/*.jsonl.gz")):
        with gzip.open(f, "rt") as fh:
            n += sum(1 for line in fh if line.strip())
    return n


def _lake_rows(root, table: str) -> int:
    from transforms.io import table_files

    files = [str(f) for f in table_files(root, table)]  # active files of the Delta table
    return pl.scan_parquet(files).select(pl.len()).collect().item() if files else 0


def _days(root, table: str) -> list[str]:
    from transforms.io import list_dir_partitions, list_partitions, open_table

    if open_table(root, table) is None:  # the source: plain dt= directories
        return list_dir_partitions(root, table)
    return list_partitions(root, table)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    from transforms.simulator.generator import generate

    settings = Settings(data_dir=tmp_path_factory.mktemp("standalone"), workers=1)
    generate(settings, users=8, days=2, seed=5)
    # a start date in the future: no scheduled run interferes; REST runs and backfills still work
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    c = AirflowCluster(
        settings,
        extra_env={
            "IW_DAG_START_DATE": future,
            "IW_TASK_RETRIES": "1",
            "IW_RETRY_DELAY_S": "5",
            "AIRFLOW__CORE__PARALLELISM": "4",
        },
    )
    try:
        c.bootstrap()
        c.start_standalone()
        c.wait_healthy(timeout=240)
        c.wait_dags(DAG_IDS)
        yield c
    finally:
        c.stop()
        assert all(comp.proc.poll() is not None for comp in c.components) or not c.components


def _wait_chain_idle(
    c: AirflowCluster, after: dt.datetime, timeout: float = 1200
) -> dict[str, list]:
    """Wait until an export run queued after ``after`` finished and nothing else is pending."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        runs = {d: [r for r in c.runs(d) if queued_after(r, after)] for d in DAG_IDS}
        failed = [
            (d, r["dag_run_id"]) for d, rs in runs.items() for r in rs if r["state"] == "failed"
        ]
        assert not failed, f"failed runs: {failed}\n{c.logs_tail()}"
        pending = [r for rs in runs.values() for r in rs if r["state"] not in ("success",)]
        exported = [r for r in runs["export_training_sets"] if r["state"] == "success"]
        quiet = quiet + 1 if exported and not pending else 0
        if quiet >= 3:  # stable across polls: no asset-triggered run is about to appear
            return runs
        time.sleep(5)
    raise AssertionError(f"chain not idle after {timeout}s\n{c.logs_tail()}")


def test_rest_trigger_runs_the_whole_chain_to_an_export(cluster):
    c = cluster
    settings = c.settings
    days = _days(settings.source_dir, "messages")
    assert len(days) == 2
    for dag_id in DAG_IDS:
        c.unpause(dag_id)

    t0 = dt.datetime.now(dt.UTC)
    run_id = c.trigger("extract_platform", {"partition": days[0]})  # history starts here
    assert c.wait_run("extract_platform", run_id)["state"] == "success"
    runs = _wait_chain_idle(c, t0)

    # downstream runs were started by asset events, not by us
    for dag_id in DAG_IDS[1:]:
        assert runs[dag_id] and all(r["run_type"] == "asset_triggered" for r in runs[dag_id])
    # the day travelled through the asset events: only that day was redacted
    redact_run = runs["redact_interactions"][0]["dag_run_id"]
    published = c.xcom("redact_interactions", redact_run, "publish_clean")
    assert published["partitions"] == [days[0]]
    assert _days(settings.clean_dir, "messages") == [days[0]]
    # and the export exists, consistent with its manifest
    manifests = sorted(settings.exports_dir.glob("*/*/manifest.json"))
    assert manifests, "no export version written"
    assert settings.warehouse_path.exists()


def test_backfill_over_the_days_is_idempotent_and_the_chain_follows(cluster):
    c = cluster
    settings = c.settings
    days = _days(settings.source_dir, "messages")
    for dag_id in DAG_IDS:  # (consumers must be unpaused: 3.3 queues no events for paused DAGs)
        c.unpause(dag_id)

    t0 = dt.datetime.now(dt.UTC)
    c.backfill("extract_platform", days[0], days[-1], reprocess="completed")
    done = c.wait_for_runs("extract_platform", len(days), after=t0)
    backfilled = [r for r in done if r["run_type"] == "backfill"]
    assert len(backfilled) == len(days) and all(r["state"] == "success" for r in backfilled)
    runs = _wait_chain_idle(c, t0)

    # each backfill run extracted its own day; the re-extracted first day was replaced, not
    # appended, so the raw lake holds exactly the source rows
    for table in ("messages", "chat_sessions", "code_edits", "users"):
        assert _lake_rows(settings.raw_dir, table) == _source_rows(settings, table), table
    assert _days(settings.raw_dir, "messages") == days

    # the days travelled downstream in the asset events (whether folded into one redact run
    # or not) and every day is now clean
    published = [
        c.xcom("redact_interactions", r["dag_run_id"], "publish_clean")["partitions"]
        for r in runs["redact_interactions"]
    ]
    assert sorted({d for p in published for d in p}) == days
    assert _days(settings.clean_dir, "messages") == days
    assert _lake_rows(settings.clean_dir, "messages") == _source_rows(settings, "messages")
    assert runs["export_training_sets"][-1]["state"] == "success"
