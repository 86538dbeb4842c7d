"""Spaced-dash phone numbers, section numbers that look like IPv4 addresses and Norwegian
function-word lines (session 35, issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.patterns import detect_ips
from transforms.privacy.pii.phones import detect_phones


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_phones(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Facsimile: (617) 880 - 3456", "(617) 880 - 3456"),
        ("Telephone (212) 688 – 5000, Boston", "(212) 688 – 5000"),
        ("call 617 880 - 3456 today", "617 880 - 3456"),
    ],
)
def test_spaced_dash_number_is_whole(text: str, number: str) -> None:
    assert _phones(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "open 10 - 12 daily",
        "fiscal years 2019 - 2020",
        "see pages 100 - 120",
        "page 617 880 - 3456",
        "rows 123456 - 987654 were dropped",
    ],
)
def test_ranges_stay_unflagged(text: str) -> None:
    assert _phones(text) == []


def test_two_numbers_joined_by_a_dash_stay_two() -> None:
    text = "Tel. 617-880-3456 - 617-880-3457"
    assert _phones(text) == ["617-880-3456", "617-880-3457"]


@pytest.mark.parametrize(
    "text",
    [
        "Se kap. 3.5.2.6 for detaljer.",
        "I henhold til § 1.2.3.4 skal styret",
        "as set out in section 4.1.2.3 of the Agreement",
        "gemäß Kapitel 2.1.4.3 der Satzung",
        "voir chapitre 5.2.1.1 ci-dessous",
        "según el capítulo 7.1.2.3",
        "Clause 14.2.1.3 applies",
        "3.5.2.6 Beregning av tilskudd",
    ],
)
def test_section_numbers_are_no_address(text: str) -> None:
    assert detect_ips(text) == []


@pytest.mark.parametrize(
    "text",
    ["server at 84.12.33.4 is down", "84.12.33.4 timed out", "blocked 84.12.33.4 Tuesday"],
)
def test_public_addresses_stay_flagged(text: str) -> None:
    assert [text[s.start : s.end] for s in detect_ips(text)] == ["84.12.33.4"]


@pytest.mark.parametrize("line", ["Jeg vet ikke.", "Det er bra.", "Det er han."])
def test_norwegian_function_word_lines(line: str) -> None:
    assert foreign_language(line) in {"no", "da"}


@pytest.mark.parametrize("line", ["I see.", "It is ok.", "Yes we can."])
def test_short_english_lines_stay_english(line: str) -> None:
    assert foreign_language(line) is None


@pytest.mark.parametrize("line", ["Jeg vet ikke.", "Det er bra."])
def test_norwegian_pronouns_are_no_names(line: str) -> None:
    assert [s for s in detect(line) if s.type == "PERSON"] == []
