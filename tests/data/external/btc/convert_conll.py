"""Convert an upstream Broad Twitter Corpus CoNLL file to this folder's JSONL (see README.md).

Usage: ``python convert_conll.py FILE CORPUS SPLIT > out.jsonl``. Each blank-line separated
block is one tweet and one record. Tokens are joined with single spaces, except that an
@-mention the corpus split into two tokens (``@`` then the handle, both tagged ``B-X``, the
corpus's own convention) is glued back into one token ``@handle``. BIO tags become
``[start, end, TYPE]`` character spans: PER -> PERSON, LOC -> LOCATION (scored), ORG ->
ORGANIZATION (ignored when scoring); an entity that starts with an @-mention gets the type
``<TYPE>_HANDLE`` (ignored when scoring: a platform handle, not a name in prose).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def blocks(path: str) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) lists, one per tweet; a line of whitespace ends a tweet."""
    block: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            token, tag = line.rstrip("\n").split("\t")[:2]
            block.append((token, tag))
    if block:
        yield block


def glue_mentions(block: list[tuple[str, str]]) -> list[tuple[str, str, bool]]:
    """(token, tag, is_mention): ``@`` + handle both tagged B-X become one ``@handle`` token."""
    out: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(block):
        token, tag = block[i]
        if token == "@" and tag.startswith("B-") and i + 1 < len(block):
            nxt, nxt_tag = block[i + 1]
            if nxt_tag[2:] == tag[2:] and nxt_tag[:2] in ("B-", "I-"):
                out.append(("@" + nxt, tag, True))
                i += 2
                continue
        out.append((token, tag, token.startswith("@") and len(token) > 1))
        i += 1
    return out


def record(block: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: space-joined text and character spans of the BIO entities."""
    words: list[str] = []
    gold: list[list] = []
    pos = 0
    current: list | None = None
    for token, tag, mention in glue_mentions(block):
        start = pos
        pos += len(token) + 1
        words.append(token)
        label = TYPES.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        same = current is not None and current[3] == label
        if label is not None and (tag[0] == "B" or not same):
            if current:
                gold.append(current)
            kind = f"{label}_HANDLE" if mention else label
            current = [start, start + len(token), kind, label]
        elif label is not None and current is not None:
            current[1] = start + len(token)
        else:
            if current:
                gold.append(current)
            current = None
    if current:
        gold.append(current)
    spans = [[s, e, kind] for s, e, kind, _ in gold]
    return {"id": rid, "split": split, "text": " ".join(words), "gold": spans}


if __name__ == "__main__":
    path, corpus, split = sys.argv[1:4]
    for n, b in enumerate(blocks(path)):
        print(json.dumps(record(b, f"{corpus}-{split}-{n}", split), ensure_ascii=False))
