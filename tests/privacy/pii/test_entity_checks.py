"""A lower-case everyday or chat word that spaCy glues to the front of a PERSON ("omg Simone",
"another Sidney Sheldon") is trimmed off (``entity_checks._lowercase_lead``); name particles
stay."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.entity_checks import _lowercase_lead


def _persons(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


@pytest.mark.parametrize(
    "tokens",
    [["omg", "Simone"], ["another", "Sidney", "Sheldon"], ["lol", "Anderson"]],
)
def test_lowercase_lead_true(tokens):
    assert _lowercase_lead(tokens)


@pytest.mark.parametrize(
    "tokens",
    [
        ["van", "Gogh"],  # a particle is part of the name
        ["bin", "Laden"],
        ["declan", "Rudd"],  # a rare lower-case word may be the given name
        ["omg", "simone"],  # nothing capitalised after it
        ["Simone"],
    ],
)
def test_lowercase_lead_false(tokens):
    assert not _lowercase_lead(tokens)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("omg simone is coming over then 2morrow", "simone"),
        ("Finished yet another sidney sheldon masterpiece .", "sidney sheldon"),
    ],
)
def test_trimmed_name_end_to_end(text, name):
    assert name in _persons(text)


def test_particle_name_kept_whole():
    assert "van Gogh" in _persons("we love van Gogh paintings")
