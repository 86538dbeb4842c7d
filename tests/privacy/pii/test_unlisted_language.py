"""spaCy PERSON openers in prose of a language no module reads (``unlisted_language``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.unlisted_language import (
    not_english_around,
    unlisted_language_person,
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Teraz jestem na właściwym projekcie `mcp-rag-server`. Sprawdzę aktualny projekt:",
        "Najpierw sprawdzę plik server.py:",
        "Widzę, że folder `03-api` jest pusty. Muszę utworzyć pliki.",
    ],
)
def test_polish_openers_are_no_people(text):
    assert [t for t in _found(text) if t[1] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna napisała, że wszystko działa.", "Anna"),  # a listed given name
        ("Name: Kamila Červinková", "Kamila Červinková"),  # a full name after a cue
        ("José Álvarez fixed the build yesterday and pushed.", "José Álvarez"),  # English
    ],
)
def test_names_stay(text, name):
    assert (name, "PERSON") in _found(text)


def test_helpers():
    text = "Najpierw sprawdzę plik server.py:"
    assert not_english_around(text, 0, 8)
    assert unlisted_language_person(text, 0, 8, "PERSON")
    assert not unlisted_language_person(text, 0, 8, "LOCATION")
    # English prose, even with an accented word, is English
    english = "Then Renée checked the tests and they passed."
    assert not not_english_around(english, 5, 10)
    # mid-sentence and address-block words are not openers
    address = "Tosh Olsen lives at 172 Maneeži 75, Saareküla"
    start = address.index("Saareküla")
    assert not unlisted_language_person(address, start, start + 9, "PERSON")


def test_code_look_alikes():
    # an identifier opening a line of code is not prose of another language
    assert _found("Ustawienia = load_config()\nżółć = 1") == []


def test_tagalog_openers_are_no_people_and_names_stay():
    # Tagalog writes no diacritics: its case markers (ang, si, ni, mga) mark it as not English
    text = "Nagtatrabaho ang nanay sa bangko."
    assert not_english_around(text, 0, 12)
    assert [t for t in _found(text) if t[1] == "PERSON"] == []  # was ("Nagtatrabaho", PERSON)
    assert ("Maria", "PERSON") in _found("Maria ang pangalan ng nanay ko.")  # a listed name
    # an English sentence with no marker is still English
    assert not not_english_around("Deploy the service tomorrow morning.", 0, 6)
