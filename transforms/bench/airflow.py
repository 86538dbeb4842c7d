"""Orchestration overhead: the demo chain in-process vs through Airflow, same data, one run.

``iw bench airflow`` generates the demo dataset once, copies it into two data directories and
runs the stage chain (extract per day, redact, warehouse, quality, export) twice:

- **in-process**: each stage function (:func:`transforms.pipelines.get_stage`) called directly,
  in a fresh child process per stage (:func:`transforms.bench.scale.run_stage_measured`);
- **Airflow**: the demo's DAG runs (``dag.test()`` in one Airflow process, see
  :mod:`transforms.orchestration.runner`), after a bootstrap (``airflow db migrate``, pool, dbt
  parse) that is timed apart: it is paid once per Airflow home, not per run.

Prints one JSON line: wall seconds of both paths, their ratio, and the per-step walls, so the
README can say where the extra time goes. Wall clock on a shared machine: run it on a quiet
one and read the ratio, not the seconds.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from transforms.bench.scale import chain_env, own_locations, run_stage_measured
from transforms.config import Settings


def _in_process(settings: Settings, days: list[str]) -> dict[str, float]:
    """Stage walls of the chain run stage by stage, each in its own child process (the scale
    benchmark's runner: the same stage function Airflow's task calls)."""
    env = chain_env(settings.data_dir, settings.workers)
    steps: list[tuple[str, str | None]] = [("extract", d) for d in days]
    steps += [(s, None) for s in ("redact", "warehouse", "quality", "export")]
    walls: dict[str, float] = {}
    for stage, day in steps:
        measured = run_stage_measured(stage, env, settings.repo_dir, partition=day)
        walls[f"{stage} {day}" if day else stage] = measured["wall_s"]
    return walls


def _airflow(settings: Settings, days: list[str]) -> tuple[float, dict[str, float]]:
    """(bootstrap seconds, step walls) of the demo chain through Airflow."""
    from transforms.demo import demo_steps
    from transforms.orchestration.bootstrap import airflow_env, bootstrap_airflow
    from transforms.orchestration.runner import run_chain

    env = own_locations(airflow_env(settings, extra={"IW_TASK_RETRIES": "0"}))
    t0 = time.perf_counter()
    bootstrap_airflow(settings, env)
    boot = time.perf_counter() - t0
    outcome = run_chain(demo_steps(days), env, settings.airflow_home / "bench_logs" / "chain.log")
    if not outcome.ok:
        failed = outcome.failed_step
        raise RuntimeError(
            f"Airflow chain failed at {failed.step.title if failed else '?'}: {outcome.log_path}"
        )
    return round(boot, 2), {s.step.title: round(s.seconds, 2) for s in outcome.steps}


def bench_airflow(work_dir: Path | None = None, seed: int | None = None) -> dict[str, Any]:
    """Run both paths on the same generated demo data; returns the JSON-able result."""
    from transforms.demo import source_days
    from transforms.simulator.generator import generate

    root = Path(work_dir or tempfile.mkdtemp(prefix="iw-bench-airflow-"))
    plain = Settings.from_env(data_dir=root / "in_process")
    orchestrated = Settings.from_env(data_dir=root / "airflow")
    counts = generate(plain, seed=seed, progress=False)
    shutil.copytree(plain.source_dir, orchestrated.source_dir)
    days = source_days(plain)

    t0 = time.perf_counter()
    stages = _in_process(plain, days)
    in_process = time.perf_counter() - t0
    t0 = time.perf_counter()
    boot, steps = _airflow(orchestrated, days)
    airflow = time.perf_counter() - t0 - boot
    return {
        "bench": "airflow_overhead",
        "days": len(days),
        "messages": counts.get("messages", 0),
        "in_process_s": round(in_process, 2),
        "airflow_s": round(airflow, 2),
        "ratio": round(airflow / in_process, 2) if in_process else None,
        "airflow_bootstrap_s": boot,
        "in_process_stages_s": stages,
        "airflow_steps_s": steps,
        "work_dir": str(root),
    }


def main(argv: list[str] | None = None) -> int:
    result = bench_airflow()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
