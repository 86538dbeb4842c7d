"""Everyday words of a non-English coding chat read as names (session 31,
``assistant_sessions_train``: Portuguese Cursor sessions).

An assistant answering in Portuguese, Spanish, French, Italian or Dutch writes headings, bold
labels, table cells and checklists in Title Case ("#### Já Feito:", "| Tempo |",
"**Validar ausência de regressões**", "## Executando o Plano...", "Solução em 4 Passos");
spaCy and the gazetteers read the capitalised words as a person or a place ("Plano" and
"Passos" are towns). A PERSON or LOCATION is dropped when all of these hold:

- the message is markdown or code chat: it holds a backtick, a ``**bold**`` marker, a markdown
  heading line or a table row, or (session 36) names code in plain prose, a three-part
  camel-case name or a source file (:func:`code_chat`; prose of news and encyclopaedias,
  where such words could be a name, has none);
- the prose around the span (200 characters either side) is in one of those languages
  (:func:`~transforms.privacy.pii.language_id.foreign_language`);
- every word of the span is a word of that language's pyspellchecker list (MIT; any frequency:
  "métricas", "configurações" are rare there but are words), lower-cased;
- no word is a listed given name (census or international list) or a census surname:
  "Leia", "Rosa", "Costa", "Ferreira", "Silva" stay names.

A chat line with no markdown qualifies too when the span opens its line and an exclamation or
a colon closes it (session 33: "Perfeito! Vou apenas garantir ...", "Comando: python ..."): an
interjection or a label, never a name in running prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from transforms.privacy.pii.foreign_lists import spellchecker_words
from transforms.privacy.pii.gazetteers import listed_name_word
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.spans import Span

# pyspellchecker languages whose nouns are lower case in prose (German capitalises them)
LANGUAGES = frozenset({"es", "fr", "it", "nl", "pt"})
WINDOW = 200
_CODE_CHAT = re.compile(r"`|\*\*|^#{1,6}[ \t]|^[ \t]*\|", re.M)
# code in plain chat (session 36): a camel-case name of three parts (no @handle or #tag:
# "@DrBruceBaird") or a source file
# ("A concrete LocalFileDocumentStorage implementation will live in Infrastructure")
_CODE_HINT = re.compile(
    r"(?<![@#\w])[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\b|\b\w+\.(?:py|ts|tsx|js|cs|go|rs|java)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
_LINE_OPENER = re.compile(r"(?:^|\n)[ \t]*$")
_LABEL_AFTER = re.compile(r"[ \t]*[!:]")


def code_chat(text: str) -> bool:
    """Whether ``text`` is markdown or code chat: a backtick, a ``**bold**`` marker, a heading
    line or a table row, or code named in plain prose (``_CODE_HINT``)."""
    return bool(_CODE_CHAT.search(text) or _CODE_HINT.search(text))


@cache
def known_words(lang: str) -> frozenset[str]:
    """Every word of pyspellchecker's ``lang`` list (lower case, any frequency)."""
    return spellchecker_words(lang, 0.0)


def chat_word_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is everyday vocabulary of the non-English chat around it."""
    words = _WORD.findall(text[start:end])
    if not words or any(listed_name_word(w) or listed_name_word(w.capitalize()) for w in words):
        return False
    lang = foreign_language(text[max(0, start - WINDOW) : end + WINDOW])
    lang = "pt" if lang == "gl" else lang  # a short Portuguese line reads as Galician
    if lang not in LANGUAGES:
        return False
    vocabulary = known_words(lang)
    return all(w.lower() in vocabulary for w in words)


def drop_chat_vocabulary(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSON/LOCATION spans that are words of a non-English code chat."""
    return drop_chat_words(text, spans, lambda s: chat_word_span(text, s.start, s.end))


def line_label(text: str, start: int, end: int) -> bool:
    """Whether the span opens its line and "!" or ":" follows it ("Perfeito!", "Comando:")."""
    return bool(_LINE_OPENER.search(text, max(0, start - 20), start)) and bool(
        _LABEL_AFTER.match(text, end)
    )


def drop_chat_words(
    text: str,
    spans: list[Span],
    chat_words: Callable[[Span], bool],
    chat_line: Callable[[str, int, int], bool] = line_label,
) -> list[Span]:
    """``spans`` without the PERSON/LOCATION spans of a chat where ``chat_words(span)`` holds:
    in a :func:`code_chat` text, or on a line where ``chat_line(text, start, end)`` holds
    (:func:`line_label` by default). What the chat droppers share."""
    markdown = code_chat(text)
    return [
        s
        for s in spans
        if s.type not in ("PERSON", "LOCATION")
        or not (markdown or chat_line(text, s.start, s.end))
        or not chat_words(s)
    ]
