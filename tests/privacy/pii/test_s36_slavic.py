"""Session 36: Slovak/Czech "a" ("and") before a country is no English article, and the Earth,
Moon and Sun inside a spaCy run (issue 14; tuned on UNER Slovak SNK dev)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.slavic_ordinary import celestial_spans


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Najväčšími štátmi tohto typu boli Japonsko a Taliansko.", "Taliansko"),
        ("V roku 1922 s manželkou navštívili Japonsko, Singapur a Čínu.", "Čínu"),
        ("Okolité krajiny sú Irán, Sýria, Libanon a Turecko.", "Turecko"),
    ],
)
def test_country_after_slovak_and_is_a_place(text, value):
    assert (value, "LOCATION") in _found(text)


def test_english_determiner_still_drops_a_place():
    assert not _found("I had a DUI but the lawyer fixed it.")


def test_celestial_words_split_out_of_a_run():
    text = "Zatmenie Slnka nastáva, ak sa uzol stretne s Mesiacom."
    assert celestial_spans(text, 0, ["Zatmenie", "Slnka"], "sk") == [(9, 14, "LOCATION")]
    assert celestial_spans(text, 0, ["Zatmenie", "Slnka"], "hr") == []
    found = _found(text)
    assert ("Slnka", "LOCATION") in found
    assert not any(value.startswith("Zatmenie") for value, _ in found)
