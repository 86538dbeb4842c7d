"""Convert upstream SLURP ``devel.jsonl`` / ``test.jsonl`` to this folder's JSONL (README.md).

Usage: ``python convert_slurp.py devel.jsonl test.jsonl > slurp_dev_test.jsonl`` (reproduces
the file byte for byte). One record per upstream line (one typed or spoken-style request to a
home assistant), id ``slurp-<split>-<slurp_id>``; ``devel.jsonl`` -> split ``dev``,
``test.jsonl`` -> ``heldout`` (the official split). The text is the upstream ``sentence``; each
upstream token is found in it left to right (``mary's`` holds the tokens ``mary`` and ``'s``), and
an entity's token span ``[first, ..., last]`` becomes ``[start, end, TYPE]``: person -> PERSON,
place_name -> LOCATION, email_address -> EMAIL_ADDRESS (scored); every other upstream type
(artist_name, relation, business_name, date, personal_info, ...) is kept upper-cased and ignored
when scoring. A sentence whose tokens are not found in order falls back to the tokens joined with
single spaces (counted on stderr).
"""

from __future__ import annotations

import json
import sys

TYPES = {"person": "PERSON", "place_name": "LOCATION", "email_address": "EMAIL_ADDRESS"}


def offsets(text: str, tokens: list[str]) -> list[int] | None:
    """Start of each token in ``text``, read left to right, ignoring case (some upstream tokens
    are capitalised where the sentence is not: ``Friday``); None if one is not found next."""
    starts, pos = [], 0
    for token in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text[pos : pos + len(token)].lower() != token.lower():
            return None
        starts.append(pos)
        pos += len(token)
    return starts


def record(upstream: dict, split: str) -> dict:
    """One JSONL record; ``joined`` says the text fell back to space-joined tokens."""
    tokens = [t["surface"] for t in upstream["tokens"]]
    text = upstream["sentence"]
    starts = offsets(text, tokens)
    joined = starts is None
    if joined:
        text = " ".join(tokens)
        starts = offsets(text, tokens)
    gold = []
    for ent in upstream["entities"]:
        first, last = ent["span"][0], ent["span"][-1]
        kind = TYPES.get(ent["type"], ent["type"].upper())
        gold.append([starts[first], starts[last] + len(tokens[last]), kind])
    rec = {"id": f"slurp-{split}-{upstream['slurp_id']}", "split": split, "text": text}
    rec["gold"] = sorted(gold)
    return rec | ({"joined": True} if joined else {})


if __name__ == "__main__":
    fallback = 0
    for path, split in zip(sys.argv[1:3], ("dev", "heldout"), strict=True):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = record(json.loads(line), split)
                    fallback += rec.pop("joined", False)
                    print(json.dumps(rec, ensure_ascii=False))
    print(f"{fallback} sentences fell back to space-joined tokens", file=sys.stderr)
