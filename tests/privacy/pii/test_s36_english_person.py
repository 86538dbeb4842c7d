"""English PERSON in social and news text (session 36): a headline's speaker before a colon, a
lower-case name after a capitalised "My name is"."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.chat_english import drop_english_chat_words
from transforms.privacy.pii.lower_name_cues import lower_name_cues
from transforms.privacy.spans import Span


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, "spacy_ner")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Obama : Not our place to choose Iraq 's leader .", "Obama"),
        ("Putin: No Russian troops in eastern Ukraine", "Putin"),
    ],
)
def test_a_rare_name_opening_a_headline_before_a_colon_is_kept(text, name):
    span = _span(text, name)
    assert drop_english_chat_words(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Dashboard: shows the totals", "Dashboard", "PERSON"),  # a screen label, 7e-7
    ],
)
def test_a_label_that_is_an_everyday_word_or_no_person_is_still_dropped(text, word, kind):
    assert drop_english_chat_words(text, [_span(text, word, kind)]) == []


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in lower_name_cues(text, []) if s.type == "PERSON"]


def test_a_lower_case_name_after_a_capitalised_possessive_cue_is_a_person():
    assert _names("My name is krithika and I love you") == ["krithika"]
    assert _names("Her name is jaroslava zakharova .") == ["jaroslava zakharova"]


@pytest.mark.parametrize(
    "text",
    [
        "His name is commemorated in the Bernoulli principle.",  # a participle
        "My name is not important",  # an everyday word
        "my name is spelled with two n",
    ],
)
def test_a_verb_or_everyday_word_after_the_cue_is_no_name(text):
    assert _names(text) == []
