"""German lands named like their people and declined CLDR names (issue 14,
:mod:`transforms.privacy.pii.german_regions`, :func:`.german_lexicon.declined_names`)."""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_lists import country_names, german_words
from transforms.privacy.pii.german_lexicon import declined_names
from transforms.privacy.pii.german_regions import german_region_spans


def _regions(text: str) -> list[str]:
    return [text[a:b] for a, b in german_region_spans(text, 0, len(text))]


def _places(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


def test_lands_named_like_their_people_are_listed_but_not_plain_plurals():
    lands = german_words("places_plural")
    assert {"Bayern", "Sachsen", "Hessen", "Böhmen", "Westfalen", "Niedersachsen"} <= lands
    assert not {"Häusern", "Wahlen", "Wiesen", "Mauern", "Norden", "Stein"} & lands


def test_a_land_after_an_in_place_preposition_a_state_word_or_in_the_genitive():
    assert _regions("Er zog mit seinen Eltern von Brandenburg nach Bayern .") == ["Bayern"]
    assert _regions("Regensburg fiel an das Königreich Bayern .") == ["Bayern"]
    assert _regions("Er wurde zum Statthalter Böhmens ernannt .") == ["Böhmens"]
    assert _regions("Inventar aus Böhmen und Mähren kam ins Museum .") == ["Böhmen", "Mähren"]


def test_the_people_are_no_place():
    assert _regions("Die Bayern und die Sachsen spielten am Samstag .") == []
    assert _regions("Den Bayern fehlte am Ende die Kraft .") == []
    assert _regions("Er wohnt in [ORT] und arbeitet in BAYERN .") == []  # placeholders, shouting


def test_declined_country_names():
    forms = declined_names(["Vereinigte Staaten", "Vereinigtes Königreich", "Costa Rica"])
    assert {"Vereinigten Staaten", "Vereinigten Königreich", "Vereinigten Königreichs"} <= forms
    assert not any("Costa" in f for f in forms)
    assert "Vereinigten Staaten" in country_names()
    assert "Vereinten Nationen" not in country_names()  # a body, not a place
    text = "Die Krise hatte ihr Zentrum in den Vereinigten Staaten und Asien ."
    assert "Vereinigten Staaten" in _places(text)
