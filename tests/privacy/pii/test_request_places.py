"""Lower-case towns after a request's place preposition (``request_places``)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.request_places import request_place_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in request_place_spans(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("any good bike shops in oxford", "oxford"),
        ("flights to ann arbor tomorrow", "ann arbor"),
        ("tell me the weather for new brighton pa olly", "new brighton pa"),
        ("is there any chinese places in benton ar", "benton ar"),
        ("whats happening in ny", "ny"),
        ("what is the weather in boise", "boise"),
    ],
)
def test_lower_case_town_after_request_cue(text: str, place: str) -> None:
    assert _found(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "send the email to john",  # no request word; a given name
        "time to go home",  # everyday word
        "weather in the city",  # generic place
        "what is the time in us",  # "us" is the pronoun
        "is it sunny in gonbad now",  # not listed
        "Flights to Boise please",  # capitalised writer: spaCy reads it
        "open the file in vim",  # no request word
    ],
)
def test_placeholders_and_near_misses(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "for i in range(10): time = i",
        "git push origin main  # push to remote",
        "the request time in ms is logged",
    ],
)
def test_code_look_alikes(text: str) -> None:
    assert _found(text) == []


def test_detected_as_location() -> None:
    from transforms.privacy.engine import detect

    text = "any good bike shops in oxford"
    assert [(text[s.start : s.end], s.type) for s in detect(text)] == [("oxford", "LOCATION")]
