"""A name before a possessive kinship word is a person: "i'm roberto's daughter", "Baby
Ferouz's family" (issue 14).

Only people have daughters, husbands or a family; the word before "'s daughter" is a person's
name when it is a capitalised word that is no everyday English word, or a lower-case census
given name (lower-case chat: "roberto's daughter"). Words a detector already reads are left
alone, except a listed given name read as a place: a place has no daughter ("I'm Chad's
daughter", "Jordan's wife").

Nor has a place a life of its own as a person has (session 35): a resume, a birthday or
funeral, a career, a death, a biography, novels or poems ("get Sungjoo 's resume", "a
recurrent theme in Higuchi's fiction"). Before such a noun or a kinship word a rare word is a
name, and a spaCy place that is no country, state or big city is one ("Red Blount 's
nephew"); a big city only before one person's relative ("Paris's daughter"),
since "London's death toll" is the city's. A face or a voice is left out: assistants and
devices have them ("Siri's voice", "the watch's face"). Tuned on the wnut17, btc, gum and
uner_ewt dev and train splits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    BIG_CITY_NAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    listed_or_rare_name,
)
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "kin_possessive"
KIN_NOUNS = (
    r"daughter|son|wife|husband|mother|father|mom|mum|dad|brother|sister|boyfriend|"
    r"girlfriend|fianc[e\u00e9]e?|kids|children|parents|family|uncle|aunt|cousin|grandmother|"
    r"grandfather|widow|widower|nephew|niece|stepson|stepdaughter|kid"
)
# what only a person has: a life, a CV and works of their own ("Siri's voice" is an assistant's)
_LIFE_NOUNS = (
    r"r[e\u00e9]sum[e\u00e9]|birthday|funeral|career|death|biography|"
    r"autobiography|memoir|fiction|novel|poem"
)
_POSSESSED = rf"[ \t]+(?:{KIN_NOUNS}|{_LIFE_NOUNS})s?\b"
_KIN = re.compile(
    r"(?<![\w@#'\u2019.\-])(?P<name>[A-Z][a-z]+|[a-z]+)[ \t]?['\u2019][ \t]?s" + _POSSESSED
)
# after a spaCy place's end; a name ending in "s" may drop the "s" ("Theodorus' biography")
_PLACE_POSSESSED = re.compile(r"[ \t]?['\u2019](?:[ \t]?s)?" + _POSSESSED)

# One person's relative ("Chad's daughter"); a country has "children" and "sons" in speeches.
_ONE_PERSON = re.compile(
    r"[ \t]?['\u2019][ \t]?s[ \t]+(?:daughter|son|wife|husband|mom|mum|dad|boyfriend|"
    r"girlfriend|fianc[e\u00e9]e?|kid)\b(?!s)"
)


def _name(word: str) -> bool:
    if word.islower():
        return word.title() in GIVEN_NAMES
    return listed_or_rare_name(word)


def kin_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for names before a possessive kinship word."""
    if "'" not in text and "\u2019" not in text:
        return spans
    out = list(spans)
    for m in _KIN.finditer(text):
        start, end = m.span("name")
        word = m.group("name")
        # one person's daughter or wife: an everyday-word given name is that person ("I'm
        # Mark's daughter", "Will's wife"); other words need the name test
        ambiguous = word in AMBIGUOUS_GIVEN_NAMES and _ONE_PERSON.match(text, m.end("name"))
        if not (_name(word) or ambiguous):
            continue
        place = [s for s in out if s.start == start and s.end == end and s.type == "LOCATION"]
        if place and m.group("name") in GIVEN_NAMES and _ONE_PERSON.match(text, m.end("name")):
            out.remove(place[0])
        if any(s.start < end and start < s.end for s in out):
            continue
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return [_place_owner(text, s) for s in out]


def _place_owner(text: str, span: Span) -> Span:
    """A spaCy place before a person's possession ("Red Blount 's nephew") as a PERSON."""
    if span.type != "LOCATION" or span.detector != "spacy_ner":
        return span
    value = text[span.start : span.end]
    if value in COUNTRIES_AND_REGIONS or not _PLACE_POSSESSED.match(text, span.end):
        return span
    if value in BIG_CITY_NAMES and not _ONE_PERSON.match(text, span.end):
        return span
    return replace(span, type="PERSON", detector=DETECTOR)
