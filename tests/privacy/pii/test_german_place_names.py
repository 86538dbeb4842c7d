"""German street, landmark and landscape names by their shape (:mod:`.german_place_names`)."""

from __future__ import annotations

from transforms.privacy.pii.german_place_names import german_place_name_spans


def _names(text: str) -> list[str]:
    return sorted(text[a:b] for a, b in german_place_name_spans(text, 0, len(text)))


def test_street_compounds_and_place_adjectives_before_a_kind_of_place():
    text = "Sie flüchteten die Schwabacher Straße entlang in Richtung Knoopstraße ."
    assert _names(text) == ["Knoopstraße", "Schwabacher Straße"]
    assert _names("Am saubersten in Berlin ist der Tegeler See .") == ["Tegeler See"]
    assert _names("Eine Störung vor dem Frankfurter Hauptbahnhof .") == ["Frankfurter Hauptbahnhof"]


def test_landscape_compounds_after_an_article_or_preposition():
    assert _names("Die Einheit erstürmte den Kemmelberg .") == ["Kemmelberg"]
    assert _names("Das Treffen am Schwielowsee war geheim .") == ["Schwielowsee"]


def test_plain_nouns_and_everyday_words_are_no_place_names():
    text = "Er fuhr auf der Hauptstraße in die Sackgasse und über den Weinberg ."
    assert _names(text) == []
    assert _names("Unser Weg war lang , und jeder Platz war besetzt .") == []


def test_a_name_after_a_compound_whose_head_is_a_kind_of_place():
    from transforms.privacy.pii.place_class_nouns import class_noun_spans

    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in class_noun_spans(text, 0, len(text), "de")]

    assert spans("Nach dem Brand im Atomkraftwerk Krümmel räumt er Pannen ein .") == ["Krümmel"]
    assert spans("Sie ist Pastorin der Kirchengemeinden Kirchborgum und Vellage .") == [
        "Kirchborgum",
        "Vellage",
    ]
    assert spans("Die Großhandelskette Aldi und der Weltvertrieb Müller .") == []
