"""PII-free formal sentences: demonyms and eponyms (``demonyms``), contract-defined terms
(``quoted_terms``) and species names (``species_names``) are no person or place, while the
people and places beside them stay found. Sentences written anew in the shapes seen on dev."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.demonyms import drop_demonyms, person_of_eponym, place_of_demonym
from transforms.privacy.pii.quoted_terms import drop_quoted_terms
from transforms.privacy.pii.species_names import drop_species_names
from transforms.privacy.spans import Span


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


def _person(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), "PERSON", 0.85, "spacy_ner")


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Guadeloupean", "Guadeloupe"),
        ("Fallujan", "Falluja"),
        ("Baghdadis", "Baghdad"),
        ("Kenyan", "Kenya"),
        ("Brazilian", "Brazil"),
    ],
)
def test_demonym_of_place(word: str, place: str) -> None:
    assert place_of_demonym(word) == place


@pytest.mark.parametrize(
    ("word", "name"),
    [("Kafkaesque", "Kafka"), ("Thatcherite", "Thatcher"), ("Calvinist", "Calvin")],
)
def test_eponym_of_person(word: str, name: str) -> None:
    assert person_of_eponym(word) == name


@pytest.mark.parametrize("word", ["Sarkisian", "Marguerite", "Baptist", "Halvari", "Curtis"])
def test_name_shapes_are_no_eponym_or_demonym(word: str) -> None:
    assert person_of_eponym(word) is None
    assert place_of_demonym(word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The band played Guadeloupean zouk late into the night.", "Guadeloupean"),
        ("Baghdadis rarely travel far from home after dark.", "Baghdadis"),
        ("The reform had a Thatcherite flavour to it.", "Thatcherite"),
    ],
)
def test_demonym_and_eponym_spans_dropped(text: str, word: str) -> None:
    assert drop_demonyms(text, [_person(text, word)]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brian flew to Nairobi on Monday.", "Brian"),  # a listed given name, "Bria" + "n"
        ("Susan signed the lease.", "Susan"),
        ("Milan scored twice for the club.", "Milan"),  # a place itself
        ("Usmani is the former corps commander.", "Usmani"),  # "-i" singular is kept
    ],
)
def test_names_that_look_derived_are_kept(text: str, word: str) -> None:
    assert drop_demonyms(text, [_person(text, word)]) == [_person(text, word)]


def test_demonym_sentence_end_to_end() -> None:
    text = "Carla Moreno danced to Guadeloupean zouk music in Pointe-a-Pitre."
    found = _found(text)
    assert ("Carla Moreno", "PERSON") in found
    assert not any(v == "Guadeloupean" for v, _ in found)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('"Lien" is a mortgage, lien, charge, pledge or other security interest.', "Lien"),
        ('"Lien" means any mortgage, lien or charge on an asset.', "Lien"),
        ('The Second Payment (" Tranche B Repayment ") is due in June.', "Tranche B Repayment"),
        ('Each lender (each, a "Lender") may assign its rights.', "Lender"),
    ],
)
def test_defined_term_is_no_person(text: str, term: str) -> None:
    assert drop_quoted_terms(text, [_person(text, term)]) == []


def test_defined_term_other_forms_dropped_in_same_text() -> None:
    text = '"Lien" is a mortgage, lien, pledge or charge; no Liens may secure the Loan.'
    lower = text.index("lien,")
    spans = [Span(lower, lower + 4, "PERSON", 0.85, "spacy_ner"), _person(text, "Liens")]
    assert drop_quoted_terms(text, spans) == []


def test_short_name_of_a_person_is_kept() -> None:
    text = 'This agreement is made by Stephen Jones ("Jones") and the Company.'
    quoted = text.index('"Jones"') + 1
    spans = [_person(text, "Stephen Jones"), Span(quoted, quoted + 5, "PERSON", 0.85, "spacy_ner")]
    assert drop_quoted_terms(text, spans) == spans


def test_nickname_in_brackets_is_kept() -> None:
    text = 'Her brother Robert ("Bobby") Okafor runs the farm; Bobby is a farmer.'
    quoted = text.index('"Bobby"') + 1
    spans = [Span(quoted, quoted + 5, "PERSON", 0.85, "spacy_ner"), _person(text, "Okafor")]
    assert drop_quoted_terms(text, spans) == spans


def test_person_named_in_definition_is_kept() -> None:
    text = '"Executive" means Maria Delgado, the chief financial officer.'
    assert drop_quoted_terms(text, [_person(text, "Maria Delgado")]) == [
        _person(text, "Maria Delgado")
    ]


def test_defined_term_end_to_end() -> None:
    text = '"Lien" is a mortgage, lien, deed of trust, pledge or other encumbrance.'
    assert not any(t == "PERSON" for _, t in _found(text))


@pytest.mark.parametrize(
    ("text", "genus"),
    [
        ("The colony was founded by Myrmica rubra workers taken from a nest.", "Myrmica"),
        ("Our samples were infected with Beauveria bassiana spores.", "Beauveria"),
        ("Males of Aplocheilus lineatus show brighter fins.", "Aplocheilus"),
    ],
)
def test_species_genus_dropped(text: str, genus: str) -> None:
    assert drop_species_names(text, [_person(text, genus)]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rosa canina grows along the fence.", "Rosa"),  # a listed given name
        ("Then Okafor tonight said nothing.", "Okafor"),  # an English word follows
        ("Ask Okonkwo about the invoice.", "Okonkwo"),  # no epithet at all
        ("Allora Rossi lavora a Milano.", "Rossi"),  # a listed surname
    ],
)
def test_people_before_lower_case_words_kept(text: str, name: str) -> None:
    assert drop_species_names(text, [_person(text, name)]) == [_person(text, name)]


def test_species_sentence_end_to_end() -> None:
    text = "Dr. Helen Marsh studied how Myrmica rubra colonies respond to fungus."
    found = _found(text)
    assert ("Helen Marsh", "PERSON") in found
    assert not any(v.startswith("Myrmica") for v, _ in found)
