"""Towns in non-English prose that no list names a place on its own (issue 14).

Three cues, each from the text around a capitalised word, tuned on the dev splits of GermEval
2014, UNER Danish DDT and UNER Portuguese Bosque:

- **A city named like a person after a locative preposition**: GeoNames cities of >= 100,000
  people named like a census given name ("Orlando", "Victoria") are left out of the city list
  (:func:`~transforms.privacy.pii.foreign_lists.named_cities`); right after "em", "in", "i",
  "nach" or "aus" (never "til", "fra", "para", "à": people are written to and come from, too)
  they are places ("em Orlando").
- **German town names by their ending**: German settlement names are built from a small set
  of generic endings (-dorf, -hausen, -ingen, -heim, -stadt, -kirchen, ...; Bach, *Deutsches
  Ortsnamenbuch*, and https://de.wikipedia.org/wiki/Ortsname#Deutschland). A word with such an
  ending that is no noun, no frequent word and no listed person name, right after "in", "aus",
  "nach", "bei", "zu" or a "von" that follows no name ("Ortsbild von Helmarshausen"), is a
  town even when spaCy tags nothing.
- **Datelines**: a news item opens with its place in capitals before a colon, dash or
  bracket ("BOCHUM Dass ...", "AALBORG: Et ...", "TOKIO ( Dow Jones )"): a listed place
  written in capitals at the start of a line.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import (
    common_word,
    country_names,
    fold,
    german_words,
    named_cities,
)
from transforms.privacy.pii.foreign_words import german_noun, is_place, listed_country
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES

# Prepositions that place a thing, never address a person ("til Mary", "para Maria" do)
LOCATIVE = frozenset({"em", "no", "na", "i", "in", "im", "en", "nach", "aus"})
# Portuguese "em o" = "no" as Universal Dependencies writes the contraction split
_PT_ARTICLES = frozenset({"o", "a", "os", "as"})
_LAST_WORDS = re.compile(r"(?:(\S+)[ \t]+)?(\S+)[ \t]+$")

# Generic endings of German settlement names (module docstring)
GERMAN_TOWN_ENDINGS = (
    "dorf",
    "hausen",
    "ingen",
    "heim",
    "stadt",
    "kirchen",
    "leben",
    "rode",
    "born",
    "furt",
    "hagen",
    "hain",
    "stedt",
    "büttel",
    "bach",
    "burg",
    "berg",
    "feld",
    "stein",
    "tal",
    "see",
)
_GERMAN_TOWN_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "zu", "von"})
_CAPITALISED = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][a-zäöüß]{3,}(?![\w\-])")
MIN_TOWN_LENGTH = 7  # "Pfrondorf" yes; short words with these endings are mostly other words


def _words_before(text: str, pos: int) -> tuple[str, str]:
    m = _LAST_WORDS.search(text, max(0, pos - 40), pos)
    if m is None:
        return "", ""
    return (m.group(1) or ""), m.group(2)


def after_locative(text: str, pos: int) -> bool:
    """A locative preposition right before ``pos``, also the split Portuguese "em o"."""
    before, last = _words_before(text, pos)
    return last.lower() in LOCATIVE or (last.lower() in _PT_ARTICLES and before.lower() == "em")


def named_city_after_locative(text: str, a: int, toks: list[str]) -> bool:
    """A city named like a person right after a locative preposition ("em Orlando")."""
    return len(toks) == 1 and toks[0] in named_cities() and after_locative(text, a)


def german_town_name(word: str) -> bool:
    """A word shaped like a German town's name: a settlement ending after a part that is no
    word ("Pfron|dorf", "Helmars|hausen"; not "Kinder|heim", "Innen|stadt"), the whole no
    noun, frequent word or listed person name."""
    low = word.lower()
    ending = next((e for e in GERMAN_TOWN_ENDINGS if low.endswith(e)), None)
    if ending is None or len(word) < MIN_TOWN_LENGTH:
        return False
    modifier = word[: -len(ending)]
    bare = modifier[:-1] if modifier.endswith(("s", "n")) else modifier  # linking "s", "n"
    return not (
        german_noun(word)
        or common_word(word, "de")
        or any(german_noun(m, compounds=True) or common_word(m, "de") for m in (modifier, bare))
        or fold(word) in GIVEN_NAMES
        or fold(word) in SURNAMES
        or word in german_words("surnames")
        or word in german_words("given")
    )


def german_town_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Words shaped like German town names right after a place preposition in the German
    sentence ``text[start:end]`` (module docstring)."""
    out = []
    for m in _CAPITALISED.finditer(text, start, end):
        before, last = _words_before(text, m.start())
        prep = last.lower()
        if prep not in _GERMAN_TOWN_PREPOSITIONS:
            continue
        if prep == "von" and before[:1].isupper() and not german_noun(before, compounds=True):
            continue  # "Heinrich von Plauen": a name particle
        if german_town_name(m.group()):
            out.append((m.start(), m.end()))
    return out


# A line opening with a word in capitals, then a colon, dash, bracket or a capitalised word
_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-ZÀ-ÞÆØÅ][A-ZÀ-ÞÆØÅ\-]{2,})(?=[ \t]*(?::|\(|-|–|—|,|[ \t][A-ZÄÖÜÆØÅ]))"
)


def dateline_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """A listed city or country written in capitals at the start of a line, before a colon,
    dash, bracket or the next sentence ("KØBENHAVN: ...", "BOCHUM Dass ...")."""
    out = []
    for m in _DATELINE.finditer(text, start, end):
        word = m.group(1)
        name = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        if (
            is_place(name, lang=lang) or listed_country(name, lang) or name in country_names()
        ) and not common_word(name, lang):
            out.append((m.start(1), m.end(1)))
    return out
