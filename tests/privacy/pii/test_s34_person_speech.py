"""Lone names a verb of saying or thinking takes as subject, or with an age in apposition."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.speech_subjects import speech_subjects
from transforms.privacy.spans import Span


def people(text: str, spans: list[Span] | None = None) -> list[str]:
    return [text[s.start : s.end] for s in speech_subjects(text, spans or []) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hitzig noticed that a small current made the muscles move.", "Hitzig"),
        ("One year after that, Budjana decided to fly to Jakarta.", "Budjana"),
        ("Bullock then claims that this was all a test.", "Bullock"),
        ("Milner knows Balotelli will score against them.", "Milner"),
        ('"We never got a straight answer," recalled Ostrowski.', "Ostrowski"),
        ("Kowalczyk, 34, of Leeds was arrested on Friday.", "Kowalczyk"),
    ],
)
def test_the_subject_of_a_verb_of_saying_is_a_person(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # things and organisations speak too; a plural noun is no verb
        "Ebola claims life of third doctor in Sierra Leone.",
        "No laws apply Voiceless screams To say goodbye",
        "The Bank of Canada says the economy is weak.",
        "Google says it will ship the update.",
        # software "thinks" and "complains" (no listed name)
        "Pyright thinks the value is a string.",
        "Webpack complains about the missing loader.",
        "Redis thinks the key expired.",
        # a determiner makes a common noun, laughter and deities are no one
        "The Pilot says hello to the tower.",
        "Aaaah just realised it is Friday.",
        "Allah knows how much pain we are in.",
        # code is no prose
        "```\nHitzig noticed = True\n```",
        # another language
        "Depois disso Budjana decided que o disco seria gravado em Jacarta no ano seguinte.",
    ],
)
def test_things_software_and_code_are_no_speakers(text):
    assert people(text) == []


def test_an_existing_span_is_left_alone():
    text = "Hitzig noticed that the current worked."
    existing = [Span(0, 6, "LOCATION", 0.8, "spacy_ner")]
    assert speech_subjects(text, existing) == existing


def test_the_engine_finds_the_lone_surname():
    from transforms.privacy.engine import detect

    text = "In 1870 Hitzig published his findings, and Hitzig noticed the effect early."
    found = {(text[s.start : s.end], s.type) for s in detect(text)}
    assert ("Hitzig", "PERSON") in found
