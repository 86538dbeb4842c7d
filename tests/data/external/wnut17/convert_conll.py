"""Convert an upstream WNUT 2017 CoNLL file to this folder's JSONL (see README.md).

Usage: ``python convert_conll.py FILE ID_PREFIX SPLIT > out.jsonl``. Each blank-line separated
block is one record; tokens are joined with single spaces and BIO tags become
``[start, end, TYPE]`` character spans. Run on ``emerging.dev.conll`` it reproduces the dev half
of ``wnut17_dev_test.jsonl`` byte for byte.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# the shared bio_tags.py one folder up
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bio_tags import bio_spans, conll_blocks, space_joined  # noqa: E402

TYPES = {
    "person": "PERSON",
    "location": "LOCATION",
    "group": "GROUP",
    "corporation": "CORPORATION",
    "product": "PRODUCT",
    "creative-work": "CREATIVE_WORK",
}


def record(block: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: space-joined text and character spans of the BIO entities."""
    text, starts = space_joined([token for token, _ in block])
    gold = [[s, e, kind] for s, e, kind, _ in bio_spans(block, starts, TYPES)]
    return {"id": rid, "split": split, "text": text, "gold": gold}


if __name__ == "__main__":
    path, prefix, split = sys.argv[1:4]
    for n, b in enumerate(conll_blocks(path)):
        print(json.dumps(record(b, f"{prefix}-{n}", split), ensure_ascii=False))
