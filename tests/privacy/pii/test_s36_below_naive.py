"""Session 36: Hungarian family-name-first names and openers, Finnish common first names
that simplemma also lists as words (issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.finnish_names import finnish_person_form
from transforms.privacy.pii.hungarian_names import (
    hungarian_given,
    hungarian_name_spans,
    hungarian_unknown,
    hungarian_word,
)


def _persons(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in hungarian_name_spans(text, 0, len(text))]


@pytest.mark.parametrize("word", ["Valami", "Csütörtökön", "Tegnap", "Ekkor"])
def test_everyday_hungarian_words(word: str) -> None:
    assert hungarian_word(word)


@pytest.mark.parametrize("word", ["Strasberg", "Abergil", "Évának", "Szalay"])
def test_names_are_no_hungarian_words(word: str) -> None:
    assert not hungarian_word(word)


def test_unknown_checks_base_forms() -> None:
    assert hungarian_unknown("Strasberg")
    assert not hungarian_unknown("Ráadásként")  # essive of "ráadás"


@pytest.mark.parametrize("word", ["Ferenc", "Ferencnek", "Gyula", "Éva", "Évának"])
def test_hungarian_given(word: str) -> None:
    assert hungarian_given(word)


def test_word_is_no_census_given_name() -> None:
    assert not hungarian_given("Királyság")


def test_family_name_first() -> None:
    text = "Költői munkásságát Illyés Gyula támogatta, így több újságtól kapott fel."
    assert _spans(text) == ["Illyés Gyula"]  # Gyula: also a town


def test_adverb_opener_is_no_family_name() -> None:
    assert _spans("Amint Éva leült, Loder közelebb lépett.") == ["Éva"]


def test_lone_given_name_inside_sentence() -> None:
    assert _spans("- Valami érdekeset lát? - kérdezte Éva megérintve a karját.") == ["Éva"]
    assert _spans("Ma este szóltam Lydiának, hogy jöjjön.") == ["Lydiának"]  # census name


def test_engine_hungarian() -> None:
    assert "Szalay Ferenc" in _persons(
        "Szalay Ferenc, Szolnok polgármestere (Fidesz-KDNP) a városról beszélt."
    )
    assert "Strasberg" in _persons("Strasberg nagy fegyelmet követelt színészeitől.")
    assert not _persons("Valami történt a folyosón.")


@pytest.mark.parametrize(
    ("text", "pos", "word"),
    [
        ("Annoin kirjan Matille eilen.", 14, "Matille"),  # matti: also "checkmate"
        ("Sovimme Jukalla olevan auto.", 8, "Jukalla"),  # jukka: also "yucca"
    ],
)
def test_common_finnish_names_in_person_cases(text: str, pos: int, word: str) -> None:
    assert text[pos : pos + len(word)] == word
    assert finnish_person_form(text, pos, word)
    assert not finnish_person_form(word + " annettiin palkinto.", 0, word)  # sentence opener


def test_engine_finnish() -> None:
    assert "Matille" in _persons("Annoin kirjan Matille eilen illalla.")
