"""The Japanese Wikipedia NER sample ``ner_wikipedia_ja`` (session 33): size, the page-hash
split, gold that sits on upstream's names, type mapping, and CI floors on a fixed dev slice.

Floors sit a little under the figures measured when they were set; they catch regressions,
they are not targets.
"""

from __future__ import annotations

from collections import Counter

from corpus_floors import assert_slice_floors

from transforms.privacy.evaluation.external import PII_CORPORA, TYPE_MAP, load_corpus, split_of


def test_size_and_page_hash_split():
    assert "ner_wikipedia_ja" in PII_CORPORA
    records = load_corpus("ner_wikipedia_ja", "all")
    assert len(records) == 1500
    assert len(load_corpus("ner_wikipedia_ja", "dev")) == 1041
    held = {r["id"] for r in load_corpus("ner_wikipedia_ja", "heldout")}
    assert len(held) == 459
    # the split is the id hash of the record's Wikipedia page, "ner_wikipedia_ja-<curid>"
    page = {r["id"]: r["id"].rsplit("-", 1)[0] for r in records}
    assert {rid for rid, p in page.items() if split_of(p) == "heldout"} == held


def test_gold_counts_and_mapping():
    records = load_corpus("ner_wikipedia_ja", "all")
    counts = Counter(t for r in records for *_, t in r["gold"])
    assert counts["PERSON"] == 615 + 266
    assert counts["LOCATION"] == 453 + 175
    # only persons and places are scored; organisations, facilities, products, events are not
    assert {t for t in counts if t in TYPE_MAP} == {"PERSON", "LOCATION"}
    for rec in records:
        for start, end, _ in rec["gold"]:
            span = rec["text"][start:end]
            assert span and span == span.strip(), (rec["id"], span)


# Every second dev record, md only: type -> (recall floor, precision floor). Measured
# 2026-12-05 with ja-ginza 5.3.0 (session 33; before ``ja_ner`` recall was 0.001): 521
# sentences, 311 PER, 211 LOC: PERSON R 0.730 P 0.909, LOCATION R 0.711 P 0.891 (all of dev:
# PERSON 0.699 / 0.899, LOCATION 0.717 / 0.892).
DEV_SLICE_FLOORS = {
    "en_core_web_md": {
        "ner_wikipedia_ja": {"PERSON": (0.69, 0.87), "LOCATION": (0.67, 0.85)},
    }
}


def test_dev_slice_floors():
    assert_slice_floors("ner_wikipedia_ja", "dev", DEV_SLICE_FLOORS)
