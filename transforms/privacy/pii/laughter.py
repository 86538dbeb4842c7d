"""Laughter and sung syllables are no name: "Hahahahhahahaha", "lalala", "Ratatatatatata"
(issue 14).

In tweets spaCy now and then tags a capitalised burst of repeated syllables as a PERSON. A word
made almost entirely of one two-letter unit said three or more times in a row is onomatopoeia,
not a name: names repeat a syllable at most twice ("Lulu", "Nana", "Mimi").
"""

from __future__ import annotations

import re

from transforms.privacy.spans import Span

_REPEATED = re.compile(r"([^\W\d_]{2})\1{2,}", re.IGNORECASE)
MIN_LETTERS = 6
# share of the word's letters inside runs of a repeated two-letter unit
MIN_REPEATED_SHARE = 0.8


def laughter(word: str) -> bool:
    """Whether ``word`` is a burst of repeated syllables ("hahaha", "Lalala")."""
    if len(word) < MIN_LETTERS or not word.isalpha():
        return False
    covered = sum(len(m.group()) for m in _REPEATED.finditer(word))
    return covered >= MIN_REPEATED_SHARE * len(word)


def drop_laughter(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without PERSON spans whose every word is laughter."""
    return [
        s
        for s in spans
        if not (s.type == "PERSON" and all(laughter(w) for w in text[s.start : s.end].split()))
    ]
