"""Session 36: Finnish sentence openers no Finnish word list knows, and surnames signed in
capitals after a given name or an initial (issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.finnish_names import finnish_unknown
from transforms.privacy.pii.name_runs import capital_runs, capitals_titled


def _persons(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


@pytest.mark.parametrize("word", ["Hypatia", "Simonides"])
def test_unknown_names(word: str) -> None:
    assert finnish_unknown(word)


@pytest.mark.parametrize(
    "word",
    ["Tavallinen", "Suomen", "Helsingissä", "Kamppailun", "Paikkakuntalainen", "Sharon", "Sinne"],
)
def test_words_places_and_long_compounds_are_known(word: str) -> None:
    assert not finnish_unknown(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hypatia saisi itse valita heidän tuomistaan kaupoista.", "Hypatia"),
        ("Simonides ja Theron saapuivat autiolle saarelle.", "Simonides"),
    ],
)
def test_unknown_opener_is_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("word", ["Vanhako", "Taidatkin", "Kerroinko", "Kuitenkin"])
def test_words_with_a_clitic_are_known(word: str) -> None:
    assert not finnish_unknown(word)


def test_everyday_opener_stays_no_person() -> None:
    assert not _persons("Tavallinen päivä alkoi sateella ja jatkui tuulisena.")


def test_capitals_surname_closes_the_run() -> None:
    text = "Komission puolesta Franz FISCHLER Komission jäsen"
    assert [toks for _, _, toks in capital_runs(text, 0, len(text), "fi")] == [
        ["Komission"],
        ["Franz", "FISCHLER"],
        ["Komission"],
    ]


def test_capitals_alone_or_after_capitals_open_no_run() -> None:
    text = "EUROOPAN UNIONIN NEUVOSTO"
    assert capital_runs(text, 0, len(text), "fi") == []


def test_capitals_titled_keeps_short_acronyms() -> None:
    assert capitals_titled("I. YATES EU") == "I. Yates EU"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Komission puolesta Franz FISCHLER Komission jäsen", "Franz FISCHLER"),
        ("Neuvoston puolesta I. YATES Puheenjohtaja", "I. YATES"),
    ],
)
def test_signed_capitals_surname_is_part_of_the_person(text: str, name: str) -> None:
    assert name in _persons(text)
