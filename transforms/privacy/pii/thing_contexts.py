"""English contexts where a detected name is a thing, a verb or a degree (session 36, issue 14).

Tuned on the dev splits of uner_ewt, slurp, re3d, sec_filings and presidio_faker.
:func:`drop_thing_contexts` drops a PERSON or LOCATION span when its words around settle it:

- a one-word place after a determiner or possessive and before a clause break ("i had a DUI
  but", "I took my Mustang here"): a common noun or a brand the writer owns; a place used as an
  adjective ("a Delaware corporation", "a Miramar in Florida") has a noun or preposition after it;
- "MD" / "M.D." after a name and a comma ("Harry Preuss, MD, a Professor"): a degree, not
  Maryland ("Baltimore, MD 21202" follows a town, no person);
- a lower-case one-word spaCy person right after "who"/"which" ("who sung this"): in English
  the word after a relative or question pronoun is its verb ("who is john" puts the verb first);
- a role noun alone after "the" that spaCy calls a person ("The Prophet 's guidance", "the
  Emperor ordered"): a title; "the Emperor Hirohito" keeps its name;
- a web site's name as a place or person ("try out in wikipedia", "use Wikipedia again");
- a business-document abbreviation spaCy calls a place ("the LLC agreement", "a copy of the
  LOI", "EPI-EBS Ventures, LLC"): a legal form or a document, never a place;
- a one-word spaCy place that is a language or people word and no listed country, region or
  town ("A Sri Lanka-born Tamil", CLDR via :func:`~transforms.privacy.pii.peoples.is_people_word`).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.defined_terms import text_line
from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    KNOWN_PLACES,
    word_set,
)
from transforms.privacy.pii.guide_places import ROLE_NOUNS
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.peoples import is_people_word
from transforms.privacy.spans import Span

_DETERMINER_BEFORE = re.compile(r"(?<![\w'\u2019])(?:a|an|my|your|his|her|our|their)[ \t]+$", re.I)
# what ends a noun phrase: a full stop, a conjunction, an adverb of place or a verb of being;
# no comma: "at a Ponchatoula, La., church" goes on with the place's state
_CLAUSE_BREAK = re.compile(
    r"[ \t]*(?:[.;!?)]|$)|[ \t]+(?:but|and|or|here|there|now|today|that|which|is|was|has|had)\b"
)
_DEGREES = frozenset(("MD", "M.D."))
_THE_BEFORE = re.compile(r"(?<![\w'\u2019])the[ \t]+$", re.I)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_PRONOUN_BEFORE = re.compile(r"(?<![\w'\u2019])(?:who|which)[ \t]+$", re.I)
# Web sites and apps people "look up" or "search" things on (own list): never a place.
WEB_SITES = word_set("""
wikipedia youtube google facebook twitter instagram reddit netflix spotify yelp imdb tiktok
linkedin pinterest ebay craigslist tripadvisor
""")
# Legal forms of a business and deal documents, as contracts abbreviate them (own list).
BUSINESS_ABBREVIATIONS = frozenset(
    {"LLC", "LLP", "LP", "PLC", "INC", "Inc", "LTD", "Ltd", "GmbH", "GMBH"}
    | {"LOI", "MOU", "NDA", "SOW", "RFP", "RFQ", "SLA"}
)


def _determined_thing(text: str, s: Span) -> bool:
    return (
        s.type == "LOCATION"
        and " " not in text[s.start : s.end]
        and _DETERMINER_BEFORE.search(text, max(0, s.start - 8), s.start) is not None
        and _CLAUSE_BREAK.match(text, s.end) is not None
        # Slovak/Czech "a" is "and" ("Japonsko a Taliansko."): English lines only
        and foreign_language(text_line(text, s.start)) is None
    )


def _degree_after_name(text: str, s: Span, spans: list[Span]) -> bool:
    if s.type != "LOCATION" or text[s.start : s.end] not in _DEGREES:
        return False
    head = text[: s.start].rstrip()
    if not head.endswith(","):
        return False
    comma = len(head) - 1
    return any(p.type == "PERSON" and 0 <= comma - p.end <= 1 for p in spans)


def _pronoun_verb(text: str, s: Span) -> bool:
    value = text[s.start : s.end]
    return (
        s.type == "PERSON"
        and s.detector == "spacy_ner"
        and value.isalpha()
        and value.islower()
        and _PRONOUN_BEFORE.search(text, max(0, s.start - 8), s.start) is not None
    )


def _people_word_place(value: str, s: Span) -> bool:
    return (
        s.type == "LOCATION"
        and s.detector == "spacy_ner"
        and value.isalpha()
        and is_people_word(value)
        and not any(value in names for names in (COUNTRIES_AND_REGIONS, KNOWN_PLACES, CITIES))
    )


def _bare_title(text: str, s: Span) -> bool:
    return (
        s.type == "PERSON"
        and s.detector == "spacy_ner"
        and text[s.start : s.end].lower() in ROLE_NOUNS
        and _THE_BEFORE.search(text, max(0, s.start - 6), s.start) is not None
        and _NAME_AFTER.match(text, s.end) is None
    )


def _thing(text: str, s: Span, spans: list[Span]) -> bool:
    value = text[s.start : s.end]
    if s.type not in ("PERSON", "LOCATION"):
        return False
    return (
        _determined_thing(text, s)
        or _degree_after_name(text, s, spans)
        or _pronoun_verb(text, s)
        or _bare_title(text, s)
        or value.lower() in WEB_SITES
        or value.rstrip(".") in BUSINESS_ABBREVIATIONS
        or _people_word_place(value, s)
    )


def drop_thing_contexts(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the names its English context shows to be things (module docstring)."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    return [s for s in spans if not _thing(text, s, spans)]
