"""Answers to a name question and lists after a noun only people are (``name_answers``)."""

from __future__ import annotations

from transforms.privacy.pii.name_answers import name_answers
from transforms.privacy.spans import Span


def _found(text: str, spans: list[Span] | None = None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in name_answers(text, spans or [])]


def test_answer_to_a_name_question_is_a_person() -> None:
    assert _found("What's your last name? Čeč") == [("Čeč", "PERSON")]
    text = "What's your last name? Chiba"
    place = Span(23, 28, "LOCATION", 0.8, "gazetteer")
    assert _found(text, [place]) == [("Chiba", "PERSON")]
    assert _found("full name? Ana Lima.") == [("Ana Lima", "PERSON")]


def test_list_of_founders_are_people() -> None:
    text = "our 3 founders: Batukayev, Mclaughlin and Warner.  The idea"
    assert _found(text) == [("Batukayev", "PERSON"), ("Mclaughlin", "PERSON"), ("Warner", "PERSON")]
    text = "Authors: Ana Lima and Tom Baker"
    assert _found(text) == [("Ana Lima", "PERSON"), ("Tom Baker", "PERSON")]


def test_look_alikes_name_no_one() -> None:
    assert _found("Kids : Ages 4 - 9 – TODAY Only") == []
    assert _found("What's your name? I don't know why") == []  # no whole answer
    assert _found("What's your name? ACME") == []  # all capitals
    assert _found("founders: Batukayev") == []  # no list
    assert _found("founders: Alice, Bob and the rest of the team") == []  # the list goes on
    assert _found("sponsors: Google, Stripe and Vercel") == []  # no noun only people are
    assert _found("your name? <name>") == []  # a placeholder


def test_spans_of_other_detectors_are_kept() -> None:
    text = "founders: Mishina, Ryan and White."
    ryan = Span(19, 23, "PERSON", 0.85, "spacy_ner")
    assert ("Ryan", "PERSON") in _found(text, [ryan])
    assert len(name_answers(text, [ryan])) == 3
