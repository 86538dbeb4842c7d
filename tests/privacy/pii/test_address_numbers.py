"""A second number right before a number-first street line belongs to the address."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.address_numbers import leading_house_numbers
from transforms.privacy.spans import Span


def _grow(text: str, street: str) -> str:
    start = text.index(street)
    (span,) = leading_house_numbers(text, [Span(start, start + len(street), "LOCATION", 0.8, "x")])
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "street", "address"),
    [
        ("28778 2921 rue Parc\nSuite 972", "2921 rue Parc", "28778 2921 rue Parc"),
        ("}}28778 2921 rue Parc", "2921 rue Parc", "28778 2921 rue Parc"),  # quote marks
        (
            "she lives at 38542 82 rue Ernest Renan",
            "82 rue Ernest Renan",
            "38542 82 rue Ernest Renan",
        ),
        ("address: 2 34 Smith Street", "34 Smith Street", "2 34 Smith Street"),
        ("941 eichendorffstr. 31\napt. 408", "eichendorffstr. 31", "941 eichendorffstr. 31"),
    ],
)
def test_number_before_the_street_is_taken_in(text, street, address):
    assert _grow(text, street) == address


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("call 555 12 34 Main Street", "34 Main Street"),  # a figure before: phone-like run
        ("at 3.5 12 Main Street", "12 Main Street"),  # a decimal, not a number
        ("we sold 941 eichendorffstr. 31", "eichendorffstr. 31"),  # name-first: line start only
        ("<ADDRESS> 12 Main Street", "12 Main Street"),  # placeholder before
    ],
)
def test_other_numbers_stay_out(text, street):
    assert _grow(text, street) == street


def test_engine_takes_the_number_in():
    text = "Ewan Richards\n58860 ul. Chrzanowska 61\nSuite 795\nPoznań\nPoland 51825"
    assert any(
        v.startswith("58860 ul. Chrzanowska 61")
        for v in [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Mrs. Caitlin Guernon Apt. 698 622 787 Bridgeport Rd\nOrangeville ON L9W 2J9",
            "Apt. 698 622 787 Bridgeport Rd\nOrangeville ON L9W 2J9",
        ),
        ("Flat 4, 12 High Street, London", "Flat 4, 12 High Street, London"),
    ],
)
def test_unit_before_the_street_on_one_line_is_one_address(text, address):
    assert address in [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


def test_unit_and_street_apart_stay_apart():
    from transforms.privacy.pii.address_numbers import units_before_streets

    text = "Apt. 698 is free. 12 High Street"
    spans = [
        Span(0, 8, "LOCATION", 0.8, "x"),
        Span(text.index("12"), len(text), "LOCATION", 0.8, "x"),
    ]
    assert units_before_streets(text, spans) == spans


def test_number_after_a_place_preposition_but_not_a_year():
    text = "it's in 1601 prinsenstraat 186 apt. 145"
    assert _grow(text, "prinsenstraat 186 apt. 145") == "1601 prinsenstraat 186 apt. 145"
    text = "built in 2019 prinsenstraat 186"
    assert _grow(text, "prinsenstraat 186") == "prinsenstraat 186"
