"""Dutch prose, also in the old spelling of 19th-century newspapers (issue 14; tuned on the
``enp_nl`` dev split, KB newspapers 1811-1866). Only for sentences ``language_id`` reads as
Dutch:

- :func:`dutch_non_name`: capitalised words that name no person, whatever the English model
  calls them: adjectives and demonyms in the De Vries-Te Winkel spelling (1863-1947) and before
  it, ending in "-sch", "-sche", "-schen" ("Fransche", "Binnenlandsche", "Duitsch"; a short
  "Bosch", "Busch" stays a possible surname); weekdays, also old forms ("Dingsdag", "Zaturdag",
  "Maandags": every Dutch weekday ends in "-dag"); months from CLDR via ``babel`` (BSD), also
  in the old "-ij" spelling ("Junij", "Februarij"); and, in a run with no initial, a
  capitalised word whose lower-case form simplemma's Dutch dictionary (MIT code, Wiktionary
  lemma lists) gives a lower-case lemma, when it lists no capitalised form of it and it is no
  census given name or surname, if every word of the run is one ("Wethouders", "Gedeputeerde
  Staten", "Koolzaad"; not "Notarissen SIMAMEK", "Duymaer van Twist").
- :func:`dutch_place_spans`: places by their shape: a capitalised compound ending in a street
  word ("Heuvelstraat", "Mauritskade", "Molenweg", "Schellerallee"; the street types of the
  Dutch address register BAG, own short list), optionally after a capitalised "Korte", "Nieuwe",
  ...; a capitalised word followed by a separate street word ("Poppen Allee"); a city written
  after the archaic article "'s" ("'s-Hertogenbosch", "'s Gravenhage", GeoNames via
  ``foreign_lists.city_names`` or the city list's "Den Haag" for "Gravenhage"); and a
  dateline city or country in capitals ("NIJMEGEN", "NEDERLAND") that is listed in title case.
  Everyday Dutch words ("Omweg", "Uitweg": pyspellchecker's Dutch list) are no street.
"""

from __future__ import annotations

import functools
import re

_ADJECTIVE_ENDINGS = ("sche", "schen")
_MIN_SCH = 7  # "Duitsch", "Fransch"; "Bosch", "Busch", "Hirsch" may be surnames
_MIN_DAY = 6  # "Maandag"; not "Dag"
_MIN_WORD = 4  # dictionary words this long or longer ("Agio", "Rijks")
_INITIAL = re.compile(r"[A-Z]{1,2}\.$")
_STREET_WORDS = "straat|gracht|burgwal|weg|plein|markt|laan|kade|dijk|steeg|singel|allee|dreef|wal"
_LEAD = "Korte|Lange|Nieuwe|Oude|Groote|Kleine|Hooge|Hoge|Breede|Heilige"
_STREET = re.compile(
    rf"(?<![\w\-'])(?:(?:{_LEAD})[ \t]+)?[A-Z][^\W\d_]{{2,}}(?:{_STREET_WORDS})(?![\w\-])"
)
_SEPARATE = re.compile(
    rf"(?<![\w\-'])[A-Z][^\W\d_]{{2,}}[ \t]+(?:{_STREET_WORDS.title()})(?![\w\-])"
)
_ARTICLE_PLACE = re.compile(r"(?<!\w)'s[- ]?([A-Z][^\W\d_]{3,})")
_CAPITALS = re.compile(r"(?<![\w\-'])[A-Z][A-Z\u00c0-\u00de]{3,}(?![\w\-'])")
# "'s Gravenhage" is The Hague; GeoNames lists it as "Den Haag"
_ARTICLE_ALIASES = {"Gravenhage": "Den Haag"}


@functools.cache
def _months() -> frozenset[str]:
    from babel import Locale

    names = {m.lower() for m in Locale.parse("nl").months["format"]["wide"].values()}
    return frozenset(names | {n + "j" for n in names if n.endswith("i")})


def _non_name_word(word: str) -> bool:
    low = word.rstrip(".,;:").lower()
    if low.endswith(_ADJECTIVE_ENDINGS) or (low.endswith("sch") and len(low) >= _MIN_SCH):
        return True
    if low.endswith(("dag", "dags")) and len(low) >= _MIN_DAY:
        return True
    return low in _months() and word[:1].isupper()


def _cache_key() -> str:
    from transforms.privacy.pii.list_cache import cache_key

    return cache_key((__file__,), ("simplemma",))


def _build() -> dict[str, list[str]]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    common, proper = set(), set()
    for form, lemma in DefaultDictionaryFactory().get_dictionary("nl").items():
        if form[:1].isupper():
            proper.add(form)
        elif lemma[:1].islower() and len(form) >= _MIN_WORD:
            common.add(form)
    return {"common": sorted(common), "proper": sorted(proper)}


@functools.cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    from transforms.privacy.pii.list_cache import cached_lists

    data = cached_lists(
        "dutch_words",
        _cache_key(),
        _build,
        lambda read: isinstance(read, dict) and {"common", "proper"} <= set(read),
    )
    return frozenset(data["common"]), frozenset(data["proper"])


def _dictionary_word(word: str) -> bool:
    from transforms.privacy.pii.foreign_lists import fold
    from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES

    if len(word) < _MIN_WORD or not word[1:].islower():
        return False
    common, proper = _dictionary()
    if word.lower() not in common or word in proper:
        return False
    return fold(word) not in GIVEN_NAMES and fold(word) not in SURNAMES


def dutch_non_name(words: list[str]) -> bool:
    """Does one of the capitalised ``words`` of a run name no person (module docstring)?"""
    if any(w[:1].isupper() and _non_name_word(w) for w in words):
        return True
    if any(_INITIAL.match(w) for w in words):
        return False  # "J. Ebben", "H. A. Bijvoet": initials make a name of a word
    return all(_dictionary_word(w) for w in words)


def _listed(value: str) -> bool:
    from transforms.privacy.pii.foreign_lists import city_names
    from transforms.privacy.pii.foreign_words import listed_country

    return value in city_names() or listed_country(value, "nl")


def dutch_place_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Streets, "'s"-places and capitalised datelines in ``text[start:end]`` of a Dutch sentence
    (module docstring); nothing for other languages."""
    if lang != "nl":
        return []
    from transforms.privacy.pii.foreign_lists import city_names, common_word

    out = [
        (m.start(), m.end())
        for pattern in (_STREET, _SEPARATE)
        for m in pattern.finditer(text, start, end)
        if not common_word(m.group().split()[-1], "nl")
    ]
    for m in _ARTICLE_PLACE.finditer(text, start, end):
        word = m.group(1)
        forms = (f"'s-{word}", _ARTICLE_ALIASES.get(word, ""))
        if any(f in city_names() for f in forms):
            out.append((m.start(), m.end()))
    for m in _CAPITALS.finditer(text, start, end):
        if _listed(m.group().title()):
            out.append((m.start(), m.end()))
    return out
