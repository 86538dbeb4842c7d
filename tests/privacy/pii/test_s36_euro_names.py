"""Session 36 (issue 14): Norwegian names and places learned from NorNE's train sentences,
genitive places (German "-es", Norwegian "-s"), Portuguese "o Rio", and the function-word
openers of short foreign lines."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.compass_regions import compass_region_spans
from transforms.privacy.pii.genitive_places import genitive_place_spans
from transforms.privacy.pii.train_names import learned_person_word, learned_place, learned_type


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


def _spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("place", ["Telemark", "Kviteseid", "Vestlandet", "Jan Mayen"])
def test_norwegian_places_are_learned(place):
    assert learned_place(place, "no")


def test_norwegian_names_are_learned_and_typed():
    assert learned_person_word("Stoltenberg", "no")
    assert learned_type("Jan Mayen", "no") == "LOCATION"  # not the given name "Jan"
    assert learned_type("Det", "no") is None


def test_island_named_like_a_person_is_a_place():
    found = _found("Regjeringen vil bygge en ny værstasjon på Jan Mayen neste år.")
    assert ("Jan Mayen", "LOCATION") in found
    assert not any(t == "PERSON" for _, t in found)


def test_name_after_kinship_word_is_the_name_alone():
    found = _found("Vi venter fortsatt på svar fra legene, forteller pappa Tore til avisen.")
    assert ("Tore", "PERSON") in found
    assert not any("pappa" in value for value, _ in found)


def test_german_es_genitive_of_a_country():
    text = "Die erste Verfassung Griechenlandes wurde damals verkündet ."
    assert _spans(text, genitive_place_spans(text, 0, len(text), "de")) == ["Griechenlandes"]


def test_norwegian_genitive_of_a_learned_region():
    text = "Hovedstaden i Telemarks nye fylke er fortsatt Skien."
    assert _spans(text, genitive_place_spans(text, 0, len(text), "no")) == ["Telemarks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dois homens foram presos em o Rio", ["Rio"]),
        ("A polícia chegou a a favela de o Rio, disse ele.", ["Rio"]),
        ("O Rio de Janeiro recebeu os turistas.", []),  # the full name is read elsewhere
        ("Eles nadaram em o Rio Tietê.", []),  # a river with its name
        ("Ele caiu em o rio ontem.", []),  # the common noun
    ],
)
def test_portuguese_short_rio(text, expected):
    assert _spans(text, compass_region_spans(text, 0, len(text))) == expected


@pytest.mark.parametrize("text", ["Det holder.", "Ikke gi opp."])
def test_function_word_opening_a_short_line_is_no_person(text):
    assert _found(text) == set()


def test_name_opening_a_short_line_stays():
    assert ("Anna", "PERSON") in _found("Anna holder.")
