"""Finnish surnames the English model misses (issue 14).

Most Finnish surnames end in the derivational suffix -nen ("Virtanen", "Lipponen", "Himanen"),
whose stem is -se- before a case ending ("Virtasen", "Markkaselle", "Halosella"; documented
grammar: https://en.wikipedia.org/wiki/Finnish_noun_cases, the "nainen" type). A capitalised
word of that shape in a Finnish sentence is a person when it is no everyday Finnish word and no
listed place (:mod:`.finnish_words`); at the start of a sentence, where Finnish capitalises
adjectives of the same shape ("Tavallinen", "Suomalaisen"), only when it is no form of an
everyday word at all. Tuned on the Turku NER corpus dev split.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.fi_given_names import fi_given_names
from transforms.privacy.pii.finnish_words import everyday_form, finnish_lemma
from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.foreign_words import at_sentence_start, finnish_forms, is_place
from transforms.privacy.pii.gazetteers import SURNAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.language_names import language_given_names
from transforms.privacy.pii.word_sets import word_set

_SURNAME = re.compile(
    r"(?<![\w\-'\u2019@./])[A-ZÅÄÖ][a-zåäö]{2,}"
    # the -se- stem follows a vowel ("Virta-s-en"), unlike -us nouns ("Tutkimuksen")
    r"(?:nen|(?<=[aeiouyäö])s(?:en|elle|ellä|ella|eltä|elta|ena|enä|eksi))"
    r"(?![\w\-'\u2019(])"
)
# a longer capitalised word opening a sentence is a compound adjective ("Paikkakuntalainen")
MAX_OPENING_SURNAME = 9


def finnish_surname_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Finnish -nen surnames in ``text[start:end]`` (module docstring)."""
    out = []
    for m in _SURNAME.finditer(text, start, end):
        word = m.group()
        if common_word(word, "fi") or is_place(word, lang="fi"):
            continue
        if at_sentence_start(text, m.start()) and (
            everyday_form(word) or len(word) > MAX_OPENING_SURNAME
        ):
            continue  # "Suomalaisen": also a surname, but an adjective first
        out.append((m.start(), m.end()))
    return out + [s for s in listed_surname_spans(text, start, end) if s not in out]


_WORD = re.compile(r"(?<![\w\-'\u2019@./])[A-ZÅÄÖ][a-zåäö]{2,}(?![\w\-'\u2019(])")


def listed_surname_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """US Census surnames past a sentence's first word, as they are or in a case a person takes
    ("Kivelä", "Kivelälle": Finnish-American families keep Finnish surnames); no form of an
    everyday Finnish word ("Harjulla": on a ridge, or at Harju's) and no listed place."""
    out = []
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if at_sentence_start(text, m.start()) or everyday_form(word):
            continue
        listed = fold(word) in SURNAMES or (
            _PERSON_CASE.fullmatch(word) is not None
            and any(fold(b) in SURNAMES for b in finnish_forms(word))
        )
        if listed and not is_place(word, lang="fi"):
            out.append((m.start(), m.end()))
    return out


# Cases a person takes in everyday Finnish ("Sallan kanssa", "Sallalle", "Sallalla on",
# "Sallalta"); a town takes the inner cases instead ("Sallassa", "Sallasta", "Sallaan"). Case
# endings: https://en.wikipedia.org/wiki/Finnish_noun_cases
_PERSON_CASE = re.compile(
    r"(?<![\w\-'\u2019@./])[A-ZÅÄÖ][a-zåäö]{2,}(?:n|lle|lla|llä|lta|ltä)(?![\w\-'\u2019(])"
)


def finnish_given_form(word: str) -> bool:
    """A Finnish given name in the genitive, allative, adessive or ablative ("Sallan",
    "Sallalle"): a person, also when the base form is a listed town ("Salla"); the word itself
    is no listed given name ("Kirsten"), everyday word or everyday form."""
    given = language_given_names("fi")
    if not _PERSON_CASE.fullmatch(word) or word in given or common_word(word, "fi"):
        return False
    return not everyday_form(word) and any(b in given for b in finnish_forms(word))


# simplemma lists the commonest first names as lower-case lemmas too ("matti": checkmate,
# "jukka": yucca), so "Matille", "Jukalla" read as everyday forms; a name this common wins
# past a sentence's first word, where Finnish capitalises no everyday word
COMMON_NAME_BEARERS = 3000


def _common_name_form(text: str, pos: int, word: str) -> bool:
    """ "Matille", "Jukalla", "Pekan" inside a sentence: a case of a first name of at least
    :data:`COMMON_NAME_BEARERS` people; a genitive no listed place ("Sallan kunta"), the
    other cases also when one ("Mati" is a Philippine city, "Matille" a person)."""
    if at_sentence_start(text, pos) or (word.endswith("n") and is_place(word, lang="fi")):
        return False
    common = fi_given_names(COMMON_NAME_BEARERS)
    return word not in common and any(b in common for b in finnish_forms(word))


def finnish_person_form(text: str, pos: int, word: str) -> bool:
    """``word`` at ``pos``: a :func:`finnish_given_form` or a common first name in a person's
    case inside the sentence (:func:`_common_name_form`)."""
    if not _PERSON_CASE.fullmatch(word):
        return False
    return finnish_given_form(word) or _common_name_form(text, pos, word)


def finnish_given_form_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`finnish_person_form` words in ``text[start:end]``."""
    return [
        (m.start(), m.end())
        for m in _PERSON_CASE.finditer(text, start, end)
        if finnish_person_form(text, m.start(), m.group())
    ]


_ALLATIVE = re.compile(r"(?<=[a-zåäö][ \t])[A-ZÅÄÖ][a-zåäö]{3,}(?:lle)(?![\w\-'\u2019(])")


def finnish_addressee_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised word in the allative right after another word ("toisi Hypatialle",
    "tarjosin Rundmanille"): the one something is given or told to, a person, unless it is an
    everyday word or a listed place ("Utsjoelle", "Kalymnokselle" stays with spaCy)."""
    return [
        (m.start(), m.end())
        for m in _ALLATIVE.finditer(text, start, end)
        if not everyday_form(m.group())  # "Harjulle": to a ridge (harju)
        and not is_place(m.group(), lang="fi")
        and not _compound(m.group()[:-3])
    ]


MIN_HEAD = 5


def _compound(stem: str) -> bool:
    """The allative stem ends in an everyday word of :data:`MIN_HEAD` or more letters: a
    compound noun ("Pohjoisesplanadi-": esplanadi), not a name."""
    low = stem.lower()
    return any(everyday_form(low[i:]) for i in range(3, len(low) - MIN_HEAD + 1))


# Adverbs simplemma's dictionary lacks that open sentences ("Sinne ne jäävät", "Viime vuonna"),
# own list of place, time and sentence adverbs (https://en.wikipedia.org/wiki/Finnish_grammar)
_ADVERBS = word_set("""
sinne tänne tuonne sieltä täältä tuolta kuitenkin viime viimeksi viimein ehkä ehk myös joskus
äsken eilen sitäpaitsi
""")
# question and focus clitics glued to any word ("Vanhako", "Taidatkin", "Voiskos")
_CLITIC = re.compile(r"(?:kin|kaan|kään|ko|kö|han|hän|pa|pä|s)$")


def _finnish_word(low: str) -> bool:
    bare = _CLITIC.sub("", low)
    return any(w in _ADVERBS or everyday_form(w) for w in {low, bare, _CLITIC.sub("", bare)})


def finnish_unknown(word: str) -> bool:
    """No form of an everyday Finnish word (clitic allowed), no proper noun simplemma knows and
    no listed place ("Hypatia", "Simonides"): a sentence opener spaCy calls a person may be one,
    unlike "Tavallinen", "Vanhako" or "Suomen"; at most :data:`MAX_OPENING_SURNAME` letters."""
    return (
        len(word) <= MAX_OPENING_SURNAME
        and not _finnish_word(word.lower())
        and finnish_lemma(word) is None
        and not is_place(word, lang="fi")
    )
