"""German lands named like their people: "in Bayern", "Königreich Sachsen", "Böhmens" (issue 14).

German names many lands with the plural of their people's noun: "die Bayern" are Bavarians,
"Bayern" is Bavaria (likewise Sachsen, Hessen, Schwaben, Franken, Böhmen, Pommern, Preußen,
Westfalen, Niedersachsen). Wiktionary DE (``german-nouns``, CC BY-SA 4.0) marks both the
toponym and the people's noun, so the noun lexicon of :mod:`.german_lexicon` holds the form and
the place lists leave it out: the lone word is no evidence. The list here is the toponyms that
are the oblique form of a weak masculine noun (``de_places_plural``: "des Bayern", "des
Sachsen"), which is how the people are named; the form is a place where

- an in-place preposition stands right before it ("in Bayern", "nach Sachsen", "aus Böhmen"),
  or a word for a state or land ("Königreich Bayern", "Landgrafschaft Hessen", "Land NRW"
  aside);
- it takes the genitive -s, which the people's noun never does ("Sachsens", "Böhmens");
- it is joined by "und" or a comma to such a place ("aus Böhmen und Mähren").

A determiner before it ("die Sachsen", "den Bayern") reads the people, and is left alone.
Tuned on GermEval 2014 dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import german_words
from transforms.privacy.pii.foreign_place_cues import after_in_place
from transforms.privacy.pii.foreign_words import german_noun

# Words for a land or state before its name (own list): "Königreich Bayern", "Freistaat Sachsen"
STATE_WORDS = frozenset(
    """land bundesland freistaat königreich kurfürstentum herzogtum großherzogtum fürstentum
    grafschaft landgrafschaft markgrafschaft provinz region kanton""".split()  # noqa: SIM905
)
_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*\w")
_JOIN = re.compile(r"[ \t]*(?:,|und)[ \t]*|[ \t]*,[ \t]*und[ \t]+")


def _land(word: str) -> str | None:
    """``word`` as a listed land, "genitive" or "plain" form, else ``None``."""
    lands = german_words("places_plural")
    if word in lands:
        return "plain"
    if word.endswith("s") and word[:-1] in lands and not german_noun(word):
        return "genitive"
    return None


def _state_word_before(text: str, pos: int) -> bool:
    prev = text[max(0, pos - 30) : pos].split()
    return bool(prev) and prev[-1].lower() in STATE_WORDS


def german_region_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lands named like their people in the German sentence ``text[start:end]`` (module
    docstring)."""
    found: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text, start, end):
        kind = _land(m.group())
        if kind is not None:
            found.append((m.start(), m.end(), kind))
    out: list[tuple[int, int]] = []
    for a, b, kind in found:
        if (
            kind == "genitive"
            or after_in_place(text, a)
            or _state_word_before(text, a)
            or (out and _JOIN.fullmatch(text, out[-1][1], a))  # "aus Böhmen und Mähren"
        ):
            out.append((a, b))
    return out
