"""Compass regions and Brazilian state codes in Portuguese prose (:mod:`.compass_regions`)."""

from __future__ import annotations

from transforms.privacy.pii.compass_regions import brazil_state_codes, compass_region_spans


def _places(text: str) -> list[str]:
    return [text[a:b] for a, b in compass_region_spans(text, 0, len(text))]


def test_capitalised_compass_words_after_an_article_are_regions():
    text = "Os protestos, a região Sudeste respondeu por 39,1% e a Sul, 23,5%."
    assert _places(text) == ["Sudeste", "Sul"]
    assert _places("Acordos com países de o Leste Europeu.") == ["Leste Europeu"]
    assert _places("A cidade fica a norte de Lisboa.") == []
    assert _places("O Cruzeiro de o Sul venceu.") == []


def test_state_codes_in_brackets_or_after_a_locative_preposition():
    assert {"PE", "SP", "DF"} <= brazil_state_codes()
    assert _places("Disputado em Recife (PE) contra Cuba.") == ["PE"]
    assert _places("Blitz multa duas lojas em o DF") == ["DF"]
    assert _places("O PT e o PSDB votaram (SIM) em a PEC.") == []
