"""A lone two-letter given name of the census lists ("Na", "Mi", "Ja") is left to spaCy by the
gazetteer (``gazetteer_matches._gazetteer_spans``); with a surname it is still matched."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.gazetteer_matches import _gazetteer_spans
from transforms.privacy.segments import ner_view


def _gazetteer_people(text: str) -> set[str]:
    view = ner_view(text)
    return {view.text[a:b] for a, b, t, _ in _gazetteer_spans(view) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Its way past my bedtime ! Na night : D",
        "Mi amor, see you soon",
        "The Tunnels Carnegies Brae Aberdeen Un ...",
    ],
)
def test_lone_two_letter_name_is_not_matched(text):
    assert not any(len(p) <= 2 for p in _gazetteer_people(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Al Smith called me about the invoice.", "Al Smith"),
        ("Ed Miliband spoke first.", "Ed Miliband"),
        ("PLACEHOLDER_NAME and Emma Stone arrived late.", "Emma Stone"),
    ],
)
def test_longer_names_stay(text, person):
    assert person in _gazetteer_people(text)
