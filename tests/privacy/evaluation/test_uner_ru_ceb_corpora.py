"""The Universal NER Russian PUD and Cebuano GJA eval sets (session 31): sizes, splits, gold as
upstream counts it, the converter's id-hash split, and a CI floor on a fixed ``uner_ceb_gja``
dev slice (``uner_ru_pud`` is test only, all held out, so it has no dev floor, like the other
PUDs).

Floors sit a little under the figures measured when they were set; they catch regressions,
they are not targets.
"""

from __future__ import annotations

from collections import Counter

import pytest
from converter_scripts import load_converter
from corpus_floors import assert_slice_floors

from transforms.privacy.evaluation.external import DATA_DIR, PII_CORPORA, load_corpus, split_of


@pytest.mark.parametrize(
    ("name", "dev", "heldout"), [("uner_ru_pud", 0, 1000), ("uner_ceb_gja", 127, 61)]
)
def test_split_sizes(name, dev, heldout):
    assert name in PII_CORPORA
    assert len(load_corpus(name, "dev")) == dev
    assert len(load_corpus(name, "heldout")) == heldout


def test_gold_matches_upstream_stats_and_sits_on_trimmed_text():
    # ru_pud-ud-test.stats / ceb_gja-ud-test.stats upstream: PER / LOC / ORG entities
    expected = {
        "uner_ru_pud": {"PERSON": 414, "LOCATION": 346, "ORGANIZATION": 276},
        "uner_ceb_gja": {"PERSON": 42, "LOCATION": 6, "ORGANIZATION": 1},
    }
    for name, counts in expected.items():
        records = load_corpus(name, "all")
        assert Counter(t for r in records for *_, t in r["gold"]) == counts
        for rec in records:
            for start, end, _ in rec["gold"]:
                span = rec["text"][start:end]
                assert span and span == span.strip(), (rec["id"], span)
    ru = load_corpus("uner_ru_pud", "heldout")[0]
    assert [ru["text"][s:e] for s, e, t in ru["gold"] if t == "PERSON"] == ["Кори Шульман", "Обамы"]


def test_ceb_split_is_the_project_id_hash_and_the_converter_agrees():
    records = load_corpus("uner_ceb_gja", "all")
    held = {r["id"] for r in load_corpus("uner_ceb_gja", "heldout")}
    assert {r["id"] for r in records if split_of(r["id"]) == "heldout"} == held
    uner = load_converter(DATA_DIR / "uner_ewt" / "convert_iob2.py")
    for rid in ("uner_ceb_gja-batch-0000-0001", "uner_ceb_gja-batch-0000-0002", "x-1", "x-2"):
        assert uner.hash_split(rid) == split_of(rid)
    gitawag = next(r for r in records if r["text"] == "Gitawag ni Maria ang bata.")
    assert gitawag["gold"] == [[11, 16, "PERSON"]]


# uner_ceb_gja dev, every second sentence (64; 14 PER, 2 LOC), md only. Measured 2026-12-05
# untuned (corpus added, session 31): PERSON R 0.929 P 0.500 (all of dev: R 0.926 P 0.481;
# naive Presidio R 0.963 P 0.083). Too few LOC (3 in dev) for a floor.
DEV_SLICE_FLOORS = {"en_core_web_md": {"uner_ceb_gja": {"PERSON": (0.85, 0.43)}}}


def test_ceb_dev_slice_floors():
    assert_slice_floors("uner_ceb_gja", "dev", DEV_SLICE_FLOORS)
