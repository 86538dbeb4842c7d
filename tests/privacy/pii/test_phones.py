"""International phone detection (phonenumbers-validated) and its code look-alikes."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.phones import detect_phones


def vals(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_phones(text)]


@pytest.mark.parametrize(
    "phone",
    [
        "+44 20 7946 0958",  # UK London
        "+49 30 901820",  # DE Berlin
        "+33 1 42 68 53 00",  # FR Paris
        "+31 20 624 1111",  # NL Amsterdam
        "+351 21 346 3721",  # PT Lisbon
        "+34 915 21 22 22",  # ES Madrid
        "+55 11 3071-0948",  # BR São Paulo
        "+447700 900 123",  # UK mobile, grouped oddly
        "030 901820 12",  # DE national (valid range)
        "06 12 34 56 78",  # FR mobile, national
        "01.84.17.61.18",  # FR dotted
        "(415) 555-0134 x204",  # US with extension
    ],
)
def test_international_and_national_numbers(phone):
    assert vals(f"you can reach us at {phone} during the day") == [phone]


@pytest.mark.parametrize("phone", ["467 3395", "9472 7916", "(99) 645-791"])
def test_short_local_numbers_need_a_phone_word(phone):
    assert vals(f"Phone: {phone}") == [phone]
    assert vals(f"call me on {phone}?") == [phone]
    assert vals(f"the values {phone} were logged") == []


@pytest.mark.parametrize(
    "negative",
    [
        "const ts = 1754321098123;",
        "pip install numpy==1.26.4 pandas==2.2.0",
        "Chrome 120.0.6099.109 crashes",
        "released 2026-11-20 at 10:15:00",
        "server at 10.0.12.200 port 8080",
        "total 1 234 567 rows",
        "id: 415-867-5309",
        "#4155552671 is the issue",
        "matrix = [[1, 2, 3], [4, 5, 6]]",
        "ISBN 978-3-16-148410-0",
        "uuid 3f2a9c1b-7d8e-4f6a-8b1c-2d3e4f5a6b7c",
    ],
)
def test_code_and_number_look_alikes(negative):
    assert vals(negative) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Fax: +41 (0)62 585 51 90", "+41 (0)62 585 51 90"),  # trunk prefix in parentheses
        ("082 490 1693-Office, 085 175 7641-Fax", "082 490 1693"),  # label glued by a dash
        ("Desk: 5403926876", "5403926876"),  # bare run right after a phone label
        ("+447700677662 mobile", "+447700677662"),  # +CC without separators, 12 digits
        ("085 175 7641-Office\\,3660170548-Fax", "3660170548"),  # bare run, label glued after
        ("no message on my registered 668 5702. Help?", "668 5702"),  # support-desk phrasing
        ("919-651-2723 office\n8727310255 fax\n", "8727310255"),  # label ending the line
    ],
)
def test_phone_layouts_from_address_blocks(text, phone):
    assert phone in [text[s.start : s.end] for s in detect_phones(text)]


@pytest.mark.parametrize(
    "text",
    [
        "id 5403926876",  # bare run without a phone label
        "created_at: 1754321098",
        "see 4155550123-abc",  # dash into an identifier
        "desk: 1754321098123",  # 13-digit ms timestamp is no valid number
        "build 3660170548-Fixed",  # a dash word that is no phone label
        "registered 2019 users",  # too few digits for a number
        "8727310255 fax machines were sold",  # a label word inside a sentence, not ending it
        "see 8727310255 office hours",  # "office" of a phrase, not a label ending the line
    ],
)
def test_bare_and_dashed_look_alikes(text):
    assert detect_phones(text) == []


def test_warm_up_loads_every_region_before_workers_fork():
    """The engine's warm-up loads each region's metadata in the parent, so forked workers do not
    each pay for it on their first phone number (the redact benchmark's 600 messages ran at
    0.63× the speed without it)."""
    from phonenumbers.phonemetadata import PhoneMetadata

    from transforms.privacy.pii.phones import REGIONS, warm_up_phones

    warm_up_phones()
    assert all(region in PhoneMetadata._region_metadata for region in REGIONS)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call tel:+49-30-123456 now", "+49-30-123456"),  # RFC 3966 URI
        ("Mobile +5491123456789", "+5491123456789"),  # E.164 with 13 digits
        ("Niue office +683 7012", "+683 7012"),  # +CC short number, valid range
        ("Tel: +1.268.460.1234", "+1.268.460.1234"),  # dotted, one-digit country code
        ("Call me at +971 2 234 5678 ext. 123.", "+971 2 234 5678 ext. 123"),  # "ext." dot
        ("+43 1 234567890", "+43 1 234567890"),  # a nine-digit group
        ("Ring 00234 800 1759 1759 please", "00234 800 1759 1759"),  # 00 not counted
        ("+49 (0)800 1234567890", "+49 (0)800 1234567890"),  # (0) not counted
        ("Звоните 8 (912) 345-67-89", "8 (912) 345-67-89"),  # trunk 8, area code in parentheses
        ("Tel: 021.234.56.78", "021.234.56.78"),  # four dotted groups but no IP (leading 0)
        ("Call me at 02.234.5678.", "02.234.5678"),  # version-shaped, after a phone word
    ],
)
def test_written_forms_from_the_phone_probe(text, phone):
    assert vals(text) == [phone]


@pytest.mark.parametrize(
    "negative",
    [
        "see 4-491-92327-2 for details",  # ISBN-10: ends on a one-digit check group
        "got 868.397035 back",  # a decimal
        "It failed at 209 351 070 again",  # DE/FR/NL-valid only with the trunk 0 they print
        "x = a + 41975630244216",  # a sum
        "assert f(2/25000000) == 0",  # a fraction
        "at 2005-01-01 22 rows",  # a date, then an hour
        "the number 1.234.567 is big",  # European thousands after a phone word
        "server 20.49.12.34 answered",  # an IP address
    ],
)
def test_probe_look_alikes(negative):
    assert vals(negative) == []


def test_parenthesised_area_code_after_a_country_code_and_not_across_lines():
    assert vals("Call +1 (415) 555-0134 today") == ["+1 (415) 555-0134"]
    text = "Hungary 34796\n(37) 788-063-Office"
    assert vals(text) == ["(37) 788-063"]


def test_an_extension_marks_a_bare_number_after_a_phone_word():
    assert vals("Tel: 71234567 x123") == ["71234567 x123"]
    assert vals("1920x1080 and 71234567 x123") == []


def test_a_postcode_before_a_parenthesised_area_code_stays_out():
    assert vals("Hungary 34796 (37) 788-063-Office") == ["(37) 788-063"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # where messages go is a number (short local formats)
        ("I would like to stop receiving messages to 324 6948", "324 6948"),
        ("stop messages to 68 90 46", "68 90 46"),
        # a contact-card field label on its own line: a 10-digit number, assigned range or not
        ("Mobile: 52-90-61-32\nDesk: 5908598593\nFax: 268.582.2771", "5908598593"),
    ],
)
def test_message_targets_and_card_fields(text, phone):
    assert phone in vals(text)


@pytest.mark.parametrize(
    "text",
    [
        "we sent messages to 120 000 users",  # spaced thousands
        "messages to 2024 05 01 were lost",  # a date
        "id: 5908598593",  # no phone field
        "Desk: 59085985",  # too short for the 10-digit plan
    ],
)
def test_message_and_field_look_alikes(text):
    assert vals(text) == []
