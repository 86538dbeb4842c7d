"""A lone unlisted spaCy GPE/LOC kept beside a listed city, country or state in an enumeration
(``place_evidence``); people, firms, headings and code stay as they were."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.place_evidence import place_evidence


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def _at(text: str, word: str) -> bool:
    start = text.index(word)
    return place_evidence(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("--John B, Windermere, Florida", "Windermere"),
        ("barrels at their Meraux, Louisiana refinery", "Meraux"),
        ("we drove Madrid / Windermere and back", "Windermere"),
    ],
)
def test_place_evidence_true(text, word):
    assert _at(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"Townsend, George" <gtownsend@example.com>', "Townsend"),  # a surname
        ("prepaid (Daniels, Fisher, Rosemont, other).", "Fisher"),
        ("Antique Lighting, Fixtures, Chicago", "Fixtures"),  # an everyday word
        ("Ripley and Bishop back at it again !", "Bishop"),  # "and" joins people
        ("the FBI had collected the Ames strain from 20 sources", "Ames"),  # no neighbour
        ("deploy to Vercel, Florida edition", "Vercel"),  # a product word
        ("WINDERMERE, FLORIDA", "WINDERMERE"),  # shouted
    ],
)
def test_place_evidence_false(text, word):
    assert not _at(text, word)


def test_town_beside_a_state_is_kept_end_to_end():
    assert ("LOCATION", "Windermere") in _found("--John B, Windermere, Florida")


@pytest.mark.parametrize(
    "text",
    [
        "deploy to Vercel and migrate to Supabase",
        "add a button to Navbar",
        "errors at Runtime",
        "Move the Sidebar, Footer and Layout into one folder",
        "push to Heroku, Netlify or Render",
        "Wrap the Modal and Tooltip in a Portal",
    ],
)
def test_code_chat_stays_unflagged(text):
    assert not {t for t, _ in _found(text) if t in ("LOCATION", "PERSON")}
