"""The WikiGold, SEC-filings and re3d eval sets: splits, gold counts and offsets, the shared
detokeniser and the converters' type rules, and CI floors on fixed dev slices.

Floors sit a little under the figures measured when they were set; they catch regressions,
they are not targets.
"""

from __future__ import annotations

import sys

import pytest
from converter_scripts import load_converter
from corpus_floors import assert_slice_floors, gold_type_counts

from transforms.privacy.evaluation.external import DATA_DIR, load_corpus, split_of

CORPORA = ("wikigold", "sec_filings", "re3d")


def _counts(name: str) -> dict[tuple[str, str], int]:
    return gold_type_counts(name, ("PERSON", "LOCATION"))


def test_split_sizes_and_gold_counts():
    sizes = {(c, s): len(load_corpus(c, s)) for c in CORPORA for s in ("dev", "heldout")}
    assert sizes == {
        ("wikigold", "dev"): 1088,
        ("wikigold", "heldout"): 608,
        ("sec_filings", "dev"): 1164,
        ("sec_filings", "heldout"): 303,
        ("re3d", "dev"): 546,
        ("re3d", "heldout"): 157,
    }
    assert _counts("wikigold") == {
        ("dev", "PERSON"): 647,
        ("dev", "LOCATION"): 622,
        ("heldout", "PERSON"): 287,
        ("heldout", "LOCATION"): 392,
    }
    assert _counts("sec_filings") == {
        ("dev", "PERSON"): 42,
        ("dev", "LOCATION"): 171,
        ("heldout", "PERSON"): 20,
        ("heldout", "LOCATION"): 39,
    }
    assert _counts("re3d") == {
        ("dev", "PERSON"): 265,
        ("dev", "LOCATION"): 485,
        ("heldout", "PERSON"): 65,
        ("heldout", "LOCATION"): 115,
    }


def test_gold_offsets_are_trimmed_tokens_in_the_text():
    for name in CORPORA:
        for rec in load_corpus(name, "all"):
            text = rec["text"]
            assert text == text.strip() and "  " not in text, rec["id"]
            for start, end, _typ in rec["gold"]:
                value = text[start:end]
                assert 0 <= start < end <= len(text) and value == value.strip(), rec["id"]
                # spans start and end on token boundaries of the rebuilt text
                assert start == 0 or not (text[start - 1].isalnum() and value[0].isalnum())
                assert end == len(text) or not (text[end].isalnum() and value[-1].isalnum())


def test_wikigold_split_follows_the_article_hash():
    for rec in load_corpus("wikigold", "heldout"):
        assert split_of(rec["id"].rsplit("-", 1)[0]) == "heldout"
    articles = {r["id"].rsplit("-", 1)[0] for r in load_corpus("wikigold", "dev")}
    assert len(articles) > 80 and all(split_of(a) == "dev" for a in articles)


def test_sec_party_roles_are_not_persons_and_re3d_keeps_only_redistributable_sources():
    sec = load_corpus("sec_filings", "all")
    roles = [r["text"][s:e] for r in sec for s, e, t in r["gold"] if t == "PARTY_ROLE"]
    assert len(roles) == 901 and {v.lower() for v in roles} == {"borrower", "lender"}
    names = {r["text"][s:e] for r in sec for s, e, t in r["gold"] if t == "PERSON"}
    assert "Borrower" not in names and "Frank Wouters" in names
    sources = {r["id"].split("-")[1] for r in load_corpus("re3d", "all")}
    assert sources == {
        "Australian_Department_of_Foreign_Affairs",
        "CENTCOM",
        "UK_Government",
        "US_State_Department",
        "Wikipedia",
    }


def test_detokenised_keeps_tokens_verbatim_and_joins_like_prose():
    sys.path.insert(0, str(DATA_DIR))
    from bio_tags import detokenised

    tokens = ["He", "said", '"', "hi", ",", "Ann", '"', "(", "to", "Bob", "'s", "dog", ")"]
    tokens += ["for", "$", "5", ".", "It", "is", "n't"]
    text, starts = detokenised(tokens)
    assert text == "He said \"hi, Ann\" (to Bob's dog) for $5. It isn't"
    assert [text[s : s + len(t)] for s, t in zip(starts, tokens, strict=True)] == tokens


def test_converters_map_types_and_party_roles(tmp_path):
    conll = tmp_path / "x.conll"
    conll.write_text(
        "-DOCSTART- -X- O O\n\nThe NN - O\nBorrower NNP - I-PER\n, , - O\nJohn NNP - I-PER\n"
        "Smith NNP - I-PER\n, , - O\nof IN - O\nAustin NNP - I-LOC\n. . - O\n",
        encoding="utf-8",
    )
    sec = load_converter(DATA_DIR / "sec_filings" / "convert_sec.py")
    (rec,) = sec.records(str(conll), "test", "heldout")
    assert (
        rec["id"] == "sec_filings-test-0-0"
        and rec["text"] == "The Borrower, John Smith, of Austin."
    )
    assert rec["gold"] == [[4, 12, "PARTY_ROLE"], [14, 24, "PERSON"], [29, 35, "LOCATION"]]
    wiki = load_converter(DATA_DIR / "wikigold" / "convert_wikigold.py")
    (rec,) = wiki.records(str(conll))
    assert rec["id"] == "wikigold-0-0" and rec["split"] == split_of("wikigold-0")
    assert [t for *_, t in rec["gold"]] == ["PERSON", "PERSON", "LOCATION"]


# Every second dev sentence, md only: corpus -> type -> (recall floor, precision floor).
# Measured 2026-12-05 untuned (corpora added, session 30): wikigold (544 sentences) PERSON
# R 0.846 P 0.862, LOCATION R 0.667 P 0.964; sec_filings (582) PERSON R 0.850 P 0.366 (20 gold),
# LOCATION R 0.549 P 0.870; re3d (273) PERSON R 0.331 P 0.742, LOCATION R 0.466 P 0.729.
DEV_SLICE_FLOORS = {
    "en_core_web_md": {
        "wikigold": {"PERSON": (0.82, 0.83), "LOCATION": (0.64, 0.94)},
        "sec_filings": {"PERSON": (0.75, 0.32), "LOCATION": (0.51, 0.83)},
        "re3d": {"PERSON": (0.30, 0.70), "LOCATION": (0.43, 0.69)},
    },
}


@pytest.mark.parametrize("corpus", CORPORA)
def test_dev_slice_floors(corpus):
    assert_slice_floors(corpus, "dev", DEV_SLICE_FLOORS)
