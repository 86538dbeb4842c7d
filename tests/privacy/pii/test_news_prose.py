"""Issue 14, news-prose PERSON precision (tuned on ``uner_ewt`` dev and ``uner_ewt_train``): a
month or weekday before a number is a date, and a body before "said" that spaCy reads as an
organisation is no person; names in the same places stay found."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.institutions import institution_speaker
from transforms.privacy.pii.peoples import people_check, trim_date


def people(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


# --- a calendar word before a number ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By Jan. 5 the deal was done.",
        "Date: Thu, 11 Mar 2004 02:39:27 -0800",
        "Sales fell in Dec. 2004 and rose by Aug. 3.",
        "By May 12 the fund had closed.",
        "The plague came on April 6, 1348.",
    ],
)
def test_calendar_word_before_a_number_is_no_person(text: str) -> None:
    assert not people(text)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("By Jan. 5 the deal was done.", 3, 6, None),
        ("Thu, 11 Mar", 0, 3, None),
        ("back to Houston Dec. 12 now", 8, 19, (8, 15)),
        ("Jan said she would come.", 0, 3, (0, 3)),  # no number after: a name
        ("Mark 5 was read aloud.", 0, 4, (0, 4)),  # no calendar word
        ("April Brown, 34, spoke.", 0, 11, (0, 11)),  # the name does not end in a month
    ],
)
def test_trim_date(text: str, start: int, end: int, expected: tuple[int, int] | None) -> None:
    assert trim_date(text, start, end) == expected


def test_people_check_keeps_a_given_name_without_a_number() -> None:
    assert people_check("Jan said she would come.", 0, 3, "context_cue") == (0, 3)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan Kowalski said she would come.", "Jan Kowalski"),
        ("Hi Jan,\nthe report is attached.", "Jan"),
        ("Call May Chen on 5 June about the lease.", "May Chen"),
    ],
)
def test_calendar_given_names_stay(text: str, name: str) -> None:
    assert name in people(text)


# --- bodies before "said" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Congress said it would vote on the bill next week.",
        "Congress says the bill is dead.",
        "Kremlin said it would respond.",
        "Pentagon said two soldiers died.",
        "Newsweek reported that a second wave was coming.",
    ],
)
def test_institution_speaker_is_no_person(text: str) -> None:
    word = text.split()[0]
    assert word not in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bangs said the agency is still reviewing the decision.", "Bangs"),  # rank 9,161
        ("Groom says this job helped him.", "Groom"),
        ("Beutel said the station would be finished.", "Beutel"),  # no English word
        ('"True," said Tuppence, her flagging spirits reviving.', "Tuppence"),  # not before
        ("Putin said the talks failed.", "Putin"),
    ],
)
def test_person_speakers_stay(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Congress said it", 0, 8, True),
        ("Kremlin told reporters", 0, 7, True),
        ("Bangs said so", 0, 5, False),  # a common census surname
        ("Beutel said so", 0, 6, False),  # no English word
        ("Jan said so", 0, 3, False),  # a given name
        ("said Congress today", 5, 13, False),  # not the speaker position
        ("Congress Hall said", 0, 13, False),  # not a lone word
    ],
)
def test_institution_speaker(text: str, start: int, end: int, expected: bool) -> None:
    assert institution_speaker(text, start, end) is expected


@pytest.mark.parametrize(
    "text",
    [
        "deploy to Vercel before Jan 5",
        "add a button to Navbar",
        "Thanks, Claude",
        "The release is due Mon, 3 Feb.",
        "Support said the ticket was closed.",
        "The build failed on Sept 12.",
        "GitHub says the token expired.",
    ],
)
def test_code_chat_lines_stay_clean(text: str) -> None:
    assert not people(text)
