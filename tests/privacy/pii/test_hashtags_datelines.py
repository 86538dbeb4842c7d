"""Hashtags, news datelines, headline names and shop names (``transforms.privacy.pii.social_text``).

Sentences are written anew in the style of the Broad Twitter Corpus / WNUT17 dev splits and of
wire news; none is copied from a held-out split.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.social_text import (
    business_name,
    dateline_spans,
    hashtag_spans,
    headline_person_spans,
)


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def tags(text: str) -> set[tuple[str, str]]:
    return {(t, text[a:b]) for a, b, t, _ in hashtag_spans(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thoughts with everyone in #Gloucester tonight", ("LOCATION", "Gloucester")),
        ("snow again in #kathmandu", ("LOCATION", "kathmandu")),
        ("back home in #UK: rain", ("LOCATION", "UK")),
        ("#PrayForGaza", ("LOCATION", "Gaza")),
        ("moving to #LosAngeles next week", ("LOCATION", "LosAngeles")),
        ("great night with #Adelaide crowd", ("LOCATION", "Adelaide")),
        # a census given name + surname in CamelCase; a prefix stays outside the span
        ("so sad #RIPJohnnyWinter", ("PERSON", "JohnnyWinter")),
        ("what a signing #AlanPardew", ("PERSON", "AlanPardew")),
    ],
)
def test_hashtag_names_and_places(text, expected):
    assert expected in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "#yoga every morning",  # a town name that is an English word
        "#sunrise over the bay",
        "watching the #LondonMarathon",  # a place before an event word: an event
        "#TeamPhil all the way",  # a lone given name is no evidence
        "#NBA finals tonight",  # a short acronym that is no country
        "see https://example.com/#Gaza and &#39;",  # URL fragments and HTML entities
        "#include <stdio.h>",
        "#OrtheiaBarnes",  # a surname that is also a town is no place in a tag
        "#JenniferAniston quote",  # a town name after a given name is a surname
        "#MERS outbreak",  # a short upper-case tag is a place only as a country
    ],
)
def test_hashtags_without_evidence_stay_unflagged(text):
    assert tags(text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TEHRAN (AFP) - Iran said on Sunday it would talk.", "TEHRAN"),
        ("WASHINGTON, D.C. -- Lawmakers met again.", "WASHINGTON, D.C."),
        ("NAIROBI, Kenya \u2014 Rain fell on Monday.", "NAIROBI, Kenya"),
        ("SAN FRANCISCO (Reuters) - Shares rose.", "SAN FRANCISCO"),
    ],
)
def test_datelines(text, place):
    assert [text[a:b] for a, b, t, _ in dateline_spans(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "UPDATED - the release notes moved",  # upper-case word that is no place
        "NOTE: LONDON is a string here",  # not a dateline form
        "TODO - fix the LONDON constant",
        "Tonight - London - all welcome",  # not upper case
    ],
)
def test_no_dateline(text):
    assert dateline_spans(text) == []


def test_headline_verbs_after_a_census_surname():
    text = "Trump slams the media again"
    assert [text[a:b] for a, b, _, _ in headline_person_spans(text)] == ["Trump"]
    assert ("PERSON", "Trump") in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apple slams Samsung in court",  # an everyday word, not a name
        "Boston warns of snow",  # a place
        "#Trump slams",  # a tag is read by the hashtag rule only
        "Love rips us apart",
    ],
)
def test_headline_verbs_need_a_rare_census_surname(text):
    assert headline_person_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We had dinner at Mario's Pizza on Friday", "Mario"),
        ("Meet me at Joe's Crab Shack on Main", "Joe"),
        ("Picked up bagels from Rosa's Bakery", "Rosa"),
    ],
)
def test_shop_and_restaurant_names_are_no_person(text, name):
    start = text.index(name)
    assert business_name(text, start, start + len(name))
    assert ("PERSON", name) not in typed(text)


def test_a_person_before_an_ordinary_noun_stays_a_person():
    text = "Maria Lopez's pizza recipe is great"
    start = text.index("Maria Lopez")
    assert not business_name(text, start, start + len("Maria Lopez"))
    assert ("PERSON", "Maria Lopez") in typed(text)
