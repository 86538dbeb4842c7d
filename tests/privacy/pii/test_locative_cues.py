"""A PERSON candidate that a locative phrase makes a place (``pii.locative_cues``).

Sentences written anew in the style of the re3d and sec_filings dev splits (strike reports,
contract notice clauses); the ``detect`` cases need the spaCy model, like the other NER tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.locative_cues import locative_place
from transforms.privacy.pii.web_text import adjust_person


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Near Tal Afar, two strikes destroyed a mortar position.", "Tal Afar"),
        ("Strikes continued. Near Ayn Isa, one strike hit a tunnel.", "Ayn Isa"),
        ("He was wounded in the vicinity of Ayn Issa last week.", "Ayn Issa"),
        ("The dam lies west of Samarra on the river.", "Samarra"),
        ("a company organised under the laws of the People's Republic of China", "China"),
        ("a political subdivision of the Commonwealth of Virginia", "Virginia"),
        ("Acme (Israel) Ltd. shall pay the fee.", "Israel"),
    ],
)
def test_locative_place(text: str, value: str) -> None:
    start = text.index(value)
    assert locative_place(text, start, start + len(value))
    assert adjust_person(text, start, start + len(value)) == (
        start,
        start + len(value),
        "LOCATION",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She sat near Jordan at the dinner.", "Jordan"),  # "near" inside a clause
        ("Virginia signed the notice on behalf of the Lender.", "Virginia"),
        ("The friend of Maria Lopez called.", "Maria Lopez"),  # not a country
        ("Israel Kamakawiwo'ole (singer) recorded it.", "Israel"),  # no bracket around it
    ],
)
def test_no_locative_place(text: str, value: str) -> None:
    start = text.index(value)
    assert not locative_place(text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Near Dayr Az Zayr, five strikes destroyed three oil well heads.", "Dayr Az Zayr"),
        ("The operation will enable the isolation of Raqqah, south of Ayn Isa.", "Ayn Isa"),
    ],
)
def test_strike_report_places(text: str, place: str) -> None:
    found = typed(text)
    assert ("LOCATION", place) in found
    assert ("PERSON", place) not in found


@pytest.mark.parametrize(
    "text",
    [
        'Advances are made in the form attached (" Loan Supplement "), with invoices.',
        "The Loan Agreement governs every Advance.",
    ],
)
def test_contract_terms_in_capitals_no_person(text: str) -> None:
    # an ambiguous given name ("Loan") before an everyday word is a defined term
    assert not any(t == "PERSON" for t, _ in typed(text))


def test_given_name_and_word_surname_stays_person() -> None:
    assert ("PERSON", "Buddy Rich") in typed("The drummer Buddy Rich played there in 1970.")
