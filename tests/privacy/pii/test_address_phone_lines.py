"""A street address ends before a line that opens with a phone number."""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.address_phone_lines import trim_at_phone_lines
from transforms.privacy.spans import Span

BLOCK = (
    "Fleur Monjeau\n\n774 Alter Wall 79\n Suite 546\n Karlstadt\n Germany 19744\n"
    "09352 52 84 57-Office"
)


def _found(text: str, etype: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == etype]


def test_phone_line_under_an_address_is_a_phone():
    assert _found(BLOCK, "LOCATION") == [
        "774 Alter Wall 79\n Suite 546\n Karlstadt\n Germany 19744"
    ]
    assert _found(BLOCK, "PHONE_NUMBER") == ["09352 52 84 57"]


def test_postcode_line_is_kept():
    text = "Kasvu 15\n10613 Tallinn\nEstonia"
    assert any("10613 Tallinn" in v for v in _found(text, "LOCATION"))


def test_trim_cuts_only_at_a_line_start():
    text = "12 Main St, call 555 0134\n555 0135 office"
    loc = Span(0, len(text), "LOCATION", 0.8, "street_address")
    inline = Span(17, 25, "PHONE_NUMBER", 0.9, "phone")
    assert trim_at_phone_lines(text, [loc, inline]) == [loc, inline]
    line = Span(26, 34, "PHONE_NUMBER", 0.9, "phone")
    (cut, _) = trim_at_phone_lines(text, [loc, line])
    assert text[cut.start : cut.end] == "12 Main St, call 555 0134"


def test_placeholder_phone_line_changes_nothing():
    text = "774 Alter Wall 79\n Karlstadt\n Germany 19744\n<PHONE> office"
    assert not _found(text, "PHONE_NUMBER")
