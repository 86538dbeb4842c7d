"""English loanwords and labels of a non-English coding chat read as names (session 34,
``assistant_sessions_train``: Portuguese Cursor sessions, every message of their history files).

A developer writing Portuguese, Spanish, French, Italian, Dutch or Polish keeps the English terms
of the trade and capitalises them in headings, checklists and labels ("Validação final: Linter
em todos arquivos", "Aguardar Benchmark", "Para Recipes, preciso ...", "Verificar Fixtures e
Dependências"); spaCy reads such a word as a person because it is neither a word of the prose
language (:mod:`.chat_vocabulary`) nor of Polish (:mod:`.polish_vocabulary`). Agents also write
their reasoning as ``key: value`` list items ("* thought: PLANO FINAL: 1) Ler ...",
"* thought: Objetivo: Implementar ..."), labels that :mod:`.chat_vocabulary` does not see as
line openers. A PERSON or LOCATION is dropped when all of these hold:

- the message is markdown or code chat (as in :mod:`.chat_vocabulary`), or the span is a
  label of a list item: it follows a list marker or number and at most a short ``key:`` prefix
  on its line, and a colon or "!" ends it or follows within two more words on the line (a bare
  line label, "Preço:" or a place opening a news listing's line, is not enough);
- the prose around the span, or else the span's own line, is in one of those languages (Polish
  by :mod:`.polish_vocabulary`'s test, the others by
  :func:`~transforms.privacy.pii.language_id.foreign_language`);
- every word of the span is a word of that language (pyspellchecker's list, or for Polish a
  Morfeusz common word) or an English word (pyspellchecker's English list at any frequency:
  "linter", "benchmark", "recipes");
- no word is a listed given name or census surname, and for Polish no word has a proper-name
  reading in SGJP ("John", "Smith"): an unknown word ("Streamlit", "Qdrant") is never dropped.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.chat_vocabulary import (
    LANGUAGES,
    WINDOW,
    drop_chat_words,
    known_words,
)
from transforms.privacy.pii.gazetteers import english_frequency, listed_name_word
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.polish_vocabulary import (
    maybe_polish,
    polish_around,
    polish_common_word,
    readings,
)
from transforms.privacy.spans import Span

_WORD = re.compile(r"[^\W\d_]+")
# what precedes a label on its line: a list marker or number, then maybe one short "key:"
# (a bare "Endereço: ..." or "Porto:" line of a news listing is no agent's list item)
_LABEL_OPENER = re.compile(r"(?:^|\n)[ \t]*(?:[-*+>]|\d{1,3}[.)])[ \t]*(?:[^\W\d_]{1,20}:[ \t]*)?$")
_LABEL_END = re.compile(r"[ \t]*(?:[^\s:!]+[ \t]+){0,2}?[^\s:!]*[!:]")
OPENER_CHARS = 40


def chat_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list item's label: it follows a list marker (and maybe
    one short ``key:``) on its line and a colon or "!" closes it within two more words."""
    head = text[max(0, start - OPENER_CHARS) : start]
    return bool(_LABEL_OPENER.search(head)) and bool(_LABEL_END.match(text, end))


def _english_word(word: str) -> bool:
    return english_frequency(word.lower()) > 0


def _proper_in_polish(word: str) -> bool:
    return any(tag != "ign" and not lemma[:1].islower() for lemma, tag in readings(word))


def _language(text: str, start: int, end: int) -> str | None:
    if maybe_polish(text) and polish_around(text, start, end):
        return "pl"
    lang = foreign_language(text[max(0, start - WINDOW) : end + WINDOW])
    if lang is None:  # a tool's English preamble around an agent's Portuguese thought line
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        lang = foreign_language(text[line_start : len(text) if line_end < 0 else line_end])
    lang = "pt" if lang == "gl" else lang  # a short Portuguese line reads as Galician
    return lang if lang in LANGUAGES else None


def _local_word(word: str, lang: str) -> bool:
    if lang == "pl":
        return polish_common_word(word)
    return word.lower() in known_words(lang)


def loanword_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of English loanwords and everyday words of the
    non-English chat around it (see the module docstring)."""
    words = _WORD.findall(text[start:end])
    if not words or any(listed_name_word(w) or listed_name_word(w.capitalize()) for w in words):
        return False
    lang = _language(text, start, end)
    if lang is None:
        return False
    if lang == "pl" and any(_proper_in_polish(w) for w in words):
        return False
    return all(_local_word(w, lang) or _english_word(w) for w in words)


def drop_chat_loanwords(text: str, spans: list[Span]) -> list[Span]:
    """Spans without PERSON/LOCATION spans that are loanwords or labels of a non-English chat."""
    return drop_chat_words(text, spans, lambda s: loanword_span(text, s.start, s.end), chat_label)
