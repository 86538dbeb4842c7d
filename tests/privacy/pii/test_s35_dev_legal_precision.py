"""Precision in loan agreements and developer prose (session 35): derived words by their base,
a lone "Esquire", a street type before a number, place-headed names between address parts,
defined terms used so throughout a document."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.defined_terms import defined_term
from transforms.privacy.pii.derived_words import derived_word


def _values(text: str, kind: str = "PERSON") -> set[str]:
    return {text[s.start : s.end] for s in detect_batch([text])[0] if s.type == kind}


@pytest.mark.parametrize("word", ["Intangibles", "Upsettingly", "Blessings", "Normalcy"])
def test_a_plural_or_adverb_of_a_derived_word_is_a_word(word):
    assert derived_word(word)


@pytest.mark.parametrize("word", ["Jennings", "Hastings", "Cummings", "Kimberly", "Lessing"])
def test_names_ending_like_inflections_stay_names(word):
    assert not derived_word(word)


def test_general_intangibles_is_no_person():
    text = "franchise agreements, General Intangibles (except as provided below), tort claims"
    assert "Intangibles" not in _values(text)


def test_esquire_after_a_name_is_no_person_but_the_name_is():
    people = _values("Attn: David A. Ephraim, Esquire")
    assert "Esquire" not in people
    assert any("Ephraim" in p for p in people)


def test_a_numbered_lane_is_no_surname():
    text = "Address: Rm. 701, 36 #, Lane 100, Tianlin East Road, Shanghai"
    assert "Lane" not in _values(text)
    assert "Lois Lane" in _values("Clark Kent met Lois Lane at the Daily Planet.")


def test_a_place_headed_name_between_address_parts_is_a_place():
    text = "an address at 1 - 4 - 48, No. 1 Jinjia Village, Fengtai District, Beijing."
    assert not any("Jinjia" in p for p in _values(text))
    assert any("Jinjia" in p for p in _values(text, "LOCATION"))
    assert not any("Newton" in p for p in _values("Two Newton Executive Park, Suite 203"))


def test_a_person_beside_a_place_keeps_the_person():
    assert "Grace Kelly" in _values("We met Grace Kelly, Monaco's princess, in 1956.")


_LIENS = (
    '"Permitted Liens" are: (a) any Lien which exists today; (b) Liens described in (a) '
    "and any replacement Lien must be limited to the property encumbered by the existing Lien."
)


def test_a_defined_term_is_a_term_throughout_the_document():
    assert not _values(_LIENS) & {"Lien", "Liens"}
    start = _LIENS.index("replacement Lien") + len("replacement ")
    assert defined_term(_LIENS, start, start + len("Lien"))


def test_a_name_with_no_term_use_in_the_text_stays_a_person():
    text = "The existing contract was signed by Mark and the lender."
    assert "Mark" in _values(text)
    start = text.index("Mark")
    assert not defined_term(text, start, start + 4)
