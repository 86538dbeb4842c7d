"""Declined names and possessive adjectives of names in Slavic sentences (issue 14).

Slovak, Czech, Croatian and Serbian decline names ("Busha", "Georga Busha", "Petrom
Burleighom", "Jamesovi") and make possessive adjectives of them ("Bushovej vlády", "Clintonova
vláda", "Hawkingovo žiarenie", "Karolov"); name lists hold the nominative only, so the English
spaCy model and the lists missed them (UNER Slovak SNK dev). :func:`declined_name_spans` undoes
the case endings (:func:`.slavic_cases.nominatives`) or the possessive suffix (own list of the
regular -ov-/-in- paradigms) and takes a run of capitalised words as a PERSON when each word is a
listed name (US Census given names and surnames, person words of the UNER train split of the
language) in that form or in its nominative, and at least one is declined. Never a word that is
(or whose nominative is) a country, a city of the language, a place of the train split
or a listed place that is no listed name, an ordinary word of the train split, a
function word, an acronym, an -sk- adjective, nor a word right after a place preposition ("v
Mainzi"). Tuned on the dev splits of UNER Slovak SNK, Croatian SET and Serbian SET.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.cldr_cities import cldr_city_names
from transforms.privacy.pii.foreign_word_lists import FUNCTION_WORDS
from transforms.privacy.pii.foreign_words import is_place, listed_country
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.slavic_cases import DECLINING, adjective_form, nominatives
from transforms.privacy.pii.slavic_language import GROUP, slovak_word
from transforms.privacy.pii.slavic_names import PLACE_PREPOSITIONS, ordinary_word
from transforms.privacy.pii.train_names import learned_person_word, learned_place

# Possessive adjectives of names: -ov-/-in- with adjective endings (sk/cs and hr/sr; own list)
_POSSESSIVE = re.compile(
    r"(?P<stem>[^\W\d_]{3,}?)(?:ov|in)(?:a|o|e|i|u|ej|ho|mu|om|ou|ých|ým|ými|og|oj|im|ih|ima)?"
)
# Slovak/Czech -ov- possessives: no "-in" (a name's own end: "Stalin", "Berlin"), stem of four
_OV_POSSESSIVE = re.compile(r"[^\W\d_]{4,}ov(?:a|o|e|i|u|ej|ho|mu|om|ou|ých|ým|ými)?")
_RUN = re.compile(
    r"(?<![\w\-.`'\"/])[A-ZÀ-ÞČĎĽŇŠŤŽŘĆĐ][a-zß-ÿčďľňšťžřůěćđ]+"
    r"(?:[ \t]+[A-ZÀ-ÞČĎĽŇŠŤŽŘĆĐ][a-zß-ÿčďľňšťžřůěćđ]+){0,2}(?![\w\-`'\"(/])"
)
MIN_WORD = 4
_GROUPS = ("hr", "sk")


def _listed(word: str, lang: str) -> bool:
    """A census given name or surname, or a person word of a Slavic train split (names of
    public figures cross languages: "Bush" is one in the Croatian and Serbian train splits)."""
    if fold(word) in GIVEN_NAMES or fold(word) in SURNAMES:
        return True
    return any(learned_person_word(word, group) for group in _GROUPS)


def _blocked(word: str, lang: str) -> bool:
    """No name word: a function or ordinary word, a country, a place, an -sk- adjective."""
    return (
        len(word) < MIN_WORD
        or word.lower() in FUNCTION_WORDS.get(lang, ())
        or ordinary_word(word, lang)
        or _place(word, lang)
        or adjective_form(word)
    )


def declined_listed(word: str) -> bool:
    """A capitalised word one of whose nominatives is a listed name ("Burleighom")."""
    return word[:1].isupper() and any(_listed(n, "") for n in nominatives(word))


def _place(word: str, lang: str) -> bool:
    """A country, a city of the language, a place of the train split, or a listed place that
    is no listed name ("Bush" is a name, though a town somewhere too)."""
    group = GROUP.get(lang, lang)
    return (
        listed_country(word, lang)
        or word in cldr_city_names(lang)
        or learned_place(word, group)
        or (is_place(word, lang=lang) and not _listed(word, lang))
    )


def _declined(word: str, lang: str) -> bool:
    """A declined form of a listed name that is no place ("Busha"), no ordinary word's form."""
    noms = nominatives(word)
    if any(ordinary_word(n, lang) for n in noms):
        return False  # "Vláde": "vláda" (government), though "Vládo" is a name
    # the listed nominative decides ("Busha": "Bush", though "Busho" matches a town)
    return any(_listed(n, lang) and not _place(n, lang) for n in noms)


def declined_name(word: str, lang: str) -> bool:
    """A one-word declined name or name possessive of a ``lang`` sentence ("Busha")."""
    if lang not in DECLINING or _blocked(word, lang):
        return False
    return _declined(word, lang) or _possessive(word, lang)


def _possessive(word: str, lang: str) -> bool:
    """A possessive adjective of a listed name ("Bushovej", "Clintonova", "Hawkingovo")."""
    m = _POSSESSIVE.fullmatch(word)
    if m is None:
        return False
    stem = m.group("stem")
    if _place(stem, lang):
        return False
    # an unlisted name's -ov- possessive ("Aristotelovej", "Fizeauov"; Slovak SNK: PER)
    return _listed(stem, lang) or (
        GROUP.get(lang) == "sk"
        and _OV_POSSESSIVE.fullmatch(word) is not None
        and not slovak_word(stem)  # "Pápežovi", "Rozhovorov": a noun's forms
    )


def declined_name_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """PERSON spans of declined names and name possessives in the ``lang`` sentence
    ``text[start:end]``."""
    if lang not in DECLINING:
        return []
    out = []
    for m in _RUN.finditer(text, start, end):
        before = text[max(start, m.start() - 5) : m.start()].split()
        if before and before[-1].lower() in PLACE_PREPOSITIONS:
            continue  # "v Mainzi", "na Slovensku"
        words = m.group().split()
        a = m.start()
        if len(words) > 1 and _blocked(words[0], lang):
            a = text.index(words[1], a + len(words[0]))  # "Tie Clintonova vláda"
            words = words[1:]
        if any(_blocked(w, lang) for w in words):
            continue
        declined = [_declined(w, lang) or _possessive(w, lang) for w in words]
        if not any(declined):
            continue
        if len(words) > 1 and not all(
            d or _listed(w, lang) for w, d in zip(words, declined, strict=True)
        ):
            continue
        if len(words) == 1 and not declined[0]:
            continue
        out.append((a, m.end()))
    return out
