"""Stage ``warehouse``: build the dbt project (``dbt/``) into a new DuckDB file, then swap it in.

Kept as one module: prepare, dbt, publish and the Airflow-facing fan-out share one build-file
protocol (below) that reads best in one place.

DuckDB allows one writer per file, and a reader opened with ``read_only=True`` cannot open while
a writer holds it. So analysts never see the live file being written: the build goes to a
sibling file (``<warehouse stem>__build.duckdb``, a copy of the current warehouse so incremental
models continue from it), dbt builds and tests everything there, and only a fully successful
build is ``os.replace``-d over ``settings.warehouse_path``. A failed build raises
:class:`WarehouseBuildFailed` naming the failing nodes and leaves the old warehouse untouched.
Open readers keep the old file's inode until they reconnect.

Functions (Airflow runs dbt through astronomer-cosmos between ``prepare_build`` and
``publish_build``; ``run`` does all three, invoking dbt programmatically with ``dbtRunner``):

- ``dbt_env(settings, build_path)``   every environment variable dbt needs (see dbt/README.md)
- ``prepare_build(settings)``         create the build file (copy of the warehouse, if any)
- ``run_dbt(settings, build_path, args)``  ``dbtRunner`` in a child process with that env
  (dbt-duckdb caches a DuckDB instance per path across in-process invocations, which made a
  second build in one process write into the previous, already-replaced file)
- ``publish_build(settings, build_path)``  checkpoint, count mart rows, atomic swap, run record
- ``run(partition, settings)``        prepare + ``dbt build`` + publish (the stage)
- ``dbt_parse(settings)``             ``dbt parse`` -> ``dbt/target/manifest.json`` (cosmos)
- ``generate_docs(settings)``         ``dbt docs generate`` into ``dbt/target``

Writers must be serialised: ``run`` holds an exclusive lock file next to the warehouse; the
split prepare/dbt/publish path relies on the Airflow pool (one slot) instead.

Command line (``python -m transforms.pipelines.warehouse <parse|docs|serve>``) for make targets.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transforms.config import Settings, child_env
from transforms.contracts.platform import TABLES
from transforms.io import (
    duckdb_connect,
    duckdb_uri,
    exit_with_parent,
    is_remote,
    lake_pins_path,
    open_table,
    read_json,
    sql_str,
    table_files,
    write_json_atomic,
)
from transforms.pipelines import StageResult, stage_run
from transforms.warehouse import clean_lake_tables

log = logging.getLogger(__name__)

# relations whose row counts a build reports (the marts analysts and exports read)
MART_PREFIXES = ("dim_", "fct_", "mart_", "train_")
TRAINING_MARTS = ("train_sft_conversations", "train_bugfix_pairs", "train_preference_pairs")
# dbt node statuses that mean the build must not be published
_FAILED_STATUSES = {"error", "fail", "runtime error"}


class WarehouseBuildFailed(RuntimeError):
    """dbt did not build cleanly; the message lists the failing nodes and their errors."""

    def __init__(self, message: str, failures: list[dict[str, str]] | None = None):
        super().__init__(message)
        self.failures = failures or []


def build_path_for(settings: Settings) -> Path:
    """The sibling file a build is written to before it is swapped in."""
    wh = settings.warehouse_path
    return wh.with_name(f"{wh.stem}__build{wh.suffix or '.duckdb'}")


def pin_lake(
    settings: Settings, build_path: Path, versions_wanted: dict[str, int] | None = None
) -> dict[str, Any]:
    """Record the current version of every clean-lake table (or ``versions_wanted``: time
    travel) and its active files beside ``build_path``; returns ``{table: version}``. A commit
    landing during the build is not seen, so the build is reproducible from these versions."""
    versions: dict[str, int] = {}
    files: dict[str, list[str]] = {}
    for name in TABLES:
        if versions_wanted is not None and name not in versions_wanted:
            continue
        t = open_table(settings.clean_dir, name)
        if t is None:
            continue
        versions[name] = t.version() if versions_wanted is None else versions_wanted[name]
        files[name] = [
            duckdb_uri(f) for f in table_files(settings.clean_dir, name, version=versions[name])
        ]
    write_json_atomic(
        {"lake": duckdb_uri(settings.clean_dir), "versions": versions, "files": files},
        lake_pins_path(build_path),
    )
    return versions


def dbt_env(settings: Settings, build_path: Path) -> dict[str, str]:
    """Every environment variable dbt needs to build ``build_path`` from the clean lake.

    dbt runs with ``DBT_PROFILES_DIR``/``DBT_PROJECT_DIR`` = ``dbt/``; target and log
    directories live under the data dir so the checkout stays clean.
    """
    dbt_dir = settings.dbt_project_dir
    clean = settings.clean_dir
    object_store = is_remote(clean) and clean.protocol not in ("file", "local")
    return {
        "IW_CLEAN_DIR": duckdb_uri(clean),
        # an object-store lake: DuckDB reads it through fsspec and follows commit manifests
        "IW_LAKE_FS": clean.protocol if object_store else "memory",
        "IW_LAKE_PINS": str(lake_pins_path(Path(build_path)).resolve()),
        "IW_STATE_DIR": str(settings.state_dir),
        "IW_WAREHOUSE_BUILD_PATH": str(Path(build_path).resolve()),
        "DBT_PROFILES_DIR": str(dbt_dir),
        "DBT_PROJECT_DIR": str(dbt_dir),
        "DBT_TARGET_PATH": str(settings.data_dir / "dbt" / "target"),
        "DBT_LOG_PATH": str(settings.data_dir / "dbt" / "logs"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
        "IW_DUCKDB_MEMORY_LIMIT": settings.dbt_memory_limit,
        "IW_DBT_THREADS": str(settings.dbt_threads),
        "IW_DUCKDB_THREADS": str(settings.dbt_duckdb_threads),
        "DUCKDB_JE_MALLOC_CONF": settings.dbt_malloc_conf,
    }


def prepare_build(settings: Settings, *, full_refresh: bool = False) -> Path:
    """Create the build file: a copy of the current warehouse (none on a full refresh).

    Removes leftovers of a crashed build first. Runs nothing else.
    """
    build = build_path_for(settings)
    build.parent.mkdir(parents=True, exist_ok=True)
    remove_build_leftovers(settings)
    current = settings.warehouse_path
    if current.exists() and not full_refresh:
        # copy to a temp name first so a crash never leaves a half-copied build file
        tmp = build.with_name(f".{build.name}.copy")
        shutil.copyfile(current, tmp)
        os.replace(tmp, build)
    pin_lake(settings, build)
    return build


@dataclass
class DbtRun:
    """What one dbt invocation did (a picklable summary of ``dbtRunnerResult``)."""

    args: list[str]
    success: bool
    statuses: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    exception: str | None = None
    elapsed_s: float = 0.0
    output_tail: str = ""
    invocation_id: str | None = None


def run_dbt(
    settings: Settings, build_path: Path, args: Sequence[str], *, timeout_s: float | None = None
) -> DbtRun:
    """Invoke dbt (``dbtRunner``) against ``build_path`` in a child Python process.

    ``args`` is the dbt command line without project/profile flags, e.g. ``["build"]``.
    A child process because dbt and dbt-duckdb keep process-global state between invocations
    (a cached DuckDB instance per path outlives the run and would write into a stale file);
    it also keeps the caller's environment and stdout untouched. The full log goes to
    ``<data>/dbt/logs/dbt.log``; the console tail is kept in ``DbtRun.output_tail``.
    """
    env = dbt_env(settings, build_path)
    Path(env["DBT_LOG_PATH"]).mkdir(parents=True, exist_ok=True)
    cli = [
        *args,
        "--project-dir",
        env["DBT_PROJECT_DIR"],
        "--profiles-dir",
        env["DBT_PROFILES_DIR"],
    ]
    with tempfile.TemporaryDirectory(prefix="iw-dbt-") as tmp:
        summary_path = Path(tmp) / "summary.json"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "transforms.pipelines.warehouse",
                "_invoke",
                str(os.getpid()),
                str(summary_path),
                *cli,
            ],
            env=child_env(env),
            cwd=settings.dbt_project_dir,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-40:])
        if not summary_path.exists():
            return DbtRun(
                args=list(args),
                success=False,
                output_tail=tail,
                exception=f"dbt child process exited with {proc.returncode}",
            )
        summary = json.loads(summary_path.read_text())
    return DbtRun(output_tail=tail, **summary)


def _invoke(parent: int, summary_path: str, cli: list[str]) -> int:
    """Child side of :func:`run_dbt`: run dbtRunner, write a JSON summary, exit 0/1. Ends
    with the stage process ``parent`` that started it (a killed stage leaves no dbt build
    running). The pid comes from the parent: ``os.getppid()`` read here would already name
    init if the stage died while this child was starting, and the watch would never fire."""
    exit_with_parent(parent)
    from dbt.cli.main import dbtRunner

    flags = ["--quiet", "--no-use-colors", "--no-send-anonymous-usage-stats"]
    res = dbtRunner().invoke(flags + cli)
    statuses: dict[str, int] = {}
    failures: list[dict[str, str]] = []
    for r in getattr(res.result, "results", None) or []:
        status = str(getattr(r.status, "value", r.status)).lower()
        statuses[status] = statuses.get(status, 0) + 1
        if status in _FAILED_STATUSES:
            node = getattr(r, "node", None)
            failures.append(
                {
                    "node": getattr(node, "unique_id", None) or getattr(node, "name", "?"),
                    "status": status,
                    "message": (r.message or "").strip(),
                }
            )
    summary = {
        "args": cli,
        "success": bool(res.success),
        "statuses": statuses,
        "failures": failures,
        "exception": None
        if res.exception is None
        else f"{type(res.exception).__name__}: {res.exception}",
        "elapsed_s": round(float(getattr(res.result, "elapsed_time", 0.0) or 0.0), 3),
        "invocation_id": _invocation_id(res.result),
    }
    Path(summary_path).write_text(json.dumps(summary))
    return 0 if res.success else 1


def _invocation_id(result: Any) -> str | None:
    """dbt's id of this invocation (also in its artifacts and logs), for provenance."""
    metadata = getattr(result, "metadata", None)
    found = getattr(metadata, "invocation_id", None)
    if found:
        return str(found)
    try:
        from dbt_common.invocation import get_invocation_id

        return str(get_invocation_id())
    except ImportError:
        return None


def _raise_on_failure(run: DbtRun, what: str) -> None:
    if run.success:
        return
    lines = [f"- {f['node']} [{f['status']}]: {f['message']}" for f in run.failures]
    if run.exception:
        lines.append(f"- {run.exception}")
    if not run.failures and run.output_tail:
        lines.append("dbt output (tail):\n" + run.output_tail)
    if not lines:
        lines.append("- dbt reported failure without node results (see <data>/dbt/logs/dbt.log)")
    raise WarehouseBuildFailed(
        f"{what} failed; the warehouse was not replaced:\n" + "\n".join(lines), run.failures
    )


def _remove_db_files(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def remove_build_leftovers(settings: Settings) -> list[str]:
    """Delete what a killed build left beside the warehouse (build file, its WAL, half-made
    copies and compactions); returns the names removed. Never touches the warehouse."""
    build = build_path_for(settings)
    names = [build.name, f".{build.name}.copy", f".{build.name}.compact"]
    removed = []
    for name in names:
        for p in (build.with_name(name), build.with_name(name + ".wal")):
            if p.exists():
                p.unlink()
                removed.append(p.name)
    return removed


def _compact(build_path: Path, config: dict[str, str]) -> None:
    """Rewrite the build into a fresh file (``COPY FROM DATABASE``): the copy of the previous
    warehouse carries its free blocks, so without this every rebuild could grow the file.
    ``config`` bounds the copy's memory (``memory_limit``/``temp_directory``)."""

    compact = build_path.with_name(f".{build_path.name}.compact")
    _remove_db_files(compact)
    con = duckdb_connect(config=config)
    try:
        con.execute(f"attach {sql_str(str(build_path))} as b (read_only)")
        con.execute(f"attach {sql_str(str(compact))} as c")
        con.execute("copy from database b to c")
        con.execute("detach c")
    except Exception:
        _remove_db_files(compact)
        log.warning("warehouse compaction failed; publishing the build as it is", exc_info=True)
        return
    finally:
        con.close()
    os.replace(compact, build_path)


def _mart_counts(con: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name"
        ).fetchall()
    ]
    counts = {}
    for name in names:
        if name.startswith(MART_PREFIXES):
            counts[name] = con.execute(f'select count(*) from "{name}"').fetchall()[0][0]
    return counts


def _publish(settings: Settings, build_path: Path) -> dict[str, int]:
    """Checkpoint the build, count mart rows, and swap it over the warehouse atomically."""

    build_path = Path(build_path)
    if not build_path.exists():
        raise FileNotFoundError(
            f"no warehouse build at {build_path}; run prepare_build + dbt first"
        )
    con = duckdb_connect(build_path, config=settings.duckdb_config())
    try:
        # fold the WAL into the file: the renamed file must be complete on its own
        con.execute("checkpoint")
        counts = _mart_counts(con)
    finally:
        con.close()
    missing = [m for m in TRAINING_MARTS if m not in counts]
    if missing:
        raise WarehouseBuildFailed(
            f"build at {build_path} lacks training marts {missing}; not publishing it"
        )
    _compact(build_path, settings.duckdb_config())
    if build_path.with_name(build_path.name + ".wal").exists():
        raise WarehouseBuildFailed(f"{build_path} still has a WAL after checkpoint; not publishing")
    target = settings.warehouse_path
    target.parent.mkdir(parents=True, exist_ok=True)
    # a stale WAL of the previous file would be replayed into the new one: drop it first
    target.with_name(target.name + ".wal").unlink(missing_ok=True)
    pins = lake_pins_path(build_path)
    if pins.exists():  # the published warehouse's input versions travel with it
        os.replace(pins, lake_pins_path(target))
    os.replace(build_path, target)
    return counts


def publish_build(
    settings: Settings,
    build_path: Path,
    partition: str | None = None,
    *,
    dbt_nodes: dict[str, int] | None = None,
) -> StageResult:
    """Swap a finished build into place and record a ``warehouse`` run (for the Airflow path).

    ``dbt_nodes``: the dbt nodes the build finished, by status (what ``run`` records), when the
    caller counted them. Returns the :class:`StageResult` (``counts``: ``rows.<mart>``).
    """
    with stage_run("warehouse", partition, settings) as result:
        _record_publish(result, settings, _publish(settings, build_path))
        if dbt_nodes is not None:
            result.details["dbt_nodes"] = dbt_nodes
    return result


def _record_publish(result: StageResult, settings: Settings, counts: dict[str, int]) -> None:
    result.counts = {f"rows.{k}": v for k, v in counts.items()}
    result.inputs = [str(settings.clean_dir), str(settings.state_dir / "runs")]
    pins = read_json(lake_pins_path(settings.warehouse_path), default={}) or {}
    result.details["lake_versions"] = pins.get("versions", {})
    result.outputs = [str(settings.warehouse_path)]


@contextlib.contextmanager
def _writer_lock(settings: Settings) -> Iterator[None]:
    """Serialise warehouse writers on this machine (an exclusive lock file beside it)."""
    lock_path = settings.warehouse_path.with_name(settings.warehouse_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _check_clean_lake(settings: Settings) -> None:
    if not clean_lake_tables(settings):
        raise FileNotFoundError(
            f"no clean lake under {settings.clean_dir}: run the redact stage first (iw run redact)"
        )


def run(
    partition: str | None, settings: Settings, *, full_refresh: bool | None = None
) -> StageResult:
    """Build, test and publish the warehouse from the whole clean lake.

    ``partition`` is recorded but does not narrow the build: incremental facts re-derive every
    session changed within ``lookback_days``. ``full_refresh`` (default: env
    ``IW_WAREHOUSE_FULL_REFRESH=1``) rebuilds from an empty file.
    """
    if full_refresh is None:
        full_refresh = settings.warehouse_full_refresh
    with stage_run("warehouse", partition, settings) as result, _writer_lock(settings):
        _check_clean_lake(settings)
        build = prepare_build(settings, full_refresh=full_refresh)
        try:
            args = ["build"] + (["--full-refresh"] if full_refresh else [])
            dbt = run_dbt(settings, build, args)
            _raise_on_failure(dbt, "dbt build")
            counts = _publish(settings, build)
        except BaseException:
            _remove_db_files(build)
            raise
        _record_publish(result, settings, counts)
        result.details.update(
            dbt_nodes=dbt.statuses,
            full_refresh=full_refresh,
            dbt_elapsed_s=dbt.elapsed_s,
            dbt_invocation_id=dbt.invocation_id,
        )
    return result


def dbt_parse(settings: Settings, target_path: Path | None = None) -> Path:
    """``dbt parse`` -> ``manifest.json`` (default ``dbt/target``, where cosmos looks)."""
    target = Path(target_path) if target_path else settings.dbt_project_dir / "target"
    dbt = run_dbt(settings, build_path_for(settings), ["parse", "--target-path", str(target)])
    _raise_on_failure(dbt, "dbt parse")
    manifest = target / "manifest.json"
    if not manifest.exists():
        raise WarehouseBuildFailed(f"dbt parse succeeded but wrote no {manifest}")
    return manifest


def generate_docs(settings: Settings, target_path: Path | None = None) -> Path:
    """``dbt docs generate`` into ``dbt/target`` (catalog read from a copy of the warehouse).

    A copy keeps the live warehouse free for readers (dbt opens its database read-write).
    """
    target = Path(target_path) if target_path else settings.dbt_project_dir / "target"
    if not settings.warehouse_path.exists():
        raise FileNotFoundError(
            f"no warehouse at {settings.warehouse_path}: build it first (iw run warehouse)"
        )
    with tempfile.TemporaryDirectory(prefix="iw-docs-") as tmp:
        copy = Path(tmp) / settings.warehouse_path.name
        shutil.copyfile(settings.warehouse_path, copy)
        pin_lake(settings, copy)
        dbt = run_dbt(settings, copy, ["docs", "generate", "--target-path", str(target)])
        _raise_on_failure(dbt, "dbt docs generate")
    index = target / "index.html"
    if not (index.exists() and (target / "catalog.json").exists()):
        raise WarehouseBuildFailed(
            f"dbt docs generate wrote no index.html/catalog.json in {target}"
        )
    return index


def serve_docs(settings: Settings, port: int = 8080) -> None:
    """``dbt docs serve`` on 127.0.0.1 from ``dbt/target`` (blocks until interrupted)."""
    target = settings.dbt_project_dir / "target"
    if not (target / "index.html").exists():
        generate_docs(settings, target)
    env = dbt_env(settings, build_path_for(settings))
    dbt = Path(sys.executable).with_name("dbt")
    # interactive: inherit the terminal instead of capturing output
    subprocess.run(
        [
            str(dbt),
            "docs",
            "serve",
            "--project-dir",
            env["DBT_PROJECT_DIR"],
            "--profiles-dir",
            env["DBT_PROFILES_DIR"],
            "--target-path",
            str(target),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--no-browser",
        ],
        env=child_env(env),
        cwd=settings.dbt_project_dir,
        check=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m transforms.pipelines.warehouse <parse|docs|serve [port]|build>``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv else "build"
    if command == "_invoke":  # internal: the child process of run_dbt
        return _invoke(int(argv[1]), argv[2], argv[3:])
    settings = Settings.from_env()
    if command == "parse":
        print(dbt_parse(settings))
    elif command == "docs":
        print(generate_docs(settings))
    elif command == "serve":
        serve_docs(settings, int(argv[1]) if len(argv) > 1 else 8080)
    elif command == "build":
        print(run(None, settings).to_json())
    else:
        print(
            f"unknown command {command!r}; use parse | docs | serve [port] | build", file=sys.stderr
        )
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
