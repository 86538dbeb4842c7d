"""Convert the upstream re3d CoNLL files to this folder's JSONL (see README.md).

Usage: ``python convert_re3d.py CONLL_DIR re3d-train.conll re3d-test.conll > re3d.jsonl``
(reproduces the file byte for byte), where CONLL_DIR is upstream
``data/re3d/CONLL-format/data-by-source/conll``. Only the sources in :data:`SOURCES` are read
(their licences allow redistribution here; BBC Online is non-commercial and the EU Delegation
to Syria text has no clear reuse licence, so neither is included). One record per sentence of
each source document (sources, then documents, in sorted order), id
``re3d-<source>-<document>-<sentence>``. Split: the corpus's official sentence split; a sentence
of ``re3d-test.conll`` is ``heldout``, one of ``re3d-train.conll`` is ``dev`` (matched by its
token sequence; a sentence in neither is skipped). The tokens are joined as running text by
``bio_tags.detokenised``; BIO tags become ``[start, end, TYPE]`` spans: Person -> PERSON,
Location -> LOCATION (scored); every other upstream type (Organisation, Nationality, Temporal,
Weapon, ...) is kept upper-cased and ignored when scoring.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared bio_tags.py
from bio_tags import bio_spans, conll_columns, detokenised  # noqa: E402

SOURCES = (
    "Australian_Department_of_Foreign_Affairs",  # CC BY 3.0 AU
    "CENTCOM",  # public domain (US Government)
    "UK_Government",  # Open Government Licence v3.0
    "US_State_Department",  # public domain (US Government)
    "Wikipedia",  # CC BY-SA 3.0
)
TYPES = {
    t: t.upper()
    for t in ("Person", "Location", "Organisation", "Nationality", "Temporal", "Quantity")
    + ("Money", "Weapon", "MilitaryPlatform", "DocumentReference")
}


def sentences(path: str) -> set[tuple[str, ...]]:
    """The token sequences of a split file's sentences."""
    return {tuple(token for token, _ in block) for block in conll_columns(path)}


def records(conll_dir: str, train: str, test: str) -> list[dict]:
    """One record per sentence of the included sources that is in the official split."""
    heldout, dev = sentences(test), sentences(train)
    out = []
    for source in SOURCES:
        for doc in sorted(Path(conll_dir, source).glob("*.conll")):
            for n, block in enumerate(conll_columns(str(doc))):
                tokens = tuple(token for token, _ in block)
                split = "heldout" if tokens in heldout else "dev" if tokens in dev else None
                if split is None:
                    continue
                text, starts = detokenised(tokens)
                gold = [[s, e, kind] for s, e, kind, _ in bio_spans(block, starts, TYPES)]
                rid = f"re3d-{source}-{doc.stem}-{n}"
                out.append({"id": rid, "split": split, "text": text, "gold": gold})
    return out


if __name__ == "__main__":
    for rec in records(*sys.argv[1:4]):
        print(json.dumps(rec, ensure_ascii=False))
