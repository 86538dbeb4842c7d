"""The country line of a street address is its own place
(``transforms.privacy.pii.address_countries``). Addresses written anew in the formats of the
address_formats dev split."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.address_countries import country_tails
from transforms.privacy.spans import Span


def _parts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "street", "country"),
    [
        ("Send it to 8-9 Quay Street, Claddagh, Galway, Ireland.", "8-9 Quay Street", "Ireland"),
        ("4 Harbour Road\nStanley\nFalkland Islands", "4 Harbour Road", "Falkland Islands"),
        ("12 Rue de Rivoli, 75001 Paris, FRANCE", "12 Rue de Rivoli", "FRANCE"),
        ("17 Kanalvägen\n194 61 Upplands Väsby\nSweden", "17 Kanalvägen", "Sweden"),
    ],
)
def test_country_split_off(text: str, street: str, country: str) -> None:
    parts = _parts(text)
    assert country in parts
    assert any(p.startswith(street) and country not in p for p in parts)


def test_territory_and_country_are_two() -> None:
    parts = _parts("Rose Hotel, 1 Ross Road, Stanley, Falkland Islands, United Kingdom.")
    assert "Falkland Islands" in parts and "United Kingdom" in parts


@pytest.mark.parametrize(
    "text",
    [
        # a postcode after the country stays with the address
        "Mia Berg\n\n177 Stroud Way\n Suite 822\n Johnsonville\n New Zealand 75021",
        # the last part is a town, not a country
        "Mail: 221 Baker Street, London NW1 6XE",
        # a town after the street
        "He lives at 5 Elm Road, Springfield.",
    ],
)
def test_no_country_line(text: str) -> None:
    spans = [s for s in detect(text) if s.type == "LOCATION" and s.detector == "street_address"]
    assert len(spans) == 1


def test_only_street_addresses() -> None:
    # a place span from another detector (or code text) is never cut
    text = "path = 'src/Galway, Ireland'"
    span = Span(8, 27, "LOCATION", 0.8, "spacy_ner")
    assert country_tails(text, [span]) == [span]
    code = "addr = '1 Main Street, Ireland'"
    street = Span(8, 30, "LOCATION", 0.8, "street_address")
    assert [code[s.start : s.end] for s in country_tails(code, [street])] == [
        "Ireland",
        "1 Main Street",
    ]
