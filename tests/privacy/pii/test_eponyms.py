"""Issue 14, news-prose PERSON precision (``transforms.privacy.pii.eponyms``): a name that
qualifies a thing, a storm, a holiday or a plural group is no person; people in the same
sentence shapes stay found. Sentences written here, modelled on the uner_ewt dev/train splits."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.eponyms import eponym, group_plural, named_thing, storm_name


def people(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


def at(text: str, value: str) -> tuple[str, int, int]:
    start = text.index(value)
    return text, start, start + len(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The film received a Tony Award nomination.", "Tony Award"),
        ("The Marshall Plan rebuilt the economy.", "Marshall Plan"),
        ("The Gini coefficient rose again.", "Gini"),
        ("The Heisenberg uncertainty principle is fundamental.", "Heisenberg"),
        ("Halley's Comet returns every 76 years.", "Halley"),
        ("He was diagnosed with Parkinson's disease.", "Parkinson"),
        ("According to the Feith memo, the link was weak.", "Feith"),
    ],
)
def test_eponym_before_its_head(text: str, value: str) -> None:
    assert eponym(*at(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sarah's plan was to leave early.", "Sarah"),  # a possessive plan is hers
        ("We gave Sarah another award.", "Sarah"),
        ("Kevin said the award was deserved.", "Kevin"),
    ],
)
def test_person_before_a_head_noun_stays(text: str, value: str) -> None:
    assert not eponym(*at(text, value))


def test_storm_names() -> None:
    text = "After brushing the Keys on Tuesday, Rita packed winds of about 240 km an hour."
    assert storm_name(*at(text, "Rita"))
    assert storm_name(*at("Tropical Storm Irene weakened inland.", "Tropical Storm Irene"))
    # a person who speaks about a storm is a person
    text = "Rita said the hurricane had torn the roof off."
    assert not storm_name(*at(text, "Rita"))
    assert not storm_name(*at("Rita packed her bags for the trip.", "Rita"))


def test_holidays_and_groups() -> None:
    assert named_thing(*at("We met on the Saturday before Easter.", "Easter"))
    assert group_plural(*at("The Beatles released a new album.", "Beatles"))
    assert group_plural(*at("He called them Saddamites and worse.", "Saddamites"))
    assert not group_plural(*at("The Kennedys spent the summer there.", "Kennedys"))
    assert not group_plural(*at("Williams scored twice.", "Williams"))


@pytest.mark.parametrize(
    "text",
    [
        "The film received a Tony Award nomination and two Grammy Awards.",
        "The Gini coefficient rose again this year.",
        "Newton's laws of motion are taught in school.",
        "The Beatles released a new album in 1969.",
        "Rita packed winds of 240 kilometres an hour as it headed north.",
        "She was one of 15 people to receive the Carnegie Medal on Monday.",
        "The Dodd-Frank Act tightened rules for banks.",
        "The Stanley Cup was awarded to the winning team.",
        "The ship Queen Mary sailed at dawn.",
        "His novel Oliver Twist was serialised in a magazine.",
        "Valentine's Day cards went on sale.",
        "Ulysses is a novel by an Irish writer.",
        "Frankenstein was published in 1818.",
    ],
)
def test_no_person_end_to_end(text: str) -> None:
    assert people(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rita said the hurricane had torn the roof off.", "Rita"),
        ("Tony Blair won the award in 2004.", "Tony Blair"),
        ("Marie Curie won the Nobel Prize twice.", "Marie Curie"),
        ("The novel was written by Charles Dickens in 1838.", "Charles Dickens"),
        ("Sarah Jones was a film director in Paris.", "Sarah Jones"),
        ("John Grisham was first published in 1989.", "John Grisham"),
    ],
)
def test_people_stay_end_to_end(text: str, name: str) -> None:
    assert name in people(text)
