"""An address block goes on under its street line: unit line, locality lines, postcode line.

UPU S42 international layouts (https://www.upu.int/en/Postal-Solutions/Programmes-Services/
Addressing-Solutions) write a postal address as a block: the street line, the secondary address
(apartment, suite) on the line under it, then the locality and the country with the postcode::

    262 thisseos avenue
    apt. 508
    agios dometios
    cyprus 51067

The capitalised formats of :mod:`~transforms.privacy.pii.addresses` extend a street over such
lines, but a street found in lower case (:mod:`~transforms.privacy.pii.address_lower`) stopped at
its own line end. A LOCATION span that ends a line takes in a unit line under it (``apt. 508``,
any case) and, after that unit line, up to two locality lines (letters only, at most four words)
closed by a line whose address part ends in a 4-7 digit postcode; a blank line may stand only
before the postcode line (business cards leave one before the country line). Without a unit
line the lines under a street are left to the capitalised formats: lower-case word lines alone
are too weak a sign.
First, on the street's own line, a unit number the street name left out (``Rue de Marrakech Apt.``
+ `` 290``) or a house number and unit after a lower-case name (``avenida júlio s dias`` + `` 106
suite 045``) are taken in. :func:`unit_blocks` finds a block that opens with a lower-case unit
line and ends in a postcode line where no street was found, with the street line above it.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.address_parts import CONT_UNIT_RE
from transforms.privacy.pii.unit_line_streets import QUOTE_MARKS
from transforms.privacy.spans import Span

_BREAK = r"[ \t,]*\n[" + QUOTE_MARKS + r"]*"
_BLANK_BREAK = r"[ \t,]*\n(?:[" + QUOTE_MARKS + r"]*\n)?[" + QUOTE_MARKS + r"]*"
_UNIT_LINE = re.compile(_BREAK + r"(?:" + CONT_UNIT_RE + r")(?![\w])[ \t]*(?=\n|$)")
_WORDS = r"[^\W\d_][\w'\u2019.\-]*(?:[ \t][^\W\d_][\w'\u2019.\-]*){0,3}"
# locality lines, then "[country] postcode" at a line end
_PLACE_LINES = re.compile(
    r"(?:" + _BREAK + _WORDS + r"[ \t]*(?=\n)){0,2}"
    r"" + _BLANK_BREAK + r"(?:" + _WORDS + r"[ \t])?\d{4,7}(?![\w-])"
)
# on the street's own line: a unit word the street name took in lacks its number ("Rue de
# Marrakech Apt." + " 290"), or the house number and a unit follow a type-first name in lower
# case ("avenida júlio s dias" + " 106 suite 045")
_UNIT_WORD_END = re.compile(r"\b(?:Apt|Ste|Suite|Unit|Flat)\.?$")
_UNIT_NUMBER = re.compile(r"[ \t]#?\d{1,5}[A-Z]?(?![\w])")
_NUMBER_UNIT = re.compile(r"(?:[ \t]\d{1,5}[a-z]?)?[ \t,]{1,3}(?:" + CONT_UNIT_RE + r")(?![\w])")
# words of a sentence, not of a locality line
_PROSE = re.compile(r"(?i:\b(?:the|and|is|are|was|to|of|for|with|please|thanks|regards)\b)")


# a unit line on its own (any case) that opens a block: "\n apt. 472\n natal\n brazil 12436"
# (the line break is matched, not looked behind for: a pattern that opens with a literal is
# searched for it first instead of being tried at every position)
_UNIT_LINE_START = re.compile(
    r"\n[" + QUOTE_MARKS + r"]*(?P<unit>(?:" + CONT_UNIT_RE + r"))(?![\w])[ \t]*(?=\n)"
)


def unit_blocks(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus each block that opens with a unit line and ends in a postcode line
    (``apt. 472\nnatal\nbrazil 12436``, any case) where no LOCATION span was, grown over the
    street line above it (:func:`~transforms.privacy.pii.unit_line_streets.unit_line_streets`)."""
    if "\n" not in text:
        return spans
    from transforms.privacy.pii.unit_line_streets import unit_line_streets

    places = [s for s in spans if s.type == "LOCATION"]
    new = []
    for m in _UNIT_LINE_START.finditer(text):
        block = _PLACE_LINES.match(text, m.end())
        if not block or _PROSE.search(block.group()):
            continue
        start, end = m.start("unit"), block.end()
        while text[end - 1] in " \t":
            end -= 1
        if not any(p.start < end and start < p.end for p in places):
            new.append(Span(start, end, "LOCATION", 0.75, "street_address"))
    return [*spans, *unit_line_streets(text, new)] if new else spans


def address_blocks(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each street address grown over the unit, locality and postcode lines
    under it."""
    out = []
    for s in spans:
        if s.type == "LOCATION":
            unit_word = _UNIT_WORD_END.search(text, max(0, s.end - 8), s.end)
            same_line = (unit_word and _UNIT_NUMBER.match(text, s.end)) or _NUMBER_UNIT.match(
                text, s.end
            )
            if same_line:
                s = Span(s.start, same_line.end(), s.type, s.score, s.detector)
        if s.type == "LOCATION" and re.match(r"[ \t,]*(?:\n|$)", text[s.end : s.end + 8]):
            end = s.end
            unit = _UNIT_LINE.match(text, end)
            if unit:
                end = unit.end()
            block = _PLACE_LINES.match(text, end)
            if unit and block and not _PROSE.search(block.group()):
                end = block.end()
            while text[end - 1] in " \t":
                end -= 1
            if end > s.end:
                s = Span(s.start, end, s.type, s.score, s.detector)
        out.append(s)
    return out
