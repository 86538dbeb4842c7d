"""Convert the upstream KPWr n82 NER test file ``kpwr-ner-n82-test.iob`` to this folder's JSONL
(see README.md).

Usage: ``python convert_kpwr.py kpwr-ner-n82-test.iob > kpwr.jsonl`` (reproduces the file byte
for byte). Upstream is Liner2's IOB export (https://github.com/CLARIN-PL/Liner2): a
``-DOCSTART FILE <document>`` line opens each document, then one ``orth base ctag TAG`` line
per token (tab-separated), a blank line between sentences. A SHA-256 hash of the document name
puts ~30 % of documents in ``heldout``, the rest in ``dev`` (one blog's or article's repeated
names never straddle the split). Every STEP-th sentence is kept, id ``kpwr-<document>-<n>``
(n counts the document's sentences from 0). Text: ``bio_tags.detokenised`` (upstream keeps no
spacing). Types (KPWr n82 guidelines): ``nam_liv_person`` -> PERSON; ``nam_loc_*`` (cities,
countries, regions, rivers, mountains) and the street-like facilities ``nam_fac_road`` /
``nam_fac_square`` -> LOCATION (scored); every other type keeps its name (ignored).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_record  # noqa: E402

STEP = 2
HELDOUT_PERCENT = 30
DOC_MARK = "-DOCSTART FILE "
STREETS = ("nam_fac_road", "nam_fac_square")


def type_of(upstream: str) -> str:
    """Our type for a KPWr n82 category; unscored categories keep their name."""
    if upstream == "nam_liv_person":
        return "PERSON"
    if upstream.startswith("nam_loc") or upstream in STREETS:
        return "LOCATION"
    return upstream


def sentences(lines: Iterable[str]) -> Iterator[tuple[str, int, list[tuple[str, str]]]]:
    """(document, sentence number within it, (token, tag) rows) per upstream sentence."""
    doc, n, rows = "", 0, []
    for line in [*lines, ""]:
        if line.startswith("-DOCSTART"):
            if line.startswith(DOC_MARK):
                doc, n = line[len(DOC_MARK) :].strip(), 0
            continue
        if line.strip():
            cols = line.rstrip("\n").split("\t")
            rows.append((cols[0], cols[-1]))
        elif rows:
            yield doc, n, rows
            n, rows = n + 1, []


def doc_split(doc: str) -> str:
    """``heldout`` or ``dev`` for document ``doc`` (hash of its name, fixed)."""
    digest = hashlib.sha256(f"kpwr-{doc}".encode()).hexdigest()
    return "heldout" if int(digest[:8], 16) % 100 < HELDOUT_PERCENT else "dev"


def records(lines: Iterable[str]) -> list[dict]:
    """Every STEP-th sentence of each document, with its document's split."""
    return [
        bio_record(
            rows, f"kpwr-{doc}-{n}", doc_split(doc), {t[2:]: type_of(t[2:]) for _, t in rows}
        )
        for doc, n, rows in sentences(lines)
        if n % STEP == 0
    ]


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        for rec in records(fh):
            print(json.dumps(rec, ensure_ascii=False))
