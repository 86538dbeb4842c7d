"""The environment every Airflow process of the project shares."""

from __future__ import annotations

import subprocess
import sys

from transforms.config import Settings
from transforms.orchestration.bootstrap import airflow_env, dbt_manifest_path


def test_env_points_airflow_at_the_project_and_turns_telemetry_off(tmp_path):
    s = Settings(data_dir=tmp_path, workers=3, seed=11)
    env = airflow_env(s, base={"PATH": "/usr/bin"})
    assert env["AIRFLOW_HOME"] == str(s.airflow_home)
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(s.repo_dir / "dags")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == f"sqlite:///{s.airflow_home}/airflow.db"
    assert env["AIRFLOW__COSMOS__ENABLE_TELEMETRY"] == "False"
    assert env["DBT_SEND_ANONYMOUS_USAGE_STATS"] == "false"
    assert env["IW_DATA_DIR"] == str(tmp_path) and env["IW_WORKERS"] == "3"
    assert env["IW_SEED"] == "11"
    assert env["IW_DBT_MANIFEST"] == str(dbt_manifest_path(s))
    assert env["PATH"].startswith(str(__import__("pathlib").Path(sys.executable).parent))


def test_jwt_secret_is_long_private_and_shared_by_every_component(tmp_path):
    s = Settings(data_dir=tmp_path)
    first = airflow_env(s)
    second = airflow_env(s, executor="CeleryExecutor", sql_alchemy_conn="postgresql://x/y")
    secret = first["AIRFLOW__API_AUTH__JWT_SECRET"]
    assert len(secret.encode()) >= 64
    assert second["AIRFLOW__API_AUTH__JWT_SECRET"] == secret
    assert second["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert (s.airflow_home / "jwt_secret").stat().st_mode & 0o777 == 0o600


def test_env_only_cli_prints_exports_without_the_pseudonym_key(tmp_path):
    env = {"IW_DATA_DIR": str(tmp_path), "IW_PSEUDONYM_KEY": "do-not-print-me", "PATH": "/usr/bin"}
    out = subprocess.run(
        [sys.executable, "-m", "transforms.orchestration.bootstrap", "--env-only"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"export AIRFLOW_HOME={tmp_path / 'airflow'}" in out
    assert "do-not-print-me" not in out and "IW_PSEUDONYM_KEY" not in out
