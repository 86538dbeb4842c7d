"""Listed names written with an inner capital (``name_spellings``): kept as name words; code
identifiers and product names with inner capitals are not."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.name_spellings import inner_capital_name


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    "token",
    ["OConnor", "ONeill", "D'Angelo", "JoAnne", "LaToya", "DeShawn", "GIbson", "RIcky"],
)
def test_inner_capital_name_true(token):
    assert inner_capital_name(token)


@pytest.mark.parametrize(
    "token",
    [
        "OAuth",  # O + a word no census list holds
        "ReAct",  # "React" is no given name
        "SearchBar",
        "DataFrame",
        "GitHub",
        "PyTorch",
        "DevOps",
        "IOs",
        "URLs",
        "LaTeX",
        "MySQL",
        "WIseau",  # not listed: left to spaCy's own shape rules
        "OMark",  # "Mark" is an everyday word
    ],
)
def test_inner_capital_name_false(token):
    assert not inner_capital_name(token)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oh , RIcky Lambert will wish he did better there .", "RIcky Lambert"),
        ("JoAnne Buth leaves Senate to return to her roots", "JoAnne Buth"),
        ("In today 's Irish News : Fionnuala OConnor - Postering", "Fionnuala OConnor"),
    ],
)
def test_names_with_inner_capitals_end_to_end(text, name):
    assert ("PERSON", name) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Use OAuth with the SearchBar component",
        "Load the DataFrame with PyTorch and push it to GitHub",
        "Run `JoAnne.save()` after the migration",  # code, not prose
    ],
)
def test_identifiers_stay_unflagged(text):
    assert not [s for s in detect(text) if s.type == "PERSON"]
