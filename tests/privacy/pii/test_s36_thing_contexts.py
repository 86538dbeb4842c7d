"""Session 36: English contexts that show a detected name to be a thing (``thing_contexts``)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.thing_contexts import drop_thing_contexts
from transforms.privacy.spans import Span


def _span(text: str, value: str, kind: str = "LOCATION", detector: str = "spacy_ner") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, detector)


def _kept(text: str, *spans: Span) -> list[str]:
    return [text[s.start : s.end] for s in drop_thing_contexts(text, list(spans))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i had a DUI but with my DUI they still took me", "DUI"),
        ("I took my Mustang here and it looked amazing", "Mustang"),
        ("She sold her Corvette.", "Corvette"),
    ],
)
def test_one_word_place_after_a_determiner_and_before_a_clause_break_is_a_thing(
    text: str, value: str
) -> None:
    assert _kept(text, _span(text, value)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("There 's a Miramar in Florida, just north of Miami.", "Miramar"),
        ("VRINGO, INC., a Delaware corporation", "Delaware"),
        ("We flew to Paris and then home.", "Paris"),
        ("a New York minute", "New York"),
        ("sexual abuse at a Ponchatoula, La., church", "Ponchatoula"),
    ],
)
def test_a_place_used_as_an_adjective_or_after_a_preposition_stays(text: str, value: str) -> None:
    assert _kept(text, _span(text, value)) == [value]


def test_md_after_a_persons_name_is_a_degree_and_after_a_town_maryland() -> None:
    text = "with Harry Preuss, MD, a Professor of Medicine"
    person = _span(text, "Harry Preuss", "PERSON")
    assert _kept(text, person, _span(text, "MD")) == ["Harry Preuss"]
    town = "111 Market Place Baltimore, MD 21202"
    baltimore = _span(town, "Baltimore")
    assert _kept(town, baltimore, _span(town, "MD")) == ["Baltimore", "MD"]


def test_lower_case_word_after_who_is_its_verb() -> None:
    text = "who sung this"
    assert _kept(text, _span(text, "sung", "PERSON")) == []
    asked = "who is john"
    assert _kept(asked, _span(asked, "john", "PERSON")) == ["john"]
    # a capitalised name after "who" is left to the other checks
    named = "the one who Maria met"
    assert _kept(named, _span(named, "Maria", "PERSON")) == ["Maria"]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("try out in wikipedia", "wikipedia", "LOCATION"),
        ("Do n't wish to use Wikipedia again", "Wikipedia", "PERSON"),
        ("we address audit rights in the LLC agreement", "LLC", "LOCATION"),
        ("a copy of the LOI with the assumption", "LOI", "LOCATION"),
        ("1689 - EPI-EBS Ventures, LLC", "LLC", "LOCATION"),
    ],
)
def test_web_sites_and_business_abbreviations_are_no_names(
    text: str, value: str, kind: str
) -> None:
    assert _kept(text, _span(text, value, kind)) == []


def test_a_people_word_is_no_place_but_a_listed_country_is() -> None:
    text = "A Sri Lanka-born Tamil with a Norwegian passport was arrested."
    assert _kept(text, _span(text, "Sri Lanka"), _span(text, "Tamil")) == ["Sri Lanka"]
    # only spaCy's reading is doubted; a cue or gazetteer place is left alone
    assert _kept(text, _span(text, "Tamil", detector="context_cue")) == ["Tamil"]


def test_other_types_and_spans_pass_untouched() -> None:
    text = "Call a LLC at 713-853-4743 or mail sow@example.com"
    phone = _span(text, "713-853-4743", "PHONE_NUMBER", "phone")
    email = _span(text, "sow@example.com", "EMAIL_ADDRESS", "email")
    assert _kept(text, phone, email) == ["713-853-4743", "sow@example.com"]


def test_a_role_noun_alone_after_the_is_a_title() -> None:
    text = "The Prophet 's guidance, says Michael"
    assert _kept(text, _span(text, "Prophet", "PERSON")) == []
    named = "the Emperor Hirohito spoke"
    assert _kept(named, _span(named, "Emperor", "PERSON")) == ["Emperor"]
    surname = "Stephen King wrote it"
    assert _kept(surname, _span(surname, "King", "PERSON")) == ["King"]
