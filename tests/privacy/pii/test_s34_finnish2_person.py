"""Finnish PERSON recall (issue 14): given names in person cases that are also towns, names
before a verb of saying, and lone nominative names opening a sentence before a subject verb.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.finnish_names import finnish_given_form, finnish_given_form_spans
from transforms.privacy.pii.foreign_words import is_place
from transforms.privacy.pii.reported_names import reported_name_spans


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize("word", ["Sallan", "Sallalle", "Sallalla", "Sallalta"])
def test_given_name_in_a_person_case(word: str) -> None:
    assert finnish_given_form(word)


@pytest.mark.parametrize(
    "word",
    [
        "Sallassa",  # inessive: the town
        "Sallasta",  # elative: the town
        "Salla",  # the bare form decides nothing here
        "Helsingin",  # a place, no given name
        "Talon",  # an everyday word ("talo", house)
        "Kristian",  # a listed given name as written, not "Kristia" in the genitive
    ],
)
def test_no_given_name_form(word: str) -> None:
    assert not finnish_given_form(word)


def test_given_form_spans() -> None:
    text = "Menimme Sallan ja Jonnan kanssa kauppaan ."
    assert [text[a:b] for a, b in finnish_given_form_spans(text, 0, len(text))] == [
        "Sallan",
        "Jonnan",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sallan kanssa kävimme eilen torilla .", "Sallan"),
        ("Annoin kirjan Sallalle eilen illalla .", "Sallalle"),
    ],
)
def test_given_name_also_a_town_is_a_person(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "PERSON") in found
    assert (name, "LOCATION") not in found


def _reported(text: str) -> list[str]:
    return [text[a:b] for a, b in reported_name_spans(text, 0, len(text), "fi")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korhola sanoi , että hanke jatkuu ensi vuonna .", "Korhola"),
        ("Tilanne on vaikea , Brunila kertoi toimittajille .", "Brunila"),
        ("Vesterinen totesi asian olevan tärkeä .", "Vesterinen"),
        ("Hagström asuu nykyään Tampereella .", "Hagström"),
        ("Lindqvist päätti lähteä kotiin .", "Lindqvist"),
        ("Ruusila oli paikalla koko päivän .", "Ruusila"),
        ("Kristian Korhola sanoi , että hanke jatkuu .", "Kristian Korhola"),  # a listed name
    ],
)
def test_name_before_a_finnish_verb(text: str, name: str) -> None:
    assert _reported(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hän sanoi , että hanke jatkuu .",  # a pronoun
        "Suomi sanoi ei ehdotukselle .",  # a place
        "Markkinoilla on paha luottamuspula .",  # adessive of an everyday noun
        "Jäsenvaltioiden on säädettävä siitä .",  # genitive plural
        "Arkiromantiikkaa on kaikki pieni .",  # partitive
        "Todistukset on laadittava ajoissa .",  # nominative plural
        "Informaatioteknologia on tärkeää .",  # a long compound
        "Talo on vanha ja kaunis .",  # an everyday noun
        "Eilen Korhola sanoi niin .",  # the verb test needs the name first or after a comma
    ],
)
def test_no_name_before_a_finnish_verb(text: str) -> None:
    assert _reported(text) == []


def test_reported_name_end_to_end() -> None:
    text = "Työ on vaativaa , Brunila sanoi eilen ."
    assert ("Brunila", "PERSON") in _found(text)


@pytest.mark.parametrize("word", ["Englannin", "Skotlantiin", "Hollannista", "Irlanti"])
def test_finnish_land_names_are_places(word: str) -> None:
    assert is_place(word, lang="fi")


@pytest.mark.parametrize("word", ["Lanti", "Salla", "Virtasen"])
def test_no_land_name(word: str) -> None:
    assert not is_place(word, lang="fi")
