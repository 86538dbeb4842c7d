"""Display names in "Last, First" form and sign-off lines
(``transforms.privacy.pii.display_names``).

Messages are written anew in the style of e-mail and chat exports (UNER EWT's Enron mails),
not copied from a held-out split.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.display_names import display_name_spans, sign_off_spans


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def names(text: str) -> list[str]:
    return [text[a:b] for a, b, _, _ in display_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From: Kaminski, Vince\nSent: Monday", ["Kaminski, Vince"]),
        ("To: Shapiro, Richard; Steffes, James D.\n", ["Shapiro, Richard", "Steffes, James D."]),
        # an everyday-word surname with an address beside it
        ("Lay, Kenneth <kenneth.lay@example.com>", ["Lay, Kenneth"]),
        ("Smith, John wrote:\n> see below", ["Smith, John"]),
        # a bare line: the surname must be no everyday word
        ("Notes from the call\nKowalczyk, Anna\n", ["Kowalczyk, Anna"]),
    ],
)
def test_last_first_display_names(text, expected):
    assert names(text) == expected
    for name in expected:
        assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Love, Mary",  # a sign-off: "Love" is an everyday word
        "preferably in San Jose, Palo Alto, San Francisco",
        "Kristen Quinn, Sarah Mulholland, Samuel Pak",  # a list of names, not Last, First
        "Thanks, John",
        "error: Value, Type mismatch",
        "Houston, Ruth <ruth@example.com>",  # a place before the comma
    ],
)
def test_no_display_name(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Call me tomorrow.\n-Dave", "Dave"),
        ("See you then\n~ Sara Kowalczyk", "Sara Kowalczyk"),
        ("Thanks for the notes.\n\n-- Jeff\n", "Jeff"),
    ],
)
def test_sign_off_lines(text, name):
    assert [text[a:b] for a, b, _, _ in sign_off_spans(text)] == [name]
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Notes:\n- Summary",  # a list item
        "Steps:\n- Kubernetes",  # a rare word that is no given name
        "-Dave",  # a whole text of one dashed word
        "x = 1\n-- Comment",
    ],
)
def test_no_sign_off(text):
    assert sign_off_spans(text) == []
