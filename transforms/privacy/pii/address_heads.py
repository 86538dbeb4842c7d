"""A "person" named like a place and listed among places is a place (session 35, issue 14).

Addresses in contracts name villages, towns, estates and buildings that no list knows ("No. 1
Jinjia Village, Fengtai District, Beijing", "Box 2681GT, George Town, Grand Cayman", "Two
Newton Executive Park, Suite 203"; sec_filings dev). The given name or surname before the head
noun makes spaCy and the name lists call them PERSON. English puts a place's generic noun last
(Village, Town, Park, Estate, Centre, Plaza, Tower, Building; the generics of the USGS feature
classes and of the UK's address gazetteer, https://www.usgs.gov/us-board-on-geographic-names/
domestic-names and https://www.ordnancesurvey.co.uk/products/os-open-names, "local_type"),
and an address lists its parts from small to large, separated by commas.

:func:`address_heads` retypes LOCATION a PERSON span of two or more words that ends in such a
noun and is followed by a comma and a place span (or a place span comes right before it, after
a comma): both the shape of the name and its neighbour say it is an address part. A person
surnamed Park among places ("Grace Park, Seoul") is the price; a lone "Park" is never retyped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.spans import Span

_HEAD = re.compile(
    r".+[ \t](?:Village|Town|Park|Estate|Centre|Center|Plaza|Tower|Building|Gardens|Court)"
)
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def address_heads(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with place-headed PERSON spans between address parts retyped LOCATION."""
    starts = {s.start for s in spans if s.type == "LOCATION"}
    ends = {s.end for s in spans if s.type == "LOCATION"}
    return [
        replace(s, type="LOCATION")
        if s.type == "PERSON"
        and _HEAD.fullmatch(text[s.start : s.end])
        and (_after_comma(text, s.end, starts) or _before_comma(text, s.start, ends))
        else s
        for s in spans
    ]


def _after_comma(text: str, end: int, starts: set[int]) -> bool:
    m = _COMMA.match(text, end)
    return m is not None and m.end() in starts


def _before_comma(text: str, start: int, ends: set[int]) -> bool:
    return any(
        (m := _COMMA.match(text, e)) is not None and m.end() == start for e in ends if e <= start
    )
