"""Session 34: short Slovak lines, "do" before a place, openers glued onto declined places
(issue 14; tuned on UNER Slovak SNK dev)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.name_runs import capital_runs
from transforms.privacy.pii.slavic_language import slavic_line, slavic_line_words


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    "line",
    ["Pochádzal z Porbandaru.", "Invázia do Poľska", "Sídli v holandskom Haagu."],
)
def test_short_slovak_lines_are_slovak(line):
    assert foreign_language(line) in ("sk", "cs")


@pytest.mark.parametrize(
    "line",
    [
        "Please do it now.",
        "Run the tests in v2 and do a release",
        "const x = do_it(v, z)",
        "Monogami och polygami",
    ],
)
def test_english_code_and_swedish_lines_are_no_slovak_line(line):
    assert not slavic_line_words(line) or not slavic_line(line, "en", 1.0)
    assert foreign_language(line) not in ("sk", "cs")


def test_slavic_line_needs_the_guess_and_its_probability():
    line = "Bitka pri Turíne"
    assert slavic_line_words(line)
    assert slavic_line(line, "sk", 0.67)
    assert not slavic_line(line, "sk", 0.2)
    assert not slavic_line(line, "pl", 0.9)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pochádzal z Porbandaru.", "Porbandaru"),
        ("Invázia do Poľska", "Poľska"),
        (
            "Tragédiou Poľska bolo to, že sa po svojom vzniku ocitlo medzi dvoma mocnosťami.",
            "Poľska",
        ),
        ("Aktivity Bieloruska a Ukrajiny, reagujúce na haváriu boli rôzne.", "Bieloruska"),
        ("Dielo vyšlo v Holandsku v Leydene r. 1638.", "Leydene"),
    ],
)
def test_declined_places_in_slovak_lines(text, place):
    found = _found(text)
    assert (place, "LOCATION") in found
    assert not any(t == "PERSON" for _, t in found)


def test_do_ends_a_slovak_name_run_before_a_place():
    text = "5. októbra 1962 odcestoval biskup Karol Wojtyła do Ríma, aby sa zúčastnil na koncile."
    found = _found(text)
    assert ("Karol Wojtyła", "PERSON") in found
    assert ("Ríma", "LOCATION") in found
    runs = [toks for _, _, toks in capital_runs(text, 0, len(text), "sk")]
    assert ["Karol", "Wojtyła"] in runs


def test_do_stays_a_particle_in_portuguese():
    text = "O escritor Manoel do Nascimento chegou ontem."
    runs = [toks for _, _, toks in capital_runs(text, 0, len(text), "pt")]
    assert ["Manoel", "do", "Nascimento"] in runs


def test_a_person_after_a_slovak_verb_stays_a_person():
    text = "Vladimír Mečiar navštívil Prahu."
    found = _found(text)
    assert ("Vladimír Mečiar", "PERSON") in found
