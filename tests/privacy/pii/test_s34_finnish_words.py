"""Finnish names and places (issue 14, :mod:`.finnish_words`): case endings undone, everyday
Finnish words refused, places in the inessive and elative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.finnish_names import finnish_surname_spans
from transforms.privacy.pii.finnish_words import finnish_base_forms, in_inside_case
from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.foreign_words import is_place
from transforms.privacy.pii.language_id import foreign_language


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Suomessa", "Suomi"),  # inessive, stem vowel e -> i
        ("Helsingin", "Helsinki"),  # genitive, gradation ng -> nk
        ("Euroopan", "Eurooppa"),  # genitive, gradation p -> pp
        ("Brysseliin", "Bryssel"),  # illative of a consonant stem
        ("Saksaan", "Saksa"),  # illative -Vn
        ("Virtasen", "Virtanen"),  # -nen names
        ("Matille", "Matti"),  # allative, gradation t -> tt
        ("Kuusamossakin", "Kuusamo"),  # clitic -kin after the case ending
        ("Tampereelta", "Tampere"),  # ablative
    ],
)
def test_base_forms(word, base):
    assert base in finnish_base_forms(word)


@pytest.mark.parametrize("word", ["Helsingissä", "Suomen", "Brysseliin", "Ruotsista", "Norjaan"])
def test_inflected_places_are_listed(word):
    assert is_place(word, lang="fi")
    assert not common_word(word, "fi")


@pytest.mark.parametrize("word", ["Hän", "Olen", "Ja", "Tämä", "Jos", "Kertokaa", "Aika"])
def test_everyday_words_refused(word):
    assert common_word(word, "fi")


def test_proper_noun_forms_are_no_everyday_words():
    # "lipponen", "minttu" are also lower-case words in simplemma's lists
    assert not common_word("Lipponen", "fi")
    assert not common_word("Minttu", "fi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hän asuu nykyään Helsingissä ja käy usein Tukholmassa.",
            {("Helsingissä", "LOCATION"), ("Tukholmassa", "LOCATION")},
        ),
        ("Olen ollut Suomessa jo kolme vuotta.", {("Suomessa", "LOCATION")}),
        (
            "Matkustimme viime kesänä Ruotsiin ja sitten Norjaan.",
            {("Ruotsiin", "LOCATION"), ("Norjaan", "LOCATION")},
        ),
        (
            "Ja sitten Mikko Virtanen soitti minulle Brysselistä.",
            {("Mikko Virtanen", "PERSON"), ("Brysselistä", "LOCATION")},
        ),
        ("Tämä on Euroopan suurin kaupunki.", {("Euroopan", "LOCATION")}),
        (
            "Tarja Halosen vierailu Irlantiin alkaa maanantaina.",
            {("Tarja Halosen", "PERSON"), ("Irlantiin", "LOCATION")},
        ),
    ],
)
def test_true_positives(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kertokaa te .",  # a short Finnish line: a verb, no name
        "Aika kunnioitettavaa .",
        "Jos haluat, voimme aloittaa huomenna uudelleen.",
    ],
)
def test_placeholders_and_near_misses(text):
    assert _found(text) == set()


def test_short_finnish_line_is_finnish():
    assert foreign_language("Tuli hiljaista") == "fi"
    assert foreign_language("Check the logs") is None


@pytest.mark.parametrize(
    "text",
    [
        "Kirjoitin koodin tiedostoon /opt/Helsingissa/config ja ajoin sen.",  # a path
        "Kutsu funktiota Suomessa() ennen kuin jatkat.",  # a call
    ],
)
def test_code_look_alikes(text):
    assert _found(text) == set()


def test_inside_case_needs_a_capital_and_a_stem():
    assert in_inside_case("Siperiassa")
    assert not in_inside_case("talossa")  # lower case: a noun
    assert not in_inside_case("Ssa")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kysyin asiaa Markkaselle eilen illalla.", ["Markkaselle"]),  # allative of -nen
        ("Oliko se todella Lipponen, joka sen sanoi?", ["Lipponen"]),
        ("Himanen ihmettelee, mikä on viraston rooli.", ["Himanen"]),  # short opener
    ],
)
def test_surnames(text, names):
    assert [text[a:b] for a, b in finnish_surname_spans(text, 0, len(text))] == names


@pytest.mark.parametrize(
    "text",
    [
        "Tavallinen päivä alkoi taas aikaisin.",  # an adjective opening the sentence
        "Paikkakuntalainen mies kertoi tarinan.",  # a long compound opener
        "Tutkimuksen tulokset julkaistaan ensi viikolla.",  # an -us noun, not -nen
        "Hän puhui kansainvälisen yhteisön puolesta.",  # lower case
        "Tiedosto /srv/Virtanen/data puuttuu edelleen.",  # a path
        "Kutsu funktiota Virtanen() uudelleen.",  # a call
    ],
)
def test_surname_look_alikes(text):
    assert finnish_surname_spans(text, 0, len(text)) == []
