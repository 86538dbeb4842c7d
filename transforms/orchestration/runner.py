"""Run stage DAGs through Airflow without a server: ``dag.test()`` for each step, in order.

``dag.test()`` is what ``airflow dags test`` runs: a real DAG run in the metadata DB of the
Airflow home (task SDK, XCom, dynamic mapping, asset events, failure callbacks), executed
in-process. The steps of one chain run in ONE child process (``python -m
transforms.orchestration.runner plan.json``), which pays Airflow's start-up (imports, DAG
parsing, the in-process execution API) once instead of once per DAG: ~9 s per step saved.

The child prints one ``@@IW-STEP {json}`` line when a step starts and when it ends; the
parent streams everything into a log file, reports progress from those lines and, on
failure, returns the failed task ids, the alert records the failure callback wrote and the
telling part of the failing step's log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MARKER = "@@IW-STEP "
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_TASK_FAILED = "Task failed with exception"
_LOG_RECORD = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


@dataclass(frozen=True)
class DagStep:
    """One DAG run of a chain."""

    dag_id: str
    conf: dict[str, Any] = field(default_factory=dict)
    logical_date: str | None = None  # ISO date/datetime; None = now
    label: str = ""

    @property
    def title(self) -> str:
        return self.label or self.dag_id


@dataclass
class StepResult:
    """How one step ended (from the child's end marker)."""

    step: DagStep
    state: str
    seconds: float
    run_id: str | None = None
    failed_tasks: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.state == "success"


@dataclass
class ChainOutcome:
    """How the chain went; on failure: which step, which tasks, alerts and a log excerpt."""

    ok: bool
    returncode: int
    seconds: float
    log_path: Path
    steps: list[StepResult] = field(default_factory=list)
    log_tail: str = ""
    alerts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed_step(self) -> StepResult | None:
        return next((s for s in self.steps if not s.ok), None)


def failure_excerpt(text: str, lines: int = 40) -> str:
    """The telling part of a failed step's log: the task output that precedes the last
    ``Task failed with exception`` record and the end of its traceback (ANSI colours removed).
    """
    rows = _ANSI.sub("", text).splitlines()
    idx = max((i for i, r in enumerate(rows) if _TASK_FAILED in r), default=None)
    if idx is None:
        return "\n".join(rows[-lines:])
    end = next((j for j in range(idx + 1, len(rows)) if _LOG_RECORD.match(rows[j])), len(rows))
    before = [r for r in rows[max(0, idx - lines // 2) : idx] if r.strip()]
    traceback = rows[idx + 1 : end]
    return "\n".join(before[-(lines // 2) :] + [rows[idx]] + traceback[-(lines // 2) :])


def _alerts_since(alerts_dir: Path, since: float) -> list[dict[str, Any]]:
    if not alerts_dir.exists():
        return []
    fresh = [p for p in sorted(alerts_dir.glob("*.json")) if p.stat().st_mtime >= since]
    return [json.loads(p.read_text()) for p in fresh]


def dag_test_env(env: dict[str, str]) -> dict[str, str]:
    """The chain child's environment: what differs when every task runs under ``dag.test()``.

    - No deadline alerts: there is no scheduler or triggerer to watch them, and Airflow 3.3's
      ``dag.test()`` fails at the successful end of a run whose DAG has one (it looks the
      alert up by its encoded dict, not its id).
    - Redaction shards use every core (``IW_SHARD_WORKERS`` = ``IW_WORKERS``, unless set):
      ``dag.test()`` runs mapped tasks one at a time in one process, so the one-process-per-
      shard default (right when a scheduler runs shards side by side) would leave cores idle.
    """
    out = {**env, "IW_RUN_DEADLINE_MINUTES": "0"}
    if "IW_SHARD_WORKERS" not in env:
        out["IW_SHARD_WORKERS"] = env.get("IW_WORKERS") or str(max(1, os.cpu_count() or 1))
    return out


def run_chain(
    steps: list[DagStep],
    env: dict[str, str],
    log_path: Path,
    *,
    alerts_dir: Path | None = None,
    on_event: Callable[[dict[str, Any]], None] | None = None,
    timeout: float = 3600,
) -> ChainOutcome:
    """Run ``steps`` in order in one Airflow child process; stop at the first failed run.

    ``on_event`` gets every marker (``{"event": "start"|"end", "index", "dag_id", ...}``).
    Never raises for a failed DAG run: the outcome says what failed.
    """
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.time()
    t0 = time.perf_counter()
    results: list[StepResult] = []
    spans: dict[int, tuple[int, int]] = {}  # step index -> (first, last) log line
    with tempfile.TemporaryDirectory(prefix="iw-chain-") as tmp:
        plan = Path(tmp) / "plan.json"
        plan.write_text(json.dumps([asdict(s) for s in steps]))
        cmd = [sys.executable, "-m", "transforms.orchestration.runner", str(plan)]
        deadline = time.monotonic() + timeout
        with open(log_path, "w") as log:
            log.write("$ " + " ".join(cmd) + "\n")
            proc = subprocess.Popen(
                cmd,
                env=dag_test_env(env),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
                bufsize=1,
            )
            assert proc.stdout is not None
            n = 1
            for line in proc.stdout:
                log.write(line)
                n += 1
                if line.startswith(MARKER):
                    event = json.loads(line[len(MARKER) :])
                    i = event["index"]
                    if event["event"] == "start":
                        spans[i] = (n, n)
                    else:
                        spans[i] = (spans.get(i, (n, n))[0], n)
                        results.append(
                            StepResult(
                                steps[i],
                                event["state"],
                                event["seconds"],
                                event.get("run_id"),
                                event.get("failed_tasks", []),
                                event.get("error"),
                            )
                        )
                    if on_event is not None:
                        on_event(event)
                if time.monotonic() > deadline:
                    proc.kill()
                    log.write(f"\n!! chain timed out after {timeout:.0f}s\n")
                    break
            returncode = proc.wait()
    outcome = ChainOutcome(
        ok=returncode == 0 and len(results) == len(steps) and all(r.ok for r in results),
        returncode=returncode,
        seconds=round(time.perf_counter() - t0, 1),
        log_path=log_path,
        steps=results,
    )
    if not outcome.ok:
        lines = log_path.read_text(errors="replace").splitlines()
        failed = outcome.failed_step
        if failed is not None:
            first, last = spans[steps.index(failed.step)]
            lines = lines[first - 1 : last]
        outcome.log_tail = failure_excerpt("\n".join(lines))
        if alerts_dir is not None:
            outcome.alerts = _alerts_since(alerts_dir, started - 1)
    return outcome


# --- child side -----------------------------------------------------------------------------
def _emit(event: dict[str, Any]) -> None:
    sys.stdout.write(MARKER + json.dumps(event, sort_keys=True, default=str) + "\n")
    sys.stdout.flush()


def _load_dags(dag_ids: set[str]) -> dict[str, Any]:
    """The chain's DAG objects, from ONE parse of the DAG bundles.

    ``airflow dags test`` looks each DAG up with ``get_bagged_dag``, which parses every DAG
    file and writes them all to the metadata DB, and then ``dag.test()`` parses and syncs the
    bundle again: per step, two parses of every DAG file (cosmos renders ``build_warehouse``
    in each). ``dag.test()``'s own sync is enough, so the chain parses once up front.
    """
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import BundleDagBag

    manager = DagBundlesManager()
    manager.sync_bundles_to_db()
    dags: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for bundle in manager.get_all_dag_bundles():
        bundle.initialize()
        bag = BundleDagBag(dag_folder=bundle.path, bundle_path=bundle.path, bundle_name=bundle.name)
        dags = {**bag.dags, **dags}  # the first bundle holding a dag_id wins
        errors.update(bag.import_errors)
    missing = sorted(dag_ids - set(dags))
    if missing:
        raise RuntimeError(f"DAG(s) {missing} not found; import errors: {errors or 'none'}")
    return dags


def _run_steps(steps: list[DagStep]) -> int:
    """Run each step with ``dag.test()``; 0 when every run succeeded, else 1."""
    from airflow.utils.state import DagRunState, TaskInstanceState

    if not steps:
        return 0
    try:
        dags = _load_dags({s.dag_id for s in steps})
    except Exception as exc:  # reported as the first step's failure, like a failed lookup
        step = steps[0]
        _emit({"event": "start", "index": 0, "dag_id": step.dag_id, "title": step.title})
        _emit(
            {
                "event": "end",
                "index": 0,
                "dag_id": step.dag_id,
                "title": step.title,
                "state": "error",
                "error": f"{type(exc).__name__}: {exc}",
                "seconds": 0.0,
            }
        )
        return 1
    for index, step in enumerate(steps):
        _emit({"event": "start", "index": index, "dag_id": step.dag_id, "title": step.title})
        t0 = time.perf_counter()
        end: dict[str, Any] = {
            "event": "end",
            "index": index,
            "dag_id": step.dag_id,
            "title": step.title,
        }
        try:
            dag = dags[step.dag_id]
            kwargs: dict[str, Any] = {"run_conf": step.conf or None}
            if step.logical_date:
                day = dt.datetime.fromisoformat(step.logical_date)
                kwargs["logical_date"] = day if day.tzinfo else day.replace(tzinfo=dt.UTC)
            run = dag.test(**kwargs)
            end["state"] = str(getattr(run.state, "value", run.state))
            end["run_id"] = run.run_id
            if run.state != DagRunState.SUCCESS:
                end["failed_tasks"] = sorted(
                    ti.task_id + (f"[{ti.map_index}]" if ti.map_index >= 0 else "")
                    for ti in run.get_task_instances(
                        state=[TaskInstanceState.FAILED, TaskInstanceState.UPSTREAM_FAILED]
                    )
                )
        except Exception as exc:  # reported to the parent through the marker, then exit 1
            end["state"] = "error"
            end["error"] = f"{type(exc).__name__}: {exc}"
        end["seconds"] = round(time.perf_counter() - t0, 1)
        _emit(end)
        if end["state"] != "success":
            return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m transforms.orchestration.runner plan.json`` (a list of DagStep dicts)."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        sys.stderr.write("usage: python -m transforms.orchestration.runner plan.json\n")
        return 2
    steps = [DagStep(**s) for s in json.loads(Path(argv[0]).read_text())]
    return _run_steps(steps)


if __name__ == "__main__":
    raise SystemExit(main())
