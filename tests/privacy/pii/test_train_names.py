"""Names and places learned from official NER TRAIN splits (issue 14, :mod:`.train_names`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from converter_scripts import load_converter

from transforms.privacy.engine import detect
from transforms.privacy.pii.train_names import DATA, learned, learned_type, train_spans

BUILDER = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "external"
    / "train_names"
    / "build_train_names.py"
)


def _spans(text: str, lang: str) -> tuple[list[str], list[str]]:
    places, persons = train_spans(text, 0, len(text), lang)
    return [text[a:b] for a, b in places], [text[a:b] for a, b in persons]


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


def test_builder_reproduces_the_vendored_lists():
    builder = load_converter(BUILDER)
    built = builder.build()
    if built is None:
        pytest.skip("upstream mirrors absent")
    assert builder.dumps(built) == DATA.read_text("utf-8")


def test_lists_hold_counts_and_leave_out_ordinary_words():
    da = learned("person_tokens", "da")
    assert da["Søren"][0] > da["Søren"][1]
    assert "Nanna" in da and "Hans" not in da  # "hans" (his) is a Danish function word
    assert "São Paulo" in learned("place_names", "pt")
    assert "Para" not in learned("place_tokens", "pt")
    assert learned("person_tokens", "de") == {}  # no German train split available


@pytest.mark.parametrize(
    ("text", "lang", "places", "persons"),
    [
        (
            "I går mødte jeg Søren og Nanna Hald i Næstved.",
            "da",
            ["Næstved"],
            ["Søren", "Nanna Hald"],
        ),
        ("Lars kom hjem.", "da", [], ["Lars"]),  # never written untagged on train
        ("Erfarne Ivan Nielsen kom hjem.", "da", [], ["Ivan Nielsen"]),
        ("Hun hørte Ellington-saxofonisten Paul Gonsalves.", "da", [], ["Paul Gonsalves"]),
        (
            "O presidente visitou Vila Franca de Xira e depois São Paulo com José Sarney.",
            "pt",
            ["Vila Franca de Xira", "São Paulo"],
            ["José Sarney"],
        ),
        (
            "A Maria de o Rosário Ferreira cantou ontem em Lisboa.",
            "pt",
            ["Lisboa"],
            ["Maria de o Rosário Ferreira"],
        ),
        (
            "Morreu Adriano Herculano de a Silva, 18 anos.",
            "pt",
            [],
            ["Adriano Herculano de a Silva"],
        ),
    ],
)
def test_learned_names_and_places_are_found(text, lang, places, persons):
    assert _spans(text, lang) == (places, persons)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bo har ikke lyst til at bo i byen.", "da"),  # one word opening the sentence
        ("Søren kom hjem.", "da"),  # seen untagged on train: not enough alone at the start
        ("A cidade de o Novo México fica longe.", "pt"),  # tail of a longer name
        ("Ele vive em a Casa de o Nuno há anos.", "pt"),
        ("Em o ano passado o rio secou por completo.", "pt"),
        ("Der Präsident traf Søren in Næstved.", "de"),  # no German lists
    ],
)
def test_look_alikes_stay_unflagged(text, lang):
    assert _spans(text, lang) == ([], [])


def test_learned_type_settles_what_spacy_confuses():
    assert learned_type("Nakskov", "da") == "LOCATION"
    assert learned_type("Ceará", "pt") == "LOCATION"
    assert learned_type("Søren", "da") == "PERSON"
    assert learned_type("Nakskov", "de") is None
    assert learned_type("Vi", "da") is None


def test_detect_finds_learned_names_in_danish_and_portuguese():
    found = _found("I går mødte jeg Søren og Nanna Hald i Næstved.")
    assert {("Søren", "PERSON"), ("Nanna Hald", "PERSON"), ("Næstved", "LOCATION")} <= found
    assert ("Nakskov", "LOCATION") in _found("Vi kørte til Nakskov i går med hele familien.")
    found = _found("O presidente visitou Vila Franca de Xira e depois São Paulo com José Sarney.")
    assert ("Vila Franca de Xira", "LOCATION") in found and ("São Paulo", "LOCATION") in found


def test_slavic_and_swedish_lists():
    assert learned("person_tokens", "hr")["Bush"][0] > 0  # Croatian + Serbian train splits
    assert learned("person_tokens", "sk") and learned("person_tokens", "sv")
    assert "Vlada" not in learned("person_tokens", "hr")  # an ordinary word
    assert learned("person_tokens", "sr") == {}  # Serbian Latin is read as "hr"
