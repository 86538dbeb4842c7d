"""Convert upstream NYTK-NerKor ``data/{devel,test}/<genre>/*.conllup`` files to this folder's
JSONL (see README.md).

Usage: ``python convert_nerkor.py DATA_DIR > nerkor_dev_test.jsonl`` (reproduces the file byte
for byte). ``devel`` -> split ``dev``, ``test`` -> ``heldout``; files in path order; every
STEP-th sentence of a split is kept (a sample, to keep the repository small), id
``nerkor-<split>-<genre>-<file stem>-<n>`` (n counts the file's sentences from 0). CoNLL-U Plus
(https://universaldependencies.org/ext-format.html): FORM is column 1, ``CONLL:NER`` (BIO)
column 6; ``#`` lines are comments. There is no spacing column, so the text is rebuilt by
``bio_tags.detokenised`` (tokens verbatim, spans exact). PER -> PERSON, LOC -> LOCATION
(scored); ORG and MISC keep their names (ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_record  # noqa: E402

SPLITS = {"devel": "dev", "test": "heldout"}
STEP = 4
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG", "MISC": "MISC"}


def sentences(lines: list[str]) -> Iterator[list[tuple[str, str]]]:
    """(form, NER tag) rows per sentence."""
    rows: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            cols = line.split("\t")
            rows.append((cols[0], cols[5]))
        elif rows:
            yield rows
            rows = []


def record(rows: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: running text and ``[start, end, TYPE]`` gold spans."""
    return bio_record(rows, rid, split, TYPES)


def records(data_dir: Path) -> list[dict]:
    """Every STEP-th sentence of devel, then of test."""
    out = []
    for upstream, split in SPLITS.items():
        every = [
            record(rows, f"nerkor-{split}-{path.parent.name}-{path.stem}-{n}", split)
            for path in sorted((data_dir / upstream).glob("*/*.conllup"))
            for n, rows in enumerate(sentences(path.read_text(encoding="utf-8").splitlines()))
        ]
        out.extend(every[::STEP])
    return out


if __name__ == "__main__":
    for rec in records(Path(sys.argv[1])):
        print(json.dumps(rec, ensure_ascii=False))
