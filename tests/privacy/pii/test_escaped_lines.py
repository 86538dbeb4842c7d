"""Escaped line breaks ("\\n" as two characters) are read as line breaks by the PII detectors."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.escaped_lines import line_break_view

# written out of JSON or a log: every line break is backslash + n
SIGNATURE = r"Maria Lopez\nAcme Ltd\n12 Kaevu 94\n Tallinn\n Estonia 10613\n5550 1347 office\n"


def _found(text: str, etype: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == etype]


def test_view_keeps_length_and_turns_escapes_into_line_breaks():
    view = line_break_view(SIGNATURE)
    assert len(view) == len(SIGNATURE)
    assert view.startswith("Maria Lopez \nAcme Ltd \n12 Kaevu 94")


def test_escaped_signature_block_is_read_line_by_line():
    assert "5550 1347" in _found(SIGNATURE, "PHONE_NUMBER")
    assert any(v.startswith("12 Kaevu 94") for v in _found(SIGNATURE, "LOCATION"))
    assert not any(v.startswith("n") for v in _found(SIGNATURE, "PHONE_NUMBER"))


def test_escaped_email_is_not_glued_to_the_escape_letter():
    text = r"E-mail:\nMariaLopez@example.com\n"
    assert _found(text, "EMAIL_ADDRESS") == ["MariaLopez@example.com"]


@pytest.mark.parametrize(
    "text",
    [
        r"C:\Users\nina\notes\report.txt",  # a Windows path, not three lines
        r"re.compile(r'\d+\n\w+')",  # a regex
        r'multiline = "\n" in self.text',  # an escape inside a quote is a string literal
        r'print(f"{name}\n")',
        r"a\\nb",  # an escaped backslash, then the letter n
        "no escapes at all",
    ],
)
def test_look_alikes_keep_the_text(text):
    assert line_break_view(text) == text


def test_placeholders_stay_unflagged():
    text = r"Name: <NAME>\nPhone: <PHONE>\nAddress: [REDACTED]\n"
    assert not [s for s in detect(text) if s.type in ("PERSON", "PHONE_NUMBER", "LOCATION")]


def test_escape_after_a_closing_quote_opens_a_line():
    text = r'Aki: "Who are you?"\nAki: "I am fine"'
    assert line_break_view(text) == 'Aki: "Who are you?" \nAki: "I am fine"'
