"""A place name inside the addressee line of an address is part of a name (issue 14).

The line above a street line (or the comma-separated part before it) names the addressee: a
person or an organisation (UPU S42 "addressee"; libpostal's ``house`` label,
https://github.com/openvenues/libpostal#parser-labels, "venue name e.g. Brooklyn Academy of
Music"). The place the letter goes to is in the lines that follow. A place that NER or a
gazetteer finds inside that line is part of the organisation's name, and the name itself is no
location:

    Melbourne Magistrates' Court / 223 William Street / Melbourne VIC 3000
    Embassy of the Federal Republic of Germany, Avenida 4 de Fevereiro 120, Luanda
    Hostel in Ramallah / Al-Nuzha Street 12 / 700074 Ramallah

So a LOCATION span from NER or a gazetteer is dropped when the part of the text it stands in (up
to the next comma or line break) is followed directly by a street address, and a capitalised
word goes on the name: right after the place ("Melbourne Magistrates' Court") or right before it,
alone or with "of", "of the", "in" ("Embassy of the Federal Republic of Germany", "Hostel in
Ramallah"). A place that is the whole part ("Stanley, 1 Ross Road") is kept, and so is every
place outside an address block. A capitalised word that is itself inside another place span
goes on no name: "Lake Danielview New Zealand, 4933 Erika Inlet" and "Tuvalu Guyana / 63,
boulevard Texier" are places side by side (a city then its country), both kept; so is a place
beside a country name that NER missed or cut ("Uganda United Arab Emirates", "Northern" before
"Mariana Islands"): the rest of the part before or after the place, or the place with it, is a
country (:func:`~transforms.privacy.pii.address_countries.country_names`).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.address_countries import country_names
from transforms.privacy.pii.ner_filters import _ORG_WORDS
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

_NAME_DETECTORS = frozenset({"spacy_ner", "gazetteer"})
# establishment nouns that make an addressee a business, in the languages of the address
# layouts scored here ("Hotel Zum Kaiser", "Banco Reformador", "Restaurang Thai House")
_VENUE_WORDS = word_set("""
hotel hostel motel casino banco banca restaurant restaurang ristorante restaurante café cafe
condomínio condominio
""")
_PART_WORD = re.compile(r"[^\W\d_]+\.?")
# what separates the addressee part from the street: a comma or line break, spaces, markers
_GAP = re.compile(r"[^\S\n]*[,\n][\s,]*")
_CAP_AFTER = re.compile(r"[ \t]+[A-Z][\w'\u2019.-]*")
_CAP_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019.-]*(?:[ \t]+(?:of|of the|in))?[ \t]+$")


def _part_end(text: str, end: int, limit: int) -> int:
    """Where the comma/line-delimited part holding ``end`` ends."""
    stops = [i for i in (text.find(",", end, limit), text.find("\n", end, limit)) if i >= 0]
    return min(stops) if stops else limit


def _in_place(a: int, b: int, places: list[tuple[int, int]]) -> bool:
    """Whether the word at ``a:b`` lies in one of the other place spans ``places``."""
    return any(start < b and a < end for start, end in places)


def _country_beside(text: str, span: Span, start: int, end: int) -> bool:
    """Whether the part ``start:end`` around ``span`` holds a country beside or around it."""
    own = text[span.start : span.end].strip().casefold()
    pieces = (text[span.end : end], text[start : span.start], text[start : span.end])
    names = country_names()
    return any(
        p.strip().casefold() not in ("", own) and p.strip().casefold() in names for p in pieces
    )


def _addressee_place(
    text: str, span: Span, streets: list[int], places: list[tuple[int, int]]
) -> bool:
    end = _part_end(text, span.end, len(text))
    gap = _GAP.match(text, end)
    if gap is None or gap.end() not in streets:
        return False
    # places beside this one, not one holding it ("Sydney" in NER's "Sydney Magistrates' Court")
    others = [p for p in places if p[1] <= span.start or p[0] >= span.end]
    start = max(text.rfind(",", 0, span.start), text.rfind("\n", 0, span.start)) + 1
    if _country_beside(text, span, start, end):
        return False
    after = _CAP_AFTER.match(text, span.end, end)
    if after and not _in_place(after.start(), after.end(), others):
        return True
    before = _CAP_BEFORE.search(text, start, span.start)
    return before is not None and not _in_place(before.start(), before.end(), others)


def drop_addressee_places(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the places that are part of an addressee's name (module docstring)."""
    streets = [s.start for s in spans if s.detector == "street_address"]
    if not streets:
        return spans
    places = [(s.start, s.end) for s in spans if s.type == "LOCATION"]
    return [
        s
        for s in spans
        if not (
            s.type == "LOCATION"
            and s.detector in _NAME_DETECTORS
            and _addressee_place(text, s, streets, places)
        )
    ]


def _addressee_part(text: str, span: Span, streets: list[int]) -> str | None:
    """The comma/line part holding ``span`` when a street address follows it directly."""
    end = _part_end(text, span.end, len(text))
    gap = _GAP.match(text, end)
    if gap is None or gap.end() not in streets:
        return None
    return text[max(text.rfind(",", 0, span.start), text.rfind("\n", 0, span.start)) + 1 : end]


def drop_addressee_firms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the person or place names of a business addressee: the part above
    a street address holds an organisation or establishment word ("Lokku Ltd", "Hotel Zum
    Kaiser"); a person addressee ("Mr. Juan Maliksi") is kept."""
    streets = [s.start for s in spans if s.detector == "street_address"]
    if not streets:
        return spans

    def firm(s: Span) -> bool:
        if s.type not in ("PERSON", "LOCATION") or s.detector == "street_address":
            return False
        part = _addressee_part(text, s, streets)
        words = {w.lower() for w in _PART_WORD.findall(part or "")}
        return bool(words & (_ORG_WORDS | _VENUE_WORDS))

    return [s for s in spans if not firm(s)]
