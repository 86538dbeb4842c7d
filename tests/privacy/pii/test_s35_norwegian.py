"""Norwegian (Bokmål and Nynorsk) prose, session 35 (NorNE dev and train): sentence openers are
no names or places, English person cues ("her") are not read in Norwegian, and names and
places beside them are still found."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.language_id import foreign_language


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize("word", ["Ho", "Desse", "Medan", "Både", "Altså", "Eg", "Dei"])
def test_norwegian_openers_are_common_words(word):
    assert common_word(word, "no")


@pytest.mark.parametrize("word", ["Hans", "Finn", "Kari", "Bergen"])
def test_given_names_and_towns_are_not_listed_as_common_words(word):
    assert not common_word(word, "no")


def test_nynorsk_opener_left_and_town_and_name_found():
    text = "Ho seier at dei skal reise til Bergen i morgon saman med Kari Nordmann."
    assert foreign_language(text) == "no"
    found = _found(text)
    assert ("Bergen", "LOCATION") in found and ("Kari Nordmann", "PERSON") in found
    assert not any(value == "Ho" for value, _ in found)


def test_opening_determiner_is_no_place():
    assert _found("Desse folka har budd i Tromsø heile livet sitt.") == {("Tromsø", "LOCATION")}


@pytest.mark.parametrize(
    "text",
    [
        "Eg er her for å fortelja dei korleis det gjekk.",
        "Det var her foreldra mine budde i mange år.",
    ],
)
def test_norwegian_her_is_here_not_a_pronoun(text):
    assert _found(text) == set()


def test_english_pronoun_cue_still_names_the_subject():
    assert ("Yonis", "PERSON") in _found("Yonis is very reliable. You can always depend on him.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det kan skje med alle, sier Tore.", "Tore"),
        ("Vi skal stå på mest mulig for ham, forteller Helland.", "Helland"),
    ],
)
def test_name_after_a_norwegian_reporting_verb(text, name):
    assert _found(text) == {(name, "PERSON")}


def test_an_opener_after_a_reporting_verb_stays_unflagged():
    assert _found("Det kan skje med alle, sier Desse.") == set()
