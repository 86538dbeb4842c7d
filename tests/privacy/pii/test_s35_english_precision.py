"""English precision of session 35: nationality adjectives before a feature noun, "a turkey"."""

from __future__ import annotations

import pytest

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
