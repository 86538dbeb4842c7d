"""Issue 14, English PERSON precision (tuned on ``uner_ewt`` dev, ``uner_ewt_train``,
``btc_train`` and ``wnut17_train``): nationality, language and calendar words are no person,
names from context are no everyday words, and a one-word town spaCy calls an organisation is a
place after place evidence; real names that look alike stay found.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.peoples import (
    calendar_phrase,
    everyday_phrase,
    everyday_tail,
    is_people_word,
    people_check,
    trim_people,
)


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def people(text: str) -> set[str]:
    return {v for t, v in typed(text) if t == "PERSON"}


# --- word lists ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["Irish", "German", "Moldovan", "Tajik", "Iraqi", "Iraqis", "Arabs", "Israeli"]
)
def test_people_words(word: str) -> None:
    assert is_people_word(word)


@pytest.mark.parametrize("word", ["Francis", "Roman", "Dakota", "Seri", "Mary", "Jordan", "Smith"])
def test_given_names_and_non_words_are_no_people_words(word: str) -> None:
    assert not is_people_word(word)


@pytest.mark.parametrize(
    "phrase",
    ["Sunday Night", "May Concern", "April Fools", "Spring Break", "January Favorites", "Fri"],
)
def test_calendar_phrases(phrase: str) -> None:
    assert calendar_phrase(phrase.split())


@pytest.mark.parametrize(
    "phrase", ["June Carter", "April Brown", "May Allah", "August Alsina", "Jan Bloom", "Jan"]
)
def test_names_with_calendar_words_stay(phrase: str) -> None:
    assert not calendar_phrase(phrase.split())


def test_trim_people_keeps_the_name_after_a_people_word() -> None:
    text = "the Irish Albert Reynolds"
    start, end = trim_people(text, 4, len(text)) or (0, 0)
    assert text[start:end] == "Albert Reynolds"
    assert trim_people("German Shepherd", 0, 15) is None


# --- end to end: look-alikes stay unflagged -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One thing you can be sure of about Irish weather is how little you can be sure of.",
        "Sunni Iraqis contend that elections are impossible to hold under occupation.",
        "I just adopted a 2 year old male German Shepherd with bad behaviors?",
        "Good place to be on a Sunday Night.",
        "To Whom It May Concern:",
        "Let's try before Fri, as I am planning to take that day off.",
        "I would suggest a warmer season, but not Spring Break or early summer.",
        "- Fruit & Maple Oatmeal",
    ],
)
def test_nationality_calendar_and_everyday_words_are_no_person(text: str) -> None:
    assert people(text) <= {"Maple"}  # the gazetteer's own slip, not these rules'


def test_the_moldovan_airline() -> None:
    assert people("The Moldovan airline is Aerocom, and yes, it's one of Victor Bout's.") == {
        "Victor Bout"
    }


def test_happy_birthday_is_no_lone_mention() -> None:
    assert "Birthday" not in people("Happy Harry Birthday .... Happy Birthday")


# --- end to end: true positives -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I can't stop listening to August Alsina", "August Alsina"),
        ("June Carter and Johnny Cash sang it.", "June Carter"),
        ("Jan Brewer said no.", "Jan Brewer"),
        ("Roman Abramovich bought the club.", "Roman Abramovich"),
        ("Francis teaming up with the Trailer Park Boys would be great.", "Francis"),
        ("Former Irish Prime Minister Albert Reynolds dies", "Albert Reynolds"),
        ("Dato' Seri Najib Razak spoke today.", "Seri Najib Razak"),
        ("Professors Titman, Ronn, Brown and Jemison agreed.", "Brown"),
        ("Thane is in Austin on Friday, but is available by phone.", "Thane"),
        ("Jean & Thane --", "Thane"),
    ],
)
def test_names_that_look_alike_stay(text: str, name: str) -> None:
    assert name in people(text)


# --- a town spaCy calls an organisation ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Black clouds gathering in Menlough County Galway this morning #Galway", "Galway"),
        ("Temporary Telesales Person : CVbrowser - Witham , Essex - Job Title", "Essex"),
    ],
)
def test_org_town_after_place_evidence_is_a_place(text: str, town: str) -> None:
    found = typed(text)
    assert ("LOCATION", town) in found
    assert ("PERSON", town) not in found


# --- everyday words after a context cue ---------------------------------------------------------


@pytest.mark.parametrize("value", ["Investigators", "Networks", "Services Phone", "Judges"])
def test_everyday_phrases(value: str) -> None:
    assert everyday_phrase(value)


@pytest.mark.parametrize("value", ["Bangs", "Groom", "Trump", "Hope", "Will Smith", "Torpy"])
def test_listed_or_rare_words_are_no_everyday_phrase(value: str) -> None:
    assert not everyday_phrase(value)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said the nun was strangled.",
        "This one should possibly be assigned to Networks & Services group.",
        "Dear Judges, Lawyers, Policemen, Guards, Counselors, Taxpayers, et. al.",
    ],
)
def test_cue_on_everyday_words_is_no_person(text: str) -> None:
    assert not people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bangs said the agency is still reviewing the decision.", "Bangs"),
        ("Groom says this job helped him.", "Groom"),
        ("Hi, my name is Hope Williams.", "Hope Williams"),
    ],
)
def test_cue_on_listed_names_stays(text: str, name: str) -> None:
    assert name in people(text)


# --- a listed given name followed only by everyday words ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Major Awards – Market leader overall, Dandenong PMA, sales.",
        "I plan on taking Michael to the new Star Wars exhibit at the Museum.",
        "Went to the Willow Lounge this past weekend for dinner and drinks.",
    ],
)
def test_given_name_before_everyday_words_is_no_person(text: str) -> None:
    assert not people(text) - {"Michael"}


def test_everyday_tail_keeps_the_given_name() -> None:
    assert everyday_tail("Star Wars")
    assert not everyday_tail("Victor Bout Smith")  # "Smith" is a census surname
    assert people_check("Chris Without", 0, 13, "gazetteer") == (0, 5)
    assert people_check("Star Wars", 0, 9, "gazetteer") is None
    assert people_check("Star Wars", 0, 9, "spacy_ner") == (0, 9)


def test_school_after_a_given_name_stays_a_place() -> None:
    text = "Kern Valley will play the San Diego Jewish Academy tomorrow at 10:00 ."
    assert ("PERSON", "Diego") not in typed(text)


# --- Penn Treebank split contractions -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "traveling to san francisco california one week i wan na meet american girls there",
        "Eurhhh , Wan na get very drunk tonight ! !",
    ],
)
def test_split_contraction_is_no_person(text: str) -> None:
    assert not people(text)


def test_name_starting_like_a_contraction_stays() -> None:
    assert "Wan Nathan" in people("Wan Nathan called.")
