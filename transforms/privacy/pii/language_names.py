"""Given names of the text's own language, and the full names they open (issue 14).

:data:`~transforms.privacy.pii.gazetteers.GIVEN_NAMES` keeps only the names of
:mod:`.intl_names` (Jörg Michael's ``nam_dict``, GFDL) that are common somewhere (class >= 6),
because in English text a rarer foreign name is more often a word or a brand. In a sentence of
one language, the names that list gives for that language's own countries are evidence even
when less common ("Anabela" is class 5 in Portugal, "Frits" 4 in Denmark, "Raoul" 4 in
Belgium): :func:`language_given_names`.

:func:`full_name_spans` finds, in a sentence of a language that writes nouns in lower case, a
capitalised given name of that language (or a census one) followed by one or two capitalised
words that are no common word, function word or place ("Anabela Moutinho", "Frits
Morrison", "Raoul Coutard"), spaCy tagging it or not. German capitalises nouns and has its own
rules (:mod:`.foreign_given`).

Tuned on the dev splits of UNER Portuguese Bosque and UNER Danish DDT.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.fi_given_names import fi_given_names
from transforms.privacy.pii.foreign_lists import common_word, fold, is_function_word
from transforms.privacy.pii.foreign_words import is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES
from transforms.privacy.pii.intl_names import DATA
from transforms.privacy.pii.town_cues import after_locative

# nam_dict country codes of each language's countries (nam_dict's own labels)
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "pt": ("pt",),
    "da": ("dk",),
    "de": ("de", "at", "ch"),
    "nl": ("nl", "be"),
    "sv": ("se",),
    "no": ("no",),
    "fi": ("fi",),
    "hu": ("hu",),
    "it": ("it",),
    "es": ("es",),
    "fr": ("fr", "be", "ch", "lu"),
    # the identifier reads Serbian and Bosnian in Latin script as Croatian
    "hr": ("hr", "ba", "rs", "me"),
    "sr": ("rs", "ba", "me", "hr"),
    "bs": ("ba", "hr", "rs"),
    "sl": ("si",),
    "sk": ("sk", "cz"),
    "cs": ("cz", "sk"),
    "pl": ("pl",),
}
# nam_dict frequency classes run 1 (rare) .. 13; 3 and up is "not rare" in that country
MIN_LANGUAGE_CLASS = 3
MIN_NAME_LENGTH = 3
_CAP_WORD = re.compile(r"(?<![\w\-'\u2019])[A-ZÀ-ÞÆØÅ]")
_RUN = re.compile(
    r"(?<![\w\-'\u2019])([A-ZÀ-ÞÆØÅ][^\W\d_]+)"
    r"((?:[ \t]+[A-ZÀ-ÞÆØÅ][^\W\d_]+(?:-[A-ZÀ-ÞÆØÅ][^\W\d_]+)?){1,2})(?![\w\-])"
)


@functools.cache
def language_given_names(lang: str) -> frozenset[str]:
    """:func:`nam_dict_given_names`, for Finnish with the population register's first names
    (:mod:`.fi_given_names`) that are no common or function word and no listed place either
    ("Inari", "Levi": a town first)."""
    out = nam_dict_given_names(lang)
    if lang != "fi":
        return out
    return out | frozenset(n for n in fi_given_names() if _name_word(n, lang))


@functools.cache
def nam_dict_given_names(lang: str) -> frozenset[str]:
    """Given names of class >= :data:`MIN_LANGUAGE_CLASS` in a country of ``lang``, that are
    no common or function word of ``lang`` (accents kept). A town list leaves these out
    (:mod:`.finnish_lists`); the register's rarer names ("Inari", "Levi") do not outweigh a
    town."""
    countries = LANGUAGE_COUNTRIES.get(lang)
    if not countries:
        return frozenset()
    out = {name for name, where in _name_countries() if not where.isdisjoint(countries)}
    return frozenset(n for n in out if not common_word(n, lang) and not is_function_word(n, lang))


@functools.cache
def _name_countries() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each name-shaped listed name with the countries where its class is >= MIN_LANGUAGE_CLASS
    (the file is read once for every language, not once per language)."""
    out = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            name, _, where = line.rstrip("\n").split("\t", 2)
            if len(name) < MIN_NAME_LENGTH or not name.isalpha() or not name[1:].islower():
                continue
            countries = frozenset(
                country
                for country, _, cls in (item.partition(":") for item in where.split())
                if int(cls, 16) >= MIN_LANGUAGE_CLASS
            )
            if countries:
                out.append((name, countries))
    return tuple(out)


def given_in(word: str, lang: str) -> bool:
    """A census given name or one of ``lang``'s own (:func:`language_given_names`)."""
    return fold(word) in GIVEN_NAMES or word in language_given_names(lang)


def _name_word(word: str, lang: str) -> bool:
    return not (
        common_word(word, lang) or is_function_word(word, lang) or is_place(word, lang=lang)
    )


def full_name_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Given name + one or two name words in a ``lang`` sentence (module docstring)."""
    if lang == "de" or lang not in LANGUAGE_COUNTRIES:
        return []
    out: list[tuple[int, int]] = []
    for w in _CAP_WORD.finditer(text, start, end):
        m = _RUN.match(text, w.start(), end)
        if m is None or (out and w.start() < out[-1][1]):
            continue
        first, rest = m.group(1), m.group(2).split()
        if not given_in(first, lang) or common_word(first, lang) or is_place(first, lang=lang):
            continue
        prev = text[max(0, m.start() - 30) : m.start()].split()
        if prev and prev[-1][:1].isupper() and prev[-1][-1].isalpha() and not prev[-1].isupper():
            continue  # inside a longer capitalised run (an organisation, a title)
        if after_locative(text, m.start()):
            continue  # "em Porsche Carrera": a thing or a place
        if all(_name_word(x, lang) and not x.isupper() for x in rest):
            out.append((m.start(), m.end()))
    return out
