"""Everyday Russian words of a coding chat are no names; Russian names stay (session 34)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.cyrillic_vocabulary import (
    drop_cyrillic_vocabulary,
    grammemes,
    ordinary_russian,
)
from transforms.privacy.spans import Span


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, "test")


@pytest.mark.parametrize(
    "word", ["Что", "Объясни", "Зафиксирую", "Интеллект-карта", "Создание", "Думаю", "Файл"]
)
def test_everyday_words_are_ordinary(word):
    assert ordinary_russian(word)


@pytest.mark.parametrize(
    "name", ["Путин", "Вера", "Иванов", "Сергеевич", "Москве", "Владимир Путин", "Слайс"]
)
def test_names_places_and_unknown_words_are_not(name):
    assert not ordinary_russian(name)


def test_latin_words_are_never_ordinary_russian():
    assert not ordinary_russian("Manual")
    assert not ordinary_russian("Лекция Smith")


def test_grammemes_of_a_surname_and_an_unknown_word():
    assert "Surn" in grammemes("Навальный")
    assert grammemes("Лундефинед") is None


def test_markdown_chat_heading_word_is_dropped():
    text = "## Лекция: Раздел 2.3\n\n### 1. Что такое Prompting?\n\nСм. `notes.md`."
    assert drop_cyrillic_vocabulary(text, [_span(text, "Что")]) == []


def test_name_in_markdown_chat_stays():
    text = "**Автор:** Сергей Иванов написал `main.py`."
    spans = [_span(text, "Сергей Иванов")]
    assert drop_cyrillic_vocabulary(text, spans) == spans


def test_plain_prose_without_markdown_is_untouched():
    # news prose (no markdown, no line label): the rule does not apply at all
    text = "Кремль заявил, что Создание комиссии отложено."
    spans = [_span(text, "Кремль", "LOCATION"), _span(text, "Создание")]
    assert drop_cyrillic_vocabulary(text, spans) == spans


def test_line_label_counts_as_chat():
    text = "Думаю: ошибка в хоткее."
    assert drop_cyrillic_vocabulary(text, [_span(text, "Думаю")]) == []


def test_other_types_are_kept():
    text = "`x` Что"
    spans = [_span(text, "Что", "EMAIL_ADDRESS")]
    assert drop_cyrillic_vocabulary(text, spans) == spans
