"""Issue 14, tuned on ``uner_ewt_train``: formal country names ("Republic of Iraq"), places
qualifying a participle ("a US-based firm"), a capitalised particle opening a surname ("Bin
Laden") and a surname that is also a word capitalised mid-sentence ("policies that Bush
wants"); look-alikes (locale codes, colours, headings, code) stay unflagged.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.ner_filters import plausible_location, plausible_person
from transforms.privacy.pii.place_forms import (
    country_form,
    initials_or_particle_name,
    place_qualifier,
)
from transforms.privacy.pii.web_text import mid_sentence_surname
from transforms.privacy.segments import sentences


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize(
    ("value", "listed"),
    [
        ("United States of America", "United States"),
        ("Republic of Iraq", "Iraq"),
        ("Kingdom of Saudi Arabia", "Saudi Arabia"),
        ("Republic of Ireland", "Ireland"),
        ("Bank of America", "Bank of America"),  # no state word: a company
        ("Republic of Gamers", "Republic of Gamers"),  # no listed country
        ("Gulf of Mexico", "Gulf of Mexico"),
        ("Great Britain", "United Kingdom"),
        ("Britain", "United Kingdom"),
    ],
)
def test_formal_country_names(value, listed):
    assert country_form(value) == listed


def test_place_qualifier_only_before_a_participle():
    assert place_qualifier(*at("a New York-based firm", "New York")[::2])
    assert place_qualifier(*at("a Sri Lanka-born Tamil", "Sri Lanka")[::2])
    assert not place_qualifier(*at("Set the region to US-East", "US")[::2])
    assert not place_qualifier(*at("locale en_US/US-basedir", "US")[::2])


def test_capitalised_particle_opens_a_surname_but_not_a_town():
    assert initials_or_particle_name(["Bin", "Laden"])
    assert initials_or_particle_name(["Van", "Gogh"])
    assert not initials_or_particle_name(["La", "Crosse"])
    assert not initials_or_particle_name(["Bin", "Config"])


@pytest.mark.parametrize(
    ("text", "word", "ok"),
    [
        ("the same policies that Bush wants to push", "Bush", True),
        ("He met the Pope, and later Bangs.", "Bangs", True),
        ("So Bush stopped flying.", "Bush", True),
        ("Bush was only able to answer in part.", "Bush", True),  # subject of a verb
        ("Bush bought it.", "Bush", False),  # a sentence start alone says nothing
        ("we painted the hall Brown last year", "Brown", False),  # a colour as often
        ("my review of Life After Bush Era", "Bush", False),  # a heading
        ("the same policies that BUSH wants", "BUSH", False),
        ("then Kubernetes restarts", "Kubernetes", False),  # no census surname
    ],
)
def test_mid_sentence_surname(text, word, ok):
    assert mid_sentence_surname(*at(text, word)) is ok


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Many argue that a US-based operative is behind the mailings.", "US", "LOCATION"),
        ("China is the second largest consumer of energy, behind the US.", "US", "LOCATION"),
        ("Eurasia Group, a New York-based firm of analysts, said so.", "New York", "LOCATION"),
        (
            "He worked with the good offices of the President of the Republic of Iraq.",
            "Republic of Iraq",
            "LOCATION",
        ),
        (
            "The invasion was led by the United States and backed by France and Great Britain.",
            "Great Britain",
            "LOCATION",
        ),
        ("I don't think the policies that Bush wants will work.", "Bush", "PERSON"),
        ("Texas millionaires close to the Bush family made it up.", "Bush", "PERSON"),
        ("Young radicals may look to Bin Laden for their cues.", "Bin Laden", "PERSON"),
    ],
)
def test_found_in_web_text(text, value, kind):
    assert (kind, value) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Set the region to US-East and the locale to en_US.",
        "Then run black and isort, and set the button colour to Brown.",
        "```py\nbush = Bush(region='US-based')\n```",
        "We're rolling this out in the Republic of Gamers store first.",
    ],
)
def test_look_alikes_stay_unflagged(text):
    kinds = {t for t, _ in typed(text)}
    assert "PERSON" not in kinds and "LOCATION" not in kinds


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Thank you for your request for Mr. Lay to speak. Next one.",
            ["Thank you for your request for Mr. Lay to speak.", "Next one."],
        ),
        (
            "Carol St. Clair said so. Then Ft. Worth.",
            ["Carol St. Clair said so.", "Then Ft. Worth."],
        ),
        ("It ran fast. St. Louis was next.", ["It ran fast.", "St. Louis was next."]),
        ("He asked for Dr. Okafor. Then he left.", ["He asked for Dr. Okafor.", "Then he left."]),
        ("I live on Main St. then I moved.", ["I live on Main St.", "then I moved."]),
    ],
)
def test_title_abbreviations_end_no_sentence(text, parts):
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == parts


def test_name_after_a_title_abbreviation_is_read():
    text = "I want to check with Mr. Lay before confirming."
    assert ("PERSON", "Lay") in typed(text)


def test_abbreviated_saint_inside_a_name_or_place():
    assert plausible_person("Carol St. Clair")
    assert plausible_location("St. Petersburg")
    assert not plausible_person("St.")
    assert not plausible_person("Carol St.")
