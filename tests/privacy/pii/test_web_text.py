"""PERSON/LOCATION on edited web text and tweets (``transforms.privacy.pii.web_text``).

Sentences are modelled on the UNER EWT / Broad Twitter Corpus dev splits (written anew here, not
copied from the held-out test splits). They need the spaCy model, like the other NER tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.web_text import adjust_person, not_a_person, of_phrase, place_named


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a rare one-word place with place evidence in the sentence
        (
            "Shops in the city stayed shut as Fallujah was closed Tuesday in a general strike.",
            "Fallujah",
        ),
        ("Gunmen killed six people in Mosul, Baiji, and Tuz on Wednesday.", "Baiji"),
        # a town spaCy tags PERSON, after a preposition
        ("There are buses every ten minutes between Noida and the airport.", "Noida"),
        # a street or site name, whoever tagged it
        (
            "Pothole repairs on I- 95 both directions btw Undercliff Ave ( NY ) and Bruckner"
            " Interchange ( NY )",
            "Undercliff Ave",
        ),
        (
            "We hiked around Maligne Lake in Jasper National Park last summer.",
            "Jasper National Park",
        ),
        # a town before a US state code
        ("Best cheesesteak in Linwood , PA for sure", "Linwood"),
        # "<feature> of <Name>" and a trailing admin word
        ("The storm headed across the Gulf of Mexico overnight.", "Gulf of Mexico"),
        ("Police arrested two men from Doda district on Monday.", "Doda"),
        ("The old housing project of St. Thomas was torn down in 2001.", "St. Thomas"),
    ],
)
def test_web_text_places(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Bush on Tuesday nominated two judges to the court.", "Bush"),
        ("It was the ulterior motive of the Bush administration all along.", "Bush"),
        ("Radical Shiite cleric Muqtada al-Sadr said the attack was criminal.", "Muqtada al-Sadr"),
    ],
)
def test_web_text_people(text, name):
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You will find new love this week . . . More for Pisces", "Pisces"),
        ("Oil prices rose as Hurricane Katrina moved toward the coast.", "Katrina"),
        ("Soooo tasty! We will be back.", "Soooo"),
        # a rare word in a technical sentence is a tool, not a place
        ("Aider supports using local models through Ollama.", "Ollama"),
    ],
)
def test_web_text_non_entities(text, word):
    assert not any(v == word for _, v in typed(text))


def test_unlisted_given_name_tagged_gpe_is_no_place():
    # social text: spaCy calls an unlisted given name GPE; with no place evidence it is no
    # place (the WNUT round reads it as the person it is)
    assert ("PERSON", "Jedidiah") in typed("Jedidiah is beyond irritating , seriously")


def test_helpers():
    assert place_named(["Gerard", "Gardens"])
    assert not place_named(["Nathan", "Lane"])  # a given name before a word that is a surname
    assert of_phrase(["Bay", "of", "Bengal"])
    assert not of_phrase(["Bank", "of", "America"])
    assert not_a_person("Hurricane Rita hit", 10, 14)
    assert not not_a_person("Jordan scored twice", 0, 6)  # a country that is a given name
    text = "Happy hour at Scudeiros on Dallas Street tonight"
    start = text.index("Dallas")
    assert adjust_person(text, start, start + 6) == (
        start,
        start + len("Dallas Street"),
        "LOCATION",
    )
