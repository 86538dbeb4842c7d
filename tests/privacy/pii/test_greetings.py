"""Names in greeting and sign-off positions (``transforms.privacy.pii.greetings``, issue 14).

Messages are written anew in the style of e-mail and chat text (UNER EWT's Enron mails), not
copied from a held-out split.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.greetings import greeting_spans


def names(text: str) -> list[str]:
    return [text[a:b] for a, b, _, _ in greeting_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vince,", ["Vince"]),
        ("Mark,", ["Mark"]),  # an everyday-word name counts when addressed with a comma
        ("John -", ["John"]),
        ("Kim.", ["Kim"]),  # a short sign-off name, though also a word
        ("Please see the schedule below.\n\nBob", ["Bob"]),
        ("David and Cindy,", ["David", "Cindy"]),
        ("Susan, Joe,", ["Susan", "Joe"]),
        ("Hi Sara -", ["Sara"]),
        ("Thanks, Jeff", ["Jeff"]),
        ("Good afternoon Sara,", ["Sara"]),
        ("Hi Mark, see the note below.", ["Mark"]),
        ("Thank you Mike for all your help.", ["Mike"]),
        ("Dear Mr. Lay", ["Lay"]),
        ("Hi Mr. Katsof -", ["Katsof"]),
        ("Norma, any thoughts?", ["Norma"]),
        ("DENISE LAGESSE", ["DENISE LAGESSE"]),
        # first and last line of a mail
        ("Paula,\n\nThe draft is attached.\n\nThanks,\nJeff", ["Paula", "Jeff"]),
    ],
)
def test_names_in_greetings_and_sign_offs(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Great",
        "Hi All",
        "Hello World",
        "Done,",
        "Note:",
        "Will",  # an everyday-word name alone is a word unless it is a short sign-off name
        "Hope.",
        "Will.",
        "Thanks, May.",
        "Thanks, Claude!",  # an assistant in a coding chat
        "Dear Mr. President",
        "India",  # a country, not a given name
        "NOTE",
        "Sure, thanks",
        "Paris, please book it",
        # a name line mid-text is a list item, not a greeting
        "Owners:\nChris\nbuild and deploy steps follow\nmore",
        # code look-alikes
        "def main():\n    Ok,\n    return 0",
        "Error: Max retries exceeded\nTraceback follows",
    ],
)
def test_words_and_code_stay_unflagged(text):
    assert names(text) == []


def test_greeting_names_reach_the_engine():
    text = "Vince,\n\nCould you review the model before Friday?\n\nThanks,\nJeff"
    found = {(s.type, text[s.start : s.end]) for s in detect(text)}
    assert ("PERSON", "Vince") in found
    assert ("PERSON", "Jeff") in found
