"""A word made of a place name and a demonym suffix names a people, not a person (session 34).

English forms the names of a place's inhabitants, and the adjective of that place, by adding a
suffix to its name: "-an", "-n" after "a" ("Guadeloupe" -> "Guadeloupean", "Falluja" ->
"Fallujan"), "-ian", "-ean", and "-i" with its plural "-is" for many places of the Middle East
and South Asia ("Baghdad" -> "Baghdadis"); see the Wikipedia article "Demonym" (section
"Suffixation", https://en.wikipedia.org/wiki/Demonym). spaCy tags such words NORP when it knows
them and PERSON when it does not ("to the sound of Guadeloupean zouk music", gum_train;
"Baghdadis don't venture much out of their neighbourhoods", "Fallujan insurgents", uner_ewt
train). Neither is PII: a people or an adjective identifies nobody.

:func:`drop_demonyms` drops a ONE-word PERSON span when the word is a GeoNames country, US state
or town of >= 15,000 people (or one of its alternate names; ``gazetteers``, CC-BY 4.0) followed
by one of those suffixes (the place's final vowel may give way to the suffix: "Somalia" ->
"Somalian"; a final "h" may drop: "Fallujah" -> "Fallujan"), the place keeping at least four
letters. A word that is itself a listed given name or surname ("Brian", "Devin", "Jafari",
"Abadi") or a place ("Coron") is kept, and so is the singular "-i" form ("Usmani", "Halvari" are
surnames the lists lack); only its plural "-is" counts ("Iraqis"). So is a given name of another
country (``intl_names.given_name_abroad``: "Kishan" is no people of the town Kish). LOCATION
spans are left alone ("Luzon" is no demonym of "Luzo").

Eponymous adjectives and nouns are formed the same way from a person's name: "-ean"
("Shakespearean plot twists", uner_ewt_train; "Jacobean"), "-esque" ("Kafkaesque"), "-ism",
"-ist", "-ite" ("Marxism", "Calvinist", "Thatcherite"; Wikipedia "Eponym", section "Adjectives
and nouns derived from eponyms"). They name a style or a school, not a person: a one-word PERSON
that is a census surname or given name of four or more letters plus one of those suffixes (or
their plurals), and no listed name itself, is dropped too. "-ian" is not used there: Armenian
surnames are formed with it from given names ("Sarkisian").

A name right after a kinship noun or a title is a person's whatever its ending: "my brother
Kishan" names no one from the town Kish, "Dr Kenyan" no people. The cues are those
:mod:`~transforms.privacy.pii.kin_names` and :mod:`~transforms.privacy.pii.role_names` read.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii import gazetteers
from transforms.privacy.pii.intl_names import given_name_abroad
from transforms.privacy.pii.kin_names import KIN_NOUNS
from transforms.privacy.pii.role_names import COURTESY_TITLES, RANKS
from transforms.privacy.spans import Span

# Suffixes, longest first; "-n" only after "a" ("Kenya" -> "Kenyan"; not "Corby" -> "Corbyn").
_SUFFIXES = ("eans", "ians", "ans", "ean", "ian", "an", "is", "ns", "n")
_MIN_STEM = 4
_EPONYM_SUFFIXES = ("esque", "isms", "ists", "ites", "ism", "ist", "ite", "ean")
# "my brother Kishan", "Dr Kenyan", "Judge Marxist": a person cue right before the word
_PERSON_CUE = re.compile(
    rf"(?:\b(?:{KIN_NOUNS})s?|(?<![\w\-])(?:{COURTESY_TITLES}|{RANKS}))[ \t]+$"
)


@functools.cache
def _places() -> frozenset[str]:
    names = (
        set(gazetteers._TOWN_NAMES)
        | set(gazetteers.TOWN_ALTERNATE_NAMES)
        | gazetteers.geonames_countries()
        | gazetteers.us_state_names()
    )
    return frozenset(n for n in names if len(n) >= _MIN_STEM and " " not in n)


def listed_place(word: str) -> bool:
    """Whether ``word`` is a GeoNames town, alternate town name, country, US state or region."""
    return word in _places() or word in gazetteers.COUNTRIES_AND_REGIONS


def place_of_demonym(word: str) -> str | None:
    """The place ``word`` is the demonym of ("Guadeloupean" -> "Guadeloupe"), else ``None``."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return None
    places = _places()
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < _MIN_STEM:
            continue
        if suffix in ("n", "ns") and stem[-1] != "a":
            continue
        # the place's last letter may be dropped before the suffix ("Somalia" -> "Somalian")
        for place in (stem, stem + "a", stem + "e", stem + "o", stem + "y", stem + "h"):
            if place in places:
                return place
    return None


def person_of_eponym(word: str) -> str | None:
    """The listed name ``word`` is an eponymous adjective or noun of ("Shakespearean" ->
    "Shakespeare"), else ``None``."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return None
    for suffix in _EPONYM_SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < _MIN_STEM:
            continue
        # "Shakespeare" + "an" reads "-ean" with the name's own final "e"
        for name in (stem, stem + "e") if suffix == "ean" else (stem, stem + "e", stem + "y"):
            if gazetteers.listed_name_word(name):
                return name
    return None


def _listed(word: str) -> bool:
    return gazetteers.listed_name_word(word) or listed_place(word) or given_name_abroad(word)


def drop_demonyms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without one-word PERSON spans that are demonyms (module docstring)."""
    out = []
    for s in spans:
        word = text[s.start : s.end]
        derived = s.type == "PERSON" and (place_of_demonym(word) or person_of_eponym(word))
        cued = _PERSON_CUE.search(text, max(0, s.start - 40), s.start)
        if derived and not _listed(word) and not cued:
            continue
        out.append(s)
    return out
