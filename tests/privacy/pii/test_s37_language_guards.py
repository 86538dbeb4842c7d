"""Session 37 lead: the English-only and Polish-only steps of the session stay in their language
(found by a dev-split span diff of the merged code against the session's start, issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect


def _persons(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        # Hungarian "meg is" / "ez ellen is": "is" means "also", no English verb after a name
        "Loder pedig, amint elképedve nézett rá, látta ezt, érezte és meg is értette.",
        "Ugyanakkor a katasztrófavédelem most ez ellen is fellebbezhet a döntés miatt.",
        "én remegek ... a félelemtől ... úgyhogy ha meg is valósulna ... ezeket zárjátok el",
    ],
)
def test_no_lower_case_given_name_in_hungarian(text: str) -> None:
    assert not {"meg", "ellen"} & _persons(text)


def test_lower_case_given_name_in_an_english_post_still_read() -> None:
    assert "tanner" in _persons("hey tanner is your last name lol")


def test_hungarian_article_keeps_the_name_after_it() -> None:
    # Hungarian "A" is "the": "the Bél clan", named after a person (gold PERSON on nerkor dev)
    assert "Bél" in _persons("A Bél nemzetség-nek 16 ága ismert, melyek a következők:")


def test_english_indefinite_article_still_drops_a_common_noun() -> None:
    assert "Geofence" not in _persons("A Geofence is determined by the app.")


@pytest.mark.parametrize("text", ["It s fab!", "Puto,", "Sai."])
def test_short_message_without_polish_letters_gets_no_polish_name(text: str) -> None:
    assert not _persons(text)


def test_polish_prose_still_gets_a_declined_surname() -> None:
    text = "Wczoraj poseł Szwed powiedział, że nie zgadza się z ministrem."
    assert "Szwed" in " ".join(_persons(text))
