"""A name after the word for its kind of place (issue 14,
:mod:`transforms.privacy.pii.place_class_nouns`)."""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.place_class_nouns import class_noun_spans


def _spans(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in class_noun_spans(text, 0, len(text), lang)]


def _typed(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text)}


def test_names_after_a_settlement_or_landmark_word():
    text = "Zum Ortsteil Eutingen-Weitingen gehören das Dorf Weitingen und die Häuser ."
    assert _spans(text, "de") == ["Eutingen-Weitingen", "Weitingen"]
    assert _spans("Im Herbst trat er in das Kloster Andechs ein .", "de") == ["Andechs"]
    assert _spans("Uma estrutura de o distrito de Braga, de António Pedras.", "pt") == ["Braga"]
    assert _spans("Mange blev evakueret fra byen Kräklingsbo i går.", "da") == ["Kräklingsbo"]


def test_nouns_common_words_and_placeholders_are_no_name():
    assert _spans("Die Stadt Verwaltung hat das beschlossen .", "de") == []
    assert _spans("Die Gemeinde Der Stadt ist klein .", "de") == []
    assert _spans("Die Gemeinde [ORT] und die Stadt XXX melden nichts .", "de") == []
    assert _spans("A cidade de Lamego cresceu.", "pt") == ["Lamego"]
    assert _spans("A cidade de ontem não existe.", "pt") == []


def test_spacy_people_after_such_a_word_become_places():
    text = "Am 1. Januar 2009 wurde die Gemeinde Pflückuff in die Kreisstadt Torgau eingemeindet ."
    assert ("Pflückuff", "LOCATION") in _typed(text)
    text = "Uma estrutura de o distrito de Braga, de António Pedras, reuniu ontem."
    assert ("Braga", "LOCATION") in _typed(text)


def test_lists_opened_by_such_a_word_and_directions():
    text = "1943 wurden die Gemeinden Bedra und Braunsdorf zur Gemeinde Braunsbedra vereint ."
    assert _spans(text, "de") == ["Bedra", "Braunsdorf", "Braunsbedra"]
    text = "Dazu gehören die Dörfer Hokkala , Koskimäki-Huhtala , Kumpula und Pölkki ."
    assert _spans(text, "de") == ["Hokkala", "Koskimäki-Huhtala", "Kumpula", "Pölkki"]
    text = "Die Einheit drang bis südlich Locre vor , das in Richtung Modrava verläuft ."
    assert _spans(text, "de") == ["Locre", "Modrava"]
    assert _spans("Huset ligger nord for Aarhus ved vandet.", "da") == ["Aarhus"]


def test_a_list_without_such_a_word_is_no_place():
    assert _spans("Dazu gehören Peter , Paul und Maria .", "de") == []
    assert _spans("Die Sänger Hokkala und Kumpula traten auf .", "de") == []
