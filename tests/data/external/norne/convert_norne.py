"""Convert upstream NorNE ``ud/{nob,nno}/*-ud-{dev,test}.conllu`` files to this folder's JSONL
(see README.md).

Usage: ``python convert_norne.py UD_DIR > norne_dev_test.jsonl`` (reproduces the file byte for
byte); ``python convert_norne.py UD_DIR NDT_DIR > norne_train.jsonl`` writes the train sample.
Bokmål (``nob``) before Nynorsk (``nno``), dev before test; ``dev`` -> split ``dev``, ``test`` ->
``heldout``. One record per CoNLL-U sentence, id ``norne-<variant>-<split>-<sent_id>``.
The text is the sentence's ``# text`` line, which equals its word forms joined by a space unless
the MISC column says ``SpaceAfter=No`` (checked), so spans are exact. The NER tag is MISC's
``name=`` (IOB2, https://github.com/ltgoslo/norne#file-format): PER -> PERSON, LOC and GPE_LOC
(a geo-political entity used as a place, "lives in Spain") -> LOCATION (scored); GPE_ORG (the
same names used as an actor, "Spain declined") and ORG, PROD, EVT, DRV, MISC keep their names
(ignored when scoring).

The official train files are too large for the mirror, so the train sample is taken from the
same sentences in ``ndt/`` (the whole treebank, old CoNLL without spacing): every sentence whose
letters and digits (lower-cased; UD re-tokenised some) are not those of a dev or test sentence
is train, and every TRAIN_STEP-th of them is kept, id ``norne-<variant>-train-<file stem>-<n>``,
split ``dev`` (tuning data only); its text is rebuilt by ``bio_tags.detokenised``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_spans, detokenised  # noqa: E402

FILES = {"nob": "no_bokmaal-ud-{}.conllu", "nno": "no_nynorsk-ud-{}.conllu"}
SPLITS = {"dev": "dev", "test": "heldout"}
TRAIN_STEP = 8
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "GPE_LOC": "LOCATION"} | {
    t: t for t in ("GPE_ORG", "ORG", "PROD", "EVT", "DRV", "MISC")
}


def sentences(lines: list[str]) -> Iterator[tuple[str, str, list[list[str]]]]:
    """(sent_id, text, word rows split on tabs) per CoNLL-U sentence."""
    sent_id, text, rows = "", "", []
    for line in [*lines, ""]:
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            yield sent_id, text, rows
            sent_id, text, rows = "", "", []


def record(sent_id: str, text: str, rows: list[list[str]], rid: str, split: str) -> dict:
    """One JSONL record: the sentence text and ``[start, end, TYPE]`` gold spans."""
    starts, pos, joined = [], 0, ""
    tagged = []
    for row in rows:
        misc = dict(f.split("=", 1) for f in row[9].split("|") if "=" in f)
        starts.append(pos)
        tagged.append((row[1], misc.get("name", "O")))
        gap = "" if misc.get("SpaceAfter") == "No" else " "
        joined += row[1] + gap
        pos += len(row[1]) + len(gap)
    if joined.rstrip() != text:
        raise ValueError(f"{sent_id}: forms do not rebuild the text")
    gold = [[s, e, kind] for s, e, kind, _ in bio_spans(tagged, starts, TYPES)]
    return {"id": rid, "split": split, "text": text, "gold": gold}


def records(ud_dir: Path) -> list[dict]:
    """Every dev and test sentence, Bokmål before Nynorsk, dev before test."""
    out = []
    for variant, pattern in FILES.items():
        for upstream, split in SPLITS.items():
            path = ud_dir / variant / pattern.format(upstream)
            for sid, text, rows in sentences(path.read_text(encoding="utf-8").splitlines()):
                out.append(record(sid, text, rows, f"norne-{variant}-{split}-{sid}", split))
    return out


def _key(rows: list[list[str]]) -> str:
    """A sentence's letters and digits, lower-cased: the same in ``ndt/`` and in ``ud/``."""
    return re.sub(r"\W", "", "".join(r[1] for r in rows)).lower()


def train_records(ud_dir: Path, ndt_dir: Path) -> list[dict]:
    """Every TRAIN_STEP-th ``ndt/`` sentence that is in neither UD dev nor test (see above)."""
    out = []
    for variant, pattern in FILES.items():
        held = set()
        for upstream in SPLITS:
            lines = (ud_dir / variant / pattern.format(upstream)).read_text(encoding="utf-8")
            held |= {_key(rows) for *_, rows in sentences(lines.splitlines())}
        train = [
            (f"{path.stem}-{n}", rows)
            for path in sorted((ndt_dir / variant).glob("*.conll"))
            for n, (*_, rows) in enumerate(sentences(path.read_text(encoding="utf-8").splitlines()))
            if _key(rows) not in held
        ]
        for name, rows in train[::TRAIN_STEP]:
            text, starts = detokenised([r[1] for r in rows])
            tagged = [(r[1], r[9].removeprefix("name=")) for r in rows]
            gold = [[s, e, kind] for s, e, kind, _ in bio_spans(tagged, starts, TYPES)]
            rid = f"norne-{variant}-train-{name}"
            out.append({"id": rid, "split": "dev", "text": text, "gold": gold})
    return out


if __name__ == "__main__":
    if len(sys.argv) > 2:
        recs = train_records(Path(sys.argv[1]), Path(sys.argv[2]))
    else:
        recs = records(Path(sys.argv[1]))
    for rec in recs:
        print(json.dumps(rec, ensure_ascii=False))
