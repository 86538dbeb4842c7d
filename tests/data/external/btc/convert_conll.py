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
from pathlib import Path

# the shared bio_tags.py one folder up
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bio_tags import bio_spans, conll_blocks, space_joined  # noqa: E402

TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


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
    """One JSONL record: space-joined text and character spans of the BIO entities; an entity
    that starts with an @-mention is ``<TYPE>_HANDLE``."""
    glued = glue_mentions(block)
    text, starts = space_joined([token for token, _, _ in glued])
    rows = [(token, tag) for token, tag, _ in glued]
    gold = [
        [s, e, f"{kind}_HANDLE" if glued[first][2] else kind]
        for s, e, kind, first in bio_spans(rows, starts, TYPES)
    ]
    return {"id": rid, "split": split, "text": text, "gold": gold}


if __name__ == "__main__":
    path, corpus, split = sys.argv[1:4]
    for n, b in enumerate(conll_blocks(path)):
        print(json.dumps(record(b, f"{corpus}-{split}-{n}", split), ensure_ascii=False))
