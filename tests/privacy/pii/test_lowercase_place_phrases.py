"""Multi-word places written in lower case ("new york", "north dakota") in lower-case-style
requests are title-cased for spaCy (``truecase._lowercase_place_phrases``). Sentences written
anew in the style of the SLURP dev split (assistant requests, no capitals)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.truecase import has_listed_lowercase, truecase_names


def _found(text: str) -> list[tuple[str, str]]:
    (spans,) = detect_batch([text])
    return [(text[s.start : s.end], s.type) for s in spans]


def test_listed_phrases_keep_offsets_and_take_the_listed_spelling():
    text = "get me a ride from new jersey to north dakota on monday"
    cased = truecase_names(text)
    assert cased == "get me a ride from New Jersey to North Dakota on monday"
    assert len(cased) == len(text)
    assert has_listed_lowercase("what is the weather like in new york city")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("what is the weather in new york this weekend", "new york"),
        ("book me a train ticket to new york city for friday", "new york city"),
        ("remind me to call grandma in north carolina tomorrow", "north carolina"),
    ],
)
def test_lowercase_places_in_requests_are_found(text, place):
    assert (place, "LOCATION") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # every word everyday English: not a listed phrase ("united states" has rarer "united")
        "they moved to the gold coast of the page layout",
        # capitalised elsewhere: a lower-case phrase is a phrase, not a place
        "Set the New flag and use york mode in Config",
    ],
)
def test_near_misses_are_not_title_cased(text):
    assert truecase_names(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "cd new_york && ls",
        "import new.york as ny",
        "df['new york'] = df.city",
        "see https://example.com/new-york/las-vegas for the map",
    ],
)
def test_code_look_alikes_stay_untouched(text):
    assert truecase_names(text) == text
