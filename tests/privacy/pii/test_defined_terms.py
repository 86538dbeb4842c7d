"""A lone given name used as a noun is no person (``transforms.privacy.pii.defined_terms``).

Sentences written anew in the style of the sec_filings dev split.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.defined_terms import defined_term


def _term(text: str, word: str) -> bool:
    i = text.index(word)
    return defined_term(text, i, i + len(word))


@pytest.mark.parametrize(
    "text",
    [
        "The Borrower shall not create any Lien which ranks ahead of it.",
        "If a claim becomes a Lien on the assets, the Agent may act.",
        "Nothing here affects the Lenders' Lien under this Agreement.",
        "Nothing here affects the Lenders \u2019 Lien in the Collateral.",
        "This is excluded from the definition of Permitted Lien, as stated.",
        "Each such Lien.",
        "It may grant a Lien hereunder, free and clear of any other claim.",  # legal adverb
        "No claim is a Lien thereof.",
        'Any charge other than a "Permitted Lien ".',  # quoted term after a lower-case word
        "Any charge other than a \u201cPermitted Lien\u201d.",
    ],
)
def test_noun_uses(text: str) -> None:
    assert _term(text, "Lien")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I heard that Jack was back.", "Jack"),  # "that" as a conjunction
        ("The late Diana was mourned.", "Diana"),  # an adjective between
        ("Maria's Jack barked all night.", "Jack"),  # singular possessive
        ("Talks with the Bush administration stalled.", "Bush"),  # qualifies a noun
        ("Funds raised by the Bush-Cheney campaign grew.", "Bush"),  # a compound modifier
        ("Permitted Lien is defined below.", "Lien"),  # a sentence start, not a term head
        ("We met Anna at the station.", "Anna"),
        ("Stan Lee is The Watcher and always was.", "Watcher"),  # capitalised "The": a name
        ("No gedear a Agustina hoy.", "Agustina"),  # "a" before a vowel: no English article
        ("Records of the Bush Library are open.", "Bush"),  # a capitalised word goes on
        ("They met the John Smith of the story.", "John Smith"),  # two words
        ('"Asked Mary about it," she said.', "Mary"),  # a quoted sentence start
        ('"Permitted Mary," he said.', "Mary"),  # no lower-case word before the quote
    ],
)
def test_people_stay(text: str, word: str) -> None:
    assert not _term(text, word)


def test_end_to_end() -> None:
    text = "The Borrower shall not create any Lien which ranks ahead of the Agent."
    assert not [s for s in detect(text) if s.type == "PERSON"]
    text = "Please send the signed copy to Lien Nguyen by Friday."
    assert any(text[s.start : s.end] == "Lien Nguyen" for s in detect(text))


def test_code_look_alike() -> None:
    # a class named like a given name after an article in code is dropped, not redacted
    text = "```python\nrecord = a Lien if secured else None\n```"
    assert not [s for s in detect(text) if s.type == "PERSON"]
