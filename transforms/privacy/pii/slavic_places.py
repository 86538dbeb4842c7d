"""Two-part place names joined by "and" in Slavic prose (issue 14): "Bosna i Hercegovina",
"Bosne i Hercegovine", "Trinidad a Tobago", declined or not (:mod:`.slavic_cases`).

Runs of capitalised words end at a lower-case word, so the two halves are read apart and the
English model calls "Bosne" a person. :func:`joined_place_spans` finds "X <and> Y" whose whole
(or its nominative) is a listed place in the sentence's language (CLDR via ``babel``,
GeoNames). Tuned on the dev splits of UNER Croatian SET and Serbian SET.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_words import is_place
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
