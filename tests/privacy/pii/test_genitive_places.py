"""A listed place in the genitive in German and Danish sentences (:mod:`.genitive_places`)."""

from __future__ import annotations

from transforms.privacy.pii.genitive_places import genitive_place_spans


def _names(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in genitive_place_spans(text, 0, len(text), lang)]


def test_genitive_of_a_listed_place():
    text = "Über sechs Jahrhunderte wurden die Geschicke Mosbachs bestimmt ."
    assert _names(text, "de") == ["Mosbachs"]
    assert _names("Berlins Regierender Bürgermeister sprach .", "de") == ["Berlins"]
    assert _names("butikker i det centrale Stockholms Norrmalm-kvarter.", "da") == ["Stockholms"]


def test_nouns_nominatives_in_s_and_given_names_stay():
    text = "Die Gesellschaft des Kantons Bern stand auf der Basis von Paris und Texas ."
    assert _names(text, "de") == []
    assert _names("Lars' far og Hans Larsen kom hjem.", "da") == []


def test_other_languages_and_code_are_left_alone():
    assert _names("Berlins Regierender Bürgermeister", "pt") == []
    assert _names("import Berlins_config from './Mosbachs-data'", "de") == []
