"""A person detector's span that is a name + a feature noun no one is named after is a place."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.feature_places import feature_place_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("an undiscovered ecosystem under the ice in the Ross Sea?", "Ross Sea"),
        ("Resting place Montmartre Cemetery, Paris, France", "Montmartre Cemetery"),
        ("offshore areas of China (i.e., Bohai sea, Yellow sea and East China sea)", "Yellow sea"),
        ("The trail follows Sandy Creek for a mile.", "Sandy Creek"),
        ("the park includes Lincoln Reservoir and a playfield", "Lincoln Reservoir"),
    ],
)
def test_name_and_feature_noun_is_a_place(text, value):
    assert (value, "LOCATION") in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ask Joan Rivers about it", "Joan Rivers"),
        ("I emailed Sarah Lake yesterday", "Sarah Lake"),
        ("I emailed Sarah Pond yesterday", "Sarah Pond"),
    ],
)
def test_surname_feature_nouns_keep_the_person(text, value):
    assert (value, "PERSON") in _found(text)


@pytest.mark.parametrize(
    "text", ["the Data Reservoir holds parquet files", "stream into the Event Pond table"]
)
def test_jargon_reservoirs_and_ponds_are_not_feature_places(text):
    assert feature_place_spans(text) == []
