"""Names and places in non-English prose (issue 14): language id, evidence rules, guards."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_lists import common_word, country_names
from transforms.privacy.pii.foreign_ner import foreign_candidates, foreign_place_spans
from transforms.privacy.pii.language_id import foreign_language


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Der Präsident traf sich gestern mit den Ministern in der Hauptstadt.", "de"),
        ("O presidente visitou a cidade ontem com os ministros.", "pt"),
        ("Kelds oplæg blev fulgt 100 procent, pointerer hun.", "da"),
        ("Can you fix the login page before the demo tomorrow?", None),
        ("Danke!", None),  # too short to tell: the English path keeps it
    ],
)
def test_foreign_language(sentence, lang):
    assert foreign_language(sentence) == lang


def test_country_names_come_in_many_languages():
    names = country_names()
    assert {"Deutschland", "Alemanha", "Tyskland", "Vereinigte Staaten", "Espanha"} <= names


def test_common_words_of_the_language_are_no_names():
    assert common_word("Para", "pt") and common_word("Han", "da") and common_word("Der", "de")
    assert not common_word("Rousseff", "pt")


def test_glued_words_are_trimmed_from_a_spacy_entity():
    text = "Mas Manoel de Oliveira continua a filmar em Lisboa todos os anos."
    cands = foreign_candidates(text, 0, 29, "PERSON", "pt")
    assert [(text[a:b], t) for a, b, t in cands] == [("Manoel de Oliveira", "PERSON")]


def test_a_country_name_tagged_person_is_a_place():
    text = "A delegação chegou ontem a Moçambique para as negociações."
    start = text.index("Moçambique")
    cands = foreign_candidates(text, start, start + 10, "PERSON", "pt")
    assert [(text[a:b], t) for a, b, t in cands] == [("Moçambique", "LOCATION")]


def test_a_listed_place_spacy_missed():
    text = "Vi flyttede til Viborg i sommer og boede før i Danmark."
    spans = {text[a:b] for a, b in foreign_place_spans(text, 0, len(text), "da")}
    assert spans == {"Viborg", "Danmark"}


def test_portuguese_names_and_places():
    found = _found("Ontem o presidente Lula recebeu a ministra Dilma Rousseff em Brasília.")
    assert ("Dilma Rousseff", "PERSON") in found
    assert ("Brasília", "LOCATION") in found


def test_german_names_and_places():
    found = _found(
        "Gestern hat Angela Merkel in München mit Herrn Schulz über die Steuern gesprochen."
    )
    assert ("Angela Merkel", "PERSON") in found
    assert ("München", "LOCATION") in found


def test_german_nouns_are_not_names():
    text = (
        "Die Bundesregierung hat die Steuererklärung und das Finanzamt gestern scharf kritisiert."
    )
    assert _found(text) == set()


def test_danish_pronouns_and_sentence_openers_are_not_names():
    assert _found("Han kiggede nysgerrigt på mig, og Vi sagde ingenting.") == set()
    assert _found("Nu skal jeg vise vej til stationen.") == set()


def test_danish_name_and_town():
    found = _found("Vi flyttede til Aarhus i sommer, siger Mette Frederiksen.")
    assert ("Aarhus", "LOCATION") in found
    assert ("Mette Frederiksen", "PERSON") in found


def test_product_names_in_a_foreign_coding_request_stay_clean():
    assert _found("Você pode adicionar login com Google?") == set()
    assert _found("Kannst du bitte einen Dark Mode mit Tailwind einbauen?") == set()
