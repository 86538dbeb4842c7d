"""Convert upstream ``ner.json`` (stockmarkteam/ner-wikipedia-dataset v2.0) to this folder's JSONL.

Usage: ``python convert_ner_wikipedia_ja.py ner.json > ner_wikipedia_ja.jsonl`` (reproduces the
file byte for byte; see README.md). Upstream is one JSON list of sentences, each with its
Wikipedia page id (``curid``), its text and character spans of eight entity types. A bounded
sample is kept: the :data:`SAMPLE` records whose id ``ner_wikipedia_ja-<curid>-<n>`` (``n`` the
sentence's place in upstream's list, as a page can give several sentences) has the smallest
SHA-256, written in upstream order. Each record carries the split the evaluator's id hash
(``split_of``) gives its page id ``ner_wikipedia_ja-<curid>``, so no page is cut between dev and
held-out. 人名 (person) -> PERSON, 地名 (place) -> LOCATION (scored); the organisation, facility,
product and event types keep romanised names and are ignored when scoring.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # this checkout, for split_of
from transforms.privacy.evaluation.external import split_of  # noqa: E402

SAMPLE = 1500
TYPES = {
    "人名": "PERSON",
    "地名": "LOCATION",
    "法人名": "ORGANIZATION",
    "政治的組織名": "POLITICAL_ORGANIZATION",
    "その他の組織名": "OTHER_ORGANIZATION",
    "施設名": "FACILITY",
    "製品名": "PRODUCT",
    "イベント名": "EVENT",
}


def _key(record_id: str) -> str:
    return hashlib.sha256(record_id.encode("utf-8")).hexdigest()


def records(path: str) -> list[dict]:
    """The sampled records, in upstream order."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for n, item in enumerate(data):
        rid = f"ner_wikipedia_ja-{item['curid']}-{n}"
        text = item["text"]
        gold = []
        for ent in item["entities"]:
            start, end = ent["span"]
            assert text[start:end] == ent["name"], (rid, ent)
            gold.append([start, end, TYPES[ent["type"]]])
        split = split_of(f"ner_wikipedia_ja-{item['curid']}")
        out.append({"id": rid, "split": split, "text": text, "gold": sorted(gold)})
    kept = {r["id"] for r in sorted(out, key=lambda r: _key(r["id"]))[:SAMPLE]}
    return [r for r in out if r["id"] in kept]


if __name__ == "__main__":
    for rec in records(sys.argv[1]):
        print(json.dumps(rec, ensure_ascii=False))
