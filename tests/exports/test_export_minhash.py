"""MinHash signatures, LSH parameters and greedy near-duplicate resolution."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from transforms.bench.dedup import datasketch_dedup, generate_chat_docs
from transforms.exports.minhash import (
    EMPTY,
    MinHasher,
    lsh_params,
    near_dedup,
    resolve_near_duplicates,
)
from transforms.exports.shingles import iter_shingles, normalize_texts, shingle_set_reference


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.8, 128), (0.5, 64), (0.9, 256)])
def test_lsh_params_match_datasketch(threshold, num_perm):
    from datasketch import MinHashLSH

    ref = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_params(threshold, num_perm) == (ref.b, ref.r)


def test_signature_agreement_estimates_jaccard():
    texts, _ = generate_chat_docs(30, seed=2)
    norm = normalize_texts(pl.Series(texts))
    sig = MinHasher(num_perm=256, seed=3).signatures(iter_shingles(norm), len(norm))
    ref = [shingle_set_reference(t) for t in norm.to_list()]
    errors = []
    for i, j in [(0, 1), (2, 3), (4, 5)] + [(k, k) for k in range(3)]:
        true = len(ref[i] & ref[j]) / len(ref[i] | ref[j])
        est = float(np.mean(sig[:, i] == sig[:, j]))
        errors.append(abs(true - est))
    assert max(errors) < 0.12  # ~4 standard deviations at 256 permutations


def test_empty_documents_get_empty_signatures_and_never_match():
    norm = normalize_texts(pl.Series(["", "alpha beta gamma delta epsilon", "", "!!!"]))
    sig = MinHasher(num_perm=16).signatures(iter_shingles(norm), len(norm))
    assert (sig[:, [0, 2, 3]] == EMPTY).all() and not (sig[:, 1] == EMPTY).all()
    res = resolve_near_duplicates(sig, 0.8)
    assert res.keep.all()


def test_planted_near_duplicates_collapse_and_distinct_documents_survive():
    texts, clusters = generate_chat_docs(1500, seed=11, dup_fraction=0.3)
    norm = normalize_texts(pl.Series(texts))
    res = near_dedup(norm, threshold=0.8, num_perm=128)
    originals = clusters == np.arange(len(clusters))
    # every original survives (nothing distinct is folded into something else)...
    assert res.keep[originals].all()
    # ...and nearly every planted copy collapses into its own original
    copies = ~originals
    assert (~res.keep[copies]).mean() > 0.97
    folded = np.flatnonzero(~res.keep)
    assert (clusters[res.parent[folded]] == clusters[folded]).all()
    sizes = res.cluster_sizes()
    assert sizes.sum() == len(texts) and (sizes[~res.keep] == 0).all()


def test_best_ranked_member_is_kept_and_result_is_deterministic():
    base = " ".join(f"token{i}" for i in range(300))
    docs = [base.replace("token7 ", "tokenX "), base, base.replace("token9 ", "tokenY ")]
    norm = normalize_texts(pl.Series(docs))
    a = near_dedup(norm)
    b = near_dedup(norm)
    assert a.keep.tolist() == [True, False, False]
    assert a.parent.tolist() == [-1, 0, 0]
    assert np.array_equal(a.keep, b.keep) and np.array_equal(a.parent, b.parent)


def test_verification_rejects_band_collisions_below_threshold():
    # one band of one row: any shared minimum collides; verification must refuse the merge
    norm = normalize_texts(
        pl.Series(
            [
                " ".join(f"w{i}" for i in range(0, 100)),
                " ".join(f"w{i}" for i in range(60, 160)),  # Jaccard ~0.25
            ]
        )
    )
    sig = MinHasher(num_perm=128, seed=1).signatures(iter_shingles(norm), 2)
    sig[0, 1] = sig[0, 0]  # force a bucket collision in the only band
    verified = resolve_near_duplicates(sig, 0.8, bands=1, rows=1, verify=True)
    unverified = resolve_near_duplicates(sig, 0.8, bands=1, rows=1, verify=False)
    assert verified.keep.all() and verified.rejected_candidates == 1
    assert unverified.keep.tolist() == [True, False]


def test_agrees_with_datasketch_on_the_same_documents():
    texts, _ = generate_chat_docs(800, seed=4)
    norm = normalize_texts(pl.Series(texts))
    ours = near_dedup(norm, threshold=0.8, num_perm=128)
    theirs = datasketch_dedup(
        norm.to_list(), threshold=0.8, num_perm=128, n=5, params=lsh_params(0.8, 128)
    )
    a, b = set(np.flatnonzero(ours.keep)), set(np.flatnonzero(theirs))
    assert len(a & b) / len(a | b) > 0.98


def test_char_shingles_work_end_to_end():
    texts, clusters = generate_chat_docs(300, seed=8, dup_fraction=0.3)
    norm = normalize_texts(pl.Series(texts))
    res = near_dedup(norm, kind="char", n=7)
    originals = clusters == np.arange(len(clusters))
    assert res.keep[originals].all()
    assert (~res.keep[~originals]).mean() > 0.95
