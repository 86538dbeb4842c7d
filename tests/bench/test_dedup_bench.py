"""The near-dedup benchmark: same documents, same parameters, comparable kept sets."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.bench.dedup import bench_dedup, generate_chat_docs
from transforms.config import Settings

KEYS = {"docs", "ours_docs_per_s", "datasketch_docs_per_s", "speedup", "kept_jaccard_vs_datasketch"}


def test_generated_documents_are_deterministic_and_clustered():
    a, ca = generate_chat_docs(300, seed=5)
    b, cb = generate_chat_docs(300, seed=5)
    assert a == b and np.array_equal(ca, cb)
    copies = np.flatnonzero(ca != np.arange(300))
    assert 0.2 < len(copies) / 300 < 0.4
    assert all(ca[ca[i]] == ca[i] for i in copies)  # copies point at originals


def test_bench_reports_both_sides_on_a_small_run(tmp_path):
    out = bench_dedup(Settings(data_dir=tmp_path, workers=1), docs=1500)
    assert set(out) >= KEYS
    assert out["docs"] == 1500
    assert out["kept_jaccard_vs_datasketch"] >= 0.98
    assert out["speedup"] > 1 and out["ours_docs_per_s"] > out["datasketch_docs_per_s"]
    assert out["ours_false_removals"] == 0 and out["ours_planted_recall"] > 0.97
    # rensa signs the same shingles with another permutation family: near-identical kept set
    assert out["kept_jaccard_rensa_vs_ours"] >= 0.98
    assert out["signing_rensa_docs_per_s"] > 0 and out["signing_ours_docs_per_s"] > 0


@pytest.mark.bench
def test_bench_meets_target_at_20k_docs(tmp_path):
    out = bench_dedup(Settings(data_dir=tmp_path, workers=1), docs=20_000)
    assert out["speedup"] >= 20, out
    assert out["kept_jaccard_vs_datasketch"] >= 0.99, out
