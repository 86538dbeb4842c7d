"""Declined Polish place names read as people (session 36, KPWr n82 dev split).

The English model reads a declined Polish place as a PERSON ("w Hiszpanii", "z Łodzi", "do
Kostaryki", "nad Amazonką"). Morfeusz 2 with the SGJP dictionary (see :mod:`.polish_vocabulary`)
classes each proper reading: ``nazwa_geograficzna`` (a place), ``imię`` (given name),
``nazwisko`` (surname). In Polish prose, a PERSON span with a word whose readings include a
place and whose words have no given-name or surname reading is retyped LOCATION ("Ameryce
Południowej"; "Rząd Aznara" and "Róża", "Nowak" stay people).

Session 37: the model proposes few declined places at all ("w Sandomierzu", "z Pabianic",
"dla Białorusi"). In Polish prose a capitalised word no span covers, every reading of which is a
place (a capitalised ``nazwa_geograficzna`` lemma: no given name, surname or common word), is
added as a LOCATION unless a capitalised word other than a preposition stands right before it
(part of a longer name: "Uniwersytet Wrocławski").
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.polish_vocabulary import analyse, maybe_polish, polish_around
from transforms.privacy.spans import Span

_WORD = re.compile(r"[^\W\d_]+")
_PLACE = "nazwa_geograficzna"
_PERSON_CLASSES = frozenset({"imię", "nazwisko"})
_CAP_WORD = re.compile(r"(?<![\w.@/\\-])[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}(?![\w@/\\])")
_CAP_BEFORE = re.compile(r"([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*)[ \t]+$")
# prepositions written with a capital at the start of a sentence ("W Polsce", "Do Krakowa")
_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "do", "na", "nad", "pod", "od", "przez", "dla"])
SCORE = 0.7
DETECTOR = "polish_places"


def polish_place_words(words: list[str]) -> bool:
    """Some word has a place reading (capitalised lemma) and none a given name or surname one."""
    readings = [analyse(w) for w in words]
    if any(kind in _PERSON_CLASSES for r in readings for *_, kinds in r for kind in kinds):
        return False
    return any(_PLACE in kinds and lemma[:1].isupper() for r in readings for lemma, _, kinds in r)


def place_only(word: str) -> bool:
    """Every Morfeusz reading of ``word`` is a place ("Sandomierzu", "Białorusi"; not "Róża")."""
    found = analyse(word)
    return bool(found) and all(
        lemma[:1].isupper() and _PLACE in kinds and not _PERSON_CLASSES & set(kinds)
        for lemma, _tag, kinds in found
    )


def _new_places(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for m in _CAP_WORD.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in spans) or not place_only(m[0]):
            continue
        before = _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and before.group(1).lower() not in _PREPOSITIONS:
            continue
        if polish_around(text, m.start(), m.end()):
            out.append(Span(m.start(), m.end(), "LOCATION", SCORE, DETECTOR))
    return out


def polish_places(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON spans that are Polish place names retyped LOCATION and the Polish
    places no span covers added."""
    if not maybe_polish(text):
        return spans
    spans = spans + _new_places(text, spans)
    if not any(s.type == "PERSON" for s in spans):
        return spans
    return [
        replace(s, type="LOCATION") if s.type == "PERSON" and _place_span(text, s) else s
        for s in spans
    ]


def _place_span(text: str, span: Span) -> bool:
    words = _WORD.findall(text[span.start : span.end])
    return bool(words) and polish_place_words(words) and polish_around(text, span.start, span.end)
