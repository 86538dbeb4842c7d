"""Countries, provinces and named sites that a name list or spaCy calls a person (session 34).

Encyclopedic prose names regions and landmarks bare: "the United Conservative Party of
Alberta", "born in Hronov, Bohemia", "concerts at the Royal Festival Hall", "the Sydney Opera
House". The census given-name gazetteer reads "Alberta" or "Clare" as a woman and spaCy reads a
multi-word site whose words are name-like as a person (crossner, wikigold and gum dev).
:func:`regions_not_people` re-types such a PERSON span LOCATION when:

- its whole value (a leading "the" aside) is a GeoNames country, a US state or an ISO 3166-2
  subdivision of :data:`~transforms.privacy.pii.regions.REGIONS` ("India", "Cheshire");
- or it is a non-town ISO 3166-2 subdivision name that is also a given name or surname
  ("Alberta", "Clare", "Valencia": ``pycountry`` 26.2.16, LGPL-2.1) and a place cue stands right
  before it: a preposition of place, "X of" after a capitalised word ("Party of Alberta"), a
  regional adjective ("rural Alberta"), "County" ("County Clare") or a found place and a
  comma ("Abney Hall, Cheshire");
- or it is two or more capitalised words ending in a kind-of-site noun of :data:`SITE_HEADS`
  ("Westminster Abbey", "Palomar Observatory", "Whitsand Bay") or a two-word head of
  :data:`SITE_PHRASES` ("Sydney Opera House"), or opening with a head-first word of
  :data:`SITE_OPENERS` ("Mount Edgcumbe"). Own lists of English nouns for kinds of buildings,
  grounds and natural features (Merriam-Webster senses of each word). A given name followed only
  by a surname-like head stays a person ("Stuart Hall", "Michael Bay", "Edward Abbey").

No span is re-typed when a title or role noun stands before it ("Dr Clare", "queen Victoria",
``guide_places.titled``), after a title of nobility ("2nd Earl of Clare") or before another
capitalised word ("Virginia Hey", "China Delight"). :func:`polity_names` adds a state named by its
form of government ("Kingdom of Judah", "Crown Colony of Sarawak").
Tuned on crossner, wikigold, gum, uner_ewt and re3d dev.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    TITLES,
    ascii_fold,
    geonames_countries,
    us_state_names,
)
from transforms.privacy.pii.guide_places import titled
from transforms.privacy.pii.name_shapes import surname_shaped
from transforms.privacy.pii.regions import REGIONS
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

# Nouns for a kind of building, ground or natural feature that end a site's name (own list).
SITE_HEADS = word_set(
    """abbey airport arena ballroom basilica bay bridge castle cathedral chapel church colosseum
    coliseum foothills fortress gardens harbour harbor heath highlands island islands lake
    mountains observatory oval palace peninsula stadium theatre theater valley"""
)
# Two-word heads whose last word alone is a common surname or word ("House", "Ground").
SITE_PHRASES = frozenset(
    {
        ("opera", "house"),
        ("cricket", "ground"),
        ("concert", "hall"),
        ("festival", "hall"),
        ("music", "hall"),
        ("country", "park"),
        ("countryside", "park"),
        ("national", "park"),
    }
)
# Words that open a site's name before its proper part ("Mount Edgcumbe", "Lake Taupo").
SITE_OPENERS = word_set("mount lake cape fort isle")
_CAPITAL_WORD = re.compile(r"[A-Z][\w'\u2019.-]*")
_THE = re.compile(r"(?:[Tt]he)[ \t]+")
# A preposition of place right before the name (own list); not "to", which also takes a
# recipient ("I sent this to Mary", "assigned to Leon": Mary and León are regions too).
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|from|into|across|throughout|near|within|around|outside|inside)[ \t]+$"
)
# "Party of Alberta", "Kingdom of Navarre": "of" after a capitalised word.
_OF_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w'-]*|\b(?:part|province|state|county|region|capital|rest|north|south|east|west))"
    r"[ \t]+of[ \t]+$"
)
# Irish and British usage puts the word before the county's name ("County Clare").
_COUNTY_BEFORE = re.compile(r"\bCounty[ \t]+$")
_REGIONAL_ADJECTIVE = re.compile(
    r"\b(?:rural|northern|southern|eastern|western|central|coastal|upstate|downstate)[ \t]+$",
    re.IGNORECASE,
)
_COMMA_BEFORE = re.compile(r",[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# A title of nobility names a person by a place ("2nd Earl of Clare"): own list.
_NOBLE_OF = re.compile(
    r"\b(?:Earl|Duke|Duchess|Count|Countess|Baron|Baroness|Marquess|Marquis|Viscount|Lord|Lady)"
    r"[ \t]+of[ \t]+$"
)


@functools.cache
def _certain_places() -> frozenset[str]:
    return geonames_countries() | us_state_names() | REGIONS


@functools.cache
def _name_like_regions() -> frozenset[str]:
    """Non-town ISO 3166-2 subdivision names that are also given names or surnames."""
    import pycountry

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        if any(k in kind for k in ("municipality", "commune", "quarter", "town", "city")):
            continue
        name = re.sub(r"\s*\[[^\]]*\]", "", sub.name).split(",")[0].strip()
        for form in {name, ascii_fold(name)}:
            if form in GIVEN_NAMES or form in AMBIGUOUS_GIVEN_NAMES or form in ALL_SURNAMES:
                names.add(form)
    return frozenset(names)


def _place_cue(text: str, start: int, spans: list[Span]) -> bool:
    """A preposition of place, "X of", a regional adjective or "<place>, " before ``start``."""
    window = text[max(0, start - 40) : start]
    if _PLACE_PREPOSITION.search(window) or _OF_AFTER_NAME.search(window):
        return True
    if _REGIONAL_ADJECTIVE.search(window) or _COUNTY_BEFORE.search(window):
        return True
    comma = _COMMA_BEFORE.search(window)
    if comma is None:
        return False
    cut = start - (len(window) - comma.start())
    return any(p.type == "LOCATION" and p.end == cut for p in spans)


def _site_name(value: str) -> bool:
    """Capitalised words ending in a site noun, or opening with a head-first site word."""
    words = value.split()
    if len(words) < 2 or not all(_CAPITAL_WORD.fullmatch(w) for w in words):
        return False
    lower = [w.lower() for w in words]
    if any(tuple(lower[i : i + 2]) in SITE_PHRASES for i in range(len(lower) - 1)):
        return True
    if lower[0] in SITE_OPENERS:
        return True
    if lower[-1] not in SITE_HEADS:
        return False
    # "Stuart Hall"-like: a given name and a surname-like head is a person
    return not (len(words) == 2 and words[0] in GIVEN_NAMES and words[-1] in ALL_SURNAMES)


def _is_place(text: str, s: Span, value: str, spans: list[Span]) -> bool:
    if _NOBLE_OF.search(text, max(0, s.start - 20), s.start):
        return False
    if value in _name_like_regions() or (
        value not in geonames_countries() and surname_shaped(value)
    ):
        # a region that is also a given name or surname ("Amara", "Alberta") or has a surname's
        # shape ("the Sokolov novel": a Czech district, a Russian surname) needs a place cue
        return not _WORD_AFTER.match(text, s.end) and _place_cue(text, s.start, spans)
    if value in _certain_places():
        # "Virginia Hey", "China Delight": a capitalised word after it makes a longer name
        return not _WORD_AFTER.match(text, s.end)
    return _site_name(value)


# A state named by its form of government and its territory: "Kingdom of Judah", "Crown Colony
# of Sarawak", "Principality of Guria" (own list of English polity nouns).
_POLITY = re.compile(
    r"\b(?:(?:Crown[ \t]+)?Colony|Kingdom|Principality|(?:Grand[ \t]+)?Duchy|Emirate|Sultanate|"
    r"Khanate|Caliphate|Electorate|Margraviate|Viceroyalty|Protectorate|Dominion|Voivodeship)"
    r"[ \t]+of[ \t]+(?:[A-Z](?:[\w-]|['\u2019](?=\w))*)(?:[ \t]+[A-Z](?:[\w-]|['\u2019](?=\w))*)*"
)


def polity_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus a LOCATION for each "Kingdom of X"-like name; people and places inside
    it give way, a span reaching out of it keeps the text as it is."""
    out = list(spans)
    for m in _POLITY.finditer(text):
        a, b = m.span()
        inside = [s for s in out if s.start < b and a < s.end]
        if any(s.start < a or s.end > b or s.type not in ("PERSON", "LOCATION") for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(a, b, "LOCATION", 0.85, "polity_name"))
    return sorted(out, key=lambda s: (s.start, s.end))


def regions_not_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a PERSON that is a country, region or named site re-typed LOCATION."""
    out = []
    for s in spans:
        if s.type == "PERSON":
            value = text[s.start : s.end]
            the = _THE.match(value)
            value = value[the.end() :] if the else value
            before = text[max(0, s.start - 12) : s.start].split()
            has_title = bool(before) and before[-1].rstrip(".") in TITLES
            if not has_title and not titled(text, s.start) and _is_place(text, s, value, spans):
                s = Span(s.start, s.end, "LOCATION", s.score, s.detector)
        out.append(s)
    return out
