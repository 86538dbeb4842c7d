"""Polish adjectives, declined product names and "w" + name in Polish chat (``polish_phrases``)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.polish_phrases import (
    adjective_before_noun,
    declined_product,
    polish_phrase_spans,
)
from transforms.privacy.spans import Span


def _person(text: str, value: str, etype: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), etype, 0.85, "spacy_ner")


def _kept(text: str, value: str, etype: str = "PERSON") -> list[tuple[str, str]]:
    return [
        (text[s.start : s.end], s.type)
        for s in polish_phrase_spans(text, [_person(text, value, etype)])
    ]


DOBRY = "Dobry postęp! Teraz przejdźmy do **Fazy 5** i zaktualizujmy dokumentację w `docs/`."


def test_adjective_agreeing_with_next_noun():
    start = DOBRY.index("Dobry")
    assert adjective_before_noun(DOBRY, start, start + 5)
    assert _kept(DOBRY, "Dobry") == []


def test_surname_before_verb_stays():
    text = "Kowalski powiedział, że wszystkie testy przechodzą i można wdrożyć zmiany."
    assert _kept(text, "Kowalski") == [("Kowalski", "PERSON")]


@pytest.mark.parametrize("word", ["Qdrantem", "Cursorze", "Cursora", "Ollamy", "Gemini"])
def test_declined_products(word):
    assert declined_product(word) is (word != "Gemini")  # "Gemini" is no case form


@pytest.mark.parametrize("word", ["Johnem", "Smitha", "Anną", "Marek", "Kowalskiego"])
def test_declined_names_are_not_products(word):
    assert not declined_product(word)


def test_declined_product_span_dropped():
    text = "Świetna robota! Serwer MCP działa poprawnie z Qdrantem i zapisuje notatki."
    assert _kept(text, "Qdrantem") == []


def test_common_word_opener_is_cut_before_product():
    text = "Użyłem Cursora do wygenerowania testów, a potem uruchomiłem je w terminalu."
    assert _kept(text, "Użyłem Cursora") == []


def test_common_word_opener_is_cut_before_name():
    text = "Wczoraj Marek przejrzał zmiany i zatwierdził wszystkie poprawki w projekcie."
    assert _kept(text, "Wczoraj Marek") == [("Marek", "PERSON")]


def test_after_w_place_becomes_location_and_unknown_dropped():
    text = "Rozmawiałem o wdrożeniu w Krakowie, a testy w Jeście przechodzą bez błędów."
    assert _kept(text, "Krakowie") == [("Krakowie", "LOCATION")]
    assert _kept(text, "Jeście") == []


def test_english_text_untouched():
    text = "Dobry is the name of the author; see the Qdrantem fork in `src/`."
    assert _kept(text, "Dobry") == [("Dobry", "PERSON")]


def test_code_identifier_in_polish_chat_left_to_other_steps():
    # a code look-alike in backticks is no prose span here: only PERSON/LOCATION spans change
    text = "Zmieniłem funkcję `createSession` w pliku `session.ts`, teraz wszystko działa."
    spans = [Span(0, 3, "EMAIL_ADDRESS", 1.0, "email")]
    assert polish_phrase_spans(text, spans) == spans
