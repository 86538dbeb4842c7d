"""Names and places in the conventions of social posts and wire news (issue 14).

Each rule takes a name or place only on evidence from the public lists in
:mod:`~transforms.privacy.pii.gazetteers` (US Census names, GeoNames places), never from the tag or
headline alone (tuned on the ``btc``/``btc_train``/``wnut17``/``wnut17_train``/``uner_ewt`` dev
splits only):

- :func:`hashtag_spans`: a hashtag that is a place ("#Gaza", "#kashmir") or holds one in its
  CamelCase parts ("#PrayForGaza"), or whose parts are a census given name and surname
  ("#RIPJohnnyWinter" -> "Johnny Winter", "#AlanPardew").
- :func:`dateline_spans`: a news dateline, an upper-case place at the start of a line before an
  optional region, an optional agency in brackets and a dash ("TEHRAN (AFP) -",
  "PARIS, France —"); the dateline form follows the AP Stylebook's "datelines" entry.
- :func:`business_name`: a PERSON candidate that names a shop or restaurant ("Mario's Pizza",
  "Joe's Crab Shack"): a business, not a person.
"""

from __future__ import annotations

import re
from typing import Any

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    BIG_CITY_NAMES,
    CITIES,
    CITY_PHRASES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    TOWN_ALTERNATE_NAMES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.regions import REGIONS

# A hashtag: not inside a word, a URL fragment ("/#top") or an HTML entity ("&#39;").
_HASHTAG = re.compile(r"(?<![\w&/#])#([A-Za-z][A-Za-z]*[A-Za-z])(?![\w#])")
# CamelCase parts: an acronym before a capitalised word ("RIPJohnny"), words, acronyms.
_PART = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
# Places shorter than this inside a CamelCase tag are too often a word's piece ("Ely", "Uri").
MIN_PLACE_PART = 4
# Parts after a place that make the tag an event, team or company ("#LondonMarathon"); the tag
# then names no one's whereabouts.
_EVENT_PARTS = word_set("""
Marathon Airlines Airline Airways Air United City Rovers Wanderers Athletic Fashion Week Fest
Festival Expo Open Cup Derby Games Olympics Awards Pride Zoo Live Fans
""")


# A town name this frequent as an English word is no place in a tag on its own ("#sunrise",
# "#yoga"); the lists' own cut (1e-5) is for prose, where spaCy has tagged the word a place.
HASHTAG_WORD_FREQUENCY = 1e-6
# Regions that locate nobody (as in ``ner``).
_NOT_PLACES = frozenset(("Earth", "EU", "EEA", "Europe", "Asia", "Africa"))


def _place(word: str) -> bool:
    """A GeoNames city of 500,000+ (also "Adelaide"), a country or state, or a smaller town
    whose name is no census given name or surname ("Barnes") and no English word ("Sunrise")."""
    if word in _NOT_PLACES:
        return False
    if word in CITIES or word in BIG_CITY_NAMES or word in COUNTRIES_AND_REGIONS:
        return True  # "#Adelaide", "#Dallas": a tag of a big city's name is the city
    if word in REGIONS:
        return True  # "#Donegal", "#Tasmania": a state, province or county (``regions``)
    if word not in KNOWN_PLACES and word not in TOWN_ALTERNATE_NAMES:
        return False
    if word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES or word in COMMON_SURNAMES:
        return False
    return english_frequency(word.lower()) < HASHTAG_WORD_FREQUENCY


def _place_phrase(words: list[str]) -> bool:
    phrase = " ".join(words)
    return phrase in CITY_PHRASES or phrase in KNOWN_PLACES or phrase in COUNTRIES_AND_REGIONS


def _as_name(tag: str) -> str:
    """The form a list holds: "kashmir"/"KASHMIR" -> "Kashmir"; mixed case as written."""
    return tag.capitalize() if tag.islower() or tag.isupper() else tag


def _whole_tag_place(tag: str) -> bool:
    word = _as_name(tag)
    if tag.isupper() and len(tag) <= MIN_PLACE_PART:
        return tag in COUNTRIES_AND_REGIONS  # "#UK", not "#NBA" or "#MERS"
    return _place(word) or (word in CITY_PHRASES)


def _person_parts(parts: list[str]) -> tuple[int, int] | None:
    """(first, last) part index of a given name + census surname run, or None."""
    for i in range(len(parts) - 1):
        given, surname = parts[i], parts[i + 1]
        if not (given.istitle() and surname.istitle()):
            continue
        if given in GIVEN_NAMES and surname in ALL_SURNAMES and not _place_phrase(parts[i : i + 2]):
            return i, i + 1
    return None


def _place_parts(parts: list[str]) -> list[tuple[int, int]]:
    """(first, last) part index of each place in the parts ("Pray For Gaza", "New York")."""
    out = []
    i = 0
    while i < len(parts):
        for n in (3, 2, 1):
            if i + n > len(parts):
                continue
            words = parts[i : i + n]
            phrase = " ".join(words)
            if not all(w.istitle() or w.isupper() for w in words):
                continue
            if n > 1 and _place_phrase(words):
                break
            if n == 1 and len(phrase) >= MIN_PLACE_PART and _place(phrase):
                break
        else:
            i += 1
            continue
        if i and parts[i - 1] in GIVEN_NAMES:
            i += n  # "#JenniferAniston": a surname after a given name, not a town
            continue
        if any(p in _EVENT_PARTS for p in parts[i + n :]):
            break  # "#LondonMarathon": an event, not a whereabouts
        out.append((i, i + n - 1))
        i += n
    return out


def hashtag_spans(text: str) -> list[tuple[int, int, str, float]]:
    """PERSON/LOCATION spans of hashtags that are (or hold) a census name or a GeoNames place.

    Offsets exclude the ``#``; a name or place inside a longer tag gets the span of its parts.
    """
    out: list[tuple[int, int, str, float]] = []
    for m in _HASHTAG.finditer(text):
        tag, start = m.group(1), m.start(1)
        if _whole_tag_place(tag):
            out.append((start, m.end(1), "LOCATION", 0.8))
            continue
        parts = [(p.start(), p.end()) for p in _PART.finditer(tag)]
        if len(parts) < 2:
            continue
        words = [tag[a:b] for a, b in parts]
        person = _person_parts(words)
        if person:
            a, b = parts[person[0]][0], parts[person[1]][1]
            out.append((start + a, start + b, "PERSON", 0.8))
            continue
        for first, last in _place_parts(words):
            out.append((start + parts[first][0], start + parts[last][1], "LOCATION", 0.75))
    return out


# AP-style dateline: "WASHINGTON (AP) —", "PARIS, France —", "TEHRAN (AFP) -".
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){0,2})"
    r"(?:[ \t]*,[ \t]*(?P<region>[A-Z][A-Za-z.]+(?:[ \t][A-Z][a-z]+)?))?"
    r"[ \t]*(?:\([A-Za-z][\w .&-]{0,30}\)[ \t]*)?(?:--?|\u2014|\u2013)(?=[ \t]|$)"
)


def dateline_spans(text: str) -> list[tuple[int, int, str, float]]:
    """LOCATION spans of news datelines whose upper-case place is a GeoNames place."""
    out: list[tuple[int, int, str, float]] = []
    for m in _DATELINE.finditer(text):
        words = m.group("place").split()
        name = " ".join(w.capitalize() for w in words)
        if not (_place(name) or name in CITY_PHRASES):
            continue
        end = m.end("place")
        region = m.group("region")
        if region and (_place(region) or region.isupper()):
            end = m.end("region")
        out.append((m.start("place"), end, "LOCATION", 0.85))
    return out


# Nouns after a name that make it a shop or restaurant ("Mario's Pizza", "Joe's Crab Shack").
_BUSINESS_AFTER = re.compile(
    r"(?:['\u2019]s?)?[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Pizza|Pizzeria|Grill|Bar|Diner|Cafe|"
    r"Caf\u00e9|Restaurant|Bistro|Kitchen|Bakery|Deli|Tavern|Pub|Steakhouse|BBQ|Barbecue|"
    r"Burgers?|Tacos?|Shack|Sushi|Noodles?|Bagels?|Coffee|Donuts?|Subs|Chicken|Cantina|"
    r"Trattoria|Ristorante|Brasserie|Eatery|Creamery|Salon|Barbershop|Boutique|Garage|"
    r"Hardware|Pharmacy|Market|Liquors?|Motors|Auto)\b"
)


def business_name(text: str, start: int, end: int) -> bool:
    """Whether the PERSON candidate ``text[start:end]`` opens a business name."""
    return _BUSINESS_AFTER.match(text, end) is not None


# Headline verbs after a lone surname ("Trump slams ...", "Bush vows ..."); "says"/"said" are
# already cues of ``ner``. Teams and firms "win" and "lead", so those verbs are left out.
_HEADLINE_VERB = re.compile(
    r"(?P<name>[A-Z][a-z]{2,})[ \t]+(?:slams|blasts|rips|mocks|vows|urges|warns|defends|denies|"
    r"praises|attacks|threatens|accuses|insists|admits|pledges|condemns|critici[sz]es|jokes|"
    r"hits out|lashes out|tweets|tweeted)\b"
)
# A surname this frequent as an English word is a word first ("Love", "Young", "Rose").
HEADLINE_WORD_FREQUENCY = 1e-5


def headline_person_spans(text: str) -> list[tuple[int, int, str, float]]:
    """PERSON spans of a census surname before a headline verb ("Trump slams the media")."""
    out: list[tuple[int, int, str, float]] = []
    for m in _HEADLINE_VERB.finditer(text):
        name = m.group("name")
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "#@"):
            continue
        if name not in ALL_SURNAMES or _place(name) or name in KNOWN_PLACES:
            continue
        if english_frequency(name.lower()) >= HEADLINE_WORD_FREQUENCY:
            continue
        out.append((m.start("name"), m.end("name"), "PERSON", 0.8))
    return out


def social_spans(view: Any) -> list[tuple[int, int, str, float]]:
    """Hashtag, dateline and headline-name spans of a prose view (view offsets)."""
    text = view.text
    return [*hashtag_spans(text), *dateline_spans(text), *headline_person_spans(text)]
