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
