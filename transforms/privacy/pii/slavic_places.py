"""Two-part place names joined by "and" in Slavic prose (issue 14): "Bosna i Hercegovina",
"Bosne i Hercegovine", "Trinidad a Tobago", declined or not (:mod:`.slavic_cases`).

A sentence's capitalised first word also runs into a place after it ("Aktivity Bieloruska",
"Tragédiou Poľska", "Varoval Sýriu"): :func:`opener_off_place` drops that word when the rest is
a listed place and the word is no listed name or place (UNER Slovak SNK dev).

Runs of capitalised words end at a lower-case word, so the two halves are read apart and the
English model calls "Bosne" a person. :func:`joined_place_spans` finds "X <and> Y" whose whole
(or its nominative) is a listed place in the sentence's language (CLDR via ``babel``,
GeoNames). Tuned on the dev splits of UNER Croatian SET and Serbian SET.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_words import at_sentence_start, is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.language_names import language_given_names
from transforms.privacy.pii.slavic_cases import DECLINING

# "and" per language (own list)
AND = {"hr": "i", "sr": "i", "bs": "i", "sk": "a", "cs": "a", "sl": "in"}
_PAIR = re.compile(r"(?<![\w\-])([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)(?![\w\-])")


def joined_place_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each listed "X <and> Y" place in ``text[start:end]``."""
    conj = AND.get(lang)
    if lang not in DECLINING or conj is None:
        return []
    out = []
    pos = start
    while (m := _PAIR.search(text, pos, end)) is not None:
        pos = m.start() + len(m.group(1)) + 1  # pairs may overlap: "Srbija i Crna Gora"
        first, mid, last = m.groups()
        if (
            mid == conj
            and first[0].isupper()
            and last[0].isupper()
            and is_place(m.group(0), lang=lang)
        ):
            out.append((m.start(), m.end()))
    return out


def opener_off_place(text: str, a: int, toks: list[str], lang: str) -> tuple[int, list[str]]:
    """The run ``toks`` at ``a`` without a sentence-opening word glued onto a listed place
    ("Aktivity Bieloruska" -> "Bieloruska"); unchanged unless all of that holds (module
    docstring)."""
    if lang not in DECLINING or len(toks) < 2 or not at_sentence_start(text, a):
        return a, toks
    first = toks[0]
    if (
        not first.isalpha()
        or fold(first) in GIVEN_NAMES
        or fold(first) in SURNAMES
        or first in language_given_names(lang)
        or is_place(first, lang=lang)
        or is_place(" ".join(toks), lang=lang)
        or not is_place(" ".join(toks[1:]), lang=lang)
    ):
        return a, toks
    return text.index(toks[1], a + len(first)), toks[1:]
