"""dbt inside Airflow through astronomer-cosmos: one task per model (``dbt build`` = model +
its tests), rendered from the manifest that the bootstrap's ``dbt parse`` wrote.

Choices (cosmos 1.15):

- ``LoadMode.DBT_MANIFEST``: DAG parsing reads JSON, never runs dbt (parse stays < 2 s).
- ``ExecutionMode.LOCAL`` + ``InvocationMode.DBT_RUNNER``: dbt runs in the task's process
  (no subprocess start-up per model); cosmos copies the project to a temp dir per task; dbt
  keeps ``partial_parse.msgpack`` in ``DBT_TARGET_PATH`` (from ``dbt_env``) across tasks.
- ``TestBehavior.BUILD`` with ``--indirect-selection cautious``: a model's task runs the model
  and the tests that only involve it, so a failing test stops its downstream models. Tests
  over several models (relationships, singular tests) run together in ONE task after the
  group (``cross_model_tests``), before publishing: cosmos' alternative (a task per such test)
  costs ~6 s of task start-up each on a scheduler. Sources are not rendered (the clean lake
  is checked upstream).
- The build target is a NEW DuckDB file made by ``prepare_build``; an interceptor injects
  the env from that task's XCom (``dbt_env(settings, build_path)``) right before each dbt
  call, and fails loudly if it is missing, so a dbt task can never write the live file.
"""

from __future__ import annotations

import functools
import gc
import json
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.orchestration.bootstrap import dbt_manifest_path

PROFILE_NAME = "interaction_warehouse"
# Per-task dbt settings: the run's artifacts (manifest/run_results JSON) are not needed per
# model task (the logs carry the results) and writing them costs ~0.8 s per task.
DBT_TASK_ENV = {"DBT_WRITE_JSON": "false"}
PREPARE_TASK_ID = "prepare_build"
BUILD_XCOM_KEY = "return_value"


class DbtManifestMissing(FileNotFoundError):
    """The manifest cosmos renders from does not exist yet."""


def profiles_yml(settings: Settings) -> Path:
    """The repo's dbt profiles file."""
    return settings.dbt_project_dir / "profiles.yml"


def default_target(path: Path, profile: str = PROFILE_NAME) -> str:
    """The ``target`` a profile in ``profiles.yml`` selects by default."""
    return _default_target(Path(path), profile, Path(path).stat().st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _default_target(path: Path, profile: str, mtime_ns: int) -> str:
    # cached per file version: every DAG parse asks once per dbt task group and test task
    import yaml

    doc = yaml.safe_load(path.read_text()) or {}
    if profile not in doc:
        raise KeyError(f"profile {profile!r} not in {path}")
    return str(doc[profile].get("target") or next(iter(doc[profile]["outputs"])))


def inject_build_env(context: dict[str, Any], operator: Any) -> None:
    """Cosmos interceptor: point dbt at this run's build file (from ``prepare_build``'s XCom)."""
    build = context["ti"].xcom_pull(task_ids=PREPARE_TASK_ID, key=BUILD_XCOM_KEY)
    if not isinstance(build, dict) or not build.get("dbt_env"):
        raise RuntimeError(
            f"no dbt env from {PREPARE_TASK_ID!r}; refusing to run dbt against an unknown target"
        )
    operator.env = {
        **(operator.env or {}),
        **{k: str(v) for k, v in build["dbt_env"].items()},
        **DBT_TASK_ENV,
    }
    # cosmos ends every dbt call with a full gc.collect(); freezing what is alive now keeps
    # that cheap when many dbt tasks share one process (``airflow dags test``: ~1 s/task)
    gc.freeze()


def discard_build(build_path: Path) -> bool:
    """Delete a build file (and its WAL) that was never published; True if one was removed.

    After a successful publish the file has been renamed into place, so nothing is left.
    """
    removed = False
    for path in (build_path, build_path.with_name(build_path.name + ".wal")):
        if path.exists():
            path.unlink()
            removed = True
    return removed


def cross_model_tests(manifest: Path) -> list[str]:
    """Names of the dbt tests that depend on more than one node (run after every model)."""
    doc = json.loads(Path(manifest).read_text())
    return sorted(
        node["name"]
        for node in doc.get("nodes", {}).values()
        if node.get("resource_type") == "test"
        and len(set(node.get("depends_on", {}).get("nodes", []))) > 1
    )


def _configs(settings: Settings, manifest: Path | None) -> dict[str, Any]:
    from cosmos import ProfileConfig, ProjectConfig

    manifest = manifest or dbt_manifest_path(settings)
    if not manifest.exists():
        raise DbtManifestMissing(
            f"dbt manifest {manifest} missing: run the Airflow bootstrap (`iw demo`, or "
            "`bootstrap_airflow(settings)`) or `dbt parse`, or set IW_DBT_MANIFEST"
        )
    profiles = profiles_yml(settings)
    return {
        "manifest": manifest,
        "project": ProjectConfig(
            dbt_project_path=settings.dbt_project_dir,
            manifest_path=manifest,
            install_dbt_deps=False,
            partial_parse=True,
        ),
        "profile": ProfileConfig(
            profile_name=PROFILE_NAME,
            target_name=default_target(profiles),
            profiles_yml_filepath=profiles,
        ),
    }


def _operator_args(pool: str | None, extra: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "install_deps": False,  # no dbt packages; nothing may be downloaded at run time
        "append_env": True,
        "interceptors": [inject_build_env],
        **({"pool": pool} if pool else {}),
        **(extra or {}),
    }


def dbt_task_group(
    settings: Settings,
    *,
    group_id: str = "dbt",
    pool: str | None = None,
    manifest: Path | None = None,
    operator_args: dict[str, Any] | None = None,
) -> Any:
    """A cosmos ``DbtTaskGroup``: one ``dbt build`` task per model (call inside a DAG)."""
    from cosmos import (
        DbtTaskGroup,
        ExecutionConfig,
        ExecutionMode,
        InvocationMode,
        LoadMode,
        RenderConfig,
        TestBehavior,
        TestIndirectSelection,
    )

    cfg = _configs(settings, manifest)
    return DbtTaskGroup(
        group_id=group_id,
        project_config=cfg["project"],
        profile_config=cfg["profile"],
        execution_config=ExecutionConfig(
            execution_mode=ExecutionMode.LOCAL,
            invocation_mode=InvocationMode.DBT_RUNNER,
            test_indirect_selection=TestIndirectSelection.CAUTIOUS,
        ),
        render_config=RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            test_behavior=TestBehavior.BUILD,
            emit_datasets=False,  # the DAG emits one warehouse asset after the atomic swap
            enable_mock_profile=False,
        ),
        operator_args=_operator_args(pool, operator_args),
    )


def cross_model_test_task(
    settings: Settings,
    *,
    task_id: str = "cross_model_tests",
    pool: str | None = None,
    manifest: Path | None = None,
    operator_args: dict[str, Any] | None = None,
) -> Any:
    """One ``dbt test`` task over every test that spans several models (call inside a DAG)."""
    from cosmos import InvocationMode
    from cosmos.operators.local import DbtTestLocalOperator

    cfg = _configs(settings, manifest)
    names = cross_model_tests(cfg["manifest"])
    if not names:
        raise ValueError(f"no cross-model tests in {cfg['manifest']}; drop this task")
    return DbtTestLocalOperator(
        task_id=task_id,
        project_dir=str(settings.dbt_project_dir),
        profile_config=cfg["profile"],
        manifest_filepath=str(cfg["manifest"]),
        invocation_mode=InvocationMode.DBT_RUNNER,
        partial_parse=True,
        select=names,
        **_operator_args(pool, operator_args),
    )
