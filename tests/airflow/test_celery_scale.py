"""Celery scale-out: metadata DB on PostgreSQL, broker Redis, two Celery workers (each its
own hostname, log-server port and ``IW_WORKER_ID``), and the lake on an S3 API (moto on
127.0.0.1, ``IW_LAKE_DIR=s3://...``) as on several machines. The mapped redaction shards must
run on both workers, which the tasks prove by returning the worker tag they ran under, and
their output must be committed on the object store."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest

from tests.support.airflow_cluster import AirflowCluster
from transforms.config import Settings
from transforms.io import partition_files, read_partition

pytestmark = [pytest.mark.scale, pytest.mark.postgres, pytest.mark.timeout(1800)]

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="module")
def pg_database():
    """A fresh PostgreSQL database for Airflow's metadata, dropped afterwards."""
    import psycopg

    name = f"iw_airflow_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as con:
            con.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            con.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(scope="module")
def redis_db():
    """A Redis database number for the broker, flushed before and after."""
    import redis

    number = random.randint(8, 15)
    client = redis.Redis(host="127.0.0.1", port=6379, db=number)
    client.flushdb()
    try:
        yield number
    finally:
        client.flushdb()
        client.close()


@pytest.fixture(scope="module")
def s3_lake_env(s3_lake):
    """``IW_LAKE_DIR`` on the moto bucket for this process and every Airflow process."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("IW_LAKE_DIR", s3_lake)
        yield s3_lake


@pytest.fixture(scope="module")
def celery_cluster(tmp_path_factory, pg_database, redis_db, s3_lake_env):
    from transforms.simulator.generator import generate

    settings = Settings(data_dir=tmp_path_factory.mktemp("celery"), workers=1)
    assert str(settings.lake_dir) == s3_lake_env
    generate(settings, users=10, days=2, seed=9)
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    pg = f"postgres@127.0.0.1:5432/{pg_database}"
    c = AirflowCluster(
        settings,
        executor="CeleryExecutor",
        sql_alchemy_conn=f"postgresql+psycopg2://{pg}",
        extra_env={
            "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:6379/{redis_db}",
            "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql://{pg}",
            "IW_DAG_START_DATE": future,
            "IW_TASK_RETRIES": "1",
            "IW_RETRY_DELAY_S": "5",
            # small shards: messages and diffs split into several shards per day
            "IW_REDACT_ROWS_PER_SHARD": "150",
        },
    )
    try:
        c.bootstrap()
        c.start_components()
        c.start_celery_worker("w1", concurrency=2)
        c.start_celery_worker("w2", concurrency=2)
        c.wait_healthy(timeout=240)
        c.wait_dags(("extract_platform", "redact_interactions"))
        yield c
    finally:
        c.stop()


def test_mapped_redaction_runs_on_both_celery_workers(celery_cluster):
    c = celery_cluster
    c.unpause("extract_platform")
    c.unpause("redact_interactions")  # downstream DAGs stay paused: not part of this test
    t0 = dt.datetime.now(dt.UTC)
    run_id = c.trigger("extract_platform", {"partition": None})
    assert c.wait_run("extract_platform", run_id)["state"] == "success"
    extracted = c.xcom("extract_platform", run_id, "extract")
    assert extracted["worker"] in {"w1", "w2"}

    runs = c.wait_for_runs("redact_interactions", 1, after=t0, timeout=1200)
    assert [r["state"] for r in runs] == ["success"], c.logs_tail()
    redact_run = runs[0]["dag_run_id"]
    shards = [
        ti
        for ti in c.task_instances("redact_interactions", redact_run)
        if ti["task_id"] == "redact_shard"
    ]
    assert len(shards) >= 10 and all(ti["state"] == "success" for ti in shards)
    workers = {
        c.xcom("redact_interactions", redact_run, "redact_shard", ti["map_index"])["worker"]
        for ti in shards
    }
    assert workers == {"w1", "w2"}, f"shards ran on {workers}"
    # sharded output is still one complete clean partition per day
    published = c.xcom("redact_interactions", redact_run, "publish_clean")
    assert published["partitions"]
    # committed on the object store (manifest last), nothing of the lake on local disk
    for d in published["partitions"]:
        assert partition_files(c.settings.clean_dir, "messages", d), d
        assert read_partition(c.settings.clean_dir, "messages", d).num_rows > 0
    assert not (c.settings.data_dir / "lake").exists()
