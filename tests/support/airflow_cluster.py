"""Start, drive and stop a real Airflow deployment on this machine (tests, local trials).

``AirflowCluster`` runs either ``airflow standalone`` (SQLite, LocalExecutor) or the separate
components (api-server, scheduler, dag-processor, plus Celery workers when the executor is
Celery), every one in its own process group with its own log file under
``<airflow_home>/cluster_logs``. ``stop()`` terminates exactly the processes it started and
their descendants (SIGTERM, then SIGKILL), never anything found by name.

The REST helpers use the public API (``/api/v2``) with a token from ``/auth/token``
(simple auth manager, all users admin: for local/test deployments only).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.orchestration.bootstrap import airflow_env, bootstrap_airflow, tail, venv_bin

TERMINAL_RUN_STATES = {"success", "failed"}


class AirflowClusterError(RuntimeError):
    """The cluster did not come up, or a REST call failed; carries component log tails."""


def parse_ts(value: str | None) -> dt.datetime | None:
    """An API timestamp (``...Z`` or ``+00:00``) as an aware datetime."""
    if not value:
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def queued_after(run: dict[str, Any], after: dt.datetime | None) -> bool:
    """Whether a DAG run (REST shape) was queued/created at or after ``after``."""
    if after is None:
        return True
    when = parse_ts(run.get("queued_at")) or parse_ts(run.get("run_after"))
    return when is not None and when >= after


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Component:
    """One started process (group leader) and its log file."""

    name: str
    proc: subprocess.Popen
    log_path: Path


@dataclass
class AirflowCluster:
    """A running Airflow for ``settings`` (see module docstring)."""

    settings: Settings
    executor: str = "LocalExecutor"
    sql_alchemy_conn: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    components: list[Component] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    _token: str | None = None

    # --- lifecycle -----------------------------------------------------------------------
    def __post_init__(self) -> None:
        base_url = f"http://127.0.0.1:{self.port}"
        self.env = airflow_env(
            self.settings,
            executor=self.executor,
            sql_alchemy_conn=self.sql_alchemy_conn,
            extra={
                "AIRFLOW__API__PORT": str(self.port),
                "AIRFLOW__API__BASE_URL": base_url,
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base_url}/execution/",
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
                # find DAG files quickly and schedule asset-triggered runs promptly
                "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "30",
                "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
                **self.extra_env,
            },
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_dir(self) -> Path:
        return self.settings.airflow_home / "cluster_logs"

    def bootstrap(self) -> None:
        """Migrate the metadata DB, create the pool, parse dbt (shared env)."""
        bootstrap_airflow(self.settings, self.env)

    def _spawn(self, name: str, args: list[str], env: dict[str, str] | None = None) -> Component:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.log_dir / f"{name}.log"
        log = open(log_path, "ab")  # noqa: SIM115 - the child owns it for its lifetime
        proc = subprocess.Popen(
            [venv_bin("airflow"), *args],
            env=env or self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        component = Component(name, proc, log_path)
        self.components.append(component)
        return component

    def start_standalone(self) -> None:
        """``airflow standalone``: api-server, scheduler, dag-processor, triggerer."""
        self._spawn("standalone", ["standalone"])

    def start_components(self, *, triggerer: bool = False) -> None:
        """api-server, scheduler and dag-processor as separate processes."""
        self._spawn("api-server", ["api-server", "--port", str(self.port), "--host", "127.0.0.1"])
        self._spawn("scheduler", ["scheduler"])
        self._spawn("dag-processor", ["dag-processor"])
        if triggerer:
            self._spawn("triggerer", ["triggerer"])

    def start_celery_worker(self, worker_id: str, *, concurrency: int = 2) -> Component:
        """A Celery worker tagged ``IW_WORKER_ID=worker_id`` (tasks record the tag)."""
        env = {
            **self.env,
            "IW_WORKER_ID": worker_id,
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
            "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
        }
        return self._spawn(
            f"celery-{worker_id}",
            [
                "celery",
                "worker",
                "--celery-hostname",
                f"{worker_id}@%h",
                "--concurrency",
                str(concurrency),
                "--without-gossip",
                "--without-mingle",
            ],
            env,
        )

    def stop(self, grace_s: float = 20) -> None:
        """Terminate every started process and its descendants (TERM, then KILL)."""
        import psutil

        gone = (psutil.NoSuchProcess, ProcessLookupError, PermissionError)
        victims: list[psutil.Process] = []
        for comp in self.components:
            with contextlib.suppress(*gone):
                parent = psutil.Process(comp.proc.pid)
                victims += [parent, *parent.children(recursive=True)]
        for comp in self.components:
            with contextlib.suppress(*gone):
                os.killpg(comp.proc.pid, signal.SIGTERM)
        for proc in victims:
            with contextlib.suppress(*gone):
                proc.terminate()
        _, alive = psutil.wait_procs(victims, timeout=grace_s)
        for proc in alive:
            with contextlib.suppress(*gone):
                proc.kill()
        for comp in self.components:
            with contextlib.suppress(*gone):
                os.killpg(comp.proc.pid, signal.SIGKILL)
            comp.proc.wait(timeout=10)
        self.components.clear()

    def logs_tail(self, lines: int = 30) -> str:
        """Tail of every component's log (for error messages)."""
        out = []
        for comp in self.components:
            text = comp.log_path.read_text(errors="replace") if comp.log_path.exists() else ""
            out.append(f"--- {comp.name} (exit={comp.proc.poll()})\n{tail(text, lines)}")
        return "\n".join(out)

    # --- REST ----------------------------------------------------------------------------
    def _client(self) -> Any:
        import httpx

        return httpx.Client(base_url=self.base_url, timeout=30)

    def token(self) -> str:
        """A JWT from ``GET /auth/token`` (all-admins simple auth manager)."""
        if self._token is None:
            with self._client() as client:
                resp = client.get("/auth/token")
            if resp.status_code not in (200, 201):
                raise AirflowClusterError(f"/auth/token -> {resp.status_code}: {resp.text}")
            self._token = resp.json()["access_token"]
        return self._token

    def api(self, method: str, path: str, json: Any = None, params: Any = None) -> Any:
        """Call ``/api/v2{path}``; raise with the response body on HTTP errors."""
        with self._client() as client:
            resp = client.request(
                method,
                f"/api/v2{path}",
                json=json,
                params=params,
                headers={"Authorization": f"Bearer {self.token()}"},
            )
        if resp.status_code >= 400:
            raise AirflowClusterError(f"{method} {path} -> {resp.status_code}: {resp.text}")
        return resp.json() if resp.content else None

    def wait_healthy(
        self,
        timeout: float = 180,
        components: tuple[str, ...] = ("metadatabase", "scheduler", "dag_processor"),
    ) -> dict[str, Any]:
        """Poll ``/api/v2/monitor/health`` until the named components are healthy."""
        import httpx

        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            dead = [c.name for c in self.components if c.proc.poll() is not None]
            if dead:
                raise AirflowClusterError(f"component(s) exited: {dead}\n{self.logs_tail()}")
            try:
                with self._client() as client:
                    last = client.get("/api/v2/monitor/health").json()
                if all((last.get(c) or {}).get("status") == "healthy" for c in components):
                    return last
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(2)
        raise AirflowClusterError(f"not healthy after {timeout:.0f}s: {last}\n{self.logs_tail()}")

    def wait_dags(self, dag_ids: tuple[str, ...], timeout: float = 180) -> None:
        """Wait until the dag-processor has registered every DAG id (no import errors)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            known = {d["dag_id"] for d in self.api("GET", "/dags", params={"limit": 100})["dags"]}
            if set(dag_ids) <= known:
                return
            errors = self.api("GET", "/importErrors")["import_errors"]
            if errors:
                raise AirflowClusterError(f"DAG import errors: {errors}")
            time.sleep(2)
        raise AirflowClusterError(f"DAGs {set(dag_ids) - known} not registered after {timeout}s")

    def unpause(self, dag_id: str) -> None:
        self.api("PATCH", f"/dags/{dag_id}", json={"is_paused": False})

    def pause(self, dag_id: str) -> None:
        self.api("PATCH", f"/dags/{dag_id}", json={"is_paused": True})

    def trigger(self, dag_id: str, conf: dict[str, Any] | None = None) -> str:
        """Trigger a manual run (no logical date); returns its run id."""
        run_id = f"test__{uuid.uuid4().hex[:10]}"
        self.api(
            "POST",
            f"/dags/{dag_id}/dagRuns",
            json={"dag_run_id": run_id, "logical_date": None, "conf": conf or {}},
        )
        return run_id

    def runs(self, dag_id: str) -> list[dict[str, Any]]:
        """Every run of a DAG, oldest first."""
        return self.api(
            "GET", f"/dags/{dag_id}/dagRuns", params={"limit": 100, "order_by": "run_after"}
        )["dag_runs"]

    def wait_run(self, dag_id: str, run_id: str, timeout: float = 600) -> dict[str, Any]:
        """Wait for a run to finish; return it (check ``state``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            run = self.api("GET", f"/dags/{dag_id}/dagRuns/{run_id}")
            if run["state"] in TERMINAL_RUN_STATES:
                return run
            time.sleep(3)
        raise AirflowClusterError(
            f"{dag_id}/{run_id} unfinished after {timeout}s\n{self.logs_tail()}"
        )

    def wait_for_runs(
        self, dag_id: str, count: int, *, after: dt.datetime | None = None, timeout: float = 900
    ) -> list[dict[str, Any]]:
        """Wait until ``count`` runs queued after ``after`` have finished; return them."""
        deadline = time.monotonic() + timeout
        done: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            runs = [r for r in self.runs(dag_id) if queued_after(r, after)]
            done = [r for r in runs if r["state"] in TERMINAL_RUN_STATES]
            if any(r["state"] == "failed" for r in done) or len(done) >= count:
                return done
            time.sleep(3)
        raise AirflowClusterError(
            f"{dag_id}: {len(done)}/{count} runs finished after {timeout}s\n{self.logs_tail()}"
        )

    def task_instances(self, dag_id: str, run_id: str) -> list[dict[str, Any]]:
        return self.api(
            "GET", f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances", params={"limit": 1000}
        )["task_instances"]

    def xcom(self, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> Any:
        """A task instance's ``return_value`` XCom, deserialised."""
        entry = self.api(
            "GET",
            f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/xcomEntries/return_value",
            params={"map_index": map_index, "deserialize": True},
        )
        return entry["value"]

    def backfill(
        self, dag_id: str, from_date: str, to_date: str, reprocess: str = "completed"
    ) -> dict[str, Any]:
        """Create a backfill over [from_date, to_date] (logical dates, inclusive)."""
        return self.api(
            "POST",
            "/backfills",
            json={
                "dag_id": dag_id,
                "from_date": from_date,
                "to_date": to_date,
                "reprocess_behavior": reprocess,
                "max_active_runs": 1,
                "dag_run_conf": {},
            },
        )


def start_local_cluster(settings: Settings, **kwargs: Any) -> AirflowCluster:
    """Bootstrap and start ``airflow standalone``; wait until healthy (caller stops it)."""
    cluster = AirflowCluster(settings, **kwargs)
    cluster.bootstrap()
    cluster.start_standalone()
    try:
        cluster.wait_healthy()
    except BaseException:
        cluster.stop()
        raise
    return cluster
