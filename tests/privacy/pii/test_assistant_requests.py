"""Names and places in lower-case requests to a voice assistant (``assistant_requests``)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.assistant_requests import adjust_request_spans
from transforms.privacy.spans import Span


def _adjusted(text: str, spans: list[Span] = ()) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in adjust_request_spans(text, list(spans))]


def _span(text: str, value: str, kind: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, "spacy_ner")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("reply to jean's email", "jean"),
        ("remove finlee's bedtime alarm", "finlee"),
        ("set bob's birthday for every june third", "bob"),
        ("email george brown", "george brown"),
        ("send email to enalen i'm going to send the files", "enalen"),
        ("set meeting with jack on ten march", "jack"),
        ("show latest email from mark", "mark"),
        ("what year was bill pullman born", "bill pullman"),
        ("meeting with al on march twenty first at ten", "al"),
        ("please remind me about swatishs birthday", "swatishs"),
        ("what is john's last name", "john"),
    ],
)
def test_names_in_requests(text: str, name: str) -> None:
    assert _adjusted(text) == [(name, "PERSON")]


@pytest.mark.parametrize(
    ("text", "wake"),
    [
        ("alexa put classic rock on", "alexa"),
        ("hey olly what time is it", "olly"),
        ("post pic on my phone on facebook alexa", "alexa"),
    ],
)
def test_wake_words_dropped_where_addressed(text: str, wake: str) -> None:
    assert _adjusted(text, [_span(text, wake, "PERSON")]) == []


def test_wake_word_mid_request_is_a_person() -> None:
    text = "can you send an email to alexa about the trip"  # a person, not the assistant
    assert _adjusted(text, [_span(text, "alexa", "PERSON")]) == [("alexa", "PERSON")]


def test_spans_extended_and_joined() -> None:
    text = "has sally fields ever won an academy award"
    assert _adjusted(text, [_span(text, "sally", "PERSON")]) == [("sally fields", "PERSON")]
    text = "how much traffic does atlanta georgia usually have"
    spans = [_span(text, "atlanta", "LOCATION"), _span(text, "georgia", "LOCATION")]
    assert _adjusted(text, spans) == [("atlanta georgia", "LOCATION")]
    text = "can you give me train times for ann arbor"  # a town after a request word
    assert _adjusted(text, [_span(text, "ann arbor", "PERSON")]) == [("ann arbor", "LOCATION")]
    text = "can you send an email to chelsea please"  # the cue names a person
    assert _adjusted(text, [_span(text, "chelsea", "LOCATION")]) == [("chelsea", "PERSON")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("how is the traffic in mg road", "mg road"),
        ("olly remind me about the picnic at regent park", "regent park"),
        ("what to do when i visit the yellowstone national park", "yellowstone national park"),
        ("what is going on in la today", "la"),
        ("what is the most pressing issue in usa", "usa"),
    ],
)
def test_places_in_requests(text: str, place: str) -> None:
    assert _adjusted(text) == [(place, "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "drive on the road",
        "we met at the dog park",
        "la la land is playing in the cinema",
        "did mark post anything new",  # "post" is a word here
        "call will at five",  # modal verb
        "email the team about may",  # month
        "meet with the team",
        "sunny friday :)",  # a day, not a surname
        "remind me of the company anniversary",
        "what is the file's name",
        "what is today's weather",  # "today" is no name
        "Reply to Jean's email",  # capitalised writer: spaCy and the cues read it
    ],
)
def test_placeholders_and_near_misses(text: str) -> None:
    assert _adjusted(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "can you call setstate in the effect",
        "text overflow hidden on the card",
        "the config's email field is empty",
        "call useeffect with an empty deps array",
        "open github's profile page",
        "send email to github support",
        "let users invite teammates by email pls",
    ],
)
def test_code_look_alikes(text: str) -> None:
    assert _adjusted(text) == []


def test_detected_end_to_end() -> None:
    from transforms.privacy.engine import detect

    text = "reply to jean's email"
    assert [(text[s.start : s.end], s.type) for s in detect(text)] == [("jean", "PERSON")]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("i want to send email to jack@gmail dot com", "jack@gmail dot com"),
        ("add erosser@hotmail dot co dot uk as a contact", "erosser@hotmail dot co dot uk"),
    ],
)
def test_spoken_email(text: str, email: str) -> None:
    from transforms.privacy.pii.patterns import detect_emails

    assert [text[s.start : s.end] for s in detect_emails(text)] == [email]


@pytest.mark.parametrize(
    "text",
    ["ping @gmail dot com", "the @decorator dot notation", "x = a@b.c dot product"],
)
def test_spoken_email_look_alikes(text: str) -> None:
    from transforms.privacy.pii.patterns import detect_emails

    assert [s for s in detect_emails(text) if " dot " in text[s.start : s.end]] == []
