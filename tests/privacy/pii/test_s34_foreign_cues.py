"""Session 34: German places before a plain noun or after "in", Swedish interjections opening
a line (issue 14; tuned on GermEval 2014 and UNER Swedish Talbanken dev)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.german_runs import german_parts


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Mit Piece of Me erreichte Spears u. a. in Irland und Brasilien Platz 1 der Charts .",
            "Brasilien",
        ),
        (
            "Der polnische Rennkanute Adam Seroczynski , in Peking Vierter , wurde gesperrt .",
            "Peking",
        ),
    ],
)
def test_german_listed_places_before_a_noun_or_after_in(text, place):
    assert (place, "LOCATION") in _found(text)


def test_a_place_and_a_plain_noun_are_cut_apart():
    text = "in Brasilien Platz 1"
    assert german_parts(text, 3, ["Brasilien", "Platz"]) == [(3, ["Brasilien"])]


def test_a_german_noun_after_am_stays_a_noun():
    # "am Hof": the noun, not the town Hof
    assert ("Hof", "LOCATION") not in _found("Die Stadt liegt am Hof des Königs .")


@pytest.mark.parametrize(
    "text",
    [
        "Jo, kvinnorna måste betrakta även detta som en rättighet.",
        "Ja, men den dag han inte vill längre eller kan så är det slut.",
    ],
)
def test_swedish_interjections_are_no_addressed_names(text):
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [("Anna, kan du komma hit?", "Anna"), ("Maria, du måste komma hem nu.", "Maria")],
)
def test_swedish_addressed_names_stay(text, name):
    assert (name, "PERSON") in _found(text)


def test_english_vocative_stays():
    assert ("Jo", "PERSON") in _found("Jo, can you send me the report by Friday?")
