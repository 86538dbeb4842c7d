"""Convert upstream CrossNER ``ner_data/<domain>/{dev,test}.txt`` files to this folder's JSONL
(see README.md).

Usage: ``python convert_crossner.py NER_DATA_DIR > crossner_dev_test.jsonl`` (reproduces the file
byte for byte). Domains ai, literature, music, politics, science (the CoNLL-2003 copy upstream
is left out); ``dev.txt`` -> split ``dev``, ``test.txt`` -> ``heldout``. One record per sentence
(blank-line separated ``token<TAB>BIO-tag`` block), id ``crossner-<domain>-<split>-<n>`` (n
counts sentences from 0). Tokens are joined as running text by ``bio_tags.detokenised``. The
domain person types (person, politician, writer, musicalartist, scientist, researcher) ->
PERSON and location, country -> LOCATION (scored); every other upstream type keeps its name
(organisation, misc, election, band, ...; ignored when scoring).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_record, conll_blocks  # noqa: E402

DOMAINS = ("ai", "literature", "music", "politics", "science")
SPLITS = {"dev": "dev", "test": "heldout"}
PERSON_TYPES = ("person", "politician", "writer", "musicalartist", "scientist", "researcher")
OTHER_TYPES = [
    "misc",
    "organisation",
    "politicalparty",
    "award",
    "election",
    "band",
    "musicgenre",
    "book",
    "astronomicalobject",
    "event",
    "album",
    "song",
    "field",
    "product",
    "task",
    "university",
    "algorithm",
    "chemicalcompound",
    "literarygenre",
    "metrics",
    "academicjournal",
    "protein",
    "poem",
    "conference",
    "magazine",
    "enzyme",
    "discipline",
    "chemicalelement",
    "programlang",
    "musicalinstrument",
    "theory",
]
TYPES = (
    {t: "PERSON" for t in PERSON_TYPES}
    | {"location": "LOCATION", "country": "LOCATION"}
    | {t: t for t in OTHER_TYPES}
)


def record(block: list[tuple[str, str]], rid: str, split: str) -> dict:
    """One JSONL record: running text and ``[start, end, TYPE]`` gold spans."""
    return bio_record(block, rid, split, TYPES)


def records(ner_data: Path) -> list[dict]:
    """Every dev and test sentence of the five domains, domain by domain, dev before test."""
    out = []
    for domain in DOMAINS:
        for upstream, split in SPLITS.items():
            blocks = conll_blocks(str(ner_data / domain / f"{upstream}.txt"))
            for n, block in enumerate(blocks):
                out.append(record(block, f"crossner-{domain}-{split}-{n}", split))
    return out


if __name__ == "__main__":
    for rec in records(Path(sys.argv[1])):
        print(json.dumps(rec, ensure_ascii=False))
