"""ISO 3166-2 subdivision names (``regions``): states, provinces and counties confirm places
spaCy tags, hashtags and lower-case places after a preposition; everyday words, given names and
town-level subdivisions are left out."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.regions import REGIONS


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    "name",
    ["Queensland", "Tasmania", "New South Wales", "Punjab", "Kerala", "Donegal", "Tipperary",
     "Saskatchewan", "Northern Ireland", "Jammu and Kashmir"],
)  # fmt: skip
def test_listed_regions(name):
    assert name in REGIONS


@pytest.mark.parametrize(
    "name",
    [
        "Antique",  # a Philippine province, and an English word
        "Lakes",
        "Unity",
        "Centre",  # generic
        "Norte",
        "Victoria",  # a given name
        "Bled",  # a Slovenian municipality: town level
        "Batman",
    ],
)
def test_left_out(name):
    assert name not in REGIONS


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lovely rainbows over the bog this evening #weather #kildare #pretty", "kildare"),
        ("Gorgeous morning in county Louth . Looking forward to harvest", "Louth"),
        ("Farmers in Manitoba , Saskatchewan hit by flooding", "Saskatchewan"),
        ("Kilkenny bridge protest cleared", "Kilkenny"),
    ],
)
def test_regions_found_end_to_end(text, place):
    assert ("LOCATION", place) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Great place for Antique Lighting!",
        "Add a #lakes tag to the map layer config",
        "The Unity build fails on the Centre panel",
    ],
)
def test_words_stay_unflagged(text):
    assert not [s for s in detect(text) if s.type == "LOCATION"]
