"""Convert an upstream WNUT 2017 CoNLL file to this folder's JSONL (see README.md).

Usage: ``python convert_conll.py FILE ID_PREFIX SPLIT > out.jsonl``. Each blank-line separated
block is one record; tokens are joined with single spaces and BIO tags become
``[start, end, TYPE]`` character spans. Run on ``emerging.dev.conll`` it reproduces the dev half
of ``wnut17_dev_test.jsonl`` byte for byte.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

TYPES = {
    "person": "PERSON",
    "location": "LOCATION",
    "group": "GROUP",
    "corporation": "CORPORATION",
    "product": "PRODUCT",
    "creative-work": "CREATIVE_WORK",
}


def blocks(path: str) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) lists, one per record; a line of whitespace ends a record."""
    block: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            token, tag = line.rstrip("\n").split("\t")
            block.append((token, tag))
    if block:
        yield block


def record(block: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: space-joined text and character spans of the BIO entities."""
    words: list[str] = []
    gold: list[list] = []
    pos = 0
    current: list | None = None
    for token, tag in block:
        start = pos
        pos += len(token) + 1
        words.append(token)
        kind = TYPES.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if kind is not None and (tag[0] == "B" or current is None or current[2] != kind):
            if current:
                gold.append(current)
            current = [start, start + len(token), kind]
        elif kind is not None and current is not None:
            current[1] = start + len(token)
        else:
            if current:
                gold.append(current)
            current = None
    if current:
        gold.append(current)
    return {"id": rid, "split": split, "text": " ".join(words), "gold": gold}


if __name__ == "__main__":
    path, prefix, split = sys.argv[1:4]
    for n, b in enumerate(blocks(path)):
        print(json.dumps(record(b, f"{prefix}-{n}", split), ensure_ascii=False))
