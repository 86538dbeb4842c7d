"""Convert the upstream StackOverflowNER ``dev.txt`` / ``test.txt`` files to this folder's JSONL
(see README.md).

Usage: ``python convert_so_ner.py DIR > so_ner_dev_test.jsonl`` (DIR holds upstream
``resources/annotated_ner_data/StackOverflow/``; reproduces the file byte for byte).
``dev.txt`` -> split ``dev``, ``test.txt`` -> ``heldout``. Upstream rows are
``token<TAB>BIO-tag<TAB>token<TAB>markdown-tag``, sentences blank-line separated; a post opens
with a ``Question_ID : N`` or ``Answer_to_Question_ID : N`` sentence and a ``Question_URL``
sentence (both dropped). One record per post: its sentences, each joined as running text by
``bio_tags.detokenised``, one per line; id ``so_ner-<split>-<n>-<q|a><question id>`` (n counts
posts from 0). User_Name -> PERSON (scored); the 26 software types (Library_Class, Code_Block,
Application, Value, Website, Organization, ...) keep their names (ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_spans, conll_blocks, detokenised  # noqa: E402

SPLITS = {"dev": "dev", "test": "heldout"}
OTHER_TYPES = (
    "Algorithm Application Class_Name Code_Block Data_Structure Data_Type Device Error_Name "
    "File_Name File_Type Function_Name HTML_XML_Tag Keyboard_IP Language Library "
    "Library_Class Library_Function Library_Variable Operating_System Organization "
    "Output_Block User_Interface_Element Value Variable_Name Version Website"
)
TYPES = {"User_Name": "PERSON"} | {t: t for t in OTHER_TYPES.split(" ")}
OPENERS = {"Question_ID": "q", "Answer_to_Question_ID": "a"}


def posts(blocks: Iterable[list[tuple[str, str]]]) -> list[tuple[str, list]]:
    """(``q``/``a`` + question id, sentences) per post, from a file's sentence blocks in order."""
    out: list[tuple[str, list[list[tuple[str, str]]]]] = []
    for block in blocks:
        first = block[0][0]
        if first in OPENERS:
            out.append((OPENERS[first] + block[-1][0], []))
        elif first != "Question_URL":
            out[-1][1].append(block)
    return out


def record(sentences: list[list[tuple[str, str]]], rid: str, split: str) -> dict:
    """One JSONL record: the post's sentences one per line, ``[start, end, TYPE]`` gold."""
    lines, gold, offset = [], [], 0
    for block in sentences:
        text, starts = detokenised([token for token, _ in block])
        spans = bio_spans(block, starts, TYPES)
        gold.extend([s + offset, e + offset, kind] for s, e, kind, _ in spans)
        lines.append(text)
        offset += len(text) + 1
    return {"id": rid, "split": split, "text": "\n".join(lines), "gold": gold}


def records(folder: Path) -> list[dict]:
    """Every dev post, then every test post."""
    out = []
    for upstream, split in SPLITS.items():
        blocks = conll_blocks(str(folder / f"{upstream}.txt"))
        for n, (post, sentences) in enumerate(posts(blocks)):
            out.append(record(sentences, f"so_ner-{split}-{n}-{post}", split))
    return out


if __name__ == "__main__":
    for rec in records(Path(sys.argv[1])):
        print(json.dumps(rec, ensure_ascii=False))
