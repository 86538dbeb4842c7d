"""Convert the upstream SEC-filings CoNLL files to this folder's JSONL (see README.md).

Usage: ``python convert_sec.py FIN5.txt FIN3.txt > sec_filings.jsonl`` (reproduces the file byte
for byte). FIN5 (the official train set) becomes split ``dev``, FIN3 (the official test set)
split ``heldout``. One record per sentence (blank-line separated block), id
``sec_filings-<train|test>-<document>-<sentence>`` (counted from 0; ``-DOCSTART-`` starts a
document). The tokens (first column) are joined as running text by ``bio_tags.detokenised``;
IOB1 tags (last column) become ``[start, end, TYPE]`` spans: PER -> PERSON, LOC -> LOCATION
(scored), ORG -> ORGANIZATION and MISC -> MISC (ignored when scoring). A PER span that is just
the contract-party word "Borrower" or "Lender" (any case; 9 in 10 of upstream PER) becomes
PARTY_ROLE, ignored when scoring: a defined term for a party, not a person's name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_spans, detokenised, document_sentences  # noqa: E402

TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}
PARTY_ROLES = {"borrower", "lender"}


def kind_of(text: str, start: int, end: int, kind: str) -> str:
    """The span's type, with PERSON spans that are a party-role word made PARTY_ROLE."""
    if kind == "PERSON" and text[start:end].lower() in PARTY_ROLES:
        return "PARTY_ROLE"
    return kind


def records(path: str, part: str, split: str) -> list[dict]:
    """One record per sentence of ``path``, in file order."""
    out = []
    for doc, n, block in document_sentences(path):
        text, starts = detokenised([token for token, _ in block])
        gold = [[s, e, kind_of(text, s, e, k)] for s, e, k, _ in bio_spans(block, starts, TYPES)]
        rid = f"sec_filings-{part}-{doc}-{n}"
        out.append({"id": rid, "split": split, "text": text, "gold": gold})
    return out


if __name__ == "__main__":
    train, test = sys.argv[1:3]
    for rec in records(train, "train", "dev") + records(test, "test", "heldout"):
        print(json.dumps(rec, ensure_ascii=False))
