"""Words before a capitalised word that settle place or person in non-English prose (issue 14).

The English spaCy model calls most unknown capitalised words of a Danish, Portuguese or German
sentence a person ("i Nakskov", "no Itaim", "in Kreischa"). The word before decides it:

- **in-place prepositions** (:data:`~transforms.privacy.pii.foreign_words.IN_PLACE`: "i", "til",
  "em", "no", "in", "aus"): a single word no name list knows after one is a town, whatever
  spaCy called it. Portuguese contracts "em o" to "no" and "de o" to "do"; treebanks such as
  Universal Dependencies Bosque write the contraction split ("em o Canadá",
  https://universaldependencies.org/pt/ : multiword tokens), so "em o/a/os/as" counts as "no/na".
- **German determiners** (:data:`~transforms.privacy.pii.foreign_words.GERMAN_DETERMINERS`):
  German writes no article before a person's name in edited prose (Duden, "Artikel bei
  Personennamen": only colloquial or regional), but before rivers, mountains, regions and
  buildings ("der Saine", "die Haard", "den Ständerat"): a single unlisted word spaCy calls a
  person there is no person.

Tuned on the dev splits of GermEval 2014, UNER Danish DDT and UNER Portuguese Bosque.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import PARTICLES, common_word, english_frequency
from transforms.privacy.pii.foreign_words import (
    ENGLISH_LOANWORD_FREQUENCY,
    GERMAN_DETERMINERS,
    IN_PLACE,
    unnamed_word,
)
from transforms.privacy.pii.place_class_nouns import class_noun_before, name_word_ok

_LAST_WORDS = re.compile(r"(?:(\S+)[ \t]+)?(\S+)[ \t]+$")
_PARTICLE_WORDS = re.compile(r"(?:(?:(\S+)[ \t]+)?(\S+)[ \t]+)?(\S+)[ \t]+$")
# Portuguese articles that follow "em" in the split contraction ("em o" = "no")
_PT_ARTICLES = frozenset({"o", "a", "os", "as"})


def after_in_place(text: str, pos: int) -> bool:
    """An in-place preposition right before ``pos``, also the split Portuguese "em o"."""
    m = _LAST_WORDS.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    last = m.group(2).lower()
    if last in IN_PLACE:
        return True
    return last in _PT_ARTICLES and (m.group(1) or "").lower() == "em"


def in_place_town(text: str, a: int, toks: list[str], lang: str, label: str) -> bool:
    """A single unlisted word spaCy calls a person or organisation right after an in-place
    preposition: a town ("i Nakskov", "til Tårnby", "em o Itaim", "aus Spiegelau"); or any run
    right after a word for a kind of place ("Gemeinde Pflückuff", :mod:`.place_class_nouns`)."""
    if class_noun_before(text, a, lang) and name_word_ok(toks[0], lang):
        return True
    return (
        label in ("PERSON", "ORG")
        and unnamed_word(toks, lang)
        and after_in_place(text, a)
        and not common_word(toks[0], lang)
        and english_frequency(toks[0].lower()) < ENGLISH_LOANWORD_FREQUENCY  # "im Web"
    )


def after_german_determiner(text: str, pos: int) -> bool:
    """A German article or determiner right before ``pos`` ("der Saine", "im Harz"), not one
    inside a name after a particle ("erklärt van der Vaart", "Ursula von der Leyen"); "von" and
    "zu" are also prepositions ("von der Saine durchflossen") unless a name comes before them."""
    m = _PARTICLE_WORDS.search(text, max(0, pos - 60), pos)
    if m is None or m.group(3).lower() not in GERMAN_DETERMINERS:
        return False
    particle = (m.group(2) or "").lower()
    if particle not in PARTICLES:
        return True
    return particle in ("von", "zu") and not (m.group(1) or "")[:1].isupper()
