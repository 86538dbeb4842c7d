"""Whole names and places from pieces found in non-English prose (issue 14).

The English spaCy model and the evidence rules of :mod:`.foreign_ner` often keep only part of a
name in German, Portuguese or Danish text: the surname without a given name that is also a
German noun ("Johannes Brahms" -> "Brahms"), two listed words around an unknown middle one
("Ali Abdulllah Saleh" -> "Ali", "Saleh"), or a town without the rest of a hyphenated compound
("Bremen-Vegesack", "Gaza-Streifen", "Zagreb-området"). Scored gold wants the whole name. In a
non-English sentence this step

- **joins** two PERSON spans separated only by up to three capitalised words or name particles
  ("de", "von", "van der", Portuguese "de os" as Universal Dependencies splits "dos");
- **grows** a PERSON span over a listed given name right before it (census or Wiktionary DE,
  even when also a German noun: "Johannes", "Ernst"), not a function word;
- **grows** a LOCATION span over the rest of a hyphenated compound written right after it.

Tuned on the dev splits of GermEval 2014, UNER Portuguese Bosque and UNER Danish DDT.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import (
    PARTICLES,
    common_word,
    fold,
    german_words,
    is_function_word,
)
from transforms.privacy.pii.foreign_words import german_noun
from transforms.privacy.pii.gazetteers import GIVEN_NAMES
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.segments import sentences
from transforms.privacy.spans import Span

# Portuguese articles after "de" in the split contraction ("de os Santos" = "dos Santos")
_PT_ARTICLES = frozenset({"o", "a", "os", "as"})
# Particles that are also articles of the language ("der", "den", "la", "le")
_ARTICLE_PARTICLES = frozenset({"der", "den", "la", "le"})
MAX_GAP_WORDS = 3
_CAP_WORD = re.compile(r"[A-ZÀ-ÞÆØÅ][^\W\d_]*(?:-[^\W\d_]+)*")
_WORD_BEFORE = re.compile(r"([A-ZÀ-ÞÆØÅ][^\W\d_]+) $")
_COMPOUND_TAIL = re.compile(r"[-\u2013][^\W\d_]{2,}(?:-[^\W\d_]+)*")


def _language_at(text: str, pos: int, cache: dict[int, str | None]) -> str | None:
    for a, b in sentences(text, 0, len(text)):
        if a <= pos < b:
            if a not in cache:
                cache[a] = foreign_language(text[a:b])
            return cache[a]
    return None


def _name_gap(gap: str, lang: str) -> bool:
    """Whitespace, capitalised words and name particles only, one line, a few words."""
    if "\n" in gap or not gap[:1].isspace() or not gap[-1:].isspace():
        return False
    words = gap.split()
    if len(words) > MAX_GAP_WORDS:
        return False
    for i, w in enumerate(words):
        low, before = w.lower(), words[i - 1].lower() if i else ""
        if low in _ARTICLE_PARTICLES:
            if before in ("von", "van"):  # "van der Vaart"; a German "der" alone is an article
                continue
            return False
        if low in PARTICLES:
            continue
        if low in _PT_ARTICLES and before == "de":
            continue
        if (
            not _CAP_WORD.fullmatch(w)
            or common_word(w, lang)
            or (lang == "de" and german_noun(w, compounds=True))  # "Halbbruder", "Schwestern"
        ):
            return False
    return True


def _given_before(text: str, start: int, lang: str) -> int | None:
    """Start of a listed given name right before ``start`` ("Johannes Brahms")."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = m.group(1)
    if is_function_word(word, lang):
        return None
    if fold(word) in GIVEN_NAMES or (lang == "de" and word in german_words("given")):
        return m.start(1)
    return None


def foreign_joins(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON pieces joined or grown and LOCATION spans grown over a compound's
    tail, in non-English sentences (module docstring)."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    cache: dict[int, str | None] = {}
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for s in ordered:
        prev = out[-1] if out else None
        if s.type == "PERSON" and prev is not None and prev.type == "PERSON":
            lang = _language_at(text, s.start, cache)
            if lang is not None and _name_gap(text[prev.end : s.start], lang):
                out[-1] = Span(prev.start, s.end, "PERSON", max(prev.score, s.score), prev.detector)
                continue
        if s.type == "PERSON":
            lang = _language_at(text, s.start, cache)
            a = _given_before(text, s.start, lang) if lang is not None else None
            if a is not None and (prev is None or prev.end <= a):
                s = Span(a, s.end, s.type, s.score, s.detector)
        elif s.type == "LOCATION":
            m = _COMPOUND_TAIL.match(text, s.end)
            if (
                m
                and not any(o is not s and o.start < m.end() and o.end > s.end for o in spans)
                and _language_at(text, s.start, cache) is not None
            ):
                s = Span(s.start, m.end(), s.type, s.score, s.detector)
        out.append(s)
    return out
