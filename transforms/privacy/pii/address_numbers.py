"""A second number or a unit right before a number-first street line belongs to the address.

Several layouts put another number in front of the house number on the street line: a
building, lot or unit number (Australia Post and NZ Post write ``2/34 Smith St`` or ``Unit 2 34
Smith St``, the slash often dropped in typed text: ``2 34 Smith St``), or a sorting code before it
in big-to-small order (UPU S42 international layouts,
https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions). The formats of
:mod:`~transforms.privacy.pii.addresses` start the match at the house number (``2921 rue Parc``),
so the number in front of it (``28778 2921 rue Parc``) stayed unredacted.

- A LOCATION span that opens with a digit takes in one number of at most six digits right before
  it on the same line, when that number opens the line (after optional quote marks) or follows a
  word, never another number (a phone or a list of figures: ``555 12 34 Main St``).
- Before a name-first street (``941 eichendorffstr. 31``) only a number that opens the line or
  follows ``at/in/to/on`` (and is no year) is taken in.
- A unit span right before a street span on the same line (``Apt. 698 622 787 Bridgeport Rd``;
  Royal Mail's ``Flat 4, 12 High Street`` order) is merged into it.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.address_parts import UNIT_RE
from transforms.privacy.pii.unit_line_streets import QUOTE_MARKS
from transforms.privacy.spans import Span

# "28778 " ending right at the span start, opening its line or after a word (never a figure)
_NUMBER_BEFORE = re.compile(
    r"(?:(?<=\n)[" + QUOTE_MARKS + r"]*|^[" + QUOTE_MARKS + r"]*|(?<=[^\W\d_]) |(?<=[^\W\d_]: ))"
    r"(?P<n>\d{1,6})[ \t]$"
)
# a unit alone with an optional second number ("Apt. 698", "Suite 733 41392"), then a gap
_UNIT_ONLY = re.compile(r"(?:" + UNIT_RE + r")(?:[ \t]\d{1,6})?")
_GAP = re.compile(r"[ \t]{1,3}|,[ \t]{0,2}")
# ... and before a name-first street ("941 eichendorffstr. 31") only when it opens the line
# or follows a place preposition ("it's in 1601 prinsenstraat 186"; a year is no house number)
_NUMBER_OPENS_LINE = re.compile(
    r"(?:(?:(?<=\n)|^)[" + QUOTE_MARKS + r"]*|(?<=\b(?:at|in|to|on)) )"
    r"(?!(?:19|20)\d\d[ \t])(?P<n>\d{1,6})[ \t]$"
)


def units_before_streets(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a unit span (``Apt. 698``) merged into the street span that follows it on
    the same line (``Apt. 698 622 787 Bridgeport Rd``; Royal Mail's ``Flat 4, 12 High Street``
    order), so a name cue before the unit cannot take the unit word as a surname."""
    places = sorted((s for s in spans if s.type == "LOCATION"), key=lambda x: (x.start, -x.end))
    merged: list[Span] = []
    for s in places:
        prev = merged[-1] if merged else None
        if (
            prev
            and _UNIT_ONLY.fullmatch(text, prev.start, prev.end)
            and _GAP.fullmatch(text, prev.end, s.start)
        ):
            merged[-1] = Span(prev.start, s.end, s.type, max(prev.score, s.score), s.detector)
        else:
            merged.append(s)
    return [*(s for s in spans if s.type != "LOCATION"), *merged]


def leading_house_numbers(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each number-first address grown over one number right before it."""
    out = []
    for s in spans:
        if s.type == "LOCATION" and s.start:
            before = _NUMBER_BEFORE if text[s.start].isdigit() else _NUMBER_OPENS_LINE
            m = before.search(text, max(0, s.start - 20), s.start)
            if m:
                s = Span(m.start("n"), s.end, s.type, s.score, s.detector)
        out.append(s)
    return out
