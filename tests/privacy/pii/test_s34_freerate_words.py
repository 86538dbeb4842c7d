"""Capitalised English derived words (``derived_words``) are no person or place; names and
places with the same endings stay found. Sentences written anew in the shapes seen on dev."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.derived_words import derived_word, drop_derived_words
from transforms.privacy.spans import Span


@pytest.mark.parametrize(
    "word", ["Biography", "Normalcy", "Melodious", "Scientology", "Marketing", "Infinity"]
)
def test_derived_words(word: str) -> None:
    assert derived_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "Browning",  # census surname
        "Manning",
        "Felicity",  # virtue names: given names
        "Serenity",
        "Beijing",  # places
        "Wyoming",
        "Woking",
        "Lessing",  # too rare as an English word
        "Ming",
    ],
)
def test_names_and_places_with_the_same_endings(word: str) -> None:
    assert not derived_word(word)


def _span(text: str, word: str, typ: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), typ, 0.85, "spacy_ner")


def test_spans_dropped_and_kept() -> None:
    text = "Normalcy returned to Wyoming after Browning left."
    spans = [
        _span(text, "Normalcy", "PERSON"),
        _span(text, "Wyoming", "LOCATION"),
        _span(text, "Browning", "PERSON"),
    ]
    assert drop_derived_words(text, spans) == spans[1:]


def test_heading_and_field_list_end_to_end() -> None:
    text = "Priya Raman built her career in Marketing, Sales and Consulting in Chicago."
    found = {(text[s.start : s.end], s.type) for s in detect(text)}
    assert ("Priya Raman", "PERSON") in found
    assert ("Chicago", "LOCATION") in found
    assert not any(v == "Marketing" for v, _ in found)
