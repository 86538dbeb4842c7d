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
- **German nouns as places** (:func:`german_common_noun`): spaCy calls many German nouns after
  "im"/"am"/"in" a place ("im Boden", "am Kapitalmarkt", "im Inlandverkehr"), and GeoNames lists
  towns named like plain nouns ("Hof", "Mitte", "Norden", "Wetter"). A plain noun or compound of
  one is no place, a listed town that is also a plain noun only without an article or a
  declined adjective before it ("in Hof", not "am Hof", "im Norden", "bei schlechtem Wetter").

Tuned on the dev splits of GermEval 2014, UNER Danish DDT and UNER Portuguese Bosque.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.finnish_words import in_inside_case
from transforms.privacy.pii.foreign_lists import (
    PARTICLES,
    common_word,
    english_frequency,
    german_words,
    is_function_word,
)
from transforms.privacy.pii.foreign_words import (
    ENGLISH_LOANWORD_FREQUENCY,
    GERMAN_DETERMINERS,
    IN_PLACE,
    at_sentence_start,
    german_noun,
    is_place,
    listed_country,
    unnamed_word,
)
from transforms.privacy.pii.hungarian_cases import inner_case_place
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
    if lang == "fi" and len(toks) <= 2 and in_inside_case(toks[-1]):  # "Siperiassa"
        # mid-sentence only: Finnish capitalises no common noun there ("Periaatteessa")
        return not at_sentence_start(text, a) and not any(common_word(t, lang) for t in toks)
    if lang == "hu" and len(toks) == 1 and inner_case_place(toks[0]):  # "Debrecenben"
        return not at_sentence_start(text, a)
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


def german_common_noun(text: str, a: int, toks: list[str], lang: str) -> bool:
    """A one-word German "place" that is a noun here (module docstring): "im Boden", "am Hof"."""
    if lang != "de" or len(toks) != 1:
        return False
    tok = toks[0]
    if listed_country(tok, "de") or _named_on_a_place(tok):
        return False  # "im Kongo", "in Düsseldorf-Gerresheim", "in Nordhessen"
    if is_place(tok, lang="de"):
        return german_noun(tok) and (
            after_german_determiner(text, a)
            or _adjective_before(text, a)
            or _time_after(text, a + len(tok))  # "Mitte Mai", "Ende des Jahres"
        )
    return german_noun(tok, compounds=True)


# Words after "Mitte", "Anfang", "Ende" that make them a time, not a town ("Mitte Mai",
# "Mitte des 19. Jahrhunderts", "bis Mitte nächsten Jahres")
_TIME_AFTER = re.compile(
    r"[ \t]+(?:\d|und[ \t]+(?:Anfang|Mitte|Ende)\b|des\b|der\b|dieses\b|diesen\b|"
    r"nächsten\b|kommenden\b|vergangenen\b|"
    r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
)


def _time_after(text: str, end: int) -> bool:
    return _TIME_AFTER.match(text, end) is not None


# Endings of a declined German adjective ("schlechtem Wetter", "im hohen Norden")
_ADJECTIVE_ENDINGS = ("e", "em", "en", "er", "es")


def _adjective_before(text: str, a: int) -> bool:
    m = _LAST_WORDS.search(text, max(0, a - 30), a)
    word = m.group(2) if m else ""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith(_ADJECTIVE_ENDINGS)
        and not is_function_word(word, "de")  # "zwischen Ägypten", "unter"
        and word not in ("wegen", "entlang")
    )


# Compass and height prefixes of German region names ("Nordhessen", "Oberbayern")
_REGION_PREFIXES = ("Nord", "Süd", "Ost", "West", "Ober", "Unter", "Nieder", "Mittel")


def _named_on_a_place(tok: str) -> bool:
    """A hyphenated name with a listed place in it ("Düsseldorf-Gerresheim"), or a listed
    place or land after a compass or height prefix ("Nordhessen", "Westsachsen")."""
    lands = german_words("places_plural")
    if "-" in tok.strip("-"):
        return any(is_place(p, lang="de") or p in lands for p in tok.split("-") if p)
    for prefix in _REGION_PREFIXES:
        rest = tok[len(prefix) :]
        if tok.startswith(prefix) and rest[:1].islower():
            rest = rest[0].upper() + rest[1:]
            if is_place(rest, lang="de") or rest in lands:
                return True
    return False
