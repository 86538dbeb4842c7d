"""Issue 14, PII-free news/encyclopaedia sentences (``transforms.privacy.pii.named_things``):
spaCy entities whose own words say they name a thing (an empire, a product, a dish, a club, an
illness, a holiday, a planet) are no PERSON/LOCATION; people and places in the same shapes stay
found. Sentences written here, modelled on the uner_ewt dev/train splits."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.named_things import (
    inside_named_thing,
    place_compound,
    thing_entities,
    thing_person,
    thing_place,
)
from transforms.privacy.segments import NerView


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type in ("PERSON", "LOCATION")}


@pytest.mark.parametrize(
    ("value", "before"),
    [("Roman Empire", "of the "), ("Hino Dealer", "the "), ("Abbey Road Studios", "at the ")],
)
def test_person_after_article_ending_in_a_word_is_a_thing(value: str, before: str) -> None:
    assert thing_person(value, before)


@pytest.mark.parametrize(
    ("value", "before"),
    [
        ("Victor Bout", "one of "),  # no article: a surname that is also a word
        ("Alex Rodriguez Suspended", ""),  # a headline word glued on
        ("John Smith", "the "),  # ends in a surname
        ("Robbie", "the "),  # one word
    ],
)
def test_people_stay_people(value: str, before: str) -> None:
    assert not thing_person(value, before)


@pytest.mark.parametrize(
    "value",
    [
        "Manchester United",
        "Solar System",
        "West Nile Virus",
        "Chocolate Lava Cake",
        "Diwali",
        "Jupiter",
        "Credit Support Annex",
    ],
)
def test_thing_places(value: str) -> None:
    assert thing_place(value)


@pytest.mark.parametrize(
    "value",
    ["Vietnam War", "Hosanna Church", "West Bank", "New York", "Mississippi River", "Paris"],
)
def test_places_stay_places(value: str) -> None:
    # the Universal NER guidelines tag the place of a war and a named church as LOCATION
    assert not thing_place(value)


@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        ("Get a guinea pig.", "guinea", True),
        ("I have 10 lbs of live fiji rock.", "fiji", True),
        ("plaster of Paris does two things", "Paris", True),
        ("He moved to Guinea last year.", "Guinea", False),
        ("I love Paris in spring.", "Paris", False),
    ],
)
def test_place_compounds(text: str, value: str, thing: bool) -> None:
    start = text.index(value)
    assert bool(place_compound(text, start, start + len(value))) is thing


def test_given_name_inside_a_thing_entity() -> None:
    text = "It became the religion of the Roman Empire in the fourth century."
    things = thing_entities(NerView(text, (0,), (0,), (len(text),)), [(26, 42, "GPE")])
    assert things == [(26, 42)]
    assert inside_named_thing((30, 35), things)
    assert inside_named_thing((26, 42), things)
    assert not inside_named_thing((20, 30), things)
    assert not inside_named_thing(None, things)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Christianity became the official religion of the Roman Empire.", set()),
        ("Jupiter is the largest planet in the Solar System.", set()),
        ("Too bad they were out of the Chocolate Lava Cake.", set()),
        ("Yes, I know about the Kindle Fire but that is not what I want.", set()),
        ("So my opinion is Guinea pigs.", set()),
        ("Plaster of Paris will slow way down if it is not exposed to air.", set()),
        ("He moved to Guinea last year.", {"Guinea"}),
        ("The Chelsea striker scored twice in the second half.", set()),
        ("The Sherman tank was used during the war.", set()),
        ("The Moldovan airline is Aerocom, and yes, it is one of Victor Bout 's.", {"Victor Bout"}),
    ],
)
def test_end_to_end(text: str, kept: set[str]) -> None:
    assert flagged(text) == kept
