"""Given name, bare middle initial, surname: one person."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.initial_names import initial_names
from transforms.privacy.spans import Span


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I want to add Teufik I Đurić as a beneficiary to my account", "Teufik I Đurić"),
        ("we need to add Jovica A Cedilnik as guardian", "Jovica A Cedilnik"),
        ("Facino I Genovesi's killers sentenced to life in prison", "Facino I Genovesi"),
        ("Tube Snake Boogie by Fuyuka A Koyama - go figure", "Fuyuka A Koyama"),
    ],
)
def test_name_with_bare_initial_is_one_person(text, name):
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "When I Was young",
        "Plan B Options",
        "Model A Config",
        "Vitamin C Serum",
        "Section A Overview",
        "Hello I Am here",
        "<NAME> A <SURNAME>",  # placeholders
    ],
)
def test_title_case_phrases_are_no_names(text):
    assert not initial_names(text, [])


def test_person_inside_is_replaced_and_other_types_block():
    text = "ask Jovica A Cedilnik today"
    inner = Span(text.index("Cedilnik"), text.index(" today"), "PERSON", 0.8, "spacy_ner")
    (span,) = initial_names(text, [inner])
    assert text[span.start : span.end] == "Jovica A Cedilnik"
    place = Span(text.index("Jovica"), text.index(" A "), "LOCATION", 0.8, "spacy_ner")
    assert initial_names(text, [place]) == [place]
