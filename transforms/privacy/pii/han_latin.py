"""Latin-script person names inside Chinese sentences ("Katherine自殺", "由演員Randy Quaid配音").

Chinese Wikipedia and news keep many foreign names in Latin letters. spaCy's English model does
not tag them inside a Chinese sentence, and :mod:`~transforms.privacy.pii.han_ner` keeps only
Han-script entities, yet LAC tags such a word ``PER`` itself. A word LAC calls a person is one
here when the run of capitalised Latin words around it ("Randy Quaid", "Riff Regan", with
lower-case particles: "Gamal al-Banna") is a name by the US Census lists
(:mod:`~transforms.privacy.pii.gazetteers`): a lone word must be a given name ("Lucy"), a longer
run must hold a given name or a surname that is no everyday English word. A big city's or a
country's name ("Paris", "Jordan") is left to the place passes.
"""

from __future__ import annotations

import functools
import re

# capitalised Latin words joined by spaces or hyphens, lower-case particles between them
_RUN = re.compile(
    r"[A-Z][a-z]+(?:(?:[ -]|[ -](?:al|de|da|di|du|van|von|der|la|le)[ -])[A-Z][a-z]+)*"
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def latin_person(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the Latin-script name holding LAC's ``PER`` word
    ``sentence[start:end]``, or None when the census lists do not call it a name."""
    if not _LATIN_WORD.fullmatch(sentence[start:end]):
        return None
    for m in _RUN.finditer(sentence):
        if m.start() <= start and end <= m.end():
            words = re.findall(r"[A-Z][a-z]+", m.group())
            return m.span() if _name_words(tuple(words)) else None
    return None


@functools.cache
def _name_words(words: tuple[str, ...]) -> bool:
    from transforms.privacy.pii.gazetteers import (
        BIG_CITY_NAMES,
        COUNTRIES_AND_REGIONS,
        GIVEN_NAMES,
        SURNAMES,
    )

    if any(w in BIG_CITY_NAMES or w in COUNTRIES_AND_REGIONS for w in words):
        return False
    if len(words) == 1:
        return words[0] in GIVEN_NAMES
    return any(w in GIVEN_NAMES or w in SURNAMES for w in words)
