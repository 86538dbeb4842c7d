"""Everyday Russian words of a coding chat read as names (session 34, ``assistant_sessions_train``:
Russian Cursor, Claude Code and aider sessions).

An assistant answering in Russian opens headings, bold labels and list items with a capitalised
verb, noun or adjective ("### 1. Что такое Prompting?", "## Лекция: 2.3.1 — Создание ...",
"Сформулируйте детализированный запрос", "- Интеллект-карта: `2.3_prompting.mm`", "Думаю он в
том ..."); the English spaCy model and natasha read such a word as a person. A PERSON or LOCATION
span is dropped when all of these hold:

- the message is markdown or code chat (a backtick, ``**bold**``, a heading line or a table row,
  as in :mod:`.chat_vocabulary`), or the span opens its line and "!" or ":" follows it;
- every word of the span is Cyrillic and each of its hyphen parts is a word of the OpenCorpora
  dictionary shipped as ``pymorphy2-dicts-ru`` (MIT; the dictionary data is OpenCorpora's,
  CC BY-SA, https://opencorpora.org/?page=downloads), read through pymorphy2's DAWG wrapper;
- no analysis of any word carries the OpenCorpora grammemes of a name: ``Name`` (given name),
  ``Surn`` (surname), ``Patr`` (patronymic), ``Geox`` (toponym) or ``Orgn`` (organisation)
  (grammeme list: https://opencorpora.org/dict.php?act=gram). "Путин", "Вера", "Иванов",
  "Сергеевич", "Москве", "Владимир" stay.

An unknown word ("Слайс", a transliteration) is never dropped. pymorphy2's ``MorphAnalyzer``
does not start on Python 3.11 (``inspect.getargspec``), so the dictionary is read directly; it
is loaded lazily, once per process, on the first Cyrillic span.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from transforms.privacy.pii.chat_vocabulary import drop_chat_words
from transforms.privacy.spans import Span

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")
_WORD = re.compile(r"\S+")
_GRAMMEME = re.compile(r"[A-Za-z0-9-]+")

_lock = threading.Lock()
_dictionary: Any = None
_replaces: Any = None


def _opencorpora() -> tuple[Any, Any]:
    """The OpenCorpora DAWG dictionary and its ё/е substitutes, loaded once per process."""
    global _dictionary, _replaces
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                import pymorphy2_dicts_ru
                from pymorphy2.opencorpora_dict.wrapper import Dictionary

                words = Dictionary(pymorphy2_dicts_ru.get_path())
                _replaces = words.words.compile_replaces({"е": "ё"})
                _dictionary = words
    return _dictionary, _replaces


def grammemes(word: str) -> set[str] | None:
    """Every grammeme of every dictionary analysis of ``word``; ``None`` for an unknown word."""
    dictionary, replaces = _opencorpora()
    found = dictionary.words.similar_items(word.lower(), replaces)
    if not found:
        return None
    out: set[str] = set()
    for _form, parses in found:
        for para_id, idx in parses:
            out.update(_GRAMMEME.findall(str(dictionary.build_tag_info(para_id, idx))))
    return out


def ordinary_russian(value: str) -> bool:
    """Whether every word of ``value`` is a Cyrillic dictionary word that is never a name."""
    words = _WORD.findall(value.strip(" \t\n.,:;!?«»\"'()"))
    if not words or not all(_CYRILLIC_WORD.fullmatch(w) for w in words):
        return False
    for word in words:
        for part in word.split("-"):
            tags = grammemes(part)
            if tags is None or tags & NAME_GRAMMEMES:
                return False
    return True


def drop_cyrillic_vocabulary(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSON/LOCATION spans that are everyday words of a Russian code chat."""
    return drop_chat_words(text, spans, lambda s: ordinary_russian(text[s.start : s.end]))
