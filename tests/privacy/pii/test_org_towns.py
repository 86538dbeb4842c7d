"""Session 31 place recall on edited English prose: a lone listed town spaCy calls ORG
(``org_towns``), site words ending a name (``web_text.STRONG_PLACE_SUFFIXES``) and a subject
the sentence calls a settlement (``news_places``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.news_places import _CALLED_PLACE
from transforms.privacy.pii.org_towns import lone_org_place
from transforms.privacy.pii.web_text import place_named


def _at(fn, text: str, word: str) -> bool:
    start = text.index(word)
    return fn(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The islands lie 860 km east of Christchurch, in the middle of the ocean.",
            "Christchurch",
        ),
        ("The main entry points are Svendborg which is easily reached by ferry.", "Svendborg"),
        ("This is a significant day; Sinjar has been liberated.", "Sinjar"),
        ("It is located approximately 10 km from Panaji (Panjim), by ferry.", "Panjim"),
    ],
)
def test_lone_org_place_true(text, word):
    assert _at(lone_org_place, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Xinhua reports that a wide range of groups met.", "Xinhua"),  # a news agency
        ("Obama announces sweeping changes", "Obama"),  # a learned name word (a town in Japan)
        ("Aloha everyone.", "Aloha"),  # a town in Oregon, an everyday greeting
        ("we moved the Christchurch office", "Christchurch"),  # a determiner before it
        ("see Christchurch.py for the fixture", "Christchurch"),  # code
        ("the Svendborg-based crew", "Svendborg"),  # a compound
        ("Sinjar Mountains rescue", "Sinjar"),  # a longer name
        ("Paris said no", "Paris"),  # a given name
        ("Canada Post lost my parcel", "Canada"),  # a country: not this rule's
    ],
)
def test_lone_org_place_false(text, word):
    assert not _at(lone_org_place, text, word)


@pytest.mark.parametrize(
    "name",
    [
        "Shah Mosque",
        "Clarence Dock",
        "Victoria Skating Rink",
        "Bobby Morris Playfield",
        "Sandy River Railroad",
        "Will Rogers Turnpike",
        "Sonoran Desert",
        "Ali Qapu Palace",
    ],
)
def test_site_words_end_a_place(name):
    assert place_named(name.split())


@pytest.mark.parametrize(
    "name",
    ["Shirley Temple", "Charlotte Church", "Roy Castle", "Amy Pond", "Sally Field", "Nathan Lane"],
)
def test_surname_site_words_do_not(name):
    assert not place_named(name.split())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("York is an ancient cathedral city with a long history.", "York"),
        ("York is a fairly small city - four days is enough.", "York"),
        ("Aisby is a village in the English county of Lincolnshire.", "Aisby"),
        ("Brandhorst is a municipality in the south of the district.", "Brandhorst"),
        ("Coron, a town in Palawan, draws divers.", "Coron"),
        ("Socotra is an island off the Horn of Africa.", "Socotra"),
    ],
)
def test_called_place_true(text, place):
    assert [m.group(1) for m in _CALLED_PLACE.finditer(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Smith is a town planner.",  # the class noun does not end the phrase
        "Jack is a city boy at heart.",
        "Dolly is a country singer.",
        "It is a city of contrasts.",  # no name: ``news_places`` also wants a rare word
        "class City is a model of the ORM",  # lower-case "is a model"
        "Rails is a framework.",
    ],
)
def test_called_place_false(text):
    got = [m.group(1) for m in _CALLED_PLACE.finditer(text)]
    assert got in ([], ["It"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The islands lie 860 km east of Christchurch, in the middle of the ocean.",
            "Christchurch",
        ),
        ("Aisby is a village in the English county of Lincolnshire.", "Aisby"),
        ("The Clarence Dock is a dock on the River Mersey.", "Clarence Dock"),
        ("The south end features the lighted Bobby Morris Playfield.", "Bobby Morris Playfield"),
    ],
)
def test_detected_as_places(text, place):
    assert ("LOCATION", place) in {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Xinhua reports that the talks went well.",
        "from christchurch import fixtures\nfixtures.load()",
        "Rename `Tulsa.run()` to `Tulsa.start()` in the worker.",
        "Smith is a town planner in the next county.",
        "Obama announces sweeping changes",
    ],
)
def test_not_places(text):
    assert not [s for s in detect(text) if s.type == "LOCATION"]
