"""Convert an upstream GermEval 2014 ``.tsv`` file to this folder's JSONL (see README.md).

Usage: ``python convert_germeval.py FILE SPLIT > out.jsonl``. Each sentence (a ``#`` source line,
then ``N TOKEN OUTER_TAG NESTED_TAG`` rows, blank line after) is one record; tokens are joined
with single spaces and the outer BIO tags (column 3) become ``[start, end, TYPE]`` spans:
PER -> PERSON, LOC -> LOCATION (scored); ORG, OTH and the ``deriv``/``part`` forms
("deutschen", "Obama-Regierung") keep their upstream names (ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

# the shared bio_tags.py one folder up
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bio_tags import bio_record, space_joined  # noqa: E402

UPSTREAM = ("ORG", "OTH") + tuple(
    f"{kind}{form}" for kind in ("PER", "LOC", "ORG", "OTH") for form in ("deriv", "part")
)
TYPES = {"PER": "PERSON", "LOC": "LOCATION"} | {t: t for t in UPSTREAM}


def sentences(path: str) -> Iterator[list[tuple[str, str]]]:
    """[(token, outer tag), ...] per sentence; the ``#`` source line is skipped."""
    rows: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#\t"):
                continue
            if not line.strip():
                if rows:
                    yield rows
                rows = []
                continue
            cols = line.rstrip("\n").split("\t")
            rows.append((cols[1], cols[2]))
    if rows:
        yield rows


def record(rows: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: space-joined text and ``[start, end, TYPE]`` gold spans."""
    return bio_record(rows, rid, split, TYPES, join=space_joined)


if __name__ == "__main__":
    path, split = sys.argv[1:3]
    for n, rows in enumerate(sentences(path), 1):
        print(json.dumps(record(rows, f"germeval14-{split}-{n}", split), ensure_ascii=False))
