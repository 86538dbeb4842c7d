"""Issue 14: written forms of places and names spaCy tags that the list lookups used to miss.

Dotted and compass forms of listed countries, market/data words only near the place, lower-case
listed places in any English sentence, initials and particles before a surname
(``transforms.privacy.pii.place_forms``); code and product-market look-alikes stay unflagged.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.place_forms import (
    country_form,
    has_dotted_country,
    initials_or_particle_name,
    listed_lowercase_place,
    product_place_near,
)


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("value", "listed"),
    [
        ("U.S.", "US"),
        ("U.S", "US"),
        ("U.K.", "UK"),
        ("South Vietnam", "Vietnam"),
        ("South Korea", "South Korea"),  # listed as written
        ("J.R.", "J.R."),  # initials, no country
        ("South Park", "South Park"),
    ],
)
def test_country_form(value, listed):
    assert country_form(value) == listed


def test_dotted_country_in_a_sentence():
    assert has_dotted_country("the cost of the U.S. in money and men?")
    assert not has_dotted_country("a painting by W.H.S. Koerner")
    assert not has_dotted_country("see config.U.S.json")


def test_product_word_counts_only_near_the_place():
    text = "The VAT rules for France apply to all customers."
    assert product_place_near(text, text.index("France"), text.index("France") + 6)
    text = (
        "Last month, Katrina devastated refineries in Louisiana and Mississippi and sent"
        " prices to a record high of 70.85 dollars a barrel."
    )
    start = text.index("Louisiana")
    assert not product_place_near(text, start, start + len("Louisiana"))
    # the previous sentence's market word is no part of this one
    text = "Our users love it. Germany is where I grew up."
    assert not product_place_near(text, text.index("Germany"), text.index("Germany") + 7)


def test_listed_lowercase_place():
    assert listed_lowercase_place("vietnam")
    assert not listed_lowercase_place("nice")  # Nice, France: an everyday word
    assert not listed_lowercase_place("config")
    assert not listed_lowercase_place("Vietnam")


@pytest.mark.parametrize(
    ("tokens", "ok"),
    [
        (["V", "K", "Choudhry"], True),
        (["W.H.S.", "Koerner"], True),
        (["bin", "Laden"], True),
        (["A", "Smith"], False),  # the article
        (["I", "Koerner"], False),
        (["V", "K"], False),
        (["bin", "config"], False),
        (["J", "React"], False),  # a product word
    ],
)
def test_initials_or_particle_name(tokens, ok):
    assert initials_or_particle_name(tokens) is ok


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("What did the war cost the U.S. in money and men?", "U.S."),
        ("There are way more stranger names in the U.S for areas than Miramar.", "U.S"),
        ("What would happen if you flew the flag of South Vietnam today?", "South Vietnam"),
        ("how are vietnam and Afghanistan alike?", "vietnam"),
        ("Both were fought by the US (no matter what the historians tell you).", "US"),
        (
            "Katrina devastated refineries in Louisiana and sent prices to a record high of"
            " 70.85 dollars a barrel.",
            "Louisiana",
        ),
    ],
)
def test_country_forms_are_places(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It's a Western scene by a guy named W.H.S. Koerner called 'A Charge to Keep.'",
            "W.H.S. Koerner",
        ),
        ("Young radicals may grow up that look to bin Laden for their cues.", "bin Laden"),
    ],
)
def test_initials_and_particle_names(text, name):
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're rolling this out in Germany first.",
        "Add a locale for Brazil with its own currency.",
        "A good basic US Census dataset to analyze is the American Community Survey.",
        "Set the region to US-East and the locale to en_US.",
        "```py\nCOUNTRY = 'U.S.'\nif country == vietnam:\n    pass\n```",
    ],
)
def test_markets_and_code_stay_unflagged(text):
    assert "LOCATION" not in {t for t, _ in typed(text)}


def test_spacy_country_beats_a_name_list_person_but_not_for_a_state_name():
    text = "He is demanding claims that Israel said no to the world."
    assert ("LOCATION", "Israel") in typed(text)
    assert ("PERSON", "Israel") not in typed(text)
    # "Georgia" is a country too, but as a US state name a frequent given name: the cue stays
    assert ("PERSON", "Georgia") in typed("Georgia said she would come to the party.")


@pytest.mark.parametrize("text", ["@Comoaloy kapan ?", "bwoi she thick nuh raas . . ."])
def test_small_towns_in_lower_case_other_languages_stay_unflagged(text):
    assert "LOCATION" not in {t for t, _ in typed(text)}
