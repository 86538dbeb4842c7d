"""The Universal NER and Broad Twitter Corpus eval sets: official splits, gold as upstream counts
it, the conversion scripts' behaviour, and CI floors on fixed dev slices of ``uner_ewt`` and of the
non-English ``uner_pt_bosque``, ``uner_da_ddt``, ``uner_hr_set``, ``uner_sr_set`` and
``uner_sk_snk``.

Floors sit a little under the figures measured when they were set (README, "PII detection on
external data"); they catch regressions, they are not targets.
"""

from __future__ import annotations

from collections import Counter
from types import ModuleType

import pytest
from converter_scripts import load_converter
from corpus_floors import assert_slice_floors

from transforms.privacy.evaluation.external import DATA_DIR, load_corpus


def _converter(rel: str) -> ModuleType:
    return load_converter(DATA_DIR / rel)


@pytest.mark.parametrize(
    ("name", "dev", "heldout"),
    [
        ("uner_ewt", 2001, 2077),
        ("uner_ewt_train", 12543, 0),
        ("btc", 1001, 2001),
        ("btc_train", 6338, 0),
        ("uner_de_pud", 0, 1000),
        ("uner_pt_bosque", 1172, 1167),
        ("uner_da_ddt", 564, 565),
        ("uner_sv_talbanken", 504, 1219),
        ("uner_sv_pud", 0, 1000),
        ("uner_hr_set", 960, 1136),
        ("uner_sr_set", 536, 520),
        ("uner_sk_snk", 1060, 1061),
        ("germeval14", 2200, 5100),
    ],
)
def test_official_split_sizes(name, dev, heldout):
    assert len(load_corpus(name, "dev")) == dev
    assert len(load_corpus(name, "heldout")) == heldout


def test_gold_matches_upstream_counts_and_offsets():
    # en_ewt-ud-{dev,test}.stats and de_pud-ud-test.stats upstream: PER / LOC / ORG entities
    expected = {
        ("uner_ewt", "dev"): {"PERSON": 343, "LOCATION": 399, "ORGANIZATION": 224},
        ("uner_ewt", "heldout"): {"PERSON": 449, "LOCATION": 317, "ORGANIZATION": 322},
        # the draft train file vendored (README there): 1 PER, 14 LOC, 2 ORG short of its .stats
        ("uner_ewt_train", "dev"): {"PERSON": 2873, "LOCATION": 2698, "ORGANIZATION": 1434},
        ("uner_de_pud", "heldout"): {"PERSON": 418, "LOCATION": 429, "ORGANIZATION": 192},
        ("uner_pt_bosque", "dev"): {"PERSON": 570, "LOCATION": 414, "ORGANIZATION": 417},
        ("uner_pt_bosque", "heldout"): {"PERSON": 442, "LOCATION": 317, "ORGANIZATION": 456},
        ("uner_da_ddt", "dev"): {"PERSON": 166, "LOCATION": 107, "ORGANIZATION": 106},
        ("uner_da_ddt", "heldout"): {"PERSON": 185, "LOCATION": 90, "ORGANIZATION": 172},
        # sv_talbanken/sv_pud/sk_snk .stats upstream; hr/sr SET ship none (counts as converted)
        ("uner_sv_talbanken", "dev"): {"PERSON": 13, "LOCATION": 5, "ORGANIZATION": 5},
        ("uner_sv_talbanken", "heldout"): {"PERSON": 33, "LOCATION": 132, "ORGANIZATION": 31},
        ("uner_sv_pud", "heldout"): {"PERSON": 425, "LOCATION": 442, "ORGANIZATION": 162},
        ("uner_hr_set", "dev"): {"PERSON": 400, "LOCATION": 395, "ORGANIZATION": 424},
        ("uner_hr_set", "heldout"): {"PERSON": 392, "LOCATION": 597, "ORGANIZATION": 414},
        ("uner_sr_set", "dev"): {"PERSON": 236, "LOCATION": 293, "ORGANIZATION": 215},
        ("uner_sr_set", "heldout"): {"PERSON": 209, "LOCATION": 387, "ORGANIZATION": 251},
        ("uner_sk_snk", "dev"): {"PERSON": 276, "LOCATION": 300, "ORGANIZATION": 60},
        ("uner_sk_snk", "heldout"): {"PERSON": 539, "LOCATION": 326, "ORGANIZATION": 50},
    }
    # GermEval 2014 NER-de-{dev,test}.tsv outer column: B-PER / B-LOC / B-ORG counts
    expected_de = {
        ("germeval14", "dev"): (711, 763, 496),
        ("germeval14", "heldout"): (1639, 1706, 1150),
    }
    for (name, split), (per, loc, org) in expected_de.items():
        kinds = Counter(t for r in load_corpus(name, split) for *_, t in r["gold"])
        assert (kinds["PERSON"], kinds["LOCATION"], kinds["ORG"]) == (per, loc, org)
    for (name, split), counts in expected.items():
        records = load_corpus(name, split)
        assert Counter(t for r in records for *_, t in r["gold"]) == counts
        for rec in records:
            for start, end, _ in rec["gold"]:
                span = rec["text"][start:end]
                assert span and span == span.strip(), (rec["id"], span)


def test_btc_handles_are_kept_apart_from_names():
    kinds = Counter(t for r in load_corpus("btc", "dev") for *_, t in r["gold"])
    assert kinds["PERSON"] == 216 and kinds["LOCATION"] == 146
    assert kinds["PERSON_HANDLE"] == 489  # @-mentions: ignored when scoring
    for rec in load_corpus("btc", "dev"):
        for start, end, kind in rec["gold"]:
            assert rec["text"][start:end].startswith("@") == kind.endswith("_HANDLE"), rec["id"]


def test_btc_converter_glues_split_mentions_only():
    btc = _converter("btc/convert_conll.py")
    block = [("@", "B-PER"), ("colgo", "B-PER"), ("met", "O"), ("@", "O"), ("St", "B-LOC"),
             ("Edmund", "I-LOC"), ("@", "B-ORG"), ("x", "O")]  # fmt: skip
    rec = btc.record(block, "t-0", "dev")
    assert rec["text"] == "@colgo met @ St Edmund @ x"
    assert rec["gold"] == [[0, 6, "PERSON_HANDLE"], [13, 22, "LOCATION"], [23, 24, "ORGANIZATION"]]


def test_uner_converter_keeps_the_sentence_text_and_falls_back_to_tokens():
    uner = _converter("uner_ewt/convert_iob2.py")
    rows = [("I", "O"), ("met", "O"), ("Kori", "B-PER"), ("Schulman", "I-PER"), (",", "O"),
            ("in", "O"), ("Tampa", "B-LOC"), (".", "O")]  # fmt: skip
    rec = uner.record({"text": "I met Kori Schulman, in Tampa."}, rows, "u-1", "dev")
    assert rec == {"id": "u-1", "split": "dev", "text": "I met Kori Schulman, in Tampa.",
                   "gold": [[6, 19, "PERSON"], [24, 29, "LOCATION"]]}  # fmt: skip
    joined = uner.record({"text": "I met Kori Schulmann, in Tampa."}, rows, "u-2", "dev")
    assert joined["joined"] and joined["text"] == "I met Kori Schulman , in Tampa ."
    assert joined["gold"] == [[6, 19, "PERSON"], [25, 30, "LOCATION"]]


def test_germeval_converter_keeps_outer_tags_and_upstream_names_of_the_rest(tmp_path):
    germeval = _converter("germeval14/convert_germeval.py")
    tsv = tmp_path / "ge.tsv"
    tsv.write_text(
        "#\thttp://example.org\t[2010-01-01]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n"
        "3\tbesucht\tO\tO\n4\tdie\tO\tO\n5\tdeutschen\tB-LOCderiv\tO\n6\tStädte\tO\tO\n"
        "7\tin\tO\tO\n8\tBayern\tB-LOC\tO\n9\t.\tO\tO\n\n",
        encoding="utf-8",
    )
    (rows,) = list(germeval.sentences(str(tsv)))
    rec = germeval.record(rows, "g-1", "dev")
    assert rec["text"] == "Angela Merkel besucht die deutschen Städte in Bayern ."
    assert rec["gold"] == [[0, 13, "PERSON"], [26, 35, "LOCderiv"], [46, 52, "LOCATION"]]


# uner_ewt dev, every second sentence (1,001), md only: type -> (recall floor, precision floor).
# Measured 2026-12-05 after the web-text round (``web_text``): PERSON R 0.863 P 0.808, LOCATION
# R 0.710 P 0.917 (before it: 0.827 / 0.740 and 0.624 / 0.913; naive Presidio on the same slice
# and model: PERSON 0.768 / 0.777, LOCATION 0.738 / 0.891).
# Raised after session 29 (slice measured at 02310b6: PERSON R 0.893 P 0.862, LOCATION R 0.787
# P 0.925).
UNER_EWT_DEV_SLICE_FLOORS = {
    "en_core_web_md": {"PERSON": (0.87, 0.84), "LOCATION": (0.76, 0.90)},
}


# Non-English dev slices (every second sentence), md only: corpus -> type -> (recall, precision).
# Measured 2026-12-05 on these slices: pt PERSON R 0.769 P 0.810, LOCATION R 0.560 P 0.888; da
# PERSON R 0.694 P 0.785, LOCATION R 0.617 P 0.829 (before the non-English round, all of dev:
# pt PERSON 0.51, LOCATION 0.13 recall; da 0.56, 0.21). German (GermEval 2014), measured after
# the German round: PERSON R 0.703 P 0.783, LOCATION R 0.600 P 0.865 (before it, all of dev:
# PERSON R 0.589 P 0.466, LOCATION R 0.454 P 0.769). Raised after session 29's rounds (slices
# measured at 02310b6: pt PERSON 0.850 / 0.840, LOCATION 0.729 / 0.878; da 0.871 / 0.824,
# 0.766 / 0.837; germeval14 0.838 / 0.829, 0.648 / 0.932).
FOREIGN_DEV_SLICE_FLOORS = {
    "en_core_web_md": {
        "uner_pt_bosque": {"PERSON": (0.82, 0.81), "LOCATION": (0.70, 0.85)},
        "uner_da_ddt": {"PERSON": (0.84, 0.79), "LOCATION": (0.73, 0.80)},
        "germeval14": {"PERSON": (0.81, 0.80), "LOCATION": (0.62, 0.90)},
        # Session 30 (s30-uner, Slavic declension, function words): slices measured at
        # 7ae4fce: hr PERSON R 0.688 P 0.721, LOCATION R 0.715 P 0.823; sr 0.643 / 0.703,
        # 0.678 / 0.866; sk 0.492 / 0.399, 0.486 / 0.747 (untuned, all of dev: hr LOCATION R
        # 0.334, sr 0.335, sk 0.287). uner_sv_talbanken dev is too small for a floor (13 PER,
        # 5 LOC in all).
        "uner_hr_set": {"PERSON": (0.66, 0.69), "LOCATION": (0.69, 0.80)},
        "uner_sr_set": {"PERSON": (0.62, 0.68), "LOCATION": (0.65, 0.84)},
        "uner_sk_snk": {"PERSON": (0.47, 0.37), "LOCATION": (0.46, 0.72)},
    },
}


# presidio_faker dev, every second record (1,049), md only. Measured 2026-12-05 after the
# presidio_faker round: PERSON R 0.882 P 0.976, LOCATION R 0.864 P 0.945, PHONE R 0.954 P 0.991,
# CREDIT_CARD R 0.975 P 1.0 (before it, all of dev: PERSON 0.811 / 0.958, LOCATION 0.723 /
# 0.979, PHONE 0.756 / 0.994; naive Presidio: PERSON 0.701 / 0.824, LOCATION 0.012 / 0.801).
PRESIDIO_FAKER_DEV_SLICE_FLOORS = {
    "en_core_web_md": {
        # s29-fakerper (decorated lines, speakers, roles, name answers): slice R 0.951 P 0.982
        "PERSON": (0.93, 0.96),
        # s29-fakerloc: whole postal blocks (street, unit, city, country, postcode) are one span;
        # upstream labels the city/country GPE (unscored), so the block counts as a false
        # positive: full-dev P 0.933 -> 0.905 with R 0.853 -> 0.920 (P with the unscored
        # GPE/ZIP characters left out of the span length: 0.985 -> 0.984)
        "LOCATION": (0.89, 0.89),
        "PHONE_NUMBER": (0.93, 0.97),
        "CREDIT_CARD": (0.95, 0.99),
        "EMAIL_ADDRESS": (0.99, 0.99),
        "IBAN_CODE": (0.99, 0.99),
    },
}


# Every second dev sentence of each corpus, md only: corpus -> type -> (recall, precision).
DEV_SLICE_FLOORS = {
    model: {
        **FOREIGN_DEV_SLICE_FLOORS.get(model, {}),
        "uner_ewt": ewt,
        "presidio_faker": PRESIDIO_FAKER_DEV_SLICE_FLOORS[model],
    }
    for model, ewt in UNER_EWT_DEV_SLICE_FLOORS.items()
}


@pytest.mark.parametrize(
    "corpus",
    [
        "uner_ewt",
        "uner_pt_bosque",
        "uner_da_ddt",
        "uner_hr_set",
        "uner_sr_set",
        "uner_sk_snk",
        "germeval14",
        "presidio_faker",
    ],
)
def test_dev_slice_floors(corpus):
    assert_slice_floors(corpus, "dev", DEV_SLICE_FLOORS)


def test_uner_ewt_train_is_tuning_data_apart_from_dev_and_test():
    train = load_corpus("uner_ewt_train", "dev")
    assert all(r["id"].startswith("uner_ewt_train-dev-") for r in train)
    # the same sentence never sits in train and in the official dev/test file
    sent_ids = {r["id"].split("-", 2)[2] for r in train}
    official = {r["id"].split("-", 2)[2] for r in load_corpus("uner_ewt", "all")}
    assert len(sent_ids) == 12543 and not sent_ids & official
    first = train[0]
    assert first["text"].startswith("Al-Zaman : American forces killed Shaikh Abdullah al-Ani,")
    assert [first["text"][s:e] for s, e, t in first["gold"] if t == "PERSON"] == [
        "Shaikh Abdullah al-Ani"
    ]


def test_presidio_faker_is_new_text_split_by_id_hash():
    faker = load_corpus("presidio_faker", "all")
    held = load_corpus("presidio_faker", "heldout")
    assert len(faker) == 3000 and 0.25 < len(held) / len(faker) < 0.35
    texts = [r["text"] for r in faker]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & {r["text"] for r in load_corpus("presidio_synth", "all")}
    for rec in faker:
        for start, end, _ in rec["gold"]:
            assert 0 <= start < end <= len(rec["text"])
