"""Convert the upstream Europeana Newspapers Dutch file ``enp_NL.kb.bio`` to this folder's JSONL
(see README.md).

Usage: ``python convert_enp_nl.py enp_NL.kb.bio > enp_nl.jsonl`` (reproduces the file byte for
byte). Upstream is one ``TOKEN TAG`` pair per line (IOB2: every name opens with ``B-``) with no
sentence breaks, and unlike the French file its tokens keep their punctuation (``Rotterdam.``,
``Dekker,``). So the text is the tokens joined by single spaces (verbatim, spans exact), a
sentence ends after a token ending in ``.``, ``!`` or ``?`` whose word is at least MIN_WORD
characters long (so initials ``J.`` and titles ``Mr.``, ``Jhr.`` do not end one), or at the first
``O`` token once it is MAX_TOKENS long, and a gold span loses the punctuation at its edges
(``(Noordbrabant)`` -> ``Noordbrabant``; an apostrophe opening ``'s Gravenhage`` stays).
Chunks, split and sampling as ``enp_bio`` (every STEP-th sentence, id ``enp_nl-c<chunk>-<n>``).
PER -> PERSON, LOC -> LOCATION (scored); ORG keeps its name (ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # shared bio_tags.py, enp_bio.py
import enp_bio  # noqa: E402
from bio_tags import bio_spans, space_joined  # noqa: E402

STEP = 4
MAX_TOKENS = 60
MIN_WORD = 4
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}
LEAD = '(«„"?|*>[-'
TRAIL = ".,;:-)»\"*?]>!&'"


def ends(token: str) -> bool:
    """Does ``token`` end a sentence: a full stop, ``!`` or ``?`` after a word of MIN_WORD."""
    return token[-1] in ".!?" and (len(token) == 1 or len(token.rstrip(".!?")) >= MIN_WORD)


def sentences(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) rows per sentence of the running upstream file."""
    return enp_bio.running_sentences(lines, ends, MAX_TOKENS)


def record(rows: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: space-joined text and ``[start, end, TYPE]`` gold spans trimmed of
    edge punctuation (a span of punctuation alone is dropped)."""
    text, starts = space_joined([token for token, _ in rows])
    gold = []
    for start, end, kind, _ in bio_spans(rows, starts, TYPES):
        while start < end and text[start] in LEAD:
            start += 1
        while end > start and text[end - 1] in TRAIL:
            end -= 1
        if start < end:
            gold.append([start, end, kind])
    return {"id": rid, "split": split, "text": text, "gold": gold}


def records(lines: Iterable[str]) -> list[dict]:
    """Every STEP-th sentence, with its chunk's split."""
    return enp_bio.sampled_records(sentences(lines), "enp_nl", STEP, record)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        for rec in records(fh):
            print(json.dumps(rec, ensure_ascii=False))
