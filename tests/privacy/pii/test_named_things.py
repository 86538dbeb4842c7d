"""A listed given name that is one word of a longer spaCy DATE, EVENT, FAC or NORP entity is a
word of that day's, event's, building's or people's name, not a person (``ner._inside_thing``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect


def _people(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The anthrax letters were sent on the date of the Camp David Accord.", "David"),
        ("We booked a table for New Year's Eve dinner at the hotel.", "Eve"),
        ("Tomorrow is Christmas Eve and the shops close early.", "Eve"),
        ("I planted ST Augustine Grass by the fence before the rain.", "Augustine"),
    ],
)
def test_name_inside_a_thing_is_no_person(text, word):
    assert not any(word in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # alone, spaCy calls this person EVENT: the name stays
        ("Katrina called me about the invoice yesterday.", "Katrina"),
        ("Eve and David are coming to the Christmas party.", "David"),
        ("PLACEHOLDER_NAME met Heather Mills at the Hilton Hotel.", "Heather Mills"),
    ],
)
def test_people_stay(text, person):
    assert person in _people(text)


def test_full_name_ending_a_thing_stays():
    # spaCy joins a German noun and the author's name into one EVENT; the name ends the entity
    text = (
        "dorf-Gerresheim in Teilen des ehemaligen Katharinenklosters Hugo Weidenhaupt "
        ",Irmingard Achter : Gerresheim 870-1970"
    )
    assert "Hugo Weidenhaupt" in _people(text)


def test_one_word_name_ending_a_thing_is_still_no_person():
    # only full names are spared: a lone given name ending the entity stays a word of it
    assert not any("Eve" in p for p in _people("Tomorrow is Christmas Eve and the shops close."))
