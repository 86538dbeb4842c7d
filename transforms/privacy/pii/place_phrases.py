"""The listed place inside a longer spaCy GPE/LOC/FAC entity that the name-shape check rejects.

spaCy often glues a word onto a place in news and social prose: a headline word ("Next Ontario
lieutenant-governor", "Race Around Ireland", "WEF Africa"), an era ("Early Modern Europe"), a
party tag ("D-Santa Ana"), a lower-case compass word ("west Africa", "north Galway", "south-east
England") or a state code ("Renton WA", "Dayton NJ"). The whole entity fails
:func:`~transforms.privacy.pii.ner_filters.plausible_location` (a lower-case, all-caps or
everyday word in it), so the place was lost. :func:`listed_core` finds the listed country,
region or town the entity ends with; :func:`~transforms.privacy.pii.spacy_entity._spacy_candidate`
checks that core with the ordinary rules and, when they keep it, redacts it with the compass word
before it and the state code after it. A core followed by another capitalised word ("Miami
Heat", "Manchester United") is a team or firm and is not taken. Measured on the UNER English Web
Treebank, WNUT 17 and Broad Twitter Corpus tuning splits.

:func:`the_region` keeps a lone word spaCy labels LOC (its label for mountains, seas and regions,
not for towns or countries) after "the" and at most one lower-case word ("the Arctic", "over the
Gulf", "the northern Rockies"): no place list holds these, and a thing named after a person takes
GPE or ORG from spaCy far more often than LOC. Everyday words ("the River", "the South") and
compass words stay out.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    US_STATE_CODES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.ner_filters import EVERYDAY_WORD_FREQUENCY, NOT_NAME_WORDS
from transforms.privacy.pii.truecase import listed_lowercase

# a word of letters, or dotted capitals ("U.K."); hyphens split ("D-Santa", "south-east")
_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
_COMPASS = word_set("""
north south east west northern southern eastern western central metro downtown
north-east north-west south-east south-west northeast northwest southeast southwest
""")
_CITY_PHRASE_SET = frozenset(CITY_PHRASES)
_GAP = re.compile(r"[ \t]+|-")


def _listed(phrase: str) -> bool:
    if not phrase[:1].isupper() or phrase.lower() in NOT_NAME_WORDS:
        return False
    if phrase in COUNTRIES_AND_REGIONS or phrase in _CITY_PHRASE_SET:
        return True
    # a town that is also a given name ("Sydney", "Chelsea") only with a compass word or state
    return (phrase in CITIES or phrase in KNOWN_PLACES) and not phrase.isupper()


def listed_core(text: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """``(core_start, core_end, start, end)`` for the entity ``text[start:end]``: the listed place
    of one to three words it ends with (a state code may follow a town), and the span to redact
    once the core is kept (the core with a lower-case compass word right before it and the state
    code after it). ``None`` when the entity does not end with a listed place or is that place."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    if not toks:
        return None
    last = len(toks)
    state = None
    if len(toks) >= 2 and toks[-1][2] in US_STATE_CODES:
        state, last = toks[-1], len(toks) - 1
    for n in (3, 2, 1):
        first = last - n
        if first < 0:
            continue
        part = toks[first:last]
        # the words of a phrase are separated by spaces only ("Santa Ana", not "Santa-Ana")
        if any(text[a[1] : b[0]].strip(" \t") for a, b in zip(part, part[1:], strict=False)):
            continue
        phrase = " ".join(t[2] for t in part)
        if not _listed(phrase):
            continue
        if state is not None and phrase in COUNTRIES_AND_REGIONS:
            return None  # "Texas TX": two states, no town
        core_start, core_end = part[0][0], part[-1][1]
        if (core_start, core_end) == (start, end):
            return None
        wide_start = core_start
        prev = toks[first - 1] if first > 0 else None
        if (
            prev
            and prev[2].lower() in _COMPASS
            and prev[2][0].islower()
            and _GAP.fullmatch(text, prev[1], core_start)
        ):
            wide_start = prev[0]  # "west Africa", "north Galway"
            before = toks[first - 2] if first > 1 else None
            if before and text[before[1] : wide_start] == "-" and before[2] in _COMPASS:
                wide_start = before[0]  # "south-east England"
        if state is not None and not _GAP.fullmatch(text, core_end, state[0]):
            return None
        if state is not None and phrase in GIVEN_NAMES and phrase not in CITIES:
            return None
        return core_start, core_end, wide_start, state[1] if state else core_end
    return None


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+)?$")


def the_region(text: str, start: int, end: int, label: str) -> bool:
    """A lone title-cased word spaCy labels LOC after "the" (module docstring)."""
    word = text[start:end]
    if label != "LOC" or not word.isalpha() or not (word[0].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    if (
        low in _COMPASS
        or low in NOT_NAME_WORDS
        or english_frequency(low) >= EVERYDAY_WORD_FREQUENCY
        # "the delta position": ``truecase`` may have title-cased a listed lower-case word
        or listed_lowercase(low)
    ):
        return False
    return _THE_BEFORE.search(text, max(0, start - 20), start) is not None
