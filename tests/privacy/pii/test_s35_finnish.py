"""Session 35: Finnish towns and regions in case forms, census surnames in Finnish cases, title
words and allative addressees (issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.finnish_lists import finnish_place
from transforms.privacy.pii.finnish_names import finnish_addressee_spans, listed_surname_spans
from transforms.privacy.pii.foreign_words import is_place


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


@pytest.mark.parametrize(
    "word",
    [
        "Utsjoella",  # adessive of a town
        "Enontekiöllä",
        "Mynämäen",  # genitive
        "Lapin",  # genitive of a region (ISO 3166-2:FI)
        "Satakunnan",
        "Kainuuseen",  # illative
        "Keski-Lapin",  # compass prefix
        "Metsä-Lappiin",
        "Varsinais-Suomessa",  # a hyphenated region
        "Paimio",
    ],
)
def test_finnish_places_in_case_forms(word: str) -> None:
    assert finnish_place(word)
    assert is_place(word, lang="fi")


@pytest.mark.parametrize(
    "word",
    [
        "Peltolan",  # a village, but first a surname (farm names in -la)
        "Koskelan",  # a census surname
        "Salla",  # a town, but also a given name
        "Kello",  # a village, but the everyday word for a clock
        "Suomi-iskelmää",  # a compound noun
        "Lahti",  # a city, and a common surname
    ],
)
def test_names_and_words_are_no_finnish_places(word: str) -> None:
    assert not finnish_place(word)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kysyin asiasta eilen Kivelän mielipidettä .", ["Kivelän"]),
        ("Soitin illalla Kivelälle ja kerroin uutiset .", ["Kivelälle"]),
        ("Harju ja Mäki ovat sanoja , kuten myös metsä .", []),  # sentence start, words
        ("Kävimme eilen Harjulla kävelyllä .", []),  # an everyday word ("harju", a ridge)
    ],
)
def test_listed_surnames(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in listed_surname_spans(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hän päätti ostaa Hypatialle kauniin kaulakorun .", ["Hypatialle"]),
        ("Minä tarjosin Rundmanille keksejä .", ["Rundmanille"]),
        ("He kulkivat Kiasman edestä Pohjoisesplanadille .", []),  # a compound noun
        ("Matkustimme eilen Utsjoelle poroja katsomaan .", []),  # a listed town
        ("Hän lähti Helsingille tuttuun paikkaan .", []),  # a listed city
        ("Annoin Hypatialle kirjan .", ["Hypatialle"]),  # after a sentence's first word too
    ],
)
def test_allative_addressees(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in finnish_addressee_spans(text, 0, len(text))] == names


def test_places_end_to_end() -> None:
    text = "Poroja laskettiin olevan Enontekiöllä 8000 ja Utsjoella 7000 ."
    found = _found(text)
    assert ("Enontekiöllä", "LOCATION") in found
    assert ("Utsjoella", "LOCATION") in found
    assert not any(t == "PERSON" for _, t in found)


def test_region_genitive_end_to_end() -> None:
    text = "Asiakkaat olivat huolissaan hakkuista Lapin luonnontilaisissa metsissä ."
    assert ("Lapin", "LOCATION") in _found(text)


def test_title_before_name_end_to_end() -> None:
    text = "Elämäntyöpalkinnon sai arkkitehti Panu Kaila ."  # Kaila: also a town
    found = _found(text)
    assert any(t == "PERSON" and "Kaila" in v for v, t in found)
    assert not any(t == "LOCATION" for _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kello on jo viisi ja sataa vettä .",  # a village's name, an everyday word
        "Menimme illalla Harjulle katsomaan auringonlaskua .",  # a ridge (harju), no person
    ],
)
def test_look_alikes_stay_unflagged(text: str) -> None:
    assert not [v for v, t in _found(text) if t in ("PERSON", "LOCATION")]
