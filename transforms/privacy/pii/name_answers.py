"""Names a question or a list of people introduces: "What's your last name? Chiba", "our 3
founders: Batukayev, Mclaughlin and Warner".

A support chat asks for a name and the answer follows on its own ("What's your last name?
Chiba", "... full name? Ana Lima"); the answer is a person even when spaCy reads it as a place
or misses it. A plural noun that only people are ("founders", "co-founders", "authors",
"speakers", "panelists", "hosts", "parents", "grandparents", "siblings") before a colon and a
list of capitalised names ("A, B and C") makes each item a person, everyday words too ("Ryan
and White"). Only whole answers and whole lists count: one to three capitalised words (not all
capitals), ending the clause; a list needs "and" before its last item, so "Kids: Ages 4 - 9"
names no one. Spans of other detectors are kept, except a place on exactly such a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "name_answer"
_UPPER = r"[A-Z\u00c0-\u00de\u0100-\u017f]"  # "Čeč", "Ágatha"
_WORD = rf"{_UPPER}[a-z\u00df-\u024f]+(?:[-']{_UPPER}?[a-z\u00df-\u024f]+)?"
_ITEM = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_ANSWER = re.compile(rf"\bname\?[ \t]*(?P<name>{_ITEM})(?=[ \t]*(?:[.!?,]|$))", re.MULTILINE)
_ROLE_LIST = re.compile(
    r"\b(?i:co-?founders|founders|authors|speakers|panelists|hosts|parents|grandparents|siblings)"
    rf"[ \t]*:[ \t]*(?P<list>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM})*,?[ \t]+and[ \t]+{_ITEM})"
    r"(?=[ \t]*(?:[.!?;]|$))",
    re.MULTILINE,
)
_ITEM_RE = re.compile(_ITEM)


def _person(out: list[Span], start: int, end: int) -> None:
    place = [s for s in out if (s.start, s.end) == (start, end) and s.type == "LOCATION"]
    if place:
        out[out.index(place[0])] = replace(place[0], type="PERSON", detector=DETECTOR)
    elif not any(s.start < end and start < s.end for s in out):
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))


def name_answers(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for answers to a name question and lists of people."""
    if "name?" not in text and ":" not in text:
        return spans
    out = list(spans)
    for m in _ANSWER.finditer(text):
        _person(out, *m.span("name"))
    for m in _ROLE_LIST.finditer(text):
        start = m.start("list")
        for item in _ITEM_RE.finditer(m.group("list")):
            _person(out, start + item.start(), start + item.end())
    return out
