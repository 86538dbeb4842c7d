"""A binomial species name is no person or place (session 34, formal English).

Biological nomenclature names a species with two Latin words, the genus capitalised and the
specific epithet in lower case ("Formica fusca", "Beauveria bassiana", "Aplocheilus lineatus";
the International Code of Zoological Nomenclature, Art. 5 and 28,
https://www.iczn.org/the-code/the-code-online/, and the botanical code's Art. 23). spaCy reads
the unknown capitalised genus as a PERSON or a place ("The team used Formica fusca, an ant
species", gum_train; "sexing out Aplocheilus lineatus", uner_ewt_train).

:func:`drop_species_names` drops a PERSON or LOCATION span that starts at a one-word genus and
ends with it or with the epithet, when the word right after the genus is lower-case, has a Latin
ending (-a, -us, -um, -is, -ae, -i, -ii, -es, -ens, -oides) and no English use at all
(pyspellchecker frequency below 1e-7: "fusca", "lineatus", "sapiens"; not "tonight"), the genus
is no listed given name or surname at all ("Rosa", "Viola" may be women; "Rossi lavora" is an
Italian sentence; "Formica" is a census surname, so "Formica fusca" stays flagged) and no
language check calls the sentence foreign (Spanish "Luna llena").
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import english_frequency, listed_name_word
from transforms.privacy.pii.intl_names import intl_given_names
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.spans import Span

EPITHET_FREQUENCY = 1e-7
_GENUS = re.compile(r"[A-Z][a-z]{3,}")
_EPITHET = re.compile(r"[ \t]+([a-z]{3,}(?:a|us|um|is|ae|i|es|ens|oides))\b(?![\-'\u2019])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(text: str, start: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, start)
    return text[left : right.start() if right else len(text)]


def _species_end(text: str, s: Span) -> int | None:
    """Where the epithet after the genus at ``s.start`` ends, if ``s`` starts a species name."""
    genus = _GENUS.match(text, s.start)
    if genus is None:
        return None
    word = genus.group()
    if listed_name_word(word) or word in intl_given_names():
        return None
    epithet = _EPITHET.match(text, genus.end())
    if epithet is None or english_frequency(epithet.group(1)) >= EPITHET_FREQUENCY:
        return None
    if s.end not in (genus.end(), epithet.end()):
        return None
    return epithet.end()


def drop_species_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without genus (and species) names read as people or places (module docstring)."""
    out = []
    for s in spans:
        if (
            s.type in ("PERSON", "LOCATION")
            and _species_end(text, s) is not None
            and foreign_language(_sentence(text, s.start)) is None
        ):
            continue
        out.append(s)
    return out
