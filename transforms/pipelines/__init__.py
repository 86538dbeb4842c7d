"""One module per stage, each exposing ``run(partition, settings) -> StageResult``.

``partition`` is a day (``YYYY-MM-DD``, the Airflow data interval's start) or ``None`` for
every partition present. Stages are idempotent: rerunning a partition replaces its outputs.
Every run leaves a run record under ``<data>/state/runs/`` that the warehouse exposes as
``mart_pipeline_runs``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from transforms.config import Settings
from transforms.io import write_json_atomic

# The daily chain, in order, then the privacy lifecycle stages.
CHAIN = ("extract", "redact", "warehouse", "quality", "export")
STAGES = (*CHAIN, "erasure", "retention")


@dataclass
class StageResult:
    """What a stage did: counts, outputs and anything worth a line in the summary."""

    stage: str
    partition: str | None
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    started_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat())
    finished_at: str | None = None
    duration_s: float = 0.0
    status: str = "success"
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, default=str)


def record_run(result: StageResult, settings: Settings) -> None:
    """Persist a run record (one JSON file per run; never appended in place)."""
    path = (
        settings.state_dir
        / "runs"
        / result.stage
        / f"{result.started_at[:19]}_{result.run_id}.json"
    )
    write_json_atomic(result.to_dict(), path.with_name(path.name.replace(":", "")))


# glibc's malloc serves a large allocation from the heap once one that size was freed (its
# mmap threshold rises up to 32 MiB, https://man7.org/linux/man-pages/man3/mallopt.3.html):
# then small long-lived allocations pin freed blocks (decompressed source blocks, Parquet
# pages) and a stage's resident set grows with the number of partitions it handles (extract:
# 301 -> 546 MB over 15 equal partitions; with the threshold fixed at 1 MiB: 181 -> 197 MB).
MALLOC_MMAP_THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3  # mallopt parameter number in glibc's malloc.h


def bound_heap() -> bool:
    """Fix glibc's mmap threshold at :data:`MALLOC_MMAP_THRESHOLD` in this process, so every
    allocation that large is returned to the OS when freed. ``False`` where there is no glibc."""
    import ctypes

    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, MALLOC_MMAP_THRESHOLD))
    except (OSError, AttributeError):
        return False


@contextmanager
def stage_run(stage: str, partition: str | None, settings: Settings) -> Iterator[StageResult]:
    """Time a stage, record its run (also on failure, with status=failed), then re-raise."""
    bound_heap()
    result = StageResult(stage=stage, partition=partition)
    t0 = time.perf_counter()
    try:
        yield result
    except BaseException as exc:
        result.status = "failed"
        result.details["error"] = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        result.duration_s = round(time.perf_counter() - t0, 3)
        result.finished_at = dt.datetime.now(dt.UTC).isoformat()
        record_run(result, settings)


def get_stage(stage: str) -> Callable[[str | None, Settings], StageResult]:
    """The ``run`` function of a stage module, imported lazily (keeps CLI/DAG imports light)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; stages: {', '.join(STAGES)}")
    import importlib

    return importlib.import_module(f"transforms.pipelines.{stage}").run
