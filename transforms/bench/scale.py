"""Scale benchmark: the in-process chain at growing sizes, wall and peak RSS per stage.

``bench_scale(settings, sizes)`` generates each size's messages into its own temp data dir,
then runs every stage of :data:`transforms.pipelines.CHAIN` in a fresh child process
(``python -m transforms.bench.scale STAGE``), exactly the function Airflow's
task calls. Each child is reaped with ``os.wait4`` so its resource usage is its own:

- ``peak_rss_mb``: the largest resident set of the stage's process tree (the kernel's
  ``ru_maxrss`` over the child and every descendant it waited for, e.g. redaction workers);
- ``cores``: CPU seconds (user + system, descendants included) over wall seconds.

One dict per size (``messages``, ``wall_s``, ``rows_per_s``, ``stages``) plus a ``growth``
entry comparing the largest size with the smallest: peak RSS ratio and per-message wall
ratio per stage, the two figures the flat-memory / linear-time targets are about.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from transforms.config import Settings, child_env
from transforms.pipelines import CHAIN

LOCATION_OVERRIDES = ("IW_SOURCE_DIR", "IW_LAKE_DIR", "IW_WAREHOUSE")


def own_locations(env: dict[str, str]) -> dict[str, str]:
    """``env`` without the variables that move the source, lake or warehouse elsewhere, so a
    benchmark's stages read and write under its own data dir whatever this shell points at."""
    return {k: v for k, v in env.items() if k not in LOCATION_OVERRIDES}


def chain_env(data_dir: Path, workers: int) -> dict[str, str]:
    """The environment of a benchmark's stage children: this one, on ``data_dir``."""
    return own_locations(child_env({"IW_DATA_DIR": str(data_dir), "IW_WORKERS": str(workers)}))


def run_stage_measured(
    stage: str, env: dict[str, str], cwd: Path, partition: str | None = None
) -> dict[str, Any]:
    """Run one chain stage (for ``partition``, default every day) in a child process; its
    wall, peak RSS, cores and counts."""
    cmd = [sys.executable, "-m", "transforms.bench.scale", stage]
    if partition:
        cmd.append(partition)
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode != 0:
        last = (stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"stage {stage} failed (exit {proc.returncode}): {last}")
    record = json.loads(stdout.strip().splitlines()[-1])
    cpu = usage.ru_utime + usage.ru_stime
    return {
        "wall_s": round(wall, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
        "cores": round(cpu / wall, 2) if wall else 0.0,
        "counts": record.get("counts", {}),
        **({"gate": record["gate"]} if "gate" in record else {}),
    }


def bench_size(settings: Settings, messages: int, *, keep: bool = False) -> dict[str, Any]:
    """Generate ``messages`` messages into a temp data dir and run the chain stage by stage."""
    if messages < 1:
        raise ValueError(f"messages must be >= 1, got {messages}")
    from transforms.simulator.generator import generate
    from transforms.warehouse import latest_path

    tmp = Path(tempfile.mkdtemp(prefix=f"iw-bench-scale-{messages}-"))
    try:
        local = replace(settings, data_dir=tmp)
        t0 = time.perf_counter()
        counts = generate(local, messages=messages, progress=False)
        gen_s = time.perf_counter() - t0
        env = chain_env(tmp, settings.workers)
        stages: dict[str, Any] = {}
        gate = "passed"
        for stage in CHAIN:
            if stage == "export" and gate == "failed":
                # the export refuses a failed gate; measure it anyway, without a verdict
                # (the run then records quality_gate: missing), and say so in the result
                latest_path(local).unlink(missing_ok=True)
            try:
                stages[stage] = run_stage_measured(stage, env, settings.repo_dir)
            except RuntimeError as exc:
                # a long run's finished stages are not lost with the failing one
                done = {k: {f: v for f, v in s.items() if f != "counts"} for k, s in stages.items()}
                raise RuntimeError(f"{exc}; stages done at {messages} messages: {done}") from exc
            if stages[stage].pop("gate", None) == "failed":
                gate = "failed"
            # one progress line per finished stage (stderr; stdout keeps the result lines)
            figures = {k: v for k, v in stages[stage].items() if k != "counts"}
            print(
                json.dumps({"scale_stage": stage, "messages": messages, **figures}),
                file=sys.stderr,
                flush=True,
            )
        wall = sum(s["wall_s"] for s in stages.values())
        rows = counts["messages"]
        return {
            "bench": "scale",
            "messages": rows,
            "generate_s": round(gen_s, 1),
            "wall_s": round(wall, 1),
            "rows_per_s": round(rows / wall, 1),
            "peak_rss_mb": max(s["peak_rss_mb"] for s in stages.values()),
            "redact_cores": stages["redact"]["cores"],
            "quality_gate": gate,
            "stages": {
                name: {k: v for k, v in s.items() if k != "counts"} for name, s in stages.items()
            },
            "data_dir": str(tmp) if keep else None,
        }
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def growth(small: dict[str, Any], large: dict[str, Any]) -> dict[str, Any]:
    """Per stage: peak RSS ratio and per-message wall ratio of ``large`` over ``small``."""
    scale = large["messages"] / small["messages"]
    out: dict[str, Any] = {"bench": "scale-growth", "sizes": [small["messages"], large["messages"]]}
    for stage, s in small["stages"].items():
        big = large["stages"][stage]
        out[stage] = {
            "rss_ratio": round(big["peak_rss_mb"] / s["peak_rss_mb"], 2),
            "per_message_wall_ratio": round(big["wall_s"] / (s["wall_s"] * scale), 2)
            if s["wall_s"]
            else None,
        }
    return out


def bench_scale(settings: Settings, sizes: list[int]) -> Iterator[dict[str, Any]]:
    """One result per size (ascending, each yielded when done), then the growth of the
    largest size over the smallest."""
    sizes = sorted(set(sizes))
    if not sizes:
        raise ValueError("give at least one size")
    results = []
    for n in sizes:
        results.append(bench_size(settings, n))
        yield results[-1]
    if len(results) > 1:
        yield growth(results[0], results[-1])


def _child(stage: str, partition: str | None = None) -> int:
    """Child side: run ``stage`` for ``partition`` (default every partition) and print its run
    record as JSON.

    A failed quality gate is a verdict on the generated data, not a failure of the stage's
    work (every suite ran): it is printed as ``{"counts": {}, "gate": "failed"}``.
    """
    from transforms.pipelines import get_stage
    from transforms.quality.gate import QualityGateFailed

    try:
        result = get_stage(stage)(partition, Settings.from_env())
    except QualityGateFailed as exc:
        sys.stderr.write(f"{exc}\n")
        sys.stdout.write(json.dumps({"counts": {}, "gate": "failed"}) + "\n")
        return 0
    sys.stdout.write(result.to_json() + "\n")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or sys.argv[1] not in CHAIN:
        sys.stderr.write(
            f"usage: python -m transforms.bench.scale {{{'|'.join(CHAIN)}}} [YYYY-MM-DD]\n"
        )
        raise SystemExit(2)
    raise SystemExit(_child(*sys.argv[1:]))
