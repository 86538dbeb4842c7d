"""The listed place a longer spaCy place entity ends with (``place_phrases``), a place spaCy
tags after "of"/"about", and a listed place the given-name gazetteer would call a person."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.place_phrases import listed_core, the_region


def _core(entity: str) -> tuple[str, str] | None:
    found = listed_core(entity, 0, len(entity))
    return found and (entity[found[0] : found[1]], entity[found[2] : found[3]])


@pytest.mark.parametrize(
    ("entity", "core", "redacted"),
    [
        ("Next Ontario", "Ontario", "Ontario"),  # a headline word glued on
        ("Around Ireland", "Ireland", "Ireland"),
        ("Early Modern Europe", "Europe", "Europe"),
        ("D-Santa Ana", "Santa Ana", "Santa Ana"),  # a party tag
        ("#Gaza", "Gaza", "Gaza"),
        ("west Africa", "Africa", "west Africa"),  # a lower-case compass word is kept
        ("south-east England", "England", "south-east England"),
        ("Renton WA", "Renton", "Renton WA"),  # a town and its state code
    ],
)
def test_listed_core(entity, core, redacted):
    assert _core(entity) == (core, redacted)


@pytest.mark.parametrize(
    "entity",
    [
        "Miami Heat",  # a team: a capitalised word after the place
        "Manchester United",
        "Texas TX",  # two states, no town
        "NYC Sky",
        "Temple Run",  # no listed place
        "Ontario",  # the entity is the place: the ordinary rules decide
        "PLACEHOLDER_CITY",
    ],
)
def test_listed_core_none(entity):
    assert _core(entity) is None


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ebola cases in west Africa could rise to 20,000, says WHO.", "west Africa"),
        ("Two men charged over death of man found in container in south-east England.", "England"),
    ],
)
def test_place_inside_longer_entity_found(text, place):
    assert any(t == "LOCATION" and place in v for t, v in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Miami Heat won 104-87 in Game 5.",
        "from transforms.geo import west_africa_bounds",
        "Set REGION=<west Africa> in the config template.",
    ],
)
def test_no_person_and_no_code_place(text):
    assert not any(t == "PERSON" for t, _ in _found(text))


def test_gazetteer_given_name_that_spacy_tags_a_country():
    text = (
        "This extradition, along with US support for Israel and the government in Egypt, remains."
    )
    assert ("PERSON", "Israel") not in _found(text)


def test_person_named_like_a_place_stays():
    assert ("PERSON", "Jordan Smith") in _found("Jordan Smith called me about the invoice.")


@pytest.mark.parametrize(
    ("text", "word", "label", "kept"),
    [
        ("wolves roaming the northern Rockies, where", "Rockies", "LOC", True),
        ("The Arctic is warming fast.", "Arctic", "LOC", True),
        ("the delta position", "delta", "LOC", False),  # lower-case: a word
        ("the Delta position", "Delta", "LOC", False),  # as truecase writes a listed word
        ("preserve the South and", "South", "LOC", False),  # a compass word
        ("Rockin on the River", "River", "LOC", False),  # an everyday word
        ("inform the Wyndham staff", "Wyndham", "GPE", False),  # spaCy's GPE: towns, firms
        ("past Mars in an encounter", "Mars", "LOC", False),  # no article
        ("the PLACEHOLDER region", "PLACEHOLDER", "LOC", False),
    ],
)
def test_the_region(text, word, label, kept):
    start = text.index(word)
    assert the_region(text, start, start + len(word), label) is kept
