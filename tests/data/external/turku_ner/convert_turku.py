"""Convert the upstream Turku NER corpus brat standoff files (``data/standoff/{dev,test}/``) to
this folder's JSONL (see README.md).

Usage: ``python convert_turku.py STANDOFF_DIR > turku_ner_dev_test.jsonl`` (reproduces the file
byte for byte). ``dev`` -> split ``dev``, ``test`` -> ``heldout``; documents in name order. Each
non-empty line of a document's ``.txt`` (one sentence, UD tokenisation: tokens separated by
spaces, as upstream) is one record, id ``turku_ner-<split>-<document>-<line>`` (line counted from
0). The ``.ann`` text-bound annotations (``T<n> TYPE START END``) become ``[start, end, TYPE]``
spans relative to the line: PER -> PERSON, LOC -> LOCATION (scored); ORG, PRO, EVENT and DATE
keep their names (ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SPLITS = {"dev": "dev", "test": "heldout"}
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG", "PRO": "PRO", "EVENT": "EVENT"}
TYPES |= {"DATE": "DATE"}


def annotations(path: Path) -> list[tuple[int, int, str]]:
    """(start, end, upstream type) of each text-bound annotation in a brat ``.ann`` file."""
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            kind, start, end = line.split("\t")[1].split(" ")
            out.append((int(start), int(end), kind))
    return out


def document_records(txt: Path, split: str) -> list[dict]:
    """One record per non-empty line of ``txt``, gold from the ``.ann`` beside it."""
    text = txt.read_text(encoding="utf-8")
    spans = sorted(annotations(txt.with_suffix(".ann")))
    out, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        gold = [[s - start, e - start, TYPES[k]] for s, e, k in spans if start <= s and e <= end]
        rid = f"turku_ner-{split}-{txt.stem}-{n}"
        out.append({"id": rid, "split": split, "text": line, "gold": gold})
    return out


def records(standoff: Path) -> list[dict]:
    """Every dev and test sentence, dev first, documents in name order."""
    out = []
    for upstream, split in SPLITS.items():
        for txt in sorted((standoff / upstream).glob("*.txt")):
            out.extend(document_records(txt, split))
    return out


if __name__ == "__main__":
    for rec in records(Path(sys.argv[1])):
        print(json.dumps(rec, ensure_ascii=False))
