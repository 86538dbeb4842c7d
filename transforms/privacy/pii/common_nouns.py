"""English common nouns read as a person or a place (session 37, issue 14).

Tuned on the dev splits of uner_ewt, presidio_faker, btc, wikigold and crossner and on gum_train
(the first 3,000 sentences). spaCy's English model reads some common nouns as names: a lower-case
plural in edited prose ("The direction of saccades is determined", "between two polygons", "in
kindergartens, schools", "13 tweeps followed"), a noun after the indefinite article ("A Geofence
is determined by"), a capitalised abstract noun the subtitle word list has too rarely for
:mod:`~transforms.privacy.pii.derived_words` ("Formal Equivalence (F-E)", "the Immunology
technologist"). :func:`drop_common_nouns` drops a one-word PERSON or LOCATION span when:

- it is all lower case in a text that has capitals elsewhere (edited prose: in all-lower-case
  voice commands and chat a lower-case word is how names are written) and the word is an
  English common word: pyspellchecker's list (MIT) at frequency >= 1e-7, or a word simplemma's
  English dictionary (MIT code; lemma lists from Wiktionary via Kaikki and Michal Měchura's
  lemmatization lists, ODbL) knows with a lower-case lemma (a proper noun's lemma is capitalised
  there: "obama" -> "Obama", "brexit" -> "Brexit");
- or spaCy calls it a person right after "a" / "an" (a name takes no indefinite article);
- or it is capitalised, has a derivational suffix (:data:`~transforms.privacy.pii.derived_words`
  shapes, "-ing" left out: simplemma cuts "Lessing" to "less") and simplemma knows it with a
  lower-case lemma;

and in every case no name list knows the capitalised word as a given name or surname
("Valentine", "Matt", "Browning" stay), no place list knows it as a place, and the text is
English (``language_id.foreign_language``: Hungarian and Portuguese "a" is "the" — "A Bél
nemzetség", a Hungarian clan named after a person, lost its name on the nerkor dev split).
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from transforms.privacy.pii import gazetteers
from transforms.privacy.pii.demonyms import listed_place
from transforms.privacy.pii.derived_words import _DERIVED
from transforms.privacy.pii.intl_names import intl_given_names
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.spans import Span

WORD_FREQUENCY = 1e-7
_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:a|an)[ \t]+$", re.I)
_CAPITALS = re.compile(r"[A-Z]")
_PLURAL = re.compile(r"e?s$")


@lru_cache(maxsize=4096)
def _dictionary_noun(word: str) -> bool:
    """simplemma's English dictionary knows lower-case ``word`` with a lower-case lemma."""
    return simplemma.is_known(word, lang="en") and simplemma.lemmatize(word, lang="en").islower()


def _common_word(word: str) -> bool:
    """Lower-case ``word`` (or its singular) is an everyday English word."""
    forms = (word, _PLURAL.sub("", word))
    return any(gazetteers.english_frequency(f) >= WORD_FREQUENCY for f in forms) or (
        _dictionary_noun(word)
    )


def _no_name_or_place(word: str) -> bool:
    cap = word[:1].upper() + word[1:]
    return not (gazetteers.listed_name_word(cap) or cap in intl_given_names() or listed_place(cap))


def _lower_common(text: str, value: str) -> bool:
    return value.islower() and _CAPITALS.search(text) is not None and _common_word(value)


def _after_article(text: str, s: Span) -> bool:
    return (
        s.type == "PERSON"
        and s.detector == "spacy_ner"
        and _ARTICLE_BEFORE.search(text, max(0, s.start - 4), s.start) is not None
    )


def _derived_noun(value: str) -> bool:
    return (
        _DERIVED.fullmatch(value) is not None
        and not value.endswith("ing")
        and _dictionary_noun(value.lower())
    )


def _common_noun(text: str, s: Span) -> bool:
    value = text[s.start : s.end]
    if s.type not in ("PERSON", "LOCATION") or s.detector == "context_cue":
        return False
    if not value.isalpha():
        return False
    return (
        (_lower_common(text, value) or _after_article(text, s) or _derived_noun(value))
        and _no_name_or_place(value)
        and foreign_language(text) is None
    )


def drop_common_nouns(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without one-word names that are English common nouns (module docstring)."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    return [s for s in spans if not _common_noun(text, s)]
