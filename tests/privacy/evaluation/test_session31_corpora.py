"""The Universal NER Russian PUD and Cebuano GJA and the SLURP eval sets (session 31): sizes,
splits, gold as upstream counts it, the converters (id-hash split, SLURP token spans), and CI
floors on fixed dev slices of ``uner_ceb_gja`` and ``slurp`` (``uner_ru_pud`` is test only,
all held out, so it has no dev floor, like the other PUDs).

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


# Every second dev record, md only: corpus -> type -> (recall floor, precision floor). Measured
# 2026-12-05 untuned (corpora added, session 31): uner_ceb_gja (64; 14 PER, 2 LOC) PERSON R 0.929
# P 0.500 (all of dev: R 0.926 P 0.481; naive Presidio R 0.963 P 0.083), too few LOC for a floor;
# slurp (1,017; 77 PER, 92 LOC) PERSON R 0.519 P 0.792, LOCATION R 0.533 P 0.950 (all of dev:
# PERSON R 0.575 P 0.775, LOCATION R 0.481 P 0.958; naive 0.545 / 0.753, 0.576 / 0.932).
DEV_SLICE_FLOORS = {
    "en_core_web_md": {
        "uner_ceb_gja": {"PERSON": (0.85, 0.43)},
        "slurp": {"PERSON": (0.48, 0.74), "LOCATION": (0.50, 0.91)},
    }
}


@pytest.mark.parametrize("corpus", ["uner_ceb_gja", "slurp"])
def test_dev_slice_floors(corpus):
    assert_slice_floors(corpus, "dev", DEV_SLICE_FLOORS)


def test_slurp_official_split_gold_and_converter():
    assert len(load_corpus("slurp", "dev")) == 2033
    assert len(load_corpus("slurp", "heldout")) == 2974
    kinds = {
        split: Counter(t for r in load_corpus("slurp", split) for *_, t in r["gold"])
        for split in ("dev", "heldout")
    }
    # session 32: generic places ("home", "the airport", "world") are GENERIC_PLACE, ignored
    assert [kinds["dev"][t] for t in ("PERSON", "LOCATION", "EMAIL_ADDRESS")] == [134, 167, 3]
    assert [kinds["heldout"][t] for t in ("PERSON", "LOCATION", "EMAIL_ADDRESS")] == [219, 231, 9]
    assert kinds["dev"]["GENERIC_PLACE"] == 43 and kinds["heldout"]["GENERIC_PLACE"] == 50
    assert kinds["dev"]["ARTIST_NAME"] == 46 and kinds["dev"]["RELATION"] == 42  # ignored
    slurp = load_converter(DATA_DIR / "slurp" / "convert_slurp.py")
    upstream = {
        "slurp_id": 7,
        "sentence": "email mary's boss in paris on friday",
        "tokens": [{"surface": s} for s in ("email", "mary", "'s", "boss", "in", "paris")]
        + [{"surface": "on"}, {"surface": "Friday"}],
        "entities": [
            {"span": [1, 2], "type": "person"},
            {"span": [3], "type": "relation"},
            {"span": [5], "type": "place_name"},
        ],
    }
    rec = slurp.record(upstream, "dev")
    assert rec["id"] == "slurp-dev-7" and rec["text"] == upstream["sentence"]
    assert rec["gold"] == [[6, 12, "PERSON"], [13, 17, "RELATION"], [21, 26, "LOCATION"]]
    upstream["tokens"][1] = {"surface": "marry"}  # tokens that differ: space-joined fallback
    joined = slurp.record(upstream, "dev")
    assert joined["joined"] and joined["text"] == "email marry 's boss in paris on Friday"
    generic = (
        "home",
        "the airport",
        "nearest to my location",
        "another city",
        "cst",
        "our house",
    )
    assert all(slurp.place_type(v) == "GENERIC_PLACE" for v in generic)
    named = ("mg road", "east coast", "mall of america", "walmart", "jack's place", "la", "paris")
    assert all(slurp.place_type(v) == "LOCATION" for v in named)


# every second uner_ru_pud sentence, measured 2026-12-05 with natasha 1.6.0 (session 31): PERSON
# R 0.898 P 0.835, LOCATION R 0.820 P 0.808 (before the Cyrillic path: PERSON R 0.04)
HELDOUT_SLICE_FLOORS = {
    "en_core_web_md": {"uner_ru_pud": {"PERSON": (0.86, 0.80), "LOCATION": (0.78, 0.77)}},
}


def test_russian_heldout_slice_floors():
    assert_slice_floors("uner_ru_pud", "heldout", HELDOUT_SLICE_FLOORS)
