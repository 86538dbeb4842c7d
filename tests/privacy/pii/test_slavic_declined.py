"""Declined names and name possessives in Slavic sentences (issue 14, :mod:`.slavic_declined`)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.slavic_declined import (
    declined_listed,
    declined_name,
    declined_name_spans,
)


def _spans(text: str, lang: str = "sk") -> list[str]:
    return [text[a:b] for a, b in declined_name_spans(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Podľa Georga Busha sa ekológia prelína s výskumom.", ["Georga Busha"]),
        ("Protokol podpísaný Petrom Burleighom, veľvyslancom USA.", ["Petrom Burleighom"]),
        ("Počas Bushovej vlády sa prebytok premenil na deficit.", ["Bushovej"]),  # possessive
        ("Tie Clintonova vláda vydala v auguste.", ["Clintonova"]),  # opener trimmed
        ("Magazín TIME označil Busha za osobnosť roka.", ["Busha"]),
    ],
)
def test_true_positives(text, names):
    assert _spans(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Vláde sa to vôbec nepáčilo.",  # "vláda" (government), though "Vládo" is a name
        "Po Bruseli sa zastavil v Mainzi v Nemecku.",  # after a place preposition
        "Bratislave sa darí aj tento rok.",  # a city of the language
        "Slovenskej vláde sa to nepáčilo.",  # an -sk- adjective
        "Na stretnutí NATO rokovali ministri.",  # an acronym
        "Busha",  # no sentence around it, yet no name: only with a Slavic language
    ],
)
def test_placeholders_and_near_misses(text):
    lang = "en" if text == "Busha" else "sk"
    assert _spans(text, lang) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("V kóde `Busha` vrátila chybu.", "Busha"),  # inline code
        ("Funkcia Busha() vrátila chybu.", "Busha"),  # a call
        ("Súbor /opt/Busha/config sa nenašiel.", "Busha"),  # a path
    ],
)
def test_code_look_alikes(text, word):
    assert word not in _spans(text)


def test_word_checks():
    assert declined_name("Busha", "sk")
    assert not declined_name("Busha", "de")  # not a declining language
    assert declined_listed("Burleighom")
    assert not declined_listed("burleighom")


def test_engine_finds_a_declined_name():
    text = "Magazín TIME označil Busha za osobnosť roka dvakrát."
    assert ("Busha", "PERSON") in {(text[s.start : s.end], s.type) for s in detect(text)}
