"""Names and places in lower-case social text, the country policy, and what stays unflagged.

spaCy reads lower-case-style English sentences with listed names and places title-cased
(``truecase``); countries and regions spaCy tags in prose are LOCATION (see ``ner``).
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.truecase import lowercase_style, truecase_names


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def test_truecase_keeps_offsets_and_touches_only_listed_words():
    text = "wow emma and kaite is so cute . thank you fake kevin smith"
    out = truecase_names(text)
    assert len(out) == len(text)
    assert out == "wow Emma and kaite is so cute . thank you fake Kevin Smith"


@pytest.mark.parametrize(
    "text",
    [
        "and it was sung by Adam McDowell",  # the writer capitalises names: "sung" is a word
        'if sys.platform == "darwin":',  # a quoted string
        "pourquoi la page est blanche ?",  # French
        "x = emma.get()",  # a member access
    ],
)
def test_truecase_leaves_other_text_alone(text):
    assert truecase_names(text) == text


def test_lowercase_style():
    assert lowercase_style("did anyone else notice gaby gave herself more soda")
    assert not lowercase_style("Thanks for uploading , Miccoli")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wow emma is so very cute and so funny , i wish i was ryan", {"emma", "ryan"}),
        ("did you call him hubert ? my name is hubert", {"hubert"}),
        ("thank you fake kevin smith", {"kevin smith"}),
    ],
)
def test_lower_case_names_in_social_text(text, expected):
    found = {v for t, v in typed(text) if t == "PERSON"}
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i ' ve never been so glad i live in canada", "canada"),
        ("I wish I grew up in Finland", "Finland"),
        ("Go to Clark Airbase Hospital .", "Clark Airbase Hospital"),
        ("he should be elected president of the United States", "United States"),
    ],
)
def test_places_in_prose_include_countries_and_states(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "A good basic US Census dataset to analyze is the American Community Survey.",
        "It helped save Europe and the rest of the Earth .",
        "Pourquoi la page est blanche ?",
        "$ aider /etc/hosts  # May need sudo",
        'if sys.platform == "darwin":\n    import setproctitle',
        "Sure, I can help you create a simple Pong game using Pygame.",
        "i need to fix the mapper suffix in the config loader",
    ],
)
def test_no_person_or_place_flagged(text):
    assert {t for t, _ in typed(text)} & {"PERSON", "LOCATION"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "We're rolling this out in Germany first.",
        "The VAT rules for France apply to all customers.",
        "Add a locale for Brazil with its own currency.",
    ],
)
def test_a_product_market_is_no_ones_whereabouts(text):
    assert "LOCATION" not in {t for t, _ in typed(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shouted names the public lists know are title-cased before spaCy reads them
        ("Managed to get a pic of EVA MENDES ! Didn't know she was signing", "EVA MENDES"),
        ("I REMEMBER WHEN PRISCILLA RAN UP TO ME AT SCHOOL", "PRISCILLA"),
        # a lone spaCy PERSON as rare as a name, also opening a sentence
        ("Altho i dont like Hitler tbh he saved cod", "Hitler"),
        ("So Shima still is n ' t back , huh ? Please Shima come back ! : (", "Shima"),
        # a surname that is also a GeoNames city stays a person without a place preposition
        ("I do n ' t see how Kennedy is not the number one paid country singer", "Kennedy"),
    ],
)
def test_social_text_names(text, expected):
    assert ("PERSON", expected) in typed(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # spaCy GPE confirmed by a GeoNames town of >= 15,000 people
        ("Candlelight vigil for the man shot by Wichita police , tomorrow night", "Wichita"),
        ("@thevoiceoverguy 9 days then Sydney", "Sydney"),
        # a lower-case town or country after a place preposition, in any sentence
        ("I'm leaving yakima on Wednesday ughh goal is not cry", "yakima"),
        ("@FLAM3Z130 half the time in inglewood the other half in mv", "inglewood"),
        ("i'm moving to america when i'm at least 23 . no joke", "america"),
        # a town phrase is never a given name + surname; "the" is no part of a facility
        ("more pics of Justin and fans in Beverly Hills , CA last night", "Beverly Hills"),
        ("they do not have access to the White House like that", "White House"),
    ],
)
def test_social_text_places(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "An opt in asking the scan to hold the GIL for pulls and release callbacks.",
        "This dataset covers the US population and its characteristics.",
        "# 1-JAN-0001 in JD = 1721425.5",
        "a large variety of species including lemurs, antelope, camels, and more",
        "MAX_RETRIES = 3  # DENVER region default",
    ],
)
def test_social_text_rules_leave_code_and_words_alone(text):
    assert {t for t, _ in typed(text)} & {"PERSON", "LOCATION"} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bill is from the labyrinth review", "Bill"),  # a name that is also a word, as subject
        ("LeBron is by far the most entertaining player", "LeBron"),  # a surname prefix + capital
        ("Dreymond , so much better player than LeQueen , complete pkg", "LeQueen"),
    ],
)
def test_sentence_opening_and_prefixed_names(text, name):
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Build is failing on main again",  # an everyday word as subject is no name
        "Use a DiGraph or a DataFrame here",  # PascalCase identifiers stay unflagged
    ],
)
def test_subjects_and_identifiers_not_names(text):
    assert not {t for t, _ in typed(text)} & {"PERSON", "LOCATION"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I 'm gonna need some company next Friday in NYC ...", "NYC"),  # spaCy: LOC, not GPE
        ("moving to the UK in approx 12 days", "UK"),
        ("we are moving to the US in spring", "US"),
    ],
)
def test_abbreviated_places_after_a_place_preposition(text, place):
    assert ("LOCATION", place) in typed(text)


def test_shouted_rare_names_are_read():
    assert ("PERSON", "OBAMA") in typed("Well , THANKS OBAMA ! : D")
    # a run of shouted constants is no English sentence
    assert truecase_names('{ORTH: "x", NORM: "y"}') == '{ORTH: "x", NORM: "y"}'


def test_country_in_shouted_sentence_is_a_place():
    assert ("LOCATION", "INDIA") in typed("ISI AND FBI TO REPEAT PESAWAR , INDIA MAY BE BLAMED")


def test_given_name_with_lower_case_surname():
    assert ("PERSON", "Kylie minogue") in typed("I ' m getting a garbage , Kylie minogue feel")
