"""Convert the upstream Europeana Newspapers French file ``enp_FR.bnf.bio`` to this folder's
JSONL (see README.md).

Usage: ``python convert_enp_fr.py enp_FR.bnf.bio > enp_fr.jsonl`` (reproduces the file byte for
byte). Upstream is one ``TOKEN TAG`` pair per line (IOB1: ``I-`` tags, ``B-`` only between two
touching names; https://github.com/EuropeanaNewspapers/ner-corpora README) with no sentence
breaks, so a sentence ends after ``.``, ``!`` or ``?``, or at the first ``O`` token once it is
MAX_TOKENS long (OCR runs without punctuation). Sentences are grouped in CHUNK consecutive
ones (a stretch of one newspaper page); a SHA-256 hash of the chunk id puts ~30 % of chunks in
``heldout``, the rest in ``dev``, so one article's repeated names do not straddle the split.
Every STEP-th sentence is kept, id ``enp_fr-c<chunk>-<n>`` (n counts all sentences from 0).
Text: ``bio_tags.detokenised`` with French elision (``l'Ouest``). PER -> PERSON, LOC ->
LOCATION (scored); ORG keeps its name (ignored when scoring).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_record, detokenised  # noqa: E402

STEP = 4
CHUNK = 40
MAX_TOKENS = 60
HELDOUT_PERCENT = 30
ENDS = {".", "!", "?"}
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}


def sentences(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) rows per sentence of the running upstream file."""
    rows: list[tuple[str, str]] = []
    for line in lines:
        if not line.strip():
            continue
        token, tag = line.rstrip("\n").rsplit(" ", 1)
        if rows and len(rows) >= MAX_TOKENS and tag == "O":
            yield rows
            rows = []
        rows.append((token, tag))
        if token in ENDS:
            yield rows
            rows = []
    if rows:
        yield rows


def chunk_split(chunk: int) -> str:
    """``heldout`` or ``dev`` for chunk number ``chunk`` (hash of its id, fixed)."""
    digest = hashlib.sha256(f"enp_fr-c{chunk}".encode()).hexdigest()
    return "heldout" if int(digest[:8], 16) % 100 < HELDOUT_PERCENT else "dev"


def record(rows: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: running text and ``[start, end, TYPE]`` gold spans."""
    return bio_record(rows, rid, split, TYPES, partial(detokenised, elision=True))


def records(lines: Iterable[str]) -> list[dict]:
    """Every STEP-th sentence, with its chunk's split."""
    return [
        record(rows, f"enp_fr-c{n // CHUNK}-{n}", chunk_split(n // CHUNK))
        for n, rows in enumerate(sentences(lines))
        if n % STEP == 0
    ]


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        for rec in records(fh):
            print(json.dumps(rec, ensure_ascii=False))
