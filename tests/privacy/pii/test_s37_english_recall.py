"""English PERSON recall in social text (session 37): lower-case given names in a person's place,
a given name of another country that reads like a demonym, anyone's relative before a name."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.demonyms import drop_demonyms
from transforms.privacy.pii.intl_names import given_name_abroad
from transforms.privacy.pii.lower_given_names import lower_given_names
from transforms.privacy.pii.name_cues import _cue_spans
from transforms.privacy.segments import NerView
from transforms.privacy.spans import Span


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in lower_given_names(text, [])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey tanner is your last name actually fox", "tanner"),
        ("yea tanner do another hide and seek but dont name it the new", "tanner"),
        ("I swear freddie was laughing at everything", "freddie"),
        ("thank you freddie , that was a great video", "freddie"),
    ],
)
def test_a_lower_case_given_name_in_a_persons_place_is_a_person(text, name):
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "i will mark it as done",  # "will", "mark": everyday words
        "the tanner was busy all day",  # a determiner before
        "aayusin ko lang papers ko tapos i 'll go there na",  # a plural noun after
        "hey grace is a lovely word",  # "grace": an English word
        "hey austin is nice in spring",  # a listed city
        "```\nhey tanner is here\n```",  # code
        "## Notes\nhey tanner is your last name",  # markdown: developer chat, not a post
    ],
)
def test_words_places_and_code_stay_unflagged(text):
    assert _found(text) == []


def test_a_word_already_read_is_left_alone():
    text = "hey tanner is your last name"
    held = Span(4, 10, "LOCATION", 0.8, "spacy_ner")
    assert lower_given_names(text, [held]) == [held]


def test_a_common_given_name_abroad_is_no_demonym():
    text = "Where ' s Kishan ?"  # "Kish" + "-an"; an Indian given name
    span = Span(text.index("Kishan"), text.index("Kishan") + 6, "PERSON", 0.85, "spacy_ner")
    assert drop_demonyms(text, [span]) == [span]
    assert given_name_abroad("Kishan")
    assert not given_name_abroad("Georgian")  # a rare name, a real demonym


@pytest.mark.parametrize("word", ["Guadeloupean", "Fallujan", "Georgian"])
def test_demonyms_are_still_dropped(word):
    text = f"to the sound of {word} zouk music"
    span = Span(16, 16 + len(word), "PERSON", 0.85, "spacy_ner")
    assert drop_demonyms(text, [span]) == []


def _cues(text: str) -> list[str]:
    view = NerView(text, (0,), (0,), (len(text),))
    return [text[a:b] for a, b, kind, _ in _cue_spans(view) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met his son Kyle yesterday", "Kyle"),
        ("Where is your boyfriend Dmitri tonight ?", "Dmitri"),
        ("their cousin Okonkwo came too", "Okonkwo"),
    ],
)
def test_anyones_relative_before_a_name(text, name):
    assert _cues(text) == [name]


@pytest.mark.parametrize(
    "text", ["ask your friend Python about it", "tell your manager Settings now"]
)
def test_a_product_or_everyday_word_after_a_relative_is_no_name(text):
    assert _cues(text) == []
