"""Capitalised ordinary words, peoples and places after a place preposition in Croatian,
Serbian and Slovak sentences (issue 14, :mod:`.slavic_ordinary`)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.slavic_ordinary import (
    in_slavic_place,
    ordinary_lone_word,
    place_then_person,
)


@pytest.mark.parametrize(
    ("tok", "lang"),
    [
        ("Kažu", "hr"),  # a verb opening the sentence (a GeoNames place too)
        ("Visoki", "hr"),  # an adjective
        ("Hrvatski", "hr"),  # an adjective read as a case of "Hrvatska"
        ("Tieto", "sk"),  # a pronoun
        ("Srbi", "hr"),  # a people
        ("Grka", "sr"),  # a people, genitive plural
        ("Albanaca", "hr"),
    ],
)
def test_ordinary_words(tok, lang):
    assert ordinary_lone_word(tok, lang)


@pytest.mark.parametrize(
    ("tok", "lang"),
    [
        ("Hrvatska", "hr"),  # a country
        ("Hrvatskoj", "hr"),  # a case of a country
        ("Ivana", "hr"),  # a given name
        ("Zem", "sk"),  # the Earth: a place in Slovak SNK
        ("Nemci", "sk"),  # peoples are persons in Slovak SNK
        ("Kažu", "en"),  # not a Slavic sentence
        ("Config", "hr"),  # a code word, no Croatian word
    ],
)
def test_names_and_other_languages(tok, lang):
    assert not ordinary_lone_word(tok, lang)


@pytest.mark.parametrize(
    ("text", "run", "lang", "place"),
    [
        ("Sastanak je održan u Stokholmu.", "Stokholmu", "hr", True),
        ("Haider tajne rokoval v Moskve.", "Moskve", "sk", True),
        ("Dielo vyšlo v Leydene r. 1638.", "Leydene", "sk", True),
        ("Rukopis je ostao kod Marka.", "Marka", "hr", False),  # "at someone's"
        ("Pismo je stiglo iz Ivana.", "Ivana", "hr", False),  # a given name
        ("Iba Bobadilla ich skladal do Ignácových rúk.", "Ignácových", "sk", False),
        ("Lido štiti laguna, počinju u V. stoljeću.", "V.", "hr", False),  # a numeral
        ("We met in Stokholmu.", "Stokholmu", "en", False),
    ],
)
def test_in_slavic_place(text, run, lang, place):
    assert in_slavic_place(text, text.index(run), run.split(), lang) is place


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        # the title's holder after the place (sr train): split at the given name
        (
            "Američki ambasador u Beogradu Majkl Polt rekao je",
            "Beogradu Majkl Polt",
            [("Beogradu", "LOCATION"), ("Majkl Polt", "PERSON")],
        ),
        # a two-word place whose last word is also a given name stays one place
        ("Na sastanku u Banja Luci ministri", "Banja Luci", [("Banja Luci", "LOCATION")]),
        ("Turnir u Stokholmu je počeo", "Stokholmu", [("Stokholmu", "LOCATION")]),
    ],
)
def test_place_then_person(text, run, expected):
    a = text.index(run)
    spans = place_then_person(text, a, a + len(run), run.split(), "sr")
    assert [(text[s:e], t) for s, e, t in spans] == expected


def test_place_then_person_end_to_end():
    text = "Stalni predstavnik MMF-a u Beogradu Harald Hiršhofer takođe ukazuje da vlada greši."
    found = {(text[s.start : s.end], s.type) for s in detect(text)}
    assert ("Harald Hiršhofer", "PERSON") in found
    assert ("Beogradu", "LOCATION") in found


def test_detection_end_to_end():
    text = (
        "Hrvatski plivač Aleksej Puninski osvojio je zlato. Mi, Srbi, nervozno čekamo vidjeti "
        "kakav će biti status Kosova. Kažu da se najavljuju nove pahulje u petak."
    )
    found = {(text[s.start : s.end], s.type) for s in detect(text)}
    assert ("Aleksej Puninski", "PERSON") in found
    assert ("Kosova", "LOCATION") in found
    assert not {v for v, _ in found} & {"Hrvatski", "Kažu", "Srbi"}


def test_code_lookalikes_untouched():
    # identifiers in code: no Slavic sentence, nothing to drop or retype
    assert not ordinary_lone_word("Tieto", "en")
    assert not detect("u = Beogradu(); v = Moskve()")
