"""Session 35: Finnish first given names from the DVV population register (issue 14)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from transforms.privacy.pii.fi_given_names import DATA, MIN_BEARERS, fi_given_names
from transforms.privacy.pii.finnish_names import finnish_given_form
from transforms.privacy.pii.foreign_words import is_place
from transforms.privacy.pii.language_names import language_given_names

BUILDER = Path(__file__).resolve().parents[2] / "data/external/fi_given_names"


@pytest.mark.parametrize("name", ["Matti", "Timo", "Jukka", "Tuula", "Päivi", "Väinö"])
def test_common_finnish_first_names_are_listed(name: str) -> None:
    assert name in fi_given_names()
    assert name in language_given_names("fi")


@pytest.mark.parametrize(
    "word", ["Timon", "Timolle", "Jarille", "Hannulle", "Villelle", "Lasselta"]
)
def test_person_cases_of_listed_names(word: str) -> None:
    assert finnish_given_form(word)


@pytest.mark.parametrize("word", ["Sisu", "Valo", "Usva", "Van"])
def test_everyday_words_are_no_finnish_given_names(word: str) -> None:
    assert word not in language_given_names("fi")


def test_rare_and_odd_entries_are_left_out() -> None:
    names = fi_given_names()
    assert "Veli-Matti" not in names  # hyphenated: two name words, read by the name runs
    assert "Md." not in names
    counts = dict(line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines())
    assert all(int(counts[n]) >= MIN_BEARERS for n in names)
    assert "Aabel" in counts  # 72 people: in the vendored file, below the threshold
    assert "Aabel" not in names


def test_builder_sums_and_sorts(tmp_path: Path) -> None:
    sys.path.insert(0, str(BUILDER))
    try:
        import build_fi_given_names as builder
    finally:
        sys.path.remove(str(BUILDER))
    men = tmp_path / "m.csv"
    men.write_text("Etunimi;Lukumäärä\nMatti;40 196\nEero;49\n", encoding="utf-8")
    with pytest.raises(SystemExit):  # not the checked source file
        builder.build(men, men)


def test_register_names_that_are_towns_stay_towns() -> None:
    assert "Inari" in fi_given_names()  # a first name of some hundreds of people
    assert "Inari" not in language_given_names("fi")  # but a municipality in Lapland first
    assert is_place("Inarin", lang="fi")
