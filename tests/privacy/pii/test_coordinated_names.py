"""spaCy places retyped as people (:mod:`transforms.privacy.pii.coordinated_names`): a listed
place in any language keeps the place, spelt as listed."""

from __future__ import annotations

from transforms.privacy.pii.coordinated_names import people_in_lists
from transforms.privacy.spans import Span


def _one(text: str, value: str) -> str:
    start = text.index(value)
    return people_in_lists(text, [Span(start, start + len(value), "LOCATION", 0.85, "spacy_ner")])[
        0
    ].type


def test_portuguese_places_ending_in_a_are_no_czech_surnames():
    assert (
        _one("Foram colocados em liberdade tão logo chegassem em o Canadá.", "Canadá") == "LOCATION"
    )
    assert _one("Audiência em a Justiça de o Pará discute diploma", "Pará") == "LOCATION"


def test_surname_shapes_that_are_no_listed_place_stay_people():
    assert _one("Das sagte Navrátilová nach dem Spiel .", "Navrátilová") == "PERSON"
    assert _one("In seinem achten Länderspiel schoss Kaká ein Tor .", "Kaká") == "PERSON"


def test_a_surname_shape_after_a_foreign_in_place_preposition_is_a_town():
    text = "Jeg træner et damehold i Nakskov og har været med til at starte det."
    assert _one(text, "Nakskov") == "LOCATION"
    assert _one("Yesterday we talked to Petrov about it.", "Petrov") == "PERSON"


def test_foreign_lists_of_people_and_listed_countries():
    text = "Bis auf den Bonustrack hatten Pinnick , Tabrizi und Gaskill alle Songs geschrieben ."
    spans = [
        Span(text.index(w), text.index(w) + len(w), t, 0.85, "spacy_ner")
        for w, t in (("Pinnick", "PERSON"), ("Tabrizi", "LOCATION"), ("Gaskill", "PERSON"))
    ]
    assert [s.type for s in people_in_lists(text, spans)] == ["PERSON"] * 3
    text = (
        "Er traf Kollegen aus Frankreich und Großbritannien , Michèle Alliot-Marie und John Reid ."
    )
    spans = [
        Span(text.index(w), text.index(w) + len(w), t, 0.85, "spacy_ner")
        for w, t in (
            ("Großbritannien", "LOCATION"),
            ("Michèle Alliot-Marie", "PERSON"),
            ("John Reid", "PERSON"),
        )
    ]
    assert people_in_lists(text, spans)[0].type == "LOCATION"
