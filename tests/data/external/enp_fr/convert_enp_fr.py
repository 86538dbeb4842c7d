"""Convert the upstream Europeana Newspapers French file ``enp_FR.bnf.bio`` to this folder's
JSONL (see README.md).

Usage: ``python convert_enp_fr.py enp_FR.bnf.bio > enp_fr.jsonl`` (reproduces the file byte for
byte). Upstream is one ``TOKEN TAG`` pair per line (IOB1: ``I-`` tags, ``B-`` only between two
touching names; https://github.com/EuropeanaNewspapers/ner-corpora README) with no sentence
breaks, so a sentence ends after ``.``, ``!`` or ``?``, or at the first ``O`` token once it is
MAX_TOKENS long (OCR runs without punctuation). Sentences are grouped in ``enp_bio.CHUNK``
consecutive ones (a stretch of one newspaper page); a SHA-256 hash of the chunk id puts ~30 %
of chunks in ``heldout``, the rest in ``dev``, so one article's repeated names do not straddle
the split. Every STEP-th sentence is kept, id ``enp_fr-c<chunk>-<n>`` (n counts every sentence).
Text: ``bio_tags.detokenised`` with French elision (``l'Ouest``). PER -> PERSON, LOC ->
LOCATION (scored); ORG keeps its name (ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # shared bio_tags.py, enp_bio.py
import enp_bio  # noqa: E402
from bio_tags import bio_record, detokenised  # noqa: E402

STEP = 4
MAX_TOKENS = 60
ENDS = {".", "!", "?"}
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}


def sentences(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) rows per sentence of the running upstream file."""
    return enp_bio.running_sentences(lines, ENDS.__contains__, MAX_TOKENS)


def record(rows: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: running text and ``[start, end, TYPE]`` gold spans."""
    return bio_record(rows, rid, split, TYPES, partial(detokenised, elision=True))


def records(lines: Iterable[str]) -> list[dict]:
    """Every STEP-th sentence, with its chunk's split."""
    return enp_bio.sampled_records(sentences(lines), "enp_fr", STEP, record)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        for rec in records(fh):
            print(json.dumps(rec, ensure_ascii=False))
