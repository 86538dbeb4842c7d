"""Unit, locality and postcode lines under a street line belong to the address."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.address_blocks import address_blocks
from transforms.privacy.spans import Span


def _locations(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "tiegan hill\n262 thisseos avenue\napt. 508\nagios dometios\ncyprus 51067",
            "262 thisseos avenue\napt. 508\nagios dometios\ncyprus 51067",
        ),
        (  # quote marks opening each line, a blank line before the country line
            "> 262 thisseos avenue\n> apt. 508\n> agios dometios\n>\n> cyprus 51067",
            "262 thisseos avenue\n> apt. 508\n> agios dometios\n>\n> cyprus 51067",
        ),
    ],
)
def test_block_under_a_lower_case_street(text, address):
    assert address in _locations(text)


def _grow(text: str, street: str) -> str:
    start = text.index(street)
    (span,) = address_blocks(text, [Span(start, start + len(street), "LOCATION", 0.8, "x")])
    return text[span.start : span.end]


@pytest.mark.parametrize(
    "text",
    [
        "262 thisseos avenue\nagios dometios\ncyprus 51067",  # no unit line: words alone are weak
        "262 thisseos avenue\napt. 508\nthe parcel is late\nsince 2024",  # prose, not a place
        "262 thisseos avenue\n\napt. 508",  # a blank line before the unit: another paragraph
    ],
)
def test_lines_that_are_no_block_stay_out(text):
    assert _grow(text, "262 thisseos avenue") in (
        "262 thisseos avenue",
        "262 thisseos avenue\napt. 508",
    )
    assert "cyprus" not in _grow(text, "262 thisseos avenue")
    assert "the parcel" not in _grow(text, "262 thisseos avenue")


def test_unit_line_alone_is_taken():
    assert _grow("262 thisseos avenue\napt. 508\nsee you", "262 thisseos avenue") == (
        "262 thisseos avenue\napt. 508"
    )


def test_placeholder_street_does_not_grow():
    # a redacted street is no LOCATION span; nothing here is grown
    text = "<ADDRESS>\napt. 508\nagios dometios\ncyprus 51067"
    assert address_blocks(text, []) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (  # a unit word the street name took in, its number after it
            "send it to 224 108 Rue de Marrakech Apt. 290 please",
            "224 108 Rue de Marrakech Apt. 290",
        ),
        (  # house number and unit after a lower-case type-first name
            "please return to 67829 avenida júlio s dias 106 suite 045 in case of an issue.",
            "67829 avenida júlio s dias 106 suite 045",
        ),
    ],
)
def test_same_line_unit_numbers(text, address):
    assert address in _locations(text)


@pytest.mark.parametrize(
    "after",
    [" 106 people came", " Apt. is small", " 12 times"],  # a count, a unit word alone
)
def test_same_line_numbers_without_a_unit_stay_out(after):
    text = "Rua Augusta 274" + after
    assert _grow(text, "Rua Augusta 274") == "Rua Augusta 274"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (  # a lower-case unit line opens the block; the street line above joins it
            "abner reyna\n\n771 ul. lasek brzozowy 49\n apt. 368\n warszawa\n poland 46819",
            "771 ul. lasek brzozowy 49\n apt. 368\n warszawa\n poland 46819",
        ),
        (  # the postcode line goes on with the sentence
            "the letter arrived at 5617 hvítárbakka 97\n apt. 001\n ólafsfjörður\n iceland 94155 "
            "last night.",
            "apt. 001\n ólafsfjörður\n iceland 94155",
        ),
        ("i need: uss márquez\nfpo ae 74667", "uss márquez\nfpo ae 74667"),  # USPS Pub. 28
    ],
)
def test_blocks_opening_with_a_lower_case_unit_line(text, address):
    assert address in _locations(text)


@pytest.mark.parametrize(
    "text",
    [
        "todo:\n apt. 368\n check the logs\n since 2024",  # prose lines
        "rooms\n unit 4\n unit 5\n total",  # no postcode line
        "<ADDRESS>\n apt. 368\n warszawa\n poland <POSTCODE>",  # placeholders
    ],
)
def test_unit_lines_that_open_no_block(text):
    assert _locations(text) == []
