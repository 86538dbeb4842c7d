"""Shared fixtures for DAG tests: one dbt manifest per session (cosmos renders from it)."""

from __future__ import annotations

import pytest

from transforms.config import Settings
from transforms.orchestration.bootstrap import airflow_env, ensure_dbt_manifest


@pytest.fixture(scope="session")
def dbt_manifest(tmp_path_factory):
    """``dbt parse`` once; tests point ``IW_DBT_MANIFEST`` at the result."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("manifest"))
    return ensure_dbt_manifest(settings, airflow_env(settings))
