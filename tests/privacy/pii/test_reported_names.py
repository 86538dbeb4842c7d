"""People named by a reporting verb in non-German prose (:mod:`.reported_names`, session 30)."""

from __future__ import annotations

from transforms.privacy.pii.reported_names import reported_name_spans


def _names(text: str, lang: str = "pt") -> list[str]:
    return [text[a:b] for a, b in reported_name_spans(text, 0, len(text), lang)]


def test_a_name_after_or_opening_before_a_reporting_verb():
    assert _names("«Temos de reprimir os garimpeiros», diz Altino.") == ["Altino"]
    assert _names("Segundo Formaggio, estão em estudo outras formas.") == ["Formaggio"]
    assert _names("Cardoso diz que a frente está formada.") == ["Cardoso"]
    assert _names("Det er ikke rigtigt, sagde Lentz til avisen.", "da") == ["Lentz"]


def test_places_words_and_danish_sentence_openers_are_no_reported_names():
    assert _names("A chuva parou, segundo Lisboa e o Porto.") == []
    assert _names("Ele diz que a Fonte está seca.") == []
    assert _names("Dommeren siger, at sagen er afgjort.", "da") == []
    assert _names("Merkel sagt , dass es regnet .", "de") == []
