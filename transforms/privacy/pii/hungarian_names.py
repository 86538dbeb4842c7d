"""Hungarian person names: family name first, case endings on the last part (issue 14).

Hungarian writes a Hungarian name family name first ("Szalay Ferenc", "Illyés Gyula") and puts
the case ending on its last word ("Szalay Ferencnek", "Dárdai Pállal", "Évának", "Máriát";
https://en.wikipedia.org/wiki/Hungarian_names and
https://en.wikipedia.org/wiki/Hungarian_noun_phrase#Case_endings). The English model reads few
of these, and :mod:`.language_names` looks for the given name first.

- :func:`hungarian_word`: ``simplemma``'s Hungarian dictionary (MIT code, lemma lists from
  Wiktionary via Kaikki, bundled, offline) lemmatises the lower-cased word to a lower-case
  lemma: an everyday word ("Valami", "Csütörtökön", "Fogd"), not a name. Proper nouns keep a
  capitalised lemma there ("Évának" -> "Éva", "Szalay").
- :func:`hungarian_name_spans`: a capitalised word followed by a Hungarian given name (nam_dict's
  Hungary list, :func:`.language_names.language_given_names`), in any case ("Szalay Ferenc",
  "Dárdai Pállal", "Illyés Gyula": also a town and a word); and a lone given name past the
  sentence's first word ("kérdezte Éva", "Évának", "Máriát"): Hungarian capitalises no common
  noun there.

Tuned on the NYTK-NerKor dev split.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.foreign_lists import fold, is_function_word
from transforms.privacy.pii.foreign_words import at_sentence_start, is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES
from transforms.privacy.pii.hungarian_cases import hungarian_base_forms
from transforms.privacy.pii.language_names import language_given_names

_CAP = r"[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+"
# family name (possibly double-barrelled) + given name, the ending glued or after a hyphen
_FAMILY_GIVEN = re.compile(
    rf"(?<![\w\-'\u2019])({_CAP}(?:-{_CAP})?)[ \t]+({_CAP}(?:-[a-záéíóöőúüű]+)?)(?![\w'\u2019])"
)
_LONE = re.compile(rf"(?<![\w\-'\u2019])({_CAP}(?:-[a-záéíóöőúüű]+)?)(?![\w'\u2019])")


@functools.cache
def hungarian_word(word: str) -> bool:
    """The lower-cased ``word`` is a form of a lower-case lemma in simplemma's Hungarian
    dictionary: an everyday word, not a name (module docstring)."""
    import simplemma

    low = word.lower()
    if not simplemma.is_known(low, "hu"):
        return False
    lemma = simplemma.lemmatize(low, "hu")
    return lemma[:1].islower()


def hungarian_given(word: str) -> bool:
    """A Hungarian given name (nam_dict's Hungary list, or a census one that is no Hungarian
    word: "Éva" as "Eva", not "Királyság") as written or under a case ending ("Ferencnek")."""
    given = language_given_names("hu")
    forms = (word, *hungarian_base_forms(word))
    if any(b in given for b in forms):
        return True
    return not hungarian_word(word) and any(fold(b) in GIVEN_NAMES for b in forms)


def hungarian_unknown(word: str) -> bool:
    """Neither ``word`` nor a base form of it is a :func:`hungarian_word` ("Strasberg"; not
    "Ráadásként", the essive of "ráadás")."""
    return not any(hungarian_word(w) for w in (word, *hungarian_base_forms(word)))


def _name_part(word: str) -> bool:
    return not (is_function_word(word, "hu") or is_place(word, lang="hu"))


def hungarian_name_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Family + given names and lone inflected given names in ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    for m in _FAMILY_GIVEN.finditer(text, start, end):
        family, given = m.group(1), m.group(2)
        if not (hungarian_given(given) and _name_part(family)):
            continue
        if at_sentence_start(text, m.start()) and hungarian_word(family):
            out.append((m.start(2), m.end()))  # "Amint Éva leült": an adverb, then the name
        else:
            out.append((m.start(), m.end()))
    for m in _LONE.finditer(text, start, end):
        word = m.group()
        if any(a <= m.start() < b for a, b in out) or at_sentence_start(text, m.start()):
            continue
        if hungarian_given(word) and _name_part(word) and not hungarian_word(word):
            out.append((m.start(), m.end()))
    return out
