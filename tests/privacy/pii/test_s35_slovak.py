"""Session 35: the Earth, Moon and Sun as Slovak places; Slovak "a" ("and") is no sign of an
English line (issue 14; tuned on UNER Slovak SNK dev)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.slavic_language import country_line, slavic_line_words
from transforms.privacy.pii.slavic_ordinary import celestial_place


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Luna 9 bola prvou sondou, ktorá mäkko pristála na Mesiaci.", "Mesiaci"),
        ("Písmenom označuje vesmírne teleso obiehajúce okolo Zeme.", "Zeme"),
    ],
)
def test_earth_and_moon_are_places_in_slovak(text, value):
    found = _found(text)
    assert (value, "LOCATION") in found
    assert (value, "PERSON") not in found


def test_celestial_words_only_in_slovak_and_czech():
    assert celestial_place("Mesiaci", "sk")
    assert not celestial_place("Mesiaci", "hr")
    assert not celestial_place("mesiac", "sk")  # lower case: "month"
    assert not celestial_place("Zagreb", "sk")


def test_month_in_lower_case_stays_unflagged():
    assert not _found("Ten mesiac bol pre nás veľmi ťažký a dlhý.")


def test_slovak_and_does_not_make_a_line_english():
    line = "V roku 1922 s manželkou navštívili Japonsko, Singapur a Čínu."
    assert slavic_line_words(line)
    assert foreign_language(line) in ("sk", "cs")
    assert ("Japonsko", "LOCATION") in _found(line)


@pytest.mark.parametrize("line", ["Run a test in v2", "Give me a hand with the code"])
def test_english_lines_with_a_stay_english(line):
    assert foreign_language(line) not in ("sk", "cs")


@pytest.mark.parametrize("line", ["Dánsko, Nórsko, Švédsko", "Belgicko, Holandsko a Luxembursko"])
def test_slovak_country_list_lines_are_places(line):
    assert country_line(line)
    found = _found(line)
    assert {v for v, _ in found} == {w.strip(",") for w in line.split() if w != "a"}
    assert all(t == "LOCATION" for _, t in found)


@pytest.mark.parametrize(
    "line", ["Germany, France and Spain", "Chile, Peru", "Dánsko = Nórsko;", "Dánsko"]
)
def test_english_names_code_or_one_name_are_no_country_line(line):
    assert not country_line(line)


@pytest.mark.parametrize(
    "line", ["Sociálna starostlivosť", "Horizont udalostí", "Telesné vlastnosti"]
)
def test_slovak_headlines_are_slovak_and_name_nobody(line):
    assert foreign_language(line) == "sk"
    assert not _found(line)


@pytest.mark.parametrize("line", ["Fix tests", "Update readme"])
def test_english_headlines_are_no_slovak(line):
    assert foreign_language(line) != "sk"


def test_slovak_headline_keeps_a_name():
    assert ("Marek Kováč", "PERSON") in _found("Marek Kováč")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Galileo objavil rozpory Aristotelovej fyziky.", "Aristotelovej"),
        (
            "Leon Foucault vylepšil Fizeauovu metódu nahradením disku so zárezmi "
            "rotujúcim zrkadlom.",
            "Fizeauovu",
        ),
    ],
)
def test_possessives_of_unlisted_names_are_persons(text, value):
    assert (value, "PERSON") in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("V druhej časti Rozhovorov sú výsledky jeho bádania o pohybe.", "Rozhovorov"),
        ("Potom sa Pápežovi zástancovia ozvali v novinách znova.", "Pápežovi"),
    ],
)
def test_possessive_look_alikes_of_nouns_stay_unflagged(text, value):
    assert value not in {v for v, _ in _found(text)}
