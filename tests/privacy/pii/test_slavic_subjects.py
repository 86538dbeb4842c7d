"""Lone names spaCy leaves untagged in Slavic sentences (issue 14, :mod:`.slavic_subjects`)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.slavic_subjects import slavic_subject_spans


def _spans(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in slavic_subject_spans(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("V roku 1915 Einstein vyvinul teóriu gravitácie.", "sk", ["Einstein"]),
        ("Roku 629 sa Herakleios vrátil do Konštantinopolu.", "sk", ["Herakleios"]),
        ("Einstein objavil rozpory fyziky.", "sk", ["Einstein"]),  # opener, a census surname
        ("Prošle godine Sejdiu je rekao da neće.", "hr", ["Sejdiu"]),
        ("Soni ma prosila, aby som nerobil hlúposti.", "sk", ["Soni"]),  # clitic before the verb
    ],
)
def test_true_positives(text, lang, names):
    assert _spans(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lekár vykonal urgentnú operáciu.", "sk"),  # a noun opening the sentence
        ("Obvinenia odmietol a ubránil sa.", "sk"),
        ("To vysvetlila včera.", "sk"),  # a function word
        ("Vlada je donijela odluku.", "hr"),  # an ordinary word of the train split
        ("V roku 1915 NATO vyvinulo plán.", "sk"),  # an acronym
        ("Podľa Georga Busha sa ekológia prelína.", "sk"),  # a longer run, read elsewhere
        ("V roku 1915 Einstein vyvinul teóriu.", "en"),  # not a declining language
    ],
)
def test_placeholders_and_near_misses(text, lang):
    assert _spans(text, lang) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("V kóde `Config` nastavil hodnotu na 5.", "Config"),  # inline code
        ("Potom ConfigParser nastavil hodnotu na 5.", "ConfigParser"),  # camel case
        ("Metóda Builder() vrátila chybu pri čítaní.", "Builder"),  # a call
        ("Vo verzii 2 Session vrátila chybu pri čítaní.", "Session"),  # an English word
    ],
)
def test_code_look_alikes_are_no_persons(text, word):
    assert word not in _spans(text, "sk")
    assert not any(s.type == "PERSON" and text[s.start : s.end] == word for s in detect(text))


def test_engine_finds_an_untagged_subject():
    text = "V roku 1915 Einstein vyvinul teóriu gravitácie."
    assert ("Einstein", "PERSON") in {(text[s.start : s.end], s.type) for s in detect(text)}
