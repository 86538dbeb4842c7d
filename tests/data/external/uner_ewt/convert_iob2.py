"""Convert an upstream Universal NER ``.iob2`` file to this folder's JSONL (see README.md).

Usage: ``python convert_iob2.py FILE CORPUS SPLIT > out.jsonl``. Each sentence (blank-line
separated block, UD-style ``# sent_id`` / ``# text`` comments, then ``ID TOKEN TAG ...``
columns) is one record. The text is the sentence's own ``# text =`` line (original spacing);
each token is found in it left to right, and BIO tags become ``[start, end, TYPE]`` character
spans: PER -> PERSON, LOC -> LOCATION (scored), ORG -> ORGANIZATION (ignored when scoring).
A sentence without a ``# text`` line, or whose tokens do not occur in it in order, falls back to
tokens joined with single spaces (counted on stderr). SPLIT ``hash`` (for a treebank with only a
test file, e.g. ``uner_ceb_gja``) gives each record the split the project's id hash gives it
(``transforms.privacy.evaluation.external.split_of``: first 8 hex digits of SHA-256 of the id,
mod 100, below 30 -> ``heldout``).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

# the shared bio_tags.py one folder up
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bio_tags import bio_spans  # noqa: E402

TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def blocks(path: str) -> Iterator[tuple[dict[str, str], list[tuple[str, str]]]]:
    """(comments, [(token, tag), ...]) per sentence."""
    meta: dict[str, str] = {}
    rows: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if rows:
                    yield meta, rows
                meta, rows = {}, []
            elif line.startswith("# ") and " = " in line:
                key, _, value = line[2:].partition(" = ")
                meta[key.strip()] = value
            elif not line.startswith("#"):
                cols = line.split("\t")
                rows.append((cols[1], cols[2]))
    if rows:
        yield meta, rows


def offsets(text: str, tokens: list[str]) -> list[int] | None:
    """Start of each token in ``text``, read left to right; None if one is not found next."""
    starts, pos = [], 0
    for token in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(token, pos):
            return None
        starts.append(pos)
        pos += len(token)
    return starts


def spans(rows: list[tuple[str, str]], starts: list[int]) -> list[list]:
    """BIO tags -> ``[start, end, TYPE]``; an I- tag after O or another type starts a span."""
    return [[s, e, kind] for s, e, kind, _ in bio_spans(rows, starts, TYPES)]


def record(meta: dict[str, str], rows: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record; ``joined`` says the text fell back to space-joined tokens."""
    tokens = [t for t, _ in rows]
    text = meta.get("text", "")
    starts = offsets(text, tokens) if text else None
    joined = starts is None
    if joined:
        text = " ".join(tokens)
        starts = offsets(text, tokens)
    rec = {"id": rid, "split": split, "text": text, "gold": spans(rows, starts)}
    return rec | ({"joined": True} if joined else {})


def hash_split(record_id: str) -> str:
    """``heldout`` for ~30 % of ids, else ``dev`` (the same rule as the project's ``split_of``)."""
    bucket = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < 30 else "dev"


if __name__ == "__main__":
    path, corpus, split = sys.argv[1:4]
    fallback = 0
    for n, (meta, rows) in enumerate(blocks(path)):
        if split == "hash":
            rid = f"{corpus}-{meta.get('sent_id', n)}"
            rec = record(meta, rows, rid, hash_split(rid))
        else:
            rec = record(meta, rows, f"{corpus}-{split}-{meta.get('sent_id', n)}", split)
        fallback += rec.pop("joined", False)
        print(json.dumps(rec, ensure_ascii=False))
    print(f"{path}: {fallback} sentences fell back to space-joined tokens", file=sys.stderr)
