"""A lone unlisted spaCy GPE/LOC kept on a landscape noun after it or a listed place beside it
(``place_evidence``); things, tools and code stay unflagged."""

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
        ("hopes to turn the Gaza strip into a battlefield", "Gaza"),
        ("unpopular in the Jaffna peninsula as well", "Jaffna"),
        ("an island west of the Andaman islands.", "Andaman"),
        ("Stay in same hotel, visit Monaco, Nice?", "Nice"),
        ("Drive through Nice , Cannes & other coastal towns", "Nice"),
        ("From Madrid to Seville and on", "Seville"),
    ],
)
def test_place_evidence_true(text, word):
    assert _at(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the FBI had collected the Ames strain from 20 sources", "Ames"),
        ("a change in the coding for the Delta position", "Delta"),
        ("deploy to Vercel, then Netlify", "Vercel"),
        ("between a Sussex and Silkie, the offspring vary", "Sussex"),
        ("We took our cat Mitten camping.", "Mitten"),
        ("the GAZA strip", "GAZA"),  # shouted: spaCy's labels mean little there
    ],
)
def test_place_evidence_false(text, word):
    assert not _at(text, word)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hamas hopes to turn the Gaza strip into a vast battlefield.", "Gaza"),
        ("Fri. Sept. 22 - Stay in same hotel, visit Monaco, Nice?", "Nice"),
    ],
)
def test_spacy_places_kept_end_to_end(text, place):
    assert ("LOCATION", place) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "deploy to Vercel and migrate to Supabase",
        "add a button to Navbar",
        "errors at Runtime",
        "The Jenkins pipeline is green",
        "Move the Sidebar, Footer and Layout into one folder",
        "Wrap the Modal and Tooltip in a Portal",
        "Use the Ames strain parser from utils",
    ],
)
def test_code_chat_stays_unflagged(text):
    assert not {t for t, _ in _found(text) if t in ("LOCATION", "PERSON")}
