"""An Airflow home for this project: environment, metadata DB, pools and the dbt manifest.

``airflow_env(settings)`` is the one place that says how every Airflow process of this
project is configured (CLI, ``dags test``, api-server, scheduler, dag-processor, Celery
workers): they must all share it (same JWT secret, same dags folder, same ``IW_*`` settings).
``bootstrap_airflow(settings)`` is idempotent: rerunning it migrates nothing new, resets the
pool size and re-parses the dbt project.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from transforms.config import Settings, child_env
from transforms.orchestration import WAREHOUSE_POOL, WAREHOUSE_POOL_SLOTS

_TAIL_LINES = 60


class AirflowCommandError(RuntimeError):
    """An ``airflow``/``dbt`` subprocess failed; the message carries its output tail."""


def venv_bin(name: str) -> str:
    """Path of a console script installed next to the running interpreter."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def dags_folder(settings: Settings) -> Path:
    """The repo's ``dags/`` folder."""
    return settings.repo_dir / "dags"


def dbt_manifest_path(settings: Settings) -> Path:
    """Where the bootstrap's ``dbt parse`` leaves the manifest cosmos renders from.

    ``IW_DBT_MANIFEST`` overrides it (a deployment bakes the manifest into its image).
    """
    override = settings.dbt_manifest_override
    if override is not None:
        return override
    return settings.airflow_home / "dbt_target" / "manifest.json"


def jwt_secret(home: Path) -> str:
    """The JWT/API secret shared by every component of one Airflow home (created once).

    Airflow needs 64+ bytes shared by api-server, scheduler and workers; it is generated
    locally and kept in the Airflow home (mode 0600), never in the repo.
    """
    path = home / "jwt_secret"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".jwt_secret.{os.getpid()}.tmp")
        tmp.write_text(secrets.token_urlsafe(64))
        tmp.chmod(0o600)
        os.replace(tmp, path)
    return path.read_text().strip()


def settings_env(settings: Settings) -> dict[str, str]:
    """``IW_*`` variables that make ``Settings.from_env()`` in a child equal ``settings``."""
    env = {
        "IW_DATA_DIR": str(settings.data_dir),
        "IW_SEED": str(settings.seed),
        "IW_PSEUDONYM_KEY": settings.pseudonym_key,
        "IW_SPLIT_SALT": settings.split_salt,
        "IW_WORKERS": str(settings.workers),
        "IW_RAW_TTL_DAYS": str(settings.raw_ttl_days),
    }
    source_url = settings.source_url
    if source_url:
        env["IW_SOURCE_URL"] = str(source_url)
    return env


def airflow_env(
    settings: Settings,
    *,
    executor: str = "LocalExecutor",
    sql_alchemy_conn: str | None = None,
    extra: dict[str, str] | None = None,
    base: dict[str, str] | None = None,
) -> dict[str, str]:
    """The full environment for an Airflow process of this project.

    Starts from ``base`` (default: this process's environment), then sets the Airflow home
    under ``settings.airflow_home``, the repo's dags folder, SQLite metadata DB unless
    ``sql_alchemy_conn`` is given, no example DAGs, telemetry off everywhere, the cosmos
    cache dir, the shared JWT secret and the ``IW_*`` settings; ``extra`` wins last.
    """
    home = settings.airflow_home
    home.mkdir(parents=True, exist_ok=True)
    secret = jwt_secret(home)
    env = child_env() if base is None else dict(base)
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    env.update(settings_env(settings))
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags_folder(settings)),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": executor,
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sql_alchemy_conn
            or f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__API_AUTH__JWT_SECRET": secret,
            "AIRFLOW__API__SECRET_KEY": secret,
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT": "60",
            "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(home / "logs"),
            "AIRFLOW__USAGE_DATA_COLLECTION__ENABLED": "False",
            "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
            "AIRFLOW__COSMOS__CACHE_DIR": str(home / "cosmos_cache"),
            "AIRFLOW__COSMOS__PROPAGATE_LOGS": "False",
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
            "DO_NOT_TRACK": "1",
            "SCARF_ANALYTICS": "false",
            "IW_DBT_MANIFEST": str(dbt_manifest_path(settings)),
            "PYTHONUNBUFFERED": "1",
        }
    )
    from transforms.orchestration.lineage import openlineage_env

    for key, value in openlineage_env(settings).items():
        env.setdefault(key, value)  # a deployment's own OpenLineage transport wins
    env.update(extra or {})
    return env


def tail(text: str, lines: int = _TAIL_LINES) -> str:
    """The last ``lines`` lines of ``text``."""
    return "\n".join(text.splitlines()[-lines:])


def run_command(
    args: list[str], env: dict[str, str], *, timeout: float = 600, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command, capture output, raise :class:`AirflowCommandError` with the tail."""
    try:
        proc = subprocess.run(
            args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise AirflowCommandError(f"{' '.join(args)} timed out after {timeout:.0f}s") from exc
    if proc.returncode != 0:
        raise AirflowCommandError(
            f"{' '.join(args)} exited {proc.returncode}:\n{tail(proc.stdout + proc.stderr)}"
        )
    return proc


def ensure_dbt_manifest(settings: Settings, env: dict[str, str]) -> Path:
    """Run ``dbt parse`` once so cosmos can render the dbt graph from the manifest.

    Parsing is cheap and keeps DAG parse time low (cosmos ``LoadMode.DBT_MANIFEST`` reads the
    JSON instead of calling dbt while the DAG file is imported).
    """
    from transforms.pipelines.warehouse import dbt_env  # the warehouse stage owns dbt's env

    project = settings.dbt_project_dir
    if not (project / "dbt_project.yml").exists():
        raise FileNotFoundError(f"no dbt project at {project} (dbt_project.yml missing)")
    manifest = dbt_manifest_path(settings)
    target = manifest.parent
    dbt_vars = dbt_env(settings, settings.warehouse_path)
    run_env = {
        **env,
        **dbt_vars,
        "DBT_TARGET_PATH": str(target),
        "DBT_LOG_PATH": str(settings.airflow_home / "dbt_logs"),
    }
    run_command(
        [
            venv_bin("dbt"),
            "parse",
            "--project-dir",
            str(project),
            "--profiles-dir",
            run_env.get("DBT_PROFILES_DIR", str(project)),
            "--target-path",
            str(target),
        ],
        run_env,
        timeout=300,
        cwd=project,
    )
    produced = target / "manifest.json"
    if not produced.exists():
        raise AirflowCommandError(f"dbt parse succeeded but wrote no {produced}")
    if produced != manifest:
        os.replace(produced, manifest)
    return manifest


@dataclass
class BootstrapInfo:
    """What the bootstrap did, with timings (seconds)."""

    airflow_home: Path
    env: dict[str, str]
    manifest: Path | None
    timings: dict[str, float]


def bootstrap_airflow(
    settings: Settings, env: dict[str, str] | None = None, *, with_dbt: bool = True
) -> BootstrapInfo:
    """Create/upgrade the Airflow home: ``airflow db migrate``, the warehouse pool, dbt parse."""
    env = env or airflow_env(settings)
    timings: dict[str, float] = {}
    airflow = venv_bin("airflow")

    t0 = time.perf_counter()
    run_command([airflow, "db", "migrate"], env, timeout=600)
    timings["db_migrate_s"] = round(time.perf_counter() - t0, 2)

    t0 = time.perf_counter()
    run_command(
        [
            airflow,
            "pools",
            "set",
            WAREHOUSE_POOL,
            str(WAREHOUSE_POOL_SLOTS),
            "Serialises writers of the DuckDB warehouse file (one writer per file)",
        ],
        env,
        timeout=120,
    )
    timings["pools_s"] = round(time.perf_counter() - t0, 2)

    manifest = None
    if with_dbt:
        t0 = time.perf_counter()
        manifest = ensure_dbt_manifest(settings, env)
        timings["dbt_parse_s"] = round(time.perf_counter() - t0, 2)
    return BootstrapInfo(settings.airflow_home, env, manifest, timings)


def main(argv: list[str] | None = None) -> int:
    """``python -m transforms.orchestration.bootstrap [--env-only]``.

    Bootstraps the Airflow home of ``Settings.from_env()`` and prints ``export`` lines for
    the Airflow/dbt variables, so ``eval "$(python -m transforms.orchestration.bootstrap)"``
    prepares a shell for ``airflow standalone`` or ``airflow dags test``. The pseudonym key
    is never printed (export ``IW_PSEUDONYM_KEY`` yourself).
    """
    import shlex

    argv = sys.argv[1:] if argv is None else argv
    settings = Settings.from_env()
    env = airflow_env(settings)
    if "--env-only" not in argv:
        info = bootstrap_airflow(settings, env)
        sys.stderr.write(f"bootstrapped {info.airflow_home} {info.timings}\n")
    prefixes = ("AIRFLOW", "IW_", "DBT_", "DO_NOT_TRACK", "SCARF")
    for key in sorted(env):
        if key.startswith(prefixes) and key != "IW_PSEUDONYM_KEY":
            sys.stdout.write(f"export {key}={shlex.quote(env[key])}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
