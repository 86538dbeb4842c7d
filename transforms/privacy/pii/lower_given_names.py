"""A lower-case census given name where a person stands in a social post: "hey tanner is your
last name", "j . cole is a living legend" (session 37, issue 14).

Social posts write names in lower case. :mod:`~transforms.privacy.pii.truecase` title-cases a
listed lower-case name so spaCy may tag it, but the md model often gives the title-cased word of
a lower-case sentence another label ("hey Tanner is": PRODUCT; "I swear Freddie laughs": ORG;
"yea Tanner do": WORK_OF_ART), and the word is lost. Here the word's grammar decides instead: a
lower-case word whose title-case form is a census or international given name (``gazetteers``:
US Census 1990, public domain; nam_dict, GNU FDL) and no English word (pyspellchecker frequency
under :data:`MAX_WORD_FREQUENCY`; "will", "mark", "grace" are words), no product or UI word, no
listed place, is a PERSON

- after a greeting or an address word ("hey tanner", "yea tanner do", "thank you freddie");
- before a finite verb of ``web_text.verb_after`` ("tanner is", "stevie was"), but not after a
  determiner ("the tanner was busy"). Any third-person "-s" word was tried too ("freddie
  laughs"): it read plural nouns after a Tagalog word ("ko lang papers"), so dropped.

Only in a plain social post (``truecase.plain_post``: no code, no markdown), in English-looking
prose (no language ``language_id`` tells, no accented Latin letter: Hungarian "meg is", "ez
ellen is" read as "meg"/"ellen" + "is" on the nerkor dev split), on words no detector already
reads. Tuned on the wnut17, btc, gum and uner_ewt dev splits.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    english_frequency,
)
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.ner_filters import _STARTERS, NOT_NAME_WORDS, looks_english
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.truecase import plain_post
from transforms.privacy.pii.web_text import verb_after
from transforms.privacy.spans import Span, add_uncovered

SCORE = 0.7
DETECTOR = "lower_given_name"
# "tanner" 4e-7, "freddie" 3e-7; "will" 5e-4, "grace" 3e-5, "bill" 1e-4
MAX_WORD_FREQUENCY = 1e-6
_WORD = re.compile(r"(?<![\w@#./\\'\u2019\"-])[a-z]{3,}(?![\w@/\\(='\u2019\"-]|\.\w)")
_ADDRESS_BEFORE = re.compile(
    r"(?:^|[^\w])(?i:hey|hi|hello|yo|yea|yeah|ya|thanks|thank[ \t]+you|love[ \t]+you|"
    r"miss[ \t]+you|bye|congrats|go)[ \t,]+$"
)
# "the tanner was busy", "my desi friends": a determiner makes the word a noun or adjective
_DETERMINER_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|this|that|these|those|my|your|his|her|our|their|its|some|any|no))[ \t]+$"
)


def _name(word: str) -> bool:
    title = word.title()
    return (
        title in GIVEN_NAMES
        and title not in AMBIGUOUS_GIVEN_NAMES
        and word not in NOT_NAME_WORDS
        and word not in _STARTERS
        and title not in CITIES
        and title not in KNOWN_PLACES
        and title not in COUNTRIES_AND_REGIONS
        and english_frequency(word) < MAX_WORD_FREQUENCY
    )


def lower_given_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus lower-case given names in a person's place (module docstring)."""
    if not text or not plain_post(text):
        return spans
    found = [
        (m.start(), m.end())
        for m in _WORD.finditer(text)
        if _name(m.group())
        and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
        and (
            _ADDRESS_BEFORE.search(text, max(0, m.start() - 16), m.start())
            or verb_after(text, m.end())
        )
    ]
    found = [(a, b) for a, b in in_prose(text, found) if _english(_line(text, a))]
    return add_uncovered(list(spans), found, "PERSON", SCORE, DETECTOR)


# a Latin letter with a diacritic: "félelemtől", "Törvényszéken"
_ACCENTED = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _english(line: str) -> bool:
    return looks_english(line) and _ACCENTED.search(line) is None and foreign_language(line) is None


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : len(text) if end < 0 else end]
