"""The line above a unit line is the street line: ``Trenerys gate 232\\nApt. 676\\nTRONDHEIM``.

UPU S42 layouts (https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions)
put the secondary address (apartment, suite, unit, flat) on its own line right under the street
line. :mod:`~transforms.privacy.pii.addresses` finds such a block from the unit line down
(``Apt. 676\\nTRONDHEIM\\nNorway 37249``) but misses a street line with no street-type word it
knows or with a lower-case one ("Trenerys gate 232", "Zumalakarregi etorbidea 51"), so the
street, the most identifying part, stayed unredacted. When an address span opens with a unit,
the line right above it is taken in when it holds only a street name and a house number
(``Name Number`` or ``Number Name``, at most five name words, no sentence punctuation).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.address_parts import UNIT_RE
from transforms.privacy.spans import Span

_UNIT_START = re.compile(r"(?i:" + UNIT_RE + r")")
# quote marks that may open each line of a quoted or marked-up block: "> ", "| ", "}} "
QUOTE_MARKS = " \t>|}?\u2022\u00b7"
_NAME_WORD = r"[^\W\d_][\w'\u2019.\-]*"
_NAME = _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,4}"
# "Trenerys gate 232", "Erzsébet krt. 60.", "12 Kaevu", "75514 Zumalakarregi etorbidea 51"
_STREET_LINE = re.compile(
    r"["
    + QUOTE_MARKS
    + r"]*(?P<st>(?:\d{1,6}[a-z]?[ \t]+)?"
    + _NAME
    + r"[ \t]+\d{1,5}[a-z]?\.?|\d{1,6}[a-z]?,?[ \t]+"
    + _NAME
    + r")[ \t,]*"
)
# words of a sentence or a label, not of a street name
_NOT_STREET = re.compile(
    r"(?i:\b(?:is|are|was|the|and|or|to|at|in|on|for|of|my|your|our|step|version|page|"
    r"chapter|item|part|phone|tel|fax|mobile)\b|[:;!?@])"
)


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line right above the line ``start`` opens, or None."""
    brk = text.rfind("\n", 0, start)
    if brk < 0 or text[brk + 1 : start].strip(QUOTE_MARKS):
        return None
    prev = text.rfind("\n", 0, brk)
    return prev + 1, brk


def unit_line_streets(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each address that opens with a unit line grown over the street line above."""
    out = []
    for s in spans:
        if s.type == "LOCATION" and _UNIT_START.match(text, s.start):
            line = _line_above(text, s.start)
            m = _STREET_LINE.fullmatch(text, *line) if line else None
            if m and not _NOT_STREET.search(m.group("st")):
                s = Span(m.start("st"), s.end, s.type, s.score, s.detector)
        out.append(s)
    return out
