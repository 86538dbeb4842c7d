"""Issue 14, news-prose LOCATION recall (``transforms.privacy.pii.news_places``): places that
the sentence shape names. Sentences written here, modelled on the uner_ewt dev/train splits."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Her wedding in the southern city of Tyre was set for July 13.", "Tyre"),
        ("Troops searched the mosque in the town of Qaim on Sunday.", "Qaim"),
        ("Asbestos levels were higher in Libby, Montana, where the mine was.", "Libby"),
        ("Dr. Eric Fortier, 34, of Gatineau, Que., saved two friends.", "Gatineau"),
        ("Dr. Eric Fortier, 34, of Gatineau, Que., saved two friends.", "Que."),
        ("He is director of the Alexandria, Va.-based think tank.", "Alexandria"),
        ("The millions who died in the Iran-Iraq war are forgotten.", "Iran"),
        ("The millions who died in the Iran-Iraq war are forgotten.", "Iraq"),
        ("Hundreds protested in Tikrit and Huwaijah on Friday.", "Huwaijah"),
        ("If Samarra and other cities are any guide, it will go on.", "Samarra"),
        ("Kut is in southeastern Iraq and has a large population.", "Kut"),
    ],
)
def test_place_by_sentence_shape(text: str, place: str) -> None:
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bush mentioned Saddam, Iraq, or regime change in every speech.", "Saddam"),
        ("Governor Rick Perry, Texas, signed the bill.", "Rick Perry"),
        ("We met in Paris and Kevin joined us later.", "Kevin"),
        ("He brought the player to Leicester and Tunchev hopes to keep him.", "Tunchev"),
    ],
)
def test_people_stay(text: str, person: str) -> None:
    assert ("PERSON", person) in typed(text)


def test_no_place_in_code() -> None:
    text = "Run this:\n```\nprint('the city of Tyre')\n```\n"
    assert ("LOCATION", "Tyre") not in typed(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Karzai also has to deal with the rivalry between India and Pakistan.", "Karzai"),
        ("Business leaders stepped in after Vajpayee indulged in saber rattling.", "Vajpayee"),
    ],
)
def test_learned_person_spacy_calls_a_place(text: str, person: str) -> None:
    assert ("PERSON", person) in typed(text)
    assert ("LOCATION", person) not in typed(text)


def test_learned_person_words_only() -> None:
    from transforms.privacy.pii.news_places import learned_person

    assert learned_person("Karzai")
    assert not learned_person("Kabul")  # a place
    assert not learned_person("Karzai Street")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The report was written by Marie L'Heureux and Paul O'Neill.", "Marie L'Heureux"),
        ("Mr. N'Golo Kanté signed a new contract.", "N'Golo Kanté"),
        ("Georgia O'Keeffe painted flowers and bones.", "Georgia O'Keeffe"),
    ],
)
def test_mended_names(text: str, person: str) -> None:
    assert ("PERSON", person) in typed(text)


def test_places_stay_places() -> None:
    assert ("LOCATION", "Houston") in typed("Are you enjoying Houston?")
    assert ("LOCATION", "Georgia") in typed("She moved to Georgia last year.")
