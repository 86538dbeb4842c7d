"""Declined Polish place names read as people (session 36, KPWr n82 dev split).

The English model reads a declined Polish place as a PERSON ("w Hiszpanii", "z Łodzi", "do
Kostaryki", "nad Amazonką"). Morfeusz 2 with the SGJP dictionary (see :mod:`.polish_vocabulary`)
classes each proper reading: ``nazwa_geograficzna`` (a place), ``imię`` (given name),
``nazwisko`` (surname). In Polish prose, a PERSON span with a word whose readings include a
place and whose words have no given-name or surname reading is retyped LOCATION ("Ameryce
Południowej"; "Rząd Aznara" and "Róża", "Nowak" stay people).
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.polish_vocabulary import analyse, maybe_polish, polish_around
from transforms.privacy.spans import Span

_WORD = re.compile(r"[^\W\d_]+")
_PLACE = "nazwa_geograficzna"
_PERSON_CLASSES = frozenset({"imię", "nazwisko"})


def polish_place_words(words: list[str]) -> bool:
    """Some word has a place reading (capitalised lemma) and none a given name or surname one."""
    readings = [analyse(w) for w in words]
    if any(kind in _PERSON_CLASSES for r in readings for *_, kinds in r for kind in kinds):
        return False
    return any(_PLACE in kinds and lemma[:1].isupper() for r in readings for lemma, _, kinds in r)


def polish_places(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON spans that are Polish place names retyped LOCATION."""
    if not any(s.type == "PERSON" for s in spans) or not maybe_polish(text):
        return spans
    return [
        replace(s, type="LOCATION") if s.type == "PERSON" and _place_span(text, s) else s
        for s in spans
    ]


def _place_span(text: str, span: Span) -> bool:
    words = _WORD.findall(text[span.start : span.end])
    return bool(words) and polish_place_words(words) and polish_around(text, span.start, span.end)
