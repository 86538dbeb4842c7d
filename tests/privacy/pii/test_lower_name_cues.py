"""A lower-case name right after a naming cue ("my name is", "mr.") is a person."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.lower_name_cues import lower_name_cues
from transforms.privacy.spans import Span


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("could you block my card asap? my name is jaroslav zakharov.", "jaroslav zakharov"),
        ("please correct it to mr. brett ochoa?", "brett ochoa"),
        ("it's under my partner's name tomáš prokeš", "tomáš prokeš"),
        ("she was born in 1962. her maiden name is lund", "lund"),
        ("hello, this is dr. alexander grishin. who are you?", "alexander grishin"),
        ("comedy, kids & family\ndirected by:    tânia souza", "tânia souza"),
        ("which was arranged and sung by rémy potvin in 2021", "rémy potvin"),
        ("tuga galić\n\n941 eichendorffstr. 31\n apt. 408", "tuga galić"),
        ("abner reyna\n771 ul. lasek brzozowy 49", "abner reyna"),
    ],
)
def test_lower_case_names_after_a_cue(text, name):
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "my name is not important",
        "my name is on the account",
        "i miss secondary school life",
        "they call me thirsty lmao",
        "wondering why i'm a fan of dr pepper",
        "your name: string, required",
        "hey miss burrito",
        "written by me",
        "musical expressions of employee loyalty sung by salarymen. Unfortunately",
        "ghost-written by adviser Karen Hughes",
        "getting started\n1 install the package",
        "hi\n\n12 main street",
        "tuga galić (home)\n941 eichendorffstr. 31",
    ],
)
def test_look_alikes_name_no_one(text):
    assert not lower_name_cues(text, [])


def test_name_stops_at_everyday_and_chat_words():
    text = "my name is katy but u can call me pengu"
    (span,) = lower_name_cues(text, [])
    assert text[span.start : span.end] == "katy"
    text = "your last name is martin lmao"
    (span,) = lower_name_cues(text, [])
    assert text[span.start : span.end] == "martin"


def test_placeholders_are_no_names():
    assert not lower_name_cues("my name is <name> and mr. [redacted] agreed", [])


def test_credit_verb_is_no_person():
    text = "arranged and sung by rémy potvin"
    verb = Span(13, 17, "PERSON", 0.85, "spacy_ner")  # "sung"
    assert [text[s.start : s.end] for s in lower_name_cues(text, [verb])] == ["rémy potvin"]
