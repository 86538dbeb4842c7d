"""Word-level evidence behind :mod:`~transforms.privacy.foreign_ner` (issue 14): is a word of
a non-English sentence a German noun, a listed name, a genitive, a place?

- **German nouns** (:func:`german_noun`): Wiktionary DE forms, and with ``compounds`` nouns
  built on a listed head (:func:`~transforms.privacy.german_lexicon.compound_head`).
- **Names** (:func:`german_name_word`, :func:`german_given`): US Census given names and surnames
  (accents folded) and the Wiktionary DE ``Vorname``/``Nachname`` entries.
- **Places** (:func:`is_place`): country and city lists of :mod:`.foreign_lists`, German
  Wiktionary toponyms, the Danish/German genitive ("Nordafrikas", "Danmarks").
- **Listed countries** (:func:`listed_country`): a CLDR country or territory name is a place
  even when the language's frequency list holds it as a common word ("Österreich", "Brasil",
  "Ägyptens"): those lists are lower-cased, so frequent names look like frequent words there.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.foreign_lists import (
    country_names,
    fold,
    german_words,
    is_function_word,
    major_cities,
    place_names,
)
from transforms.privacy.gazetteers import GIVEN_NAMES, SURNAMES
from transforms.privacy.german_lexicon import compound_head

# CLDR's code for the world, listed among its territories
WORLD = "001"


def german_noun(tok: str, compounds: bool = False) -> bool:
    """A German common noun ("Leiter", "Menschen"; with ``compounds`` also "Tandemanordnung",
    "Fußball-Experte"), not a listed given name, surname or place."""
    nouns = german_words("nouns")
    head = tok.rsplit("-", 1)[-1] if "-" in tok.strip("-") else tok
    if tok in nouns or head in nouns:
        return True
    if not compounds or german_name_word(tok):
        return False
    return compound_head(head, nouns) is not None


def german_name_word(tok: str) -> bool:
    bare = genitive_stripped(tok) or tok
    return any(
        w in german_words(kind) for w in (tok, bare) for kind in ("given", "surnames", "places")
    ) or any(fold(w) in GIVEN_NAMES or fold(w) in SURNAMES for w in (tok, bare))


def german_given(tok: str) -> bool:
    """A listed given name (census or Wiktionary DE), also in the genitive ("Guidos") or
    hyphenated from listed ones ("Hans-Dietrich", "Karl-Heinz")."""
    given = german_words("given")
    if "-" in tok.strip("-"):
        return all(german_given(p) for p in tok.split("-"))
    return fold(tok) in GIVEN_NAMES or tok in given or genitive_stripped(tok) in given


def genitive_stripped(value: str) -> str | None:
    """``USAs`` -> ``USA``, ``Obamas`` -> ``Obama`` (Danish/German/Swedish genitive)."""
    return value[:-1] if len(value) > 3 and value.endswith("s") else None


def is_place(value: str, names: frozenset[str] | None = None, lang: str | None = None) -> bool:
    names = place_names() if names is None else names
    if " " not in value and value not in major_cities() and fold(value) in GIVEN_NAMES:
        return value in country_names()  # "Lotte", "Esperanza": a town somewhere, a name here
    bare = genitive_stripped(value)
    if lang == "de" and (value in german_words("places") or bare in german_words("places")):
        return True  # Wiktionary DE toponyms: "Nordafrikas", "Mecklenburg"
    if value in names or fold(value) in names:
        return True
    if bare is None or value in german_words("given"):
        return False  # "Lars" is a name, not the genitive of Lar (Iran)
    return bare in names or fold(bare) in names


@functools.cache
def _countries_in(lang: str) -> frozenset[str]:
    """One-word CLDR country, territory and continent names in ``lang`` and English (via
    ``babel``, BSD), without the world itself ("Welt", "verden")."""
    from babel import Locale

    names: set[str] = set()
    for code in {lang, "en", *(("pt_PT",) if lang == "pt" else ())}:
        try:
            territories = Locale.parse(code).territories
        except (ValueError, LookupError):
            continue
        names.update(n for key, n in territories.items() if key != WORLD)
    return frozenset(n for n in names if " " not in n and n[:1].isupper())


def listed_country(tok: str, lang: str) -> bool:
    """A one-word country, territory or continent name of ``lang`` or English, also in the
    genitive ("Österreich", "Ägyptens", "Danmarks"); never a function word of the language."""
    if is_function_word(tok, lang):
        return False
    bare = genitive_stripped(tok)
    names = _countries_in(lang)
    return tok in names or (bare is not None and bare in names)


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[\s\"'«“(\-\u2013\u2014]*$")
# German words after which a capitalised word is a noun or a nominalised adjective or verb
# ("das Gute", "beim Laufen", "im Allgemeinen"), own list.
_GERMAN_DETERMINERS = frozenset(
    """der die das dem den des ein eine einer eines einem einen im am beim zum zur vom ins
    kein keine keinen keinem keiner dieser diese dieses diesem diesen alle allen viel viele
    vielen wenig etwas nichts alles""".split()  # noqa: SIM905
)
_NEXT_WORD = re.compile(r"\s*([^\s]+)")


def at_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 200), pos) is not None


def capitalised_name(text: str, a: int, tok: str) -> bool:
    """A listed name inside a German sentence that is neither a noun nor a function word:
    German writes adjectives, adverbs and verbs in lower case there, so a frequent word
    written capitalised is a name ("Walter", "Alex", "Stanleys"), unless it opens the
    sentence, follows a determiner (a nominalised word: "das Gute") or qualifies the noun
    after it ("Schwarze Meer", "Deutsche Bank")."""
    if at_sentence_start(text, a) or is_function_word(tok, "de") or not tok[:1].isupper():
        return False
    if german_noun(tok, compounds=True) or tok.isupper() or not german_name_word(tok):
        return False
    prev = text[max(0, a - 20) : a].split()
    if prev and prev[-1].lower() in _GERMAN_DETERMINERS:
        return False
    nxt = _NEXT_WORD.match(text, a + len(tok))
    return not (nxt and nxt.group(1)[:1].isupper() and german_noun(nxt.group(1), compounds=True))
