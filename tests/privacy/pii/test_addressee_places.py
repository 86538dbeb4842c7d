"""A place inside an address's addressee line is part of a name
(``transforms.privacy.pii.addressee_places``). Addresses written anew in the formats of the
address_formats dev split."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.addressee_places import drop_addressee_places
from transforms.privacy.spans import Span


def _places(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sydney Magistrates' Court\n12 George Street\nSydney NSW 2000", "Sydney"),
        ("Write to Boston Public Library, 700 Boylston Street, Boston MA 02116.", "Boston"),
    ],
)
def test_place_in_addressee_dropped(text: str, place: str) -> None:
    places = _places(text)
    assert place not in places
    assert any("Street" in p for p in places)  # the address itself is still found


def test_unit_rules() -> None:
    text = "Embassy of the Republic of Chile\n14 Rue Royale\n1000 Brussels"
    street = text.index("14")
    chile = text.index("Republic")
    spans = [
        Span(chile, chile + len("Republic of Chile"), "LOCATION", 0.85, "spacy_ner"),
        Span(street, len(text), "LOCATION", 0.8, "street_address"),
    ]
    assert drop_addressee_places(text, spans) == spans[1:]
    # the same place with no capitalised word around it stays
    text = "Chile\n14 Rue Royale\n1000 Brussels"
    spans = [
        Span(0, 5, "LOCATION", 0.85, "spacy_ner"),
        Span(6, len(text), "LOCATION", 0.8, "street_address"),
    ]
    assert drop_addressee_places(text, spans) == spans


@pytest.mark.parametrize(
    "text",
    [
        "I moved from Melbourne to 223 William Street, Sydney last year.",  # no addressee
        "We love Paris in spring.",  # no street address at all
    ],
)
def test_places_kept(text: str) -> None:
    places = _places(text)
    assert any(p in ("Melbourne", "Paris") for p in places)


def test_code_look_alike() -> None:
    # a place in a string with no street after it is untouched by this step
    text = 'city = "Boston Harbor"\nport = 8080'
    span = Span(8, 14, "LOCATION", 0.85, "spacy_ner")
    assert drop_addressee_places(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "first", "second", "street"),
    [
        # a city then its country before the street: places side by side, no addressee name
        (
            "Tomomi lives at Lake Danielview New Zealand, 4933 Erika Inlet Apt. 874",
            "Lake Danielview",
            "New Zealand",
            "4933 Erika Inlet",
        ),
        (
            "Tuvalu Guyana\n63, boulevard Maggie Texier\nSuriname",
            "Tuvalu",
            "Guyana",
            "63, boulevard",
        ),
    ],
)
def test_neighbouring_places_kept(text: str, first: str, second: str, street: str) -> None:
    spans = [
        Span(text.index(first), text.index(first) + len(first), "LOCATION", 0.85, "spacy_ner"),
        Span(text.index(second), text.index(second) + len(second), "LOCATION", 0.85, "gazetteer"),
        Span(
            text.index(street), text.index(street) + len(street), "LOCATION", 0.8, "street_address"
        ),
    ]
    assert drop_addressee_places(text, spans) == spans


def test_neighbour_place_no_shield_for_names() -> None:
    # a place span holding the whole addressee ("Sydney Magistrates' Court" from NER) does not
    # shield the "Sydney" inside it: the name word beside it still drops it
    text = "Sydney Magistrates' Court\n12 George Street\nSydney NSW 2000"
    street = text.index("12")
    spans = [
        Span(0, 6, "LOCATION", 0.85, "gazetteer"),
        Span(0, 25, "LOCATION", 0.85, "spacy_ner"),
        Span(street, len(text), "LOCATION", 0.8, "street_address"),
    ]
    assert drop_addressee_places(text, spans) == spans[1:]


def test_neighbouring_places_end_to_end() -> None:
    text = "Ship to: Lake Danielview New Zealand, 4933 Erika Inlet Apt. 874"
    places = _places(text)
    assert any("Zealand" in p for p in places)
    assert any("Erika" in p for p in places)


@pytest.mark.parametrize(
    ("text", "place", "street", "kept"),
    [
        # the rest of the part is a country NER did not find: no addressee name
        ("Ane Hansen\nUganda United Arab Emirates\n3877 Johnson Grove", "Uganda", "3877", True),
        # NER cut the country: "Northern" completes it, it does not name an organisation
        (
            "Ulrich\nNorthern Mariana Islands\nFlat 96, Kevin Turnpike",
            "Mariana Islands",
            "Flat",
            True,
        ),
        # a country-named organisation is still an addressee, not a place
        ("Germany Trade Office\n14 Rue Royale\n1000 Brussels", "Germany", "14 ", False),
    ],
)
def test_country_beside_place(text: str, place: str, street: str, kept: bool) -> None:
    at, street_at = text.index(place), text.index(street)
    spans = [
        Span(at, at + len(place), "LOCATION", 0.85, "gazetteer"),
        Span(street_at, len(text), "LOCATION", 0.8, "street_address"),
    ]
    assert (drop_addressee_places(text, spans) == spans) is kept
