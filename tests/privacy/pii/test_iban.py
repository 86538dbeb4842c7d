"""IBANs of every registry country in every written form, and the look-alikes left alone.

``tests/data/iban/examples.json`` holds one valid IBAN per country of the SWIFT IBAN registry,
built to each country's BBAN structure (see ``make_examples.py`` there). The forms follow the
registry's print (groups of four) and electronic (no spaces) formats; lower case, dashed groups
and IBAN prefixes are how Presidio's ``IbanRecognizer`` accepts them too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.privacy.pii.patterns import IBAN_LENGTHS, detect_ibans, iban_ok

EXAMPLES: dict[str, str] = json.loads(
    (Path(__file__).parents[2] / "data" / "iban" / "examples.json").read_text(encoding="utf-8")
)


def _groups(iban: str, sep: str = " ") -> str:
    return sep.join(iban[i : i + 4] for i in range(0, len(iban), 4))


FORMS = {
    "print": _groups,
    "electronic": lambda s: s,
    "lower": str.lower,
    "lower_print": lambda s: _groups(s).lower(),
    "dashed": lambda s: _groups(s, "-"),
    "nbsp": lambda s: _groups(s, "\u00a0"),
}
CONTEXTS = [
    "{}",
    "IBAN {}",
    "IBAN: {}",
    "IBAN:{}",
    "iban={};",
    "Please pay to {}.",
    "({})",
    '"{}"',
    "[{}]",
    "<{}>",
    "{}, thanks",
    "Konto: {}!",
    "my iban is {}?",
]


def test_fixture_covers_every_country_we_know():
    assert set(EXAMPLES) == set(IBAN_LENGTHS)
    for country, iban in EXAMPLES.items():
        assert iban_ok(iban), country


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("country", sorted(EXAMPLES))
def test_every_country_in_every_form_and_context(country, form):
    value = FORMS[form](EXAMPLES[country])
    for context in CONTEXTS:
        text = context.format(value)
        start = text.index(value)
        spans = [(s.start, s.end, s.type) for s in detect_ibans(text)]
        assert spans == [(start, start + len(value), "IBAN_CODE")], text


@pytest.mark.parametrize(
    "text",
    [
        "GB29 NWBK 6016 1331 9268 19",  # the SWIFT registry's example for GB
        "DE89370400440532013000",
        "nl91abna0417164300",
        "FR14-2004-1010-0505-0001-3M02-606",
    ],
)
def test_published_examples(text):
    assert [(s.start, s.end) for s in detect_ibans(text)] == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "request id de1912a84ab992bdd63f53 failed",  # lower-case hex, DE length, mod-97 ok
        "trace ee08db61-55d8-e17f-abaf-920966be149c",  # UUID with groups of four inside
        "uuid c600b9b6-fab8-ee73-88fb-786c1e46c595",
        "DE89-3704-0044-0532-0130-01",  # dashed, wrong check digits
        "De89370400440532013000",  # mixed case
        "version de12.3.4 and build GB22",
    ],
)
def test_look_alikes_are_not_ibans(text):
    assert detect_ibans(text) == []


def test_registry_length_wins_over_a_trailing_group():
    text = "DE89 3704 0044 0532 0130 00 1"
    assert [text[s.start : s.end] for s in detect_ibans(text)] == ["DE89 3704 0044 0532 0130 00"]


def test_lower_case_hex_shaped_iban_needs_a_bank_word():
    assert detect_ibans("id de1912a84ab992bdd63f53") == []
    text = "IBAN de1912a84ab992bdd63f53"
    assert [(s.start, s.end) for s in detect_ibans(text)] == [(5, len(text))]
