"""Address tails past an empty or numeric region field, trailing house numbers, business
addressees (session 36, presidio_synth / presidio_faker / address_formats dev layouts)."""

from transforms.privacy.pii.addressee_places import drop_addressee_firms
from transforms.privacy.pii.addresses import detect_street_addresses
from transforms.privacy.spans import Span


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_street_addresses(text)]


def test_postcode_after_an_empty_region_field_is_kept_in_the_address():
    text = "I'll meet you at 62573 103 Cassidy Street Suite 653\nGdańsk, nan 84968 after."
    assert _streets(text) == ["62573 103 Cassidy Street Suite 653\nGdańsk, nan 84968"]


def test_numeric_region_code_and_country_postcode_lines_are_kept():
    text = "Address:     83393 Pärna 33\nCite Sfaxi\n, 13\n 44939"
    assert _streets(text) == ["83393 Pärna 33\nCite Sfaxi\n, 13\n 44939"]
    text = "at 475 Breivangvegen 38 Suite 490\nKRISTIANSUND N\n, nan\n Norway 61682"
    assert _streets(text)[0].endswith("Norway 61682")


def test_house_number_after_the_street_name_is_kept():
    text = "Mrs. Jennifer Alcaraz Suite 541 6343 Skogstien 106\nASKER"
    assert _streets(text)[0].startswith("Suite 541 6343 Skogstien 106")


def test_a_number_in_prose_after_an_address_is_not_taken():
    text = "Send it to 12 Main Street, 3 of us live there."
    assert all("of us" not in s for s in _streets(text))


def _spans(text: str, name: str, kind: str, street: str) -> list[Span]:
    a, b = text.index(street), text.index(street) + len(street)
    return [
        Span(text.index(name), text.index(name) + len(name), kind, 0.8, "spacy_ner"),
        Span(a, b, "LOCATION", 0.8, "street_address"),
    ]


def test_business_addressee_names_are_dropped():
    text = "Hotel Zum Kaiser\n4 Sam Nujoma Avenue\nSwakopmund"
    kept = drop_addressee_firms(text, _spans(text, "Zum Kaiser", "PERSON", "4 Sam Nujoma Avenue"))
    assert [s.detector for s in kept] == ["street_address"]
    text = "Lokku Ltd, 82 Clerkenwell Road, London"
    kept = drop_addressee_firms(text, _spans(text, "Lokku", "LOCATION", "82 Clerkenwell Road"))
    assert [s.detector for s in kept] == ["street_address"]


def test_person_addressee_and_names_away_from_an_address_are_kept():
    text = "Mr. Juan Maliksi, 121 Epifanio Delos Santos Ave., Mandaluyong"
    spans = _spans(text, "Juan Maliksi", "PERSON", "121 Epifanio Delos Santos Ave.")
    assert drop_addressee_firms(text, spans) == spans
    text = "Ask Hotel Kim about it. Then go to 4 Sam Nujoma Avenue"
    spans = _spans(text, "Kim", "PERSON", "4 Sam Nujoma Avenue")
    assert drop_addressee_firms(text, spans) == spans
