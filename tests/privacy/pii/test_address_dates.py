"""English "Month D, YYYY" dates are no "street number, postcode city" address."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.address_dates import written_date


def _locations(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(
    "text",
    [
        "On June 5, 1998 President Clinton signed the bill.",
        "Start of the novel: April 6, 1928 Good Friday",
        '"All Things Considered (8:00 PM ET) - NPR March 30, 2004 Tuesday',
        "November 7, 2010 First time eating here and it was great.",
        "Release notes: Sept. 3, 2024 Hotfix for Login",
        "On Aug. 12, 2003 Congress said it would vote.",
        "The vote on Sept. 3, 2004 President Bush won.",
    ],
)
def test_dates_are_no_addresses(text):
    assert not _locations(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Hauptweg 5, 1998 Amsterdam", "Hauptweg 5, 1998 Amsterdam"),
        ("Send it to Maistraat 12, 3011 Rotterdam please", "Maistraat 12, 3011 Rotterdam"),
        ("Rue de Rivoli 99, 75001 Paris", "Rue de Rivoli 99, 75001 Paris"),
    ],
)
def test_street_number_postcode_city_still_found(text, address):
    assert address in _locations(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Meet me at 1600 Pennsylvania Avenue on June 5, 2020.", "1600 Pennsylvania Avenue"),
        ("I live at 12 Main Street, Austin, TX 78701", "12 Main Street, Austin, TX 78701"),
    ],
)
def test_addresses_next_to_dates_still_found(text, address):
    assert address in _locations(text)


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("June 5, 1998 President", True),
        ("Dec. 12th, 2001 Houston", True),
        ("Hauptweg 5, 1998 Amsterdam", False),
        ("Mayweg 5, 1998 Amsterdam", False),  # a street named after a month word
        ("June 5, 12345 Berlin", False),
    ],
)
def test_written_date(value, date):
    assert written_date(value) is date
