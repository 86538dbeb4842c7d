"""Streets named after people ("rue Pierre Motte", "Cours Mirabeau") are addresses, and a unit
word after the name ("Suite 944") starts the unit, not the street name (session 30, issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # La Poste NF Z10-011 voie type "Cours"
        ("I live at 19 Cours Mirabeau, Aix.", "19 Cours Mirabeau, Aix"),
        # a unit after a street named after a person joins the street, no PERSON inside
        ("I live at 19 rue Jean Jaurès Apt 4", "19 rue Jean Jaurès Apt 4"),
        (
            "meet you at 45 rue Pierre Motte Suite 944 SAINTE-FOY-LÈS-LYON after the concert.",
            "45 rue Pierre Motte Suite 944 SAINTE-FOY-LÈS-LYON",
        ),
    ],
)
def test_a_street_named_after_a_person_is_one_address(text, address):
    assert spans(text) == [(address, "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "I took 3 cours de danse last year",  # French "cours" (classes), no street
        "il y a 2 cours Lundi",
    ],
)
def test_cours_and_unit_look_alikes_stay_unflagged(text):
    assert [t for _v, t in spans(text) if t == "LOCATION"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a building said to stand on a street: name + number with no type word (Omniva, Posti)
        ("The bus station is on Vahtra 56", "Vahtra 56"),
        ("The restaurant is at 482 Joaquin Suarez 3964", "482 Joaquin Suarez 3964"),
        ("The bus station is on Nils Grises Sträte 61", "Nils Grises Sträte 61"),
    ],
)
def test_a_building_stands_on_its_street(text, address):
    assert spans(text) == [(address, "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "The shop is on Floor 3",  # places inside a building, English words
        "The station is at Gate 12",
        "The hotel is in Terminal 5",
        "The house is on Level 2",
    ],
)
def test_places_inside_a_building_are_no_street(text):
    assert [t for _v, t in spans(text) if t == "LOCATION"] == []
