"""Convert upstream ``wikigold.conll.txt`` to this folder's JSONL (see README.md).

Usage: ``python convert_wikigold.py wikigold.conll.txt > wikigold.jsonl`` (reproduces the file
byte for byte). One record per sentence (blank-line separated block), id
``wikigold-<article>-<sentence>`` (both counted from 0; ``-DOCSTART-`` starts an article). The
tokens are joined as running text by ``bio_tags.detokenised``; IOB1 tags become
``[start, end, TYPE]`` spans: PER -> PERSON, LOC -> LOCATION (scored), ORG -> ORGANIZATION and
MISC -> MISC (ignored when scoring). WikiGold has no official split: each record carries the
split that the evaluator's id hash gives its ARTICLE id (``wikigold-<article>``), so no article
is cut between dev and held-out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1]))  # the shared bio_tags.py
sys.path.insert(0, str(HERE.parents[4]))  # this checkout, for the evaluator's split_of
from bio_tags import bio_spans, detokenised, document_sentences  # noqa: E402

from transforms.privacy.evaluation.external import split_of  # noqa: E402

TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"}


def records(path: str) -> list[dict]:
    """One record per sentence, in file order."""
    out = []
    for doc, n, block in document_sentences(path):
        text, starts = detokenised([token for token, _ in block])
        gold = [[s, e, kind] for s, e, kind, _ in bio_spans(block, starts, TYPES)]
        split = split_of(f"wikigold-{doc}")
        out.append({"id": f"wikigold-{doc}-{n}", "split": split, "text": text, "gold": gold})
    return out


if __name__ == "__main__":
    for rec in records(sys.argv[1]):
        print(json.dumps(rec, ensure_ascii=False))
