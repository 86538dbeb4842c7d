"""natasha NER on mostly-Cyrillic prose (``pii.cyrillic_ner``): names and cities in Russian chat
are found, English never loads natasha, code with Cyrillic comments gives no names."""

from __future__ import annotations

import pytest

from transforms.config import detection_switch
from transforms.privacy.engine import detect
from transforms.privacy.pii import cyrillic_ner
from transforms.privacy.pii.cyrillic_ner import (
    cyrillic_sentences,
    cyrillic_spans,
    mostly_cyrillic,
    name_like,
)


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вчера Владимир Путин встретился в Москве с Ангелой Меркель.",
            {("Владимир Путин", "PERSON"), ("Москве", "LOCATION"), ("Ангелой Меркель", "PERSON")},
        ),
        (
            "Привет! Меня зовут Анна Смирнова, я живу в Санкт-Петербурге.",
            {("Анна Смирнова", "PERSON"), ("Санкт-Петербурге", "LOCATION")},
        ),
        (
            "Я переехал из Казани в Екатеринбург, а мой брат Сергей остался в Уфе.",
            {("Казани", "LOCATION"), ("Екатеринбург", "LOCATION"), ("Сергей", "PERSON")},
        ),
    ],
)
def test_russian_names_and_cities(text, expected):
    assert expected <= _found(text)


def test_organisations_are_not_reported():
    found = _found("Компания Яндекс открыла новый офис.")
    assert not any(value == "Яндекс" for value, _ in found)


def test_mixed_message_reads_only_the_cyrillic_sentence():
    text = "Thanks for the help with the build. Передай привет Ивану Петрову из Новосибирска!"
    assert {("Ивану Петрову", "PERSON"), ("Новосибирска", "LOCATION")} <= _found(text)
    assert [text[a:b] for a, b in cyrillic_sentences(text)] == [
        "Передай привет Ивану Петрову из Новосибирска!"
    ]


def test_english_text_never_calls_natasha(monkeypatch):
    def refuse():
        raise AssertionError("natasha loaded for English text")

    monkeypatch.setattr(cyrillic_ner, "tagger", refuse)
    assert ("Maria Garcia", "PERSON") in _found("I'm Maria Garcia and I live in Berlin.")
    assert cyrillic_spans(["The build failed on Windows.", "", "Olá João, tudo bem?"]) == [
        [],
        [],
        [],
    ]


def test_switched_off(monkeypatch):
    detection_switch.cache_clear()
    monkeypatch.setenv("IW_CYRILLIC_NER", "0")
    assert cyrillic_spans(["Вчера Владимир Путин был в Москве."]) == [[]]
    detection_switch.cache_clear()  # re-read by the next test


@pytest.mark.parametrize(
    "text",
    [
        # a fenced block with Cyrillic comments, strings and identifiers
        "Вот код:\n```python\n# получить пользователя Москва\n"
        "Иван = get_user('Пётр Иванов')\n```\nНе работает.",
        # inline code, a path and a class name in a Russian sentence
        "Функция `getUserName` возвращает None, см. /home/ivan/project/main.py",
        "Ошибка в модуле Django: TypeError при вызове UserSerializer.",
    ],
)
def test_code_gives_no_names(text):
    assert not {v for v, t in _found(text) if t in ("PERSON", "LOCATION")}


def test_mostly_cyrillic():
    assert mostly_cyrillic("Привет, как дела?")
    assert mostly_cyrillic("Привет, John!")
    assert not mostly_cyrillic("Run pip install, потом")
    assert not mostly_cyrillic("ok да")


@pytest.mark.parametrize("value", ["Москве", "Нью-Йорк", "А. С. Пушкин", "Ростов-на-Дону"])
def test_name_like(value):
    assert name_like(value)


@pytest.mark.parametrize("value", ["getUserName", "user_id", "Иван2", "москва", "Пётр()"])
def test_not_name_like(value):
    assert not name_like(value)


def test_offline(monkeypatch, no_network):
    monkeypatch.setattr(cyrillic_ner, "_tagger", None)  # load the model again, offline
    assert cyrillic_spans(["Анна живёт в Москве."])[0]
