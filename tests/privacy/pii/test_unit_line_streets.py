"""The street line right above a unit line belongs to the address."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.unit_line_streets import unit_line_streets
from transforms.privacy.spans import Span


def _locations(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Lina Artemova\n\nTrenerys gate 232\n Apt. 676\n TRONDHEIM\n Norway 37249",
            "Trenerys gate",
        ),
        (
            "Ava Hillary\n\n75514 Zumalakarregi etorbidea 51\n Apt. 072\n Consell\n\n Spain 13431",
            "etorbidea",
        ),
    ],
)
def test_street_line_above_a_unit_is_taken_in(text, street):
    assert any(street in v and "Apt." in v for v in _locations(text))


@pytest.mark.parametrize(
    "above",
    [
        "Please send it to me at 5",  # a sentence
        "Phone 555 0134",  # a label
        "Chapter 5",
        "<ADDRESS>",  # a placeholder
    ],
)
def test_other_lines_above_a_unit_stay_out(above):
    text = above + "\nSuite 546\nKarlstadt\nGermany 19744"
    unit = text.index("Suite")
    (span,) = unit_line_streets(text, [Span(unit, len(text), "LOCATION", 0.8, "street_address")])
    assert span.start == unit


def test_only_addresses_opening_with_a_unit_grow():
    text = "Trenerys gate 232\nKarlstadt 19744"
    start = text.index("Karlstadt")
    spans = [Span(start, len(text), "LOCATION", 0.8, "street_address")]
    assert unit_line_streets(text, spans) == spans
