"""dbt inside Airflow through astronomer-cosmos, rendered from the manifest that the
bootstrap's ``dbt parse`` wrote. Two shapes (``Settings.dbt_model_tasks``,
``IW_DBT_MODEL_TASKS``):

- default: :func:`dbt_build_task`, ONE ``dbt build`` of the whole project in one task (the
  in-process stage's command; every result in the task log);
- ``IW_DBT_MODEL_TASKS=1``: :func:`dbt_task_group` + :func:`dbt_tests_task`, a task per
  model in the grid at ~10 s more per build on the demo (cosmos' watcher mode, below).

Choices (cosmos 1.15):

- ``LoadMode.DBT_MANIFEST``: DAG parsing reads JSON, never runs dbt (parse stays < 2 s).
- ``InvocationMode.DBT_RUNNER``: dbt runs in the task's process (no interpreter start-up).
- ``ExecutionMode.WATCHER`` (task per model) + ``InvocationMode.DBT_RUNNER``
  (https://astronomer.github.io/astronomer-cosmos/guides/run_dbt/airflow-worker/watcher-execution-mode.html):
  the producer task runs one in-process ``dbt build`` of the models and pushes each model's
  status to XCom as dbt finishes it; each model's sensor task reads it (success, failed, or
  failed because an upstream model failed). One dbt invocation instead of one per model:
  project copy, parse and adapter start-up are paid once, not ~25 times. The sensors run
  after the producer (:func:`_watch_after_producer`).
- Tests: every test, of one model or across several (relationships, singular tests), runs
  in ONE ``dbt test`` task after the group (``dbt_tests``), before publishing. Not in the
  producer's build: cosmos pushes ~5 XComs per dbt node it builds (one API call each), so
  the 160 tests there cost more than a second dbt invocation (measured 2026-12-04: 47 s for
  a producer with tests vs 13 s + 7 s, loaded box). Cosmos' watcher mode has no per-model
  ``dbt build`` (``TestBehavior.BUILD`` is refused). Trade-off against the earlier task per
  model: a failing model test no longer stops the models downstream of it from building into
  the (then discarded) build file; it still stops the publish.
- Retries are cosmos' watcher retries: a retried producer does not rebuild (it is skipped),
  a model sensor's retry runs ``dbt run --select <model>`` itself; ``dbt_tests`` still gates
  the publish after such a retry.
- The build target is a NEW DuckDB file made by ``prepare_build``; an interceptor injects
  the env from that task's XCom (``dbt_env(settings, build_path)``) right before each dbt
  call, and fails loudly if it is missing, so a dbt task can never write the live file.
"""

from __future__ import annotations

import functools
import gc
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
# XCom a dbt task pushes after its run: finished dbt nodes by status, the in-process stage's
# ``dbt_nodes`` (read by the publish task into the warehouse run record)
DBT_NODES_XCOM_KEY = "dbt_nodes"
BUILD_TASK_ID = "dbt_build"


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


class DbtNodeStatuses:
    """Counts the nodes one dbt invocation finished, by status (``{"success": 32, "pass": 168}``,
    what the in-process stage records as ``dbt_nodes``), from dbtRunner's ``NodeFinished`` events;
    :meth:`push` (a cosmos post-run callback) hands them to XCom and starts a new count."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, event: Any) -> None:
        if event.info.name == "NodeFinished":
            status = str(event.data.run_result.status).lower()
            self.counts[status] = self.counts.get(status, 0) + 1

    def push(self, project_dir: str, context: dict[str, Any] | None = None, **_: Any) -> None:
        """Cosmos ``callback``: push the counts as XCom ``dbt_nodes``, then reset them."""
        counts, self.counts = self.counts, {}
        if context is not None:
            context["ti"].xcom_push(key=DBT_NODES_XCOM_KEY, value=counts)


def _with_node_statuses(operator_args: dict[str, Any]) -> dict[str, Any]:
    """Operator args that count the dbt nodes of the run and push them (``DbtNodeStatuses``)."""
    statuses = DbtNodeStatuses()
    return {**operator_args, "dbt_runner_callbacks": [statuses], "callback": statuses.push}


def node_statuses(ti: Any, task_id: str = BUILD_TASK_ID) -> dict[str, int] | None:
    """The ``dbt_nodes`` a dbt task pushed (None when it pushed none)."""
    found = ti.xcom_pull(task_ids=task_id, key=DBT_NODES_XCOM_KEY)
    return {str(k): int(v) for k, v in found.items()} if found else None


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


def _watch_after_producer(group: Any) -> int:
    """Put the cosmos producer upstream of the group's root model sensors (``all_done``).

    Cosmos wires this only for a ``DbtDag`` (with ``trigger_rule="always"``, so the sensors
    watch while dbt runs); in a ``DbtTaskGroup`` the root sensors start beside the producer.
    Here every task of the group shares the one-slot warehouse pool, so a sensor could never
    run beside the producer anyway, and under ``dag.test()`` (tasks one at a time, in no set
    order) a sensor that started first would defer and wait in-line for a producer that
    never gets to run. ``all_done``: when the build failed, the sensors still show which
    models failed or were skipped because of it (and retry them: cosmos' fallback).
    Returns the number of root sensors wired.
    """
    from cosmos.constants import PRODUCER_WATCHER_TASK_ID

    producer = group.children[f"{group.group_id}.{PRODUCER_WATCHER_TASK_ID}"]
    inside = set(group.children)
    wired = 0
    for task_id, task in group.children.items():
        if not hasattr(task, "producer_task_id") or task_id == producer.task_id:
            continue
        if not set(task.upstream_task_ids) & inside:
            producer >> task
            task.trigger_rule = "all_done"
            wired += 1
    return wired


def dbt_task_group(
    settings: Settings,
    *,
    group_id: str = "dbt",
    pool: str | None = None,
    manifest: Path | None = None,
    operator_args: dict[str, Any] | None = None,
) -> Any:
    """A cosmos ``DbtTaskGroup`` in ``ExecutionMode.WATCHER`` (call inside a DAG): the producer
    task runs ONE ``dbt build`` of every model, and one light sensor task per model reports
    that model's dbt status from the producer's XCom. Tests run in :func:`dbt_tests_task`.
    """
    from cosmos import (
        DbtTaskGroup,
        ExecutionConfig,
        ExecutionMode,
        InvocationMode,
        LoadMode,
        RenderConfig,
        TestBehavior,
    )

    cfg = _configs(settings, manifest)
    group = DbtTaskGroup(
        group_id=group_id,
        project_config=cfg["project"],
        profile_config=cfg["profile"],
        execution_config=ExecutionConfig(
            execution_mode=ExecutionMode.WATCHER,
            invocation_mode=InvocationMode.DBT_RUNNER,
        ),
        render_config=RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            # the producer builds models only (cosmos adds ``--resource-type model/seed/
            # snapshot``); every test runs in one task after the group (dbt_tests_task)
            test_behavior=TestBehavior.NONE,
            emit_datasets=False,  # the DAG emits one warehouse asset after the atomic swap
            enable_mock_profile=False,
        ),
        operator_args=_operator_args(pool, operator_args),
    )
    _watch_after_producer(group)
    return group


def dbt_tests_task(
    settings: Settings,
    *,
    task_id: str = "dbt_tests",
    pool: str | None = None,
    manifest: Path | None = None,
    operator_args: dict[str, Any] | None = None,
) -> Any:
    """One ``dbt test`` task over every test of the project (call inside a DAG, after the
    model group and before publishing): a failing test, of one model or across several,
    fails this task, so nothing is published, also when a model was rebuilt by a sensor's
    retry (cosmos' watcher fallback is ``dbt run`` of that model, without its tests).
    """
    from cosmos import InvocationMode
    from cosmos.operators.local import DbtTestLocalOperator

    cfg = _configs(settings, manifest)
    return DbtTestLocalOperator(
        task_id=task_id,
        project_dir=str(settings.dbt_project_dir),
        profile_config=cfg["profile"],
        manifest_filepath=str(cfg["manifest"]),
        invocation_mode=InvocationMode.DBT_RUNNER,
        partial_parse=True,
        **_operator_args(pool, operator_args),
    )


def dbt_build_task(
    settings: Settings,
    *,
    task_id: str = BUILD_TASK_ID,
    pool: str | None = None,
    manifest: Path | None = None,
    operator_args: dict[str, Any] | None = None,
) -> Any:
    """One ``dbt build`` task for the whole project, models and every test (the in-process
    stage's command; call inside a DAG). Its log lists every model and test result; no task
    per model in the grid (``IW_DBT_MODEL_TASKS=0``). Pushes the finished nodes by status as
    XCom ``dbt_nodes`` (:class:`DbtNodeStatuses`) for the warehouse run record."""
    from cosmos import InvocationMode
    from cosmos.operators.local import DbtBuildLocalOperator

    cfg = _configs(settings, manifest)
    return DbtBuildLocalOperator(
        task_id=task_id,
        project_dir=str(settings.dbt_project_dir),
        profile_config=cfg["profile"],
        manifest_filepath=str(cfg["manifest"]),
        invocation_mode=InvocationMode.DBT_RUNNER,
        partial_parse=True,
        **_with_node_statuses(_operator_args(pool, operator_args)),
    )
