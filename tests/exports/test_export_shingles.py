"""Normalisation and shingle hashing agree with the executable definition."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from transforms.bench.dedup import generate_chat_docs
from transforms.exports.shingles import iter_shingles, normalize_texts, shingle_set_reference


def _sets(norm: pl.Series, kind: str, n: int, chunk_bytes: int = 1 << 20) -> list[set[int]]:
    out: list[set[int]] = [set() for _ in range(len(norm))]
    for chunk in iter_shingles(norm, kind=kind, n=n, chunk_bytes=chunk_bytes):
        for i in range(chunk.n_docs):
            out[chunk.start + i] = set(
                chunk.hashes[chunk.offsets[i] : chunk.offsets[i + 1]].tolist()
            )
    return out


def test_normalisation_reduces_placeholders_case_and_whitespace():
    texts = pl.Series(
        [
            "Mail <EMAIL_ADDRESS_ab12cd>\n\n  NOW",
            "mail <EMAIL_ADDRESS_ff0099> now",
            None,
            "<SECRET>",
        ]
    )
    norm = normalize_texts(texts).to_list()
    assert norm[0] == norm[1] == "mail <email_address> now"
    assert norm[2] == ""
    assert norm[3] == "<secret>"
    unicode_spaces = normalize_texts(
        pl.Series(["\u3000 a\u00a0b\u2028\u2029c\td\u202f\u205fÉ\r\n"])
    )
    assert unicode_spaces.to_list() == ["a b c d é"]


@pytest.mark.parametrize(("kind", "n"), [("word", 5), ("word", 1), ("word", 3), ("char", 7)])
def test_hashed_shingles_match_reference_sets(kind, n):
    texts, _ = generate_chat_docs(40, seed=5)
    texts += ["", "one", "a b", "Ünïcode wörds ärë tokens too", "x" * 3, "tabs\tand\nlines"]
    norm = normalize_texts(pl.Series(texts))
    hashed = _sets(norm, kind, n, chunk_bytes=4096)  # many chunks, docs split across none
    ref = [shingle_set_reference(t, kind=kind, n=n) for t in norm.to_list()]
    for h, r in zip(hashed, ref, strict=True):
        assert len(h) == len(r)  # no collisions, nothing lost
    # Jaccard between every pair of the first docs is preserved exactly
    for i in range(8):
        for j in range(i + 1, 8):
            ref_j = len(ref[i] & ref[j]) / max(1, len(ref[i] | ref[j]))
            got_j = len(hashed[i] & hashed[j]) / max(1, len(hashed[i] | hashed[j]))
            assert got_j == pytest.approx(ref_j)


def test_equal_shingles_hash_equal_across_documents_and_chunkings():
    norm = normalize_texts(
        pl.Series(["alpha beta gamma delta epsilon zeta", "beta gamma delta epsilon zeta eta"])
    )
    a, b = _sets(norm, "word", 5)
    assert len(a & b) == 1  # "beta gamma delta epsilon zeta"
    assert _sets(norm, "word", 5, chunk_bytes=1) == _sets(norm, "word", 5, chunk_bytes=1 << 20)


def test_hashes_are_identical_in_a_fresh_process():
    # dedup decisions must not depend on the process (no seeded-per-process hashing)
    import subprocess
    import sys

    code = (
        "import polars as pl;"
        "from transforms.exports.shingles import iter_shingles, normalize_texts;"
        "n = normalize_texts(pl.Series(['the quick brown fox jumps over the lazy dog']));"
        "print(next(iter_shingles(n, kind='word', n=5)).hashes.tolist())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    norm = normalize_texts(pl.Series(["the quick brown fox jumps over the lazy dog"]))
    here = next(iter_shingles(norm, kind="word", n=5)).hashes
    assert here.dtype == np.uint64 and len(here) == 5
    assert out.stdout.strip() == str(here.tolist())


def test_bad_arguments_are_clear_errors():
    norm = pl.Series(["x"])
    with pytest.raises(ValueError, match="word' or 'char"):
        next(iter_shingles(norm, kind="line"))
    with pytest.raises(ValueError, match=">= 1"):
        next(iter_shingles(norm, n=0))
