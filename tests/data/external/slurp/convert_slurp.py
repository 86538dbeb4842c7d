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

Generic places (session 32): a place_name made only of common nouns and function words ("home",
"the airport", "world", "nearest to my location", "another city") names no particular place, so
it is no personal data; it becomes ``GENERIC_PLACE`` (ignored when scoring, like the other
unscored types). Time-zone abbreviations upstream tagged place_name ("cst", "est") likewise. A
span with any other word ("mg road", "east coast", "mall of america", "walmart") stays LOCATION.
``python convert_slurp.py --relabel slurp_dev_test.jsonl`` applies this rule to an already
converted file (prints the result; idempotent).
"""

from __future__ import annotations

import json
import sys

TYPES = {"person": "PERSON", "place_name": "LOCATION", "email_address": "EMAIL_ADDRESS"}
# Words of a place_name that name no particular place: kinds of place (common nouns), where the
# speaker is, determiners and distance words. Fixed by principle and the devel split only.
_GENERIC_PLACE_WORDS = """
    a an the my our your his her their this that another any some every nearest nearby near
    closest local around within in to of at one two mile miles km here there location
    home hometown town city state country world international national domestic local
    neighborhood neighbourhood area region place places house apartment apt flat office work
    workplace school college university campus library airport station railway train bus
    subway metro stop downtown uptown beach park parks mall market supermarket store stores
    shop shops restaurant restaurants cafe pub bar bars club gym hospital clinic church temple
    museum zoo theater theatre theaters theatres cinema cinemas hotel bank post convention
    center centre stadium garage garden yard backyard kitchen bedroom room groomer salon
    fjord river lake mountain island islands coast sea ocean street road
    cst est pst mst cdt edt pdt mdt gmt utc
"""
GENERIC_PLACE_WORDS = frozenset(_GENERIC_PLACE_WORDS.split())


def place_type(value: str) -> str:
    """``GENERIC_PLACE`` when every word of a place_name is in :data:`GENERIC_PLACE_WORDS`
    (a possessive ``'s`` aside), else ``LOCATION``."""
    words = [w.removesuffix("'s") for w in value.lower().split()]
    return "GENERIC_PLACE" if all(w in GENERIC_PLACE_WORDS for w in words) else "LOCATION"


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
        start, end = starts[first], starts[last] + len(tokens[last])
        if kind == "LOCATION":
            kind = place_type(text[start:end])
        gold.append([start, end, kind])
    rec = {"id": f"slurp-{split}-{upstream['slurp_id']}", "split": split, "text": text}
    rec["gold"] = sorted(gold)
    return rec | ({"joined": True} if joined else {})


def relabel(path: str) -> None:
    """Print the converted file at ``path`` with :func:`place_type` applied to its LOCATIONs."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for g in rec["gold"]:
                if g[2] == "LOCATION":
                    g[2] = place_type(rec["text"][g[0] : g[1]])
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__" and sys.argv[1:2] == ["--relabel"]:
    relabel(sys.argv[2])
elif __name__ == "__main__":
    fallback = 0
    for path, split in zip(sys.argv[1:3], ("dev", "heldout"), strict=True):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = record(json.loads(line), split)
                    fallback += rec.pop("joined", False)
                    print(json.dumps(rec, ensure_ascii=False))
    print(f"{fallback} sentences fell back to space-joined tokens", file=sys.stderr)
