"""spaCy PERSON in prose of a language no module here reads (session 31, coding sessions).

English NER tags the capitalised opener of a sentence in a language the pipeline has no rules
for (Polish in ``tests/data/external/assistant_sessions``: "Sprawdzę aktualny projekt",
"Najpierw sprawdzę plik server.py", "Zastosowano kebab-case", "Widzę, że folder jest pusty")
as a PERSON. German, Portuguese, Danish, Swedish, Croatian, Serbian and Slovak go through
:mod:`~transforms.privacy.pii.foreign_ner` (``foreign_language`` names them); this module
covers the rest, in the English branch:

- the candidate is one word opening a sentence or a list item, and a lower-case word follows it
  ("Sprawdzę aktualny", "Widzę, że"): the shape of a verb or adverb opening a sentence;
- the prose around it (200 characters either side) holds at least three words, at least one
  letter with a diacritic or one Tagalog / Cebuano case marker (:data:`PHILIPPINE_MARKERS`:
  "Maganda ang bata", whose languages write no diacritics), and fewer than 40 % of its words
  are English words of everyday frequency: the text is not English;
- the word is no listed given name or census surname
  (:mod:`~transforms.privacy.pii.gazetteers`): "Anna napisała" keeps its name. Full names,
  names inside a sentence and names in address blocks ("Kamila Červinková", "Zizi Kónya",
  "..., Saareküla") are never dropped here.

A short line the language identifier cannot place ("Det holder.", "Ikke gi opp.") loses its
opener the same way when the word is a function word of a language the identifier reads
(:data:`~transforms.privacy.pii.foreign_word_lists.ID_FUNCTION_WORDS`) and no English word.

English sentences, with or without an accented name in them ("José Álvarez fixed the build"),
are unchanged: their words are English.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_word_lists import ID_FUNCTION_WORDS
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.named_things import thing_entity

_WORD = re.compile(r"[^\W\d_]{2,}")
_DIACRITIC = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
ENGLISH_WORD_FREQUENCY = 1e-6
ENGLISH_SHARE = 0.4
WINDOW = 200
# Tagalog and Cebuano case markers and plural marker (ang / ng / sa, si / ni / kay for names,
# mga; Cebuano sa / ug / kang): no English word, so one in non-English prose marks the language
_FOREIGN_FUNCTION = frozenset().union(*(v for k, v in ID_FUNCTION_WORDS.items() if k != "en"))
PHILIPPINE_MARKERS = frozenset({"ang", "ng", "nang", "mga", "si", "ni", "kay", "kang", "ug"})
# a sentence or list item opens before the word ("\n", ". ", "**✅ ", "- ", "1. ")
_OPENER_BEFORE = re.compile(
    r"(?m)(?:^|[.!?:][ \t]+)[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\*\*)?(?:[^\w\s][ \t]*)?$"
)
# then a lower-case word, maybe after a comma ("Widzę, że", "Najpierw sprawdzę")
_LOWER_AFTER = re.compile(r",?[ \t]+[^\W\d_A-Z\u00c0-\u00de]")


def _listed(word: str) -> bool:
    return word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES or word in ALL_SURNAMES


def not_english_around(text: str, start: int, end: int) -> bool:
    """Whether the prose around ``text[start:end]`` is in a language other than English."""
    window = text[max(0, start - WINDOW) : end + WINDOW]
    words = [w.lower() for w in _WORD.findall(window)]
    if len(words) < 3:
        return False
    if not _DIACRITIC.search(window) and PHILIPPINE_MARKERS.isdisjoint(words):
        return False
    english = sum(english_frequency(w) >= ENGLISH_WORD_FREQUENCY for w in words)
    return english < ENGLISH_SHARE * len(words)


def unlisted_language_person(text: str, start: int, end: int, etype: str) -> bool:
    """A one-word spaCy PERSON opening a sentence of prose that is not English, a lower-case
    word after it, no listed name: drop it."""
    word = text[start:end]
    if etype != "PERSON" or not _WORD.fullmatch(word) or _listed(word):
        return False
    if not _OPENER_BEFORE.search(text, max(0, start - 12), start):
        return False
    if not _LOWER_AFTER.match(text, end):
        return False
    if (
        word.lower() in _FOREIGN_FUNCTION
        and english_frequency(word.lower()) < ENGLISH_WORD_FREQUENCY
    ):
        return True  # "Det holder.": too short for the identifier, no English word
    return not_english_around(text, start, end)


def thing_or_foreign(text: str, start: int, end: int, etype: str) -> bool:
    """The English branch's drops after the entity checks: a named thing ("the Roman Empire",
    :func:`~transforms.privacy.pii.named_things.thing_entity`) or a PERSON in prose of an
    unlisted language."""
    if thing_entity(text, start, end, etype):
        return True
    return unlisted_language_person(text, start, end, etype)
