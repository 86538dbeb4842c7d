"""The detection pool's one-off set-up (session 37, issue 14): the Finnish forms loaded before
the fork, each worker's inherited heap frozen, and the same spans through the pool as in-process."""

from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from transforms.privacy.pool_setup import freeze_inherited_heap, warm_up_lists

# Starts the pool as the redact stage does, then reports what the parent and a worker hold.
PARENT = """
import gc, json
from transforms.privacy.engine import _get_pool, detect_batch, detect_many
from transforms.privacy.pii import finnish_words
texts = [
    "Kertokaa te .",
    "Tuli hiljaista",
    "Hi, I'm Maria Garcia from Berlin; mail maria@example.com.",
    "Ship it to 221B Baker Street, London NW1 6XE.",
    "Moi Sirpa, terveisiä Helsingistä!",
] * 20 + [f"message {i} from Alice in Paris" for i in range(40)]
pooled = detect_many(texts, workers=2)
worker_frozen = _get_pool(2).submit(gc.get_freeze_count).result()
print(json.dumps({
    "parent_frozen": gc.get_freeze_count(),
    "worker_frozen": worker_frozen,
    "finnish_loaded": finnish_words._lists.cache_info().currsize,
    "same": pooled == detect_batch(texts),
}), flush=True)
"""


@pytest.fixture(scope="module")
def pool_report() -> dict:
    run = subprocess.run(
        [sys.executable, "-c", PARENT],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=600,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_finnish_forms_are_loaded_before_the_workers_fork(pool_report):
    assert pool_report["finnish_loaded"] == 1


def test_each_worker_freezes_its_inherited_heap_and_the_parent_does_not(pool_report):
    assert pool_report["worker_frozen"] > 100_000  # spaCy, the word and place lists
    assert pool_report["parent_frozen"] == 0  # the parent's garbage stays collectable


def test_the_pool_gives_the_in_process_spans(pool_report):
    assert pool_report["same"] is True


def test_warm_up_lists_loads_the_finnish_forms():
    from transforms.privacy.pii import finnish_words

    warm_up_lists()
    assert finnish_words._lists.cache_info().currsize == 1
    assert finnish_words.everyday_form("kertokaa")  # an everyday form ...
    assert not finnish_words.everyday_form("kubernetes")  # ... and a look-alike that is none


def _frozen_after_freeze() -> int:
    freeze_inherited_heap()
    return gc.get_freeze_count()


def test_freeze_inherited_heap_freezes_only_the_process_it_runs_in():
    before = gc.get_freeze_count()
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork")) as pool:
        assert pool.submit(_frozen_after_freeze).result() > 0
    assert gc.get_freeze_count() == before
