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


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Street name + number with no street-type word: after an address cue or before a unit.
        ("Jo gave me his address: Dunajska 56, Studenec", "Dunajska 56, Studenec"),  # SI
        ("She lives at 172 Maneeži 75, Saareküla", "172 Maneeži 75, Saareküla"),  # EE
        ("4596 Tylova 285  Suite 578", "4596 Tylova 285  Suite 578"),  # CZ, unit next
        ("Timotea lives on Via dei Fiorentini 17 street.", "Via dei Fiorentini 17"),  # IT
        # Street corners, an English way to give an address.
        ("send it to the corner of Alšova 408 and Vedzizhev Greens",
         "the corner of Alšova 408 and Vedzizhev Greens"),
        ("stop at the corner of ul. Cicha 86 and Leokadia Trail?",
         "the corner of ul. Cicha 86 and Leokadia Trail"),
        # USPS Publication 28 military addresses.
        ("send a new one to USNS Comfort FPO AA 34055?", "USNS Comfort FPO AA 34055"),
        ("address: unit 4526 box 0671\ndpo ap 40902", "unit 4526 box 0671\ndpo ap 40902"),
    ],
)  # fmt: skip
def test_addresses_without_a_street_type_word(text, address):
    assert address in vals(text)


@pytest.mark.parametrize(
    "text",
    [
        "I moved to Python 3, Django came later",
        "I live on Windows 11, Linux at work",
        "we were in the corner of the room and it was cold",
        "deploy to Vercel 2, then Netlify",
        "Chapter 5, Section 2 explains it",
    ],
)
def test_cued_address_look_alikes(text):
    assert vals(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Street + number on one line, unit on the next; a blank line before "country postcode".
        ("Jo Doe\n\n009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755",
         "009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755"),
        ("41086 Kiannonkatu 98\n Suite 464\n OULU\n\n Finland 80896",
         "41086 Kiannonkatu 98\n Suite 464\n OULU\n\n Finland 80896"),
        # Lines led by bullets or mojibake ("???").
        ("??? 53772 Holmatun 45\n??? Suite 757\n??? Iceland 28766",
         "53772 Holmatun 45\n??? Suite 757\n??? Iceland 28766"),
    ],
)  # fmt: skip
def test_multi_line_address_blocks(text, address):
    assert address in vals(text)


def test_blank_line_ends_an_address_without_a_postcode_line():
    text = "Ship to Hauptstraße 5, Berlin\n\nThanks for the help"
    assert vals(text) == ["Hauptstraße 5, Berlin"]
