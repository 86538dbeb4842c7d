from pathlib import Path

import pytest

from transforms.config import Settings


def test_data_dir_defaults_to_data_and_env_overrides(monkeypatch, tmp_path):
    monkeypatch.delenv("IW_DATA_DIR", raising=False)
    assert Settings.from_env().data_dir == Path("data").resolve()
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    s = Settings.from_env()
    assert s.data_dir == tmp_path
    assert s.raw_dir == tmp_path / "lake" / "raw"
    assert s.clean_dir == tmp_path / "lake" / "clean"
    assert s.warehouse_path == tmp_path / "warehouse.duckdb"


def test_raw_lake_and_keys_are_apart_from_analyst_locations(tmp_path):
    s = Settings(data_dir=tmp_path)
    analyst_visible = {s.clean_dir, s.warehouse_path, s.exports_dir}
    for private in (s.raw_dir, s.keys_dir):
        assert all(private not in p.parents and p != private for p in analyst_visible)


def test_pseudonym_key_is_not_in_repr(monkeypatch, tmp_path):
    monkeypatch.setenv("IW_PSEUDONYM_KEY", "super-secret-master-key")
    s = Settings.from_env(data_dir=tmp_path)
    assert s.pseudonym_key == "super-secret-master-key"
    assert "super-secret-master-key" not in repr(s)


def test_overrides_replace_fields(tmp_path):
    s = Settings.from_env(data_dir=tmp_path, workers=1)
    assert s.workers == 1 and s.data_dir == tmp_path


def test_lake_dir_accepts_object_store_urls(monkeypatch, tmp_path):
    from transforms.io import is_remote

    monkeypatch.setenv("IW_LAKE_DIR", "s3://iw-bucket/prod/lake")
    s = Settings(data_dir=tmp_path)
    assert is_remote(s.raw_dir) and s.raw_dir.protocol == "s3"
    assert str(s.raw_dir) == "s3://iw-bucket/prod/lake/raw"
    assert str(s.clean_dir) == "s3://iw-bucket/prod/lake/clean"
    # state, keys and the warehouse stay under the data dir
    assert s.keys_dir == tmp_path / "keys" and s.warehouse_path == tmp_path / "warehouse.duckdb"


def test_memory_limit_bounds_duckdb_and_rejects_a_non_size(monkeypatch, tmp_path):
    import duckdb
    import pytest

    monkeypatch.setenv("IW_MEMORY_LIMIT", "256MB")
    s = Settings.from_env(data_dir=tmp_path)
    con = duckdb.connect(config=s.duckdb_config())
    limit = con.sql("select current_setting('memory_limit')").fetchall()[0][0]
    temp = con.sql("select current_setting('temp_directory')").fetchall()[0][0]
    assert limit.replace(" ", "") in {"256.0MB", "244.1MiB"}
    assert temp == str(tmp_path / "tmp" / "duckdb")
    monkeypatch.setenv("IW_MEMORY_LIMIT", "lots")
    with pytest.raises(ValueError, match="IW_MEMORY_LIMIT='lots' is not a size"):
        Settings.from_env()


def test_quality_memory_limit_overrides_the_stage_limit_and_rejects_a_non_size(
    monkeypatch, tmp_path
):
    import duckdb
    import pytest

    monkeypatch.setenv("IW_MEMORY_LIMIT", "256MB")
    assert Settings.from_env(data_dir=tmp_path).quality_memory_limit == "64MB"
    monkeypatch.setenv("IW_QUALITY_MEMORY_LIMIT", "32MB")
    s = Settings.from_env(data_dir=tmp_path)
    con = duckdb.connect(config=s.duckdb_config(s.quality_memory_limit))
    limit = con.sql("select current_setting('memory_limit')").fetchall()[0][0]
    assert limit.replace(" ", "") in {"32.0MB", "30.5MiB"}
    assert s.duckdb_config()["memory_limit"] == "256MB"
    monkeypatch.setenv("IW_QUALITY_MEMORY_LIMIT", "some")
    with pytest.raises(ValueError, match="IW_QUALITY_MEMORY_LIMIT='some' is not a size"):
        Settings.from_env()


def test_duckdb_config_caps_memory_limit_but_never_raises_it(tmp_path):
    from transforms.config import memory_size_bytes

    assert memory_size_bytes("256MB") == 256_000_000
    assert memory_size_bytes(" 1.5 GiB") == 3 * 2**29
    assert Settings(data_dir=tmp_path).duckdb_config(at_most="64MB")["memory_limit"] == "64MB"
    small = Settings(data_dir=tmp_path, memory_limit="16MiB")
    assert small.duckdb_config(at_most="64MB")["memory_limit"] == "16MiB"
    assert small.duckdb_config()["memory_limit"] == "16MiB"


def _environment_reads(path: Path) -> list[str]:
    """``os.environ`` / ``getenv`` uses in one source file, as ``file:line`` strings."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        name = None
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
            name = node.attr
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            hits = {a.name for a in node.names} & {"environ", "getenv", "environb"}
            name = next(iter(hits), None)
        if name:
            found.append(f"{path}:{node.lineno} {name}")
    return found


def test_only_config_reads_the_environment():
    repo = Path(__file__).resolve().parents[1]
    files = sorted((repo / "transforms").rglob("*.py")) + sorted((repo / "dags").rglob("*.py"))
    config = repo / "transforms" / "config.py"
    reads = [hit for f in files if f != config for hit in _environment_reads(f)]
    assert reads == [], "read settings through transforms.config, not the environment"
    assert _environment_reads(config)  # the scan does see the one module that reads it


def test_env_knobs_are_read_when_used(monkeypatch, tmp_path):
    s = Settings(data_dir=tmp_path)
    monkeypatch.delenv("IW_TASK_RETRIES", raising=False)
    monkeypatch.delenv("IW_SOURCE_END_DATE", raising=False)
    assert s.task_retries == 2 and s.source_end_date is None
    monkeypatch.setenv("IW_TASK_RETRIES", "0")
    monkeypatch.setenv("IW_SOURCE_END_DATE", "2026-01-02")
    assert s.task_retries == 0
    assert str(s.source_end_date) == "2026-01-02"
    monkeypatch.setenv("IW_SOURCE_END_DATE", "02/01/2026")
    with pytest.raises(ValueError, match="IW_SOURCE_END_DATE"):
        _ = s.source_end_date


def test_dbt_model_tasks_defaults_to_one_build_task_and_rejects_other_values(monkeypatch, tmp_path):
    s = Settings(data_dir=tmp_path)
    monkeypatch.delenv("IW_DBT_MODEL_TASKS", raising=False)
    assert s.dbt_model_tasks is False  # one dbt build task for the project
    monkeypatch.setenv("IW_DBT_MODEL_TASKS", "1")
    assert s.dbt_model_tasks is True  # a task per model (cosmos watcher)
    monkeypatch.setenv("IW_DBT_MODEL_TASKS", "models")
    with pytest.raises(ValueError, match="IW_DBT_MODEL_TASKS"):
        _ = s.dbt_model_tasks


def test_dbt_memory_limit_defaults_to_320mb_in_settings_and_the_dbt_profile(monkeypatch, tmp_path):
    monkeypatch.delenv("IW_DUCKDB_MEMORY_LIMIT", raising=False)
    s = Settings.from_env(data_dir=tmp_path)
    assert s.dbt_memory_limit == "320MB"
    # dbt run by hand (no env from the pipeline) falls back to the same limit
    profile = (Path(__file__).parents[1] / "dbt" / "profiles.yml").read_text()
    assert f"env_var('IW_DUCKDB_MEMORY_LIMIT', '{s.dbt_memory_limit}')" in profile
    monkeypatch.setenv("IW_DUCKDB_MEMORY_LIMIT", "1GB")
    assert Settings.from_env(data_dir=tmp_path).dbt_memory_limit == "1GB"


def test_dbt_duckdb_threads_defaults_to_one_in_settings_and_the_dbt_profile(monkeypatch, tmp_path):
    monkeypatch.delenv("IW_DUCKDB_THREADS", raising=False)
    s = Settings.from_env(data_dir=tmp_path)
    assert s.dbt_duckdb_threads == 1
    # dbt run by hand (no env from the pipeline) uses the same thread count
    profile = (Path(__file__).parents[1] / "dbt" / "profiles.yml").read_text()
    assert "threads: \"{{ env_var('IW_DUCKDB_THREADS', '1') | int }}\"" in profile
    monkeypatch.setenv("IW_DUCKDB_THREADS", "2")
    assert s.dbt_duckdb_threads == 2
    monkeypatch.setenv("IW_DUCKDB_THREADS", "0")
    with pytest.raises(ValueError, match="IW_DUCKDB_THREADS"):
        _ = s.dbt_duckdb_threads


def test_dbt_malloc_conf_returns_freed_pages_at_once_unless_set(monkeypatch, tmp_path):
    s = Settings(data_dir=tmp_path)
    monkeypatch.delenv("DUCKDB_JE_MALLOC_CONF", raising=False)
    assert s.dbt_malloc_conf == "dirty_decay_ms:0,muzzy_decay_ms:0"
    monkeypatch.setenv("DUCKDB_JE_MALLOC_CONF", "dirty_decay_ms:500")
    assert s.dbt_malloc_conf == "dirty_decay_ms:500"
