"""Session 35: Hungarian case endings on place names, sentence openers (issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_lists import is_function_word
from transforms.privacy.pii.foreign_words import is_place, listed_country
from transforms.privacy.pii.hungarian_cases import hungarian_base_forms, inner_case_place


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Budapesten", "Budapest"),  # superessive
        ("Moszkvában", "Moszkva"),  # inessive, lengthened final vowel
        ("Olaszországgal", "Olaszország"),  # instrumental, v assimilated
        ("Budapesttel", "Budapest"),
        ("Péccsel", "Pécs"),  # a digraph doubles its first letter
        ("Kolozsvárott", "Kolozsvár"),  # locative
        ("Indiát", "India"),  # accusative
        ("Bécsből", "Bécs"),  # elative
        ("Szegedre", "Szeged"),  # sublative
        ("Párizshoz", "Párizs"),  # allative
        ("USA-ban", "USA"),  # hyphen after an acronym
    ],
)
def test_case_endings_undone(word: str, base: str) -> None:
    assert base in hungarian_base_forms(word)


@pytest.mark.parametrize(
    "word", ["Budapesten", "Moszkvában", "Bécsbe", "Párizsban", "Los Angelesben"]
)
def test_inflected_places_are_listed(word: str) -> None:
    assert is_place(word, lang="hu")


def test_inflected_countries() -> None:
    assert listed_country("Görögországban", "hu")
    assert listed_country("Németországból", "hu")
    assert not listed_country("Görögországban", "de")  # other languages unchanged


def test_inner_case_shapes() -> None:
    assert inner_case_place("Debrecenben")
    assert inner_case_place("Kelet-Szlovákiában")
    assert not inner_case_place("Thomas-acélművekben")  # a compound noun
    assert not inner_case_place("USA")
    assert not inner_case_place("házban")  # lower case: a common noun


@pytest.mark.parametrize("word", ["Talán", "Minden", "Lehet", "Abban", "Sokat"])
def test_sentence_openers_are_function_words(word: str) -> None:
    assert is_function_word(word, "hu")
    assert not is_function_word(word, "de")


def test_places_in_hungarian_sentences() -> None:
    found = _found("Tavaly nyáron a családommal Bécsben és Párizsban jártunk, aztán Moszkvába.")
    assert ("Bécsben", "LOCATION") in found
    assert ("Párizsban", "LOCATION") in found
    assert not any(t == "PERSON" for _, t in found)
    found = _found("A szakvizsga letétele után Dombóváron lett bíró, majd Szegedre költözött.")
    assert ("Szegedre", "LOCATION") in found
    assert not any(v in {"Szegedre", "Dombóváron"} and t == "PERSON" for v, t in found)


def test_openers_stay_unflagged() -> None:
    assert _found("Talán megmenthetem, ha lesz időm.") == set()
    assert _found("Minden reggel új feladat vár ránk a munkahelyen.") == set()


def test_runs_cut_at_inflected_places_only() -> None:
    from transforms.privacy.pii.foreign_words import cut_places

    text = "az útvonal Budapestet Kecskeméttel köti össze"
    a = text.index("Budapestet")
    assert [t for _, t in cut_places(text, a, ["Budapestet", "Kecskeméttel"], "hu")] == [
        ["Budapestet"],
        ["Kecskeméttel"],
    ]
    text = "Kun Béla hatalomra kerülése után"
    assert cut_places(text, 0, ["Kun", "Béla"], "hu") == [(0, ["Kun", "Béla"])]
