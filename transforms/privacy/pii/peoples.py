"""Nationality, language and calendar words are no person (issue 14, English PERSON precision).

The census lists hold given names that are also nationality or calendar words ("Irish",
"German", "June", "Sunday"), and spaCy tags lone demonyms and weekday abbreviations PERSON
("the Moldovan airline", "Sunni Iraqis", "before Fri"). Both come from public lists rather
than a hand list:

- **Peoples**: CLDR English language names (``babel``, BSD; "Irish", "Tajik", "Dutch") and
  demonyms derived from CLDR English territory names and the project's country/region list
  with the regular English suffixes -i, -n, -an, -ian, -ese, -stan ("Iraq" -> "Iraqi",
  "Moldova" -> "Moldovan", "Tajikistan" -> "Tajik"), a derived form counting only when the
  English word list knows it (pyspellchecker frequency > 0: no invented "Franci"). A census
  given name is left out ("Francis", "Roman", "Dakota") unless it is an everyday English word
  (frequency >= 1e-6: "Irish", "German"). Plurals count too ("Iraqis", "Arabs").
- **Calendar**: CLDR English month and weekday names (wide and abbreviated) and the four
  seasons. A phrase opening with a month, weekday or season name is no person when its next word
  is an everyday English word or another calendar word ("Sunday Night", "May Concern",
  "January Favorites", "Spring Break", "Sunday Sept"), unless that word is one of the 5,000
  most frequent census surnames ("June Carter", "April Brown"); "May Allah" and "August Alsina"
  stay. A lone weekday or an abbreviation that is no given name ("Fri", "Sept") is no person.
  A month or weekday name or abbreviation followed by a number is a date, never a name, given
  name or not ("By Jan. 5", "Thu, 11 Mar 2004", "April 6, 1327"); one that spaCy glued to the
  end of a name is cut off ("Houston Dec. 12" -> "Houston"). "Jan said" stays a name.

- **Everyday words after a cue**: a context-cue candidate ("said X", "assigned to X",
  "Dear X") whose every word is an everyday English word (frequency >= 1e-6) that no census
  list holds as a given name or surname ("Investigators said", "assigned to Networks",
  "Client Services Phone:", "Dear Judges") is no person; "Bangs said", "Groom says" stay.
  Likewise a gazetteer phrase whose words after the listed given name are all such words
  ("Star Wars", "Willow Lounge", "Major Awards", "Spring Rolls") is cut to its given name
  when that is an unambiguous census given name ("Chris Without the Hat"), else dropped;
  spaCy still reads the sentence, and a person it finds there ("Victor Bout") stays.

- **Split contractions**: Penn Treebank tokenisation writes "wanna", "gonna", "gotta",
  "gimme", "lemme" as two tokens ("wan na", "gon na"; the split list of the PTB tokenizer,
  https://www.cis.upenn.edu/~treebank/tokenization.html); the first half is no name.

- **Defined terms**: a one-word name used as a noun ("any Lien which", "Lenders' Lien") is no
  person (:mod:`~transforms.privacy.pii.defined_terms`, checked first).

A PERSON candidate opening with a people word loses it ("Irish Prime Minister Albert"); it is
dropped unless what is left opens with a census given name (so the rare given name "Irish"
before a surname is lost with "Irish News"). Tuned on ``uner_ewt`` dev and ``uner_ewt_train``,
``btc_train``, ``wnut17_train`` only.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.defined_terms import defined_term
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.title_phrases import title_phrase
from transforms.privacy.pii.web_text import FAITHS_AND_PEOPLES

# A census given name that is this frequent as an English word is a people word first ("Irish").
PEOPLE_WORD_FREQUENCY = 1e-6
# A cue's candidate made only of words this frequent in English is no name ("Investigators").
CUE_WORD_FREQUENCY = 1e-6
# The word after a calendar name this frequent in English makes the phrase no name.
CALENDAR_NEXT_FREQUENCY = 1e-6
_DEMONYM_SUFFIXES = ("i", "n", "an", "ian", "ese")
SEASONS = frozenset(("Spring", "Summer", "Autumn", "Winter"))
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# "wan na", "gon na", "got ta", "gim me", "lem me" (Penn Treebank split contractions)
# After a calendar word: optional "." or ",", blanks, a digit ("Jan. 5", "Thu, 11", "May 2010").
_NUMBER_AFTER = re.compile(r"\.?,?[ \t]+\d")
_SPLIT_CONTRACTION = re.compile(r"(?i)(?:(?:wan|gon)[ \t]+na|got[ \t]+ta|(?:gim|lem)[ \t]+me)\b")


@functools.cache
def people_words() -> frozenset[str]:
    """Language names and demonyms (CLDR English via ``babel``), see the module docstring."""
    from babel import Locale

    en = Locale("en")
    names = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES
    langs = {
        v
        for v in en.languages.values()
        if v.isalpha()
        and english_frequency(v.lower()) > 0  # "Seri" ("Dato' Seri Najib") is no English word
        and (v not in names or english_frequency(v.lower()) >= PEOPLE_WORD_FREQUENCY)
    }
    countries = {t for t in en.territories.values() if t.isalpha()} | {
        c for c in COUNTRIES_AND_REGIONS if c.isalpha() and not c.isupper()
    }
    derived: set[str] = set()
    for country in countries:
        bases = {country, country[:-1]} if country[-1] in "aeoy" else {country}
        if country.endswith("istan"):
            derived.add(country[: -len("istan")])  # "Tajikistan" -> "Tajik"
        derived.update(b + s for b in bases for s in _DEMONYM_SUFFIXES)
    derived = {
        w for w in derived - countries if w not in names and english_frequency(w.lower()) > 0
    }
    return frozenset(langs | derived | FAITHS_AND_PEOPLES)


def is_people_word(word: str) -> bool:
    """ "Irish", "Moldovan", "Iraqis", "Arabs": a language, nationality or people word."""
    words = people_words()
    if word in words:
        return True
    return (
        word.endswith("s")
        and word[:-1] in words
        and word not in GIVEN_NAMES
        and word not in AMBIGUOUS_GIVEN_NAMES
    )


# CLDR gives "Sep"/"Thu"; "Sept", "Tues", "Thur", "Thurs" are the AP Stylebook forms
_AP_MONTHS = frozenset({"Sept"})
_AP_DAYS = frozenset({"Tues", "Thur", "Thurs"})


@functools.cache
def month_names() -> tuple[frozenset[str], frozenset[str]]:
    """English month names from CLDR (via babel): (wide "January", abbreviated "Jan" plus the
    AP Stylebook's "Sept")."""
    from babel import Locale

    en = Locale("en")
    wide: set[str] = set()
    short: set[str] = set(_AP_MONTHS)
    for ctx in ("format", "stand-alone"):
        wide |= set(en.months[ctx]["wide"].values())
        short |= set(en.months[ctx]["abbreviated"].values())
    return frozenset(wide), frozenset(short)


@functools.cache
def _calendar() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month/weekday/season names that open a phrase, every calendar word, lone no-names)."""
    from babel import Locale

    en = Locale("en")
    wide_months, short_months = month_names()
    wide: set[str] = set(SEASONS) | wide_months
    short: set[str] = set(short_months) | _AP_DAYS
    for ctx in ("format", "stand-alone"):
        wide |= set(en.days[ctx]["wide"].values())
        short |= set(en.days[ctx]["abbreviated"].values())
    weekdays = {d for ctx in ("format", "stand-alone") for d in en.days[ctx]["wide"].values()}
    lone = (short | weekdays) - GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES
    return frozenset(wide), frozenset(wide | short), frozenset(lone)


def calendar_phrase(tokens: list[str]) -> bool:
    """ "Sunday Night", "May Concern", "Spring Break", "Fri": a date or season, not a person."""
    if not tokens:
        return False
    openers, calendar, lone = _calendar()
    first = _POSSESSIVE.sub("", tokens[0])
    if len(tokens) == 1:
        return first in lone
    if first not in openers:
        return False
    nxt = _POSSESSIVE.sub("", tokens[1]).rstrip(".,:;!?")
    if nxt in calendar:
        return True  # "Sunday Sept", "Thu Jan"
    return nxt not in COMMON_SURNAMES and (
        english_frequency(nxt.lower()) >= CALENDAR_NEXT_FREQUENCY
    )  # "Sunday Night", "May Concern"; not "June Carter", "April Brown"


def trim_date(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A PERSON candidate without a trailing month or weekday that a number follows, or ``None``
    when the candidate is only that date word ("By Jan. 5", "Thu, 11 Mar")."""
    if not _NUMBER_AFTER.match(text, end):
        return start, end
    tokens = text[start:end].split()
    if not tokens or tokens[-1].rstrip(".,") not in _calendar()[1]:
        return start, end
    if len(tokens) == 1:
        return None
    return start, start + text[start:end].rindex(tokens[-2]) + len(tokens[-2])


def trim_people(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A PERSON candidate without a leading people word, or ``None`` when it is no person
    ("the Irish", "German Shepherd", "Sunday Night")."""
    tokens = text[start:end].split()
    if calendar_phrase(tokens):
        return None
    if not tokens or not is_people_word(_POSSESSIVE.sub("", tokens[0])):
        return start, end
    if len(tokens) == 1:
        return None
    rest = tokens[1]
    if rest not in GIVEN_NAMES:
        return None  # "German Shepherd", "Irish News", "Dutch King"
    return text.index(rest, start + len(tokens[0])), end


def everyday_phrase(value: str) -> bool:
    """ "Investigators", "Services Phone", "Judges": every word an everyday English word that is
    no census given name or surname."""
    words = [_POSSESSIVE.sub("", t) for t in value.split()]
    return bool(words) and all(
        w not in GIVEN_NAMES
        and w not in AMBIGUOUS_GIVEN_NAMES
        and w not in ALL_SURNAMES
        and english_frequency(w.lower()) >= CUE_WORD_FREQUENCY
        for w in words
    )


def everyday_tail(value: str) -> bool:
    """ "Star Wars", "Major Awards": a name-list word followed only by everyday words."""
    tokens = value.split()
    return len(tokens) > 1 and everyday_phrase(" ".join(tokens[1:]))


def people_check(text: str, start: int, end: int, detector: str) -> tuple[int, int] | None:
    """A PERSON candidate of ``detector`` as it stands, trimmed, or ``None`` when it is no
    person by the rules of this module (see the module docstring)."""
    if _SPLIT_CONTRACTION.match(text, start):
        return None  # "i wan na meet ...": "wanna" in treebank tokens
    if defined_term(text, start, end):
        return None  # "any Lien", "Lenders' Lien": a noun (``defined_terms``)
    if title_phrase(text, start, end):
        return None  # "### Manual Docker Setup", "**Onboarding Video**" (``title_phrases``)
    if detector == "context_cue" and everyday_phrase(text[start:end]):
        return None  # "Investigators said", "assigned to Networks"
    if detector == "gazetteer" and everyday_tail(text[start:end]):
        first = text[start:end].split()[0]
        if first not in GIVEN_NAMES:
            return None  # "Star Wars", "Major Awards"
        end = start + len(first)  # "Chris Without the Hat"
    dated = trim_date(text, start, end)
    if dated is None:
        return None
    return trim_people(text, *dated)
