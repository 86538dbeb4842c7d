"""Given names of the text's own language (:mod:`.language_names`, session 30)."""

from __future__ import annotations

from transforms.privacy.pii.language_names import full_name_spans, language_given_names


def _names(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in full_name_spans(text, 0, len(text), lang)]


def test_names_common_only_in_the_language_s_own_countries_count_there():
    assert "Anabela" in language_given_names("pt") and "Frits" in language_given_names("da")
    assert "Anabela" not in language_given_names("da")
    assert language_given_names("xx") == frozenset()


def test_a_given_name_of_the_language_opens_a_full_name():
    text = "Um projecto que Anabela Moutinho não teve tempo de concretizar."
    assert _names(text, "pt") == ["Anabela Moutinho"]
    text = "disse a o PÚBLICO Anabela Moutinho, que foi lacónica."
    assert _names(text, "pt") == ["Anabela Moutinho"]
    text = "Gruppen spillede godt i den måde Frits Morrison indgik i samspillet."
    assert _names(text, "da") == ["Frits Morrison"]


def test_things_places_and_longer_capitalised_runs_are_no_full_names():
    assert _names("Jorge Petiz, em Porsche Carrera RSR, foi o mais rápido.", "pt") == [
        "Jorge Petiz"
    ]
    assert _names("A Fundação Calouste Anabela Moutinho abriu.", "pt") == []
    assert _names("Er traf Anabela Moutinho gestern .", "de") == []  # German has its own rules
