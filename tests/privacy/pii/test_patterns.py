"""Structured-PII detectors on fixed strings: formats, checksums, code look-alikes."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.patterns import (
    detect_addresses,
    detect_cards,
    detect_emails,
    detect_ibans,
    detect_ips,
    detect_patterns,
    detect_phones,
    detect_ssns,
    iban_ok,
    luhn_ok,
    ssn_ok,
)
from transforms.privacy.spans import resolve_overlaps


def vals(detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector(text)]


def test_emails():
    text = "Send it to maria.garcia@gmail.com, j_schmidt+shop@tinyfox.co.uk and ops@brightlane.io."
    assert vals(detect_emails, text) == [
        "maria.garcia@gmail.com",
        "j_schmidt+shop@tinyfox.co.uk",
        "ops@brightlane.io",
    ]


@pytest.mark.parametrize(
    "negative",
    [
        "import logo from './logo@2x.png'",
        "git clone git@github.com:acme/app.git",
        "npm i react@18.2.0 @supabase/supabase-js@2.39.0",
        "@app.route('/users')",
        "user@localhost",
        "the decorator @dataclass(frozen=True)",
    ],
)
def test_email_look_alikes(negative):
    assert vals(detect_emails, negative) == []


@pytest.mark.parametrize(
    "phone",
    [
        "(415) 555-0134",
        "415-867-5309",
        "+1 212 867 5309",
        "+1-212-867-5309",
        "415.867.5309",
        "+44 7911 123456",
        "+49 151 12345678",
        "+33 6 12 34 56 78",
        "+91 98765 43210",
        "+34 612 345 678",
        "020 7946 0958",
    ],
)
def test_phone_formats(phone):
    assert vals(detect_phones, f"call me at {phone} tomorrow") == [phone]


@pytest.mark.parametrize(
    "negative",
    [
        "timestamp 1754321098 is seconds",
        "ticket #4155552671 loads forever",
        "node 20.11.1 on port 3000",
        "released 2026-11-20 at 10:15:00",
        "ip 192.168.100.200",
        "version 1.2.3",
        "price 1,299.00",
        "uuid 3f2a9c1b-7d8e-4f6a-8b1c-2d3e4f5a6b7c",
        "id: 415-867-5309",
    ],
)
def test_phone_look_alikes(negative):
    assert vals(detect_phones, negative) == []


def test_cards_need_issuer_length_and_luhn():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    text = (
        "cards 4111 1111 1111 1111, 5500-0000-0000-0004, 378282246310005, "
        "3782 822463 10005 and 6011000990139424"
    )
    assert vals(detect_cards, text) == [
        "4111 1111 1111 1111",
        "5500-0000-0000-0004",
        "378282246310005",
        "3782 822463 10005",
        "6011000990139424",
    ]
    # Luhn-invalid, unknown issuer (13-digit ms timestamp), or part of an identifier.
    assert vals(detect_cards, "4111 1111 1111 1112 and 1754321098123 and id_4111111111111111") == []


def test_ibans_validate_country_length_and_mod97():
    assert iban_ok("DE89370400440532013000") and not iban_ok("DE89370400440532013001")
    text = "IBAN DE89 3704 0044 0532 0130 00, or GB82WEST12345698765432. Thanks"
    assert vals(detect_ibans, text) == ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432"]
    assert vals(detect_ibans, "DE89 3704 0044 0532 0130 01 and XX12 3456 7890 1234") == []


def test_ips():
    text = "servers 34.120.12.7, 81.2.69.142:8080 and 2a00:1450:4001:82b::200e."
    assert vals(detect_ips, text) == ["34.120.12.7", "81.2.69.142", "2a00:1450:4001:82b::200e"]
    # private, documentation and link-local addresses identify no internet host (ip_scope)
    internal = "servers 10.0.12.7, 203.0.113.42:8080, 2001:db8:85a3::8a2e:370:7334, fe80::1ff:fe23"
    assert vals(detect_ips, internal) == []


@pytest.mark.parametrize(
    "negative",
    [
        "listens on 0.0.0.0:8000 and 127.0.0.1 works",
        "version 1.2.3.4",
        "Chrome 120.0.6099.109",
        "at 12:30:45 today",
        "mask 255.255.255.0",
        "999.1.1.1 is not an ip",
    ],
)
def test_ip_look_alikes(negative):
    assert vals(detect_ips, negative) == []


def test_ssns():
    assert ssn_ok("219", "09", "9999") and not ssn_ok("666", "12", "3456")
    assert not ssn_ok("912", "12", "3456") and not ssn_ok("123", "00", "4567")
    assert vals(detect_ssns, "employee SSN 219-09-9999, phone later") == ["219-09-9999"]
    assert vals(detect_ssns, "SSN: 219 09 9999") == ["219 09 9999"]
    assert vals(detect_ssns, "room 219 09 9999") == []  # spaces need an SSN context word
    assert vals(detect_ssns, "000-12-3456 and 123-45-0000 and 2026-11-2000") == []


@pytest.mark.parametrize(
    "address",
    [
        "4521 Main Street, Austin, TX 78712",
        "88 Oak Avenue, Portland, OR 97201",
        "1600 Amphitheatre Parkway, Mountain View, CA 94043",
        "221B Baker Street, London NW1 6XE",
        "Hauptstraße 12, 10115 Berlin",
        "Calle de Alcalá 42, 28014 Madrid",
        "17 Rue de Rivoli, 75001 Paris",
        "Via Roma 5, 00184 Roma",
        "Rua Augusta 90, 1100-053 Lisboa",
        "Keizersgracht 150, 1015 CX Amsterdam",
        "Kungsgatan 7, 111 43 Stockholm",
        "12 High Street, Manchester M4 1HN",
    ],
)
def test_street_addresses(address):
    assert vals(detect_addresses, f"Default shipping address should be {address}.") == [address]


@pytest.mark.parametrize(
    "negative",
    [
        "Step 3 Next Page",
        "We need 3 Main Components",
        "the 2 Steps of the Way we build",
        "Running on port 3000 with 4 Workers",
    ],
)
def test_address_look_alikes(negative):
    assert vals(detect_addresses, negative) == []


def test_patterns_never_emit_url_or_date():
    text = "see https://example.com/docs on 2026-11-20 or mail a.b@acme.io"
    types = {s.type for s in resolve_overlaps(detect_patterns(text))}
    assert types == {"EMAIL_ADDRESS"}


def test_jcb_15_digit_and_maestro_12_digit_cards():
    # JCB's 1800/2131 15-digit ranges; Maestro's 12-digit cards only right after a card word.
    assert vals(detect_cards, "lost my card 180016070420458.") == ["180016070420458"]
    assert vals(detect_cards, "my credit card number is 675984103431?") == ["675984103431"]
    assert vals(detect_cards, "card: 503867297114") == ["503867297114"]
    # "cc" and a question before the number; Maestro/Laser 6304
    assert vals(detect_cards, "last billed amount for cc 586711439776") == ["586711439776"]
    assert vals(detect_cards, "What's your credit card? 502051238017") == ["502051238017"]
    assert vals(detect_cards, "Please block card no 630460401494") == ["630460401494"]
    assert vals(detect_cards, "cc 586711439775") == []  # Luhn-invalid
    assert vals(detect_cards, "ticket 586711439776") == []  # no card word
    # The same 12 digits as an order id, and a Luhn-invalid 15-digit 1800 number.
    assert vals(detect_cards, "order id 675984103431") == []
    assert vals(detect_cards, "card 180016070420459") == []


def test_ibans_of_registry_members_added_later():
    # Saint Lucia (32) and Russia (33) joined the SWIFT IBAN registry late; example IBANs
    # in the registry's published format, mod-97 valid.
    assert vals(detect_ibans, "pay LC55HEMM000100010012001200023015 now") == [
        "LC55HEMM000100010012001200023015"
    ]
    assert vals(detect_ibans, "pay LC55HEMM000100010012001200023016 now") == []
