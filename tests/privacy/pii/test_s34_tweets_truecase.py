"""Rare lower-case words in a name's place in social posts, title-cased before spaCy reads them."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.truecase import plain_post, truecase_names


def cased(text: str) -> str:
    return truecase_names(text, message=text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("obama is so cool", "Obama is so cool"),  # subject before a finite verb
        ("yeah but conor makes more than anyone", "yeah but Conor makes more than anyone"),
        ("hey titi nice video", "hey Titi nice video"),  # the one greeted
        ("thank you raggedydan for this", "thank you Raggedydan for this"),
    ],
)
def test_a_rare_word_in_a_name_place_is_title_cased(text, expected):
    assert cased(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # after a determiner or possessive: a misspelt or slang noun
        "your vedo is on trenning",
        "that waifu is the best",
        "my last retweet goes in",  # a determiner and an adjective before it
        # a one-letter slip of a common word
        "tommorrow is a big day",
        "what yall did",
        # a participle after it, not a finite verb
        "now check existing implementations related to task 1",
        # no name's place at all
        "put draymond on the team",
        # everyday words are never rare
        "the video is great",
    ],
)
def test_a_rare_word_elsewhere_is_left_alone(text):
    assert cased(text) == text


def test_rare_words_are_title_cased_only_when_the_message_is_given():
    assert truecase_names("obama is so cool") == "obama is so cool"


@pytest.mark.parametrize(
    "message",
    [
        "telnet is open on the box, run `nc host 23`",
        "**Note**\ntuple is immutable here",
        "- lookup was slow\n- diffs were big",
        "## Plan\ntelnet is enabled",
        "first paragraph\n\ntelnet is enabled",
        "```\nx = 1\n```\ntelnet is enabled",
    ],
)
def test_developer_chat_is_no_social_post(message):
    assert not plain_post(message)
    sentence = message.rsplit("\n", 1)[-1]
    assert "Telnet" not in truecase_names(sentence, message=message)


def test_a_plain_comment_is_a_social_post():
    assert plain_post("obama is so cool")
    assert plain_post("hey titi nice video 😀")


def test_detection_finds_the_lower_case_name_and_not_chat_jargon():
    spans = detect_batch(["obama is so cool", "telnet is open, see `nc host 23`"])
    first = [("obama is so cool"[s.start : s.end], s.type) for s in spans[0]]
    assert ("obama", "PERSON") in first
    assert not [s for s in spans[1] if s.type in ("PERSON", "LOCATION")]
