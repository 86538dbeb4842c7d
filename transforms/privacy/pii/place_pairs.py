"""Two places joined by a slash in non-English prose: "München/Hamburg", "Japan/Korea".

German news datelines name two cities with a slash ("Darmstadt/Berlin - Die drohende ..."),
and reports pair co-hosts the same way ("in Japan/Korea"). The prose split of
:mod:`~transforms.privacy.segments` reads ``Word/Word`` as a file path and hides it from NER.
In a non-English line, two or three capitalised words joined by slashes of which one is a
listed place (GeoNames, CLDR; :func:`~transforms.privacy.pii.foreign_words.is_place`) are one
LOCATION; never a time-zone name ("Europe/Berlin"), part of a longer path or URL, or inside a
code line (a dict literal of place names).

Tuned on GermEval 2014 dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_words import is_place
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.spans import Span, add_uncovered

_PAIR = re.compile(
    r"(?<![\w/.\-@:])([A-ZÄÖÜ][a-zäöüßéèáàó]+(?:[ \t][A-Z][a-zäöüß]+)?"
    r"(?:/[A-ZÄÖÜ][a-zäöüßéèáàó]+){1,2})(?![\w/\-@]|\.\w)"
)
# IANA time-zone areas ("Europe/Berlin", "America/Sao_Paulo")
TZ_AREAS = frozenset(
    "Africa America Antarctica Arctic Asia Atlantic Australia Europe Indian Pacific Etc".split()  # noqa: SIM905
)
SCORE = 0.6


def _in_code(line: str, pos: int) -> bool:
    """The pair sits inside a quoted string of a code line (a dict literal of place names)."""
    before = line[:pos]
    return before.count("'") % 2 == 1 or before.count('"') % 2 == 1 or "{" in before


def place_pairs(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with slash-joined place pairs in non-English lines added (module docstring)."""
    if "/" not in text:
        return spans
    found = []
    for m in _PAIR.finditer(text):
        parts = m.group(1).split("/")
        if parts[0] in TZ_AREAS or not any(is_place(p) for p in parts):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if foreign_language(line) is not None and not _in_code(line, m.start(1) - line_start):
            found.append((m.start(1), m.end(1)))
    if not found:
        return spans
    kept = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in found)]
    return add_uncovered(kept, found, "LOCATION", SCORE, "place_pair")
