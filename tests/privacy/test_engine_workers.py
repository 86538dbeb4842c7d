"""Detection-pool workers end when the process that started them is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

# Starts the pool, detects (so the workers are busy once), prints the worker pids, then idles.
PARENT = """
import json, multiprocessing as mp, sys, time
from transforms.privacy.engine import detect_many
detect_many([f"message {i} from Alice in Paris" for i in range(80)], workers=2)
print(json.dumps([p.pid for p in mp.active_children()]), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_exit_when_the_parent_is_killed(sig):
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True, env=dict(os.environ)
    )
    try:
        workers = json.loads(parent.stdout.readline())
        assert len(workers) == 2 and all(_alive(p) for p in workers)
        parent.send_signal(sig)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers), "workers outlived their parent"
    finally:
        parent.kill()
        parent.wait()
