"""International street addresses (documented postal formats) and their code look-alikes."""

from __future__ import annotations

import pytest

from transforms.privacy.addresses import detect_street_addresses


def vals(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_street_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ship it to Rua Augusta 274, Lisboa please", "Rua Augusta 274, Lisboa"),  # PT
        ("office: Calle de Alcalá 55, 28014 Madrid", "Calle de Alcalá 55, 28014 Madrid"),  # ES
        ("we are at Via Roma 124 now", "Via Roma 124"),  # IT
        ("send to Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),  # DE
        ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),  # NL
        ("address: 12 Rue de la Paix, 75002 Paris", "12 Rue de la Paix, 75002 Paris"),  # FR
        ("221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),  # UK
        ("Kevin lives at 5049 Harjukuja 54, SEINÄJOKI", "5049 Harjukuja 54, SEINÄJOKI"),  # FI
        ("Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796",
         "Erzsébet tér 19.\n Suite 282\n Domoszló\n Hungary 34796"),  # HU, multi-line
        ("mail to PSC 6293, Box 8158\nAPO AP 04336", "PSC 6293, Box 8158\nAPO AP 04336"),  # US mil
        ("the bus stops at ul. Chrzanowska 61", "ul. Chrzanowska 61"),  # PL
    ],
)  # fmt: skip
def test_documented_formats(text, address):
    assert vals(text) == [address]


def test_extension_stops_at_a_sentence_end():
    text = "Our office: Hauptstraße 3, 10115 Berlin. Phone (404) 310-9684."
    assert vals(text) == ["Hauptstraße 3, 10115 Berlin"]


@pytest.mark.parametrize(
    "negative",
    [
        "for i in range(10): print(i)",
        "See Step 3 in the docs",
        "Python 3.11 and Node 20",
        "const Foo = Bar 42;",
        "Table 2 shows Figure 7",
        "Chapter 12 Section 4",
        "retry 3 times then wait 500 ms",
        "the Playwright test on line 42 fails",
    ],
)
def test_code_and_prose_look_alikes(negative):
    assert vals(negative) == []
