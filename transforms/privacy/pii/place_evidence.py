"""Evidence that keeps a lone spaCy GPE/LOC no place list knows, in edited English prose.

:func:`~transforms.privacy.pii.spacy_entity._spacy_candidate` drops a single unlisted word
spaCy calls a place unless a place preposition or a rare-word check vouches for it: most such
words are things ("the Ames strain", "the delta position", "Oasis is a band"). A listed city,
country or state beside it after a comma or slash settles it the other way: "Windermere,
Florida", "visit Monaco, Nice?", "through Nice , Cannes", "Dallas/Fort Worth" (measured on the
UNER English Web Treebank train and dev splits). A landscape noun after the word ("the Gaza
strip") was tried and left out: 1 of 10 right on that data, and ``feature_places`` already
covers the named features it found.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    TOWN_ALTERNATE_NAMES,
    english_frequency,
)
from transforms.privacy.pii.ner_filters import COMMON_WORD_FREQUENCY, NOT_NAME_WORDS

# "Monaco, Nice", "Nice , Cannes", "Dallas/Fort Worth"; not "Ripley and Bishop" (people)
_JOIN = r"[ \t]*[,/][ \t]*"
_PLACE_WORDS = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_LISTED_BEFORE = re.compile(rf"({_PLACE_WORDS}){_JOIN}$")
_LISTED_AFTER = re.compile(rf"{_JOIN}({_PLACE_WORDS})")


def _listed(phrase: str, *, big: bool) -> bool:
    if phrase in CITIES or phrase in COUNTRIES_AND_REGIONS:
        return True
    return not big and (phrase in KNOWN_PLACES or phrase in TOWN_ALTERNATE_NAMES)


def _listed_neighbour(words: str, *, before: bool, big: bool) -> bool:
    """Whether the capitalised words beside the candidate end (before) or start (after) with
    a listed place of one to three words (``big``: a large city, country or state)."""
    tokens = words.split()
    for n in range(1, min(3, len(tokens)) + 1):
        phrase = " ".join(tokens[-n:] if before else tokens[:n])
        if phrase.lower() not in NOT_NAME_WORDS and _listed(phrase, big=big):
            return True
    return False


def place_evidence(text: str, start: int, end: int) -> bool:
    """A lone capitalised word spaCy tags GPE/LOC at ``text[start:end]`` with a listed place
    beside it after a comma or slash (module docstring)."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or word.lower() in NOT_NAME_WORDS:
        return False
    town = word in KNOWN_PLACES or word in TOWN_ALTERNATE_NAMES
    if not town and english_frequency(word.lower()) >= COMMON_WORD_FREQUENCY:
        return False  # "Antique Lighting, Fixtures, Chicago": a heading's word
    # A name that is also a town ("Nice", "Fisher") only beside a city or country: "Townsend,
    # George" and "Daniels, Fisher, Rosemont" are people and firms.
    name = word in ALL_SURNAMES or word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES
    if name and not town:
        return False
    before = _LISTED_BEFORE.search(text, max(0, start - 40), start)
    if before and _listed_neighbour(before.group(1), before=True, big=name):
        return True
    after = _LISTED_AFTER.match(text, end)
    return bool(after and _listed_neighbour(after.group(1), before=False, big=name))
