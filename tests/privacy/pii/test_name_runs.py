"""Capitalised runs and the place at their end (:mod:`transforms.privacy.pii.name_runs`)."""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.name_runs import capital_runs, place_tail


def _runs(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in capital_runs(text, 0, len(text), "pt")]


def _tail(text: str, run: str) -> list[list[str]]:
    a = text.index(run)
    return [toks for _, toks in place_tail(text, a, run.split(), "pt")]


def test_a_bracket_opens_a_new_run():
    assert _runs("A conferência em o Cairo (Egito) começou.") == ["A", "Cairo", "Egito"]
    assert _runs("Mas Manoel de Oliveira continua.") == ["Mas Manoel de Oliveira"]


def test_a_listed_city_after_de_is_split_off_a_body():
    text = "organizado por a Associação de Andebol de Lisboa."
    assert _tail(text, "Associação de Andebol de Lisboa") == [
        ["Associação", "de", "Andebol"],
        ["Lisboa"],
    ]
    text = "depois de inspeccionado por a PSP de Coimbra, foi entregue."
    assert _tail(text, "PSP de Coimbra") == [["PSP"], ["Coimbra"]]


def test_a_person_keeps_the_surname():
    text = "O cineasta Manoel de Oliveira continua a filmar."
    assert _tail(text, "Manoel de Oliveira") == [["Manoel", "de", "Oliveira"]]
    text = "A Associação de Andebol de [CIDADE] reuniu."  # a placeholder is no place
    assert _tail(text, "Associação de Andebol") == [["Associação", "de", "Andebol"]]
    text = "O cineasta Manoel de Oliveira continua a filmar."
    found = {(text[s.start : s.end], s.type) for s in detect(text)}
    assert ("Manoel de Oliveira", "PERSON") in found


def test_a_country_in_brackets_is_found():
    text = "A realização em o Cairo (Egito) de a Conferência Internacional sobre População"
    found = {(text[s.start : s.end], s.type) for s in detect(text)}
    assert ("Egito", "LOCATION") in found
