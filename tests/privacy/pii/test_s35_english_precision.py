"""English precision of session 35: nationality adjectives before a feature noun, "a turkey",
lists of numbered names read as addresses."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.address_dates import street_addresses_outside_dates
from transforms.privacy.pii.assistant_requests import adjust_request_spans
from transforms.privacy.pii.feature_places import feature_place_spans
from transforms.privacy.spans import Span


def _features(text: str) -> list[str]:
    return [text[a:b] for a, b in feature_place_spans(text)]


def _span(text: str, value: str, kind: str = "LOCATION") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, "test")


@pytest.mark.parametrize(
    "text",
    [
        "Over 900 asylum seekers rescued off Indonesian coast",
        "It lies south of the Danish island of Funen.",
        "They walked along the French coast for a week.",
    ],
)
def test_nationality_before_a_lower_case_feature_noun_is_no_place(text: str) -> None:
    assert _features(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We sailed the Irish Sea in May.", "Irish Sea"),
        ("Islands of the Indian Ocean", "Indian Ocean"),
        ("offshore areas of China (i.e., Bohai sea, Yellow sea)", "Yellow sea"),
        ("the Congo river floods", "Congo river"),
        ("We went camping to Robinhoods bay.", "Robinhoods bay"),
    ],
)
def test_named_features_stay_places(text: str, value: str) -> None:
    assert value in _features(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok google what's the easiest and quickest way to cook a turkey", "turkey"),
        ("buy an iceland poppy for the garden", "iceland"),
    ],
)
def test_place_after_an_indefinite_article_is_dropped(text: str, value: str) -> None:
    assert adjust_request_spans(text, [_span(text, value)]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("what is the weather in turkey today", "turkey"),
        ("book a flight to fiji", "fiji"),
        ("how far is it from a to berlin", "berlin"),
    ],
)
def test_places_without_the_article_stay(text: str, value: str) -> None:
    kept = adjust_request_spans(text, [_span(text, value)])
    assert [(text[s.start : s.end], s.type) for s in kept] == [(value, "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "The minor planets 8749 Beatles, 4147 Lennon, 4148 McCartney and 4149 Harrison were named",
        "The minor planets 105 Artemis, 399 Persephone, 1388 Aphrodite and 5731 Zeus were named",
        "He won medals at the 1989 Southeast Asian Games, 1991 Southeast Asian Games, and 1993 "
        "Southeast Asian Games.",
        "in Eurovision Song Contest 2011, Eurovision Song Contest 2015, Eurovision Song Contest "
        "2016 and Eurovision Song Contest 2019.",
    ],
)
def test_lists_of_numbered_names_are_no_address(text: str) -> None:
    assert street_addresses_outside_dates(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Send it to Hauptweg 5, 1998 Amsterdam please.", "Hauptweg 5, 1998 Amsterdam"),
        ("Ship to Kirchweg 3, 10115 Berlin, Germany.", "Kirchweg 3, 10115 Berlin, Germany"),
        ("Our offices: 12 Main Street, 14 Oak Street and 16 Elm Street.", "16 Elm Street"),
    ],
)
def test_addresses_stay(text: str, value: str) -> None:
    found = [text[s.start : s.end] for s in street_addresses_outside_dates(text)]
    assert value in found
