"""Eval-set decontamination: drop training items sharing word n-grams with held-out eval items.

The eval set is JSONL, one item per line: ``{"id": str, "prompt": str, "solution": str}``
(``solution`` optional). Each text field is normalised like the training text and cut into
word n-grams (default 13, as in the GPT-3 / Llama contamination checks); fields shorter than
``n`` tokens are skipped and counted, because a short phrase is too generic to prove
contamination. A training item is contaminated when at least ``min_matches`` of its n-grams
occur in the eval index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polars as pl

from transforms.exports.shingles import iter_shingles, normalize_texts
from transforms.io import sha256_file

EVAL_FIELDS = ("prompt", "solution")
_PREFILTER_BITS = 24


@dataclass(frozen=True)
class EvalIndex:
    """Sorted unique n-gram hashes of an eval set, with the owning eval item per hash."""

    path: str
    sha256: str
    n: int
    items: int
    hashes: np.ndarray  # uint64, sorted, unique
    owners: np.ndarray  # int64 index into item_ids
    item_ids: tuple[str, ...]
    fields_too_short: int = 0
    stats: dict = field(default_factory=dict)

    def describe(self) -> dict:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "items": self.items,
            "ngram": self.n,
            "ngrams": int(len(self.hashes)),
            "fields_too_short": self.fields_too_short,
        }


def load_eval_items(path: Path) -> list[dict]:
    """Eval items from JSONL; malformed lines are a clear error naming the line."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"eval set not found: {path}")
    items = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
        if (
            not isinstance(obj, dict)
            or not isinstance(obj.get("id"), str)
            or not isinstance(obj.get("prompt"), str)
        ):
            raise ValueError(f"{path}:{lineno}: expected an object with string 'id' and 'prompt'")
        if obj["id"] in seen:
            raise ValueError(f"{path}:{lineno}: duplicate eval id {obj['id']!r}")
        seen.add(obj["id"])
        items.append(obj)
    if not items:
        raise ValueError(f"eval set {path} has no items")
    return items


def build_eval_index(path: Path, n: int = 13) -> EvalIndex:
    """Index the eval set's word n-grams (fields shorter than ``n`` tokens are skipped)."""
    items = load_eval_items(path)
    texts, owners = [], []
    for i, item in enumerate(items):
        for name in EVAL_FIELDS:
            value = item.get(name)
            if isinstance(value, str) and value.strip():
                texts.append(value)
                owners.append(i)
    norm = normalize_texts(pl.Series("text", texts, dtype=pl.String))
    all_hashes, all_owners = [], []
    too_short = 0
    owners_arr = np.asarray(owners, dtype=np.int64)
    for chunk in iter_shingles(norm, kind="word", n=n):
        counts = np.diff(chunk.offsets)
        # a field with < n tokens yields exactly one shingle covering the whole field
        full = _token_counts(norm[chunk.start : chunk.start + chunk.n_docs]) >= n
        too_short += int((~full & (counts > 0)).sum())
        doc = chunk.doc_index()
        ok = full[doc]
        all_hashes.append(chunk.hashes[ok])
        all_owners.append(owners_arr[chunk.start + doc[ok]])
    hashes = np.concatenate(all_hashes) if all_hashes else np.zeros(0, dtype=np.uint64)
    own = np.concatenate(all_owners) if all_owners else np.zeros(0, dtype=np.int64)
    hashes, first = np.unique(hashes, return_index=True)
    return EvalIndex(
        path=str(path),
        sha256=sha256_file(path),
        n=n,
        items=len(items),
        hashes=hashes,
        owners=own[first],
        item_ids=tuple(item["id"] for item in items),
        fields_too_short=too_short,
    )


def _token_counts(norm: pl.Series) -> np.ndarray:
    """Word-token count per normalised text (same token definition as the shingler)."""
    return norm.str.count_matches(r"[a-z0-9_[^\x00-\x7f]]+").fill_null(0).to_numpy()


@dataclass(frozen=True)
class ContaminationResult:
    """Per training item: number of eval n-grams hit, and the first eval item matched."""

    hits: np.ndarray  # int64
    first_eval: np.ndarray  # int64 index into EvalIndex.item_ids, -1 when clean

    def contaminated(self, min_matches: int = 1) -> np.ndarray:
        return self.hits >= max(1, min_matches)


def find_contamination(norm_texts: pl.Series, index: EvalIndex) -> ContaminationResult:
    """Count eval n-gram hits per (normalised) training text."""
    n_docs = len(norm_texts)
    hits = np.zeros(n_docs, dtype=np.int64)
    first_eval = np.full(n_docs, -1, dtype=np.int64)
    if not len(index.hashes) or not n_docs:
        return ContaminationResult(hits, first_eval)
    # a 2**24-bit presence map of the eval hashes' top bits rules out ~all shingles with one
    # gather; only the rare survivors pay for a binary search
    shift = np.uint64(64 - _PREFILTER_BITS)
    present = np.zeros(1 << _PREFILTER_BITS, dtype=bool)
    present[index.hashes >> shift] = True
    for chunk in iter_shingles(norm_texts, kind="word", n=index.n):
        if not len(chunk.hashes):
            continue
        maybe = np.flatnonzero(present[chunk.hashes >> shift])
        if not len(maybe):
            continue
        pos = np.minimum(np.searchsorted(index.hashes, chunk.hashes[maybe]), len(index.hashes) - 1)
        hit = index.hashes[pos] == chunk.hashes[maybe]
        if not hit.any():
            continue
        # short docs yield one whole-text shingle of < n tokens; it cannot be an eval n-gram
        hit_docs = np.searchsorted(chunk.offsets, maybe[hit], side="right") - 1 + chunk.start
        np.add.at(hits, hit_docs, 1)
        owners = index.owners[pos[hit]]
        order = np.lexsort((owners, hit_docs))
        uniq_docs, first = np.unique(hit_docs[order], return_index=True)
        first_eval[uniq_docs] = owners[order][first]
    return ContaminationResult(hits, first_eval)
