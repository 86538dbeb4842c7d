"""What a task returns to XCom: a small summary of its stage result plus where it ran.

``worker`` is ``IW_WORKER_ID`` from the worker's environment: on one machine every Celery
worker reports the same hostname, so the tag is what proves work was spread across workers.
"""

from __future__ import annotations

import os
import socket
from typing import Any

from transforms.config import worker_id

_MAX_COUNTS = 60  # XCom rows stay small; the full record is in state/runs


def where() -> dict[str, Any]:
    """The worker tag, hostname and pid of the running task."""
    return {
        "worker": worker_id(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
    }


def summarize(result: Any, **extra: Any) -> dict[str, Any]:
    """Summary of a ``StageResult`` (or of a plain mapping of counts) for XCom."""
    if isinstance(result, dict):
        counts = result
        head: dict[str, Any] = {}
    else:
        counts = result.counts
        head = {
            "stage": result.stage,
            "partition": result.partition,
            "run_id": result.run_id,
            "status": result.status,
            "duration_s": result.duration_s,
        }
    trimmed = dict(sorted(counts.items())[:_MAX_COUNTS])
    return {**head, "counts": trimmed, **where(), **extra}
