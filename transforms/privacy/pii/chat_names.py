"""A full name typed in lower case that spaCy tags PERSON (issue 14).

Social posts write names in lower case inside otherwise capitalised text ("I thought mark
wright was supposed to be presenting", "harry picks a john mayer song", "a start for young
declan rudd today"). The lower-case checks of :mod:`~transforms.privacy.pii.spacy_entity` keep a
one-word name only in all-lower-case text and refuse an ambiguous given name or a name after a
determiner ("a john mayer song"), so these were lost. Two or three words written all in lower
case that the census lists hold as a given name first and a surname last, none of them a
product, UI or sentence-starter word and the surname no everyday English word ("a giant teddy
bear"), are that person when spaCy itself tags them PERSON in an English sentence.

Tuned on the ``wnut17``/``wnut17_train``/``btc``/``btc_train``/``uner_ewt`` dev splits only.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import ALL_SURNAMES, GIVEN_NAMES, english_frequency
from transforms.privacy.pii.ner_filters import (
    _STARTERS,
    EVERYDAY_WORD_FREQUENCY,
    NOT_NAME_WORDS,
    looks_english,
)

_LOWER_WORD = re.compile(r"[a-z]{2,}")


def lowercase_full_name(plain: str, start: int, end: int, label: str, sentence: str) -> bool:
    """Whether spaCy's ``label`` entity ``plain[start:end]`` (the text as written, before
    truecasing) is a lower-case given name and surname (module docstring)."""
    if label != "PERSON":
        return False
    words = plain[start:end].split()
    if not 2 <= len(words) <= 3 or not all(_LOWER_WORD.fullmatch(w) for w in words):
        return False
    if any(w in NOT_NAME_WORDS or w in _STARTERS for w in words):
        return False
    if words[0].title() not in GIVEN_NAMES or words[-1].title() not in ALL_SURNAMES:
        return False
    if english_frequency(words[-1]) >= EVERYDAY_WORD_FREQUENCY:
        return False  # "a giant teddy bear": a surname that is an everyday word
    return looks_english(sentence)
