"""A given name and a regnal number are one person (issue 14, session 37; tuned on the
turku_ner dev split).

Popes and monarchs are named by a given name and a Roman numeral ("Paavi Paavali II", "Kaarle
XII", "Henry VIII"). spaCy often reads neither in a non-English sentence, or stops before the
numeral. A listed given name (the census and nam_dict lists, and the language's own list,
:func:`~transforms.privacy.pii.language_names.language_given_names`) followed by a numeral from
II upwards is a PERSON over both words; a person read on the name alone is extended over the
numeral. A name another detector typed otherwise keeps its type; "I" is left out (the English
pronoun: "Paul I think").
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import GIVEN_NAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.language_names import given_in
from transforms.privacy.spans import Span

DETECTOR = "regnal_name"
SCORE = 0.8
_REGNAL = re.compile(
    r"(?<![\w\-'\u2019])([A-ZÅÄÖÆØ][a-zåäöæøéü]+)[ \t]+"
    r"(X{0,2}(?:IX|IV|VI{0,3}|I{2,3})|X{1,2})(?![\w\-'\u2019])"
)


def _given(text: str, word: str) -> bool:
    lang = foreign_language(text)
    return given_in(word, lang) if lang is not None else fold(word) in GIVEN_NAMES


def regnal_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each given name and regnal numeral read as one PERSON (module
    docstring)."""
    if not _REGNAL.search(text):
        return spans
    out = list(spans)
    for m in _REGNAL.finditer(text):
        a, b = m.span()
        covering = [s for s in out if s.start < b and a < s.end]
        if any(s.type != "PERSON" for s in covering) or not _given(text, m.group(1)):
            continue
        if any(s.end >= b for s in covering):
            continue  # a person already holds the numeral
        start = min([a, *(s.start for s in covering)])
        out = [s for s in out if s not in covering]
        out.append(Span(start, b, "PERSON", max([SCORE, *(s.score for s in covering)]), DETECTOR))
    return sorted(out, key=lambda s: (s.start, s.end))
