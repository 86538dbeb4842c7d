"""Declined Polish places read as people (``polish_places``) and short Polish messages judged as
a whole (``polish_vocabulary.short_polish``), session 36 (KPWr n82 dev split)."""

from __future__ import annotations

from transforms.privacy.pii.polish_places import polish_place_words, polish_places
from transforms.privacy.pii.polish_vocabulary import drop_polish_vocabulary, short_polish
from transforms.privacy.spans import Span


def _span(text: str, value: str, etype: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), etype, 0.85, "spacy_ner")


def _typed(text: str, value: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in polish_places(text, [_span(text, value)])]


def test_declined_place_in_polish_prose_is_a_location():
    text = "Od kilku lat mieszkam w Łodzi, ale często jeżdżę służbowo do innych miast."
    assert _typed(text, "Łodzi") == [("Łodzi", "LOCATION")]
    text = "Przez całą zimę pracowałem w Hiszpanii, a potem wróciłem do domu."
    assert _typed(text, "Hiszpanii") == [("Hiszpanii", "LOCATION")]


def test_place_with_adjective_is_a_location_but_names_stay_people():
    assert polish_place_words(["Ameryce", "Południowej"])
    assert not polish_place_words(["Anna", "Nowak"])  # given name and surname readings
    assert not polish_place_words(["Rząd", "Aznara"])  # no place reading
    text = "Wczoraj spotkałem się z Anną Nowak w biurze i rozmawialiśmy o projekcie."
    assert _typed(text, "Anną Nowak") == [("Anną Nowak", "PERSON")]


def test_english_prose_is_left_alone():
    text = "Yesterday I met Lodzia at the office and we talked about the project."
    assert _typed(text, "Lodzia") == [("Lodzia", "PERSON")]


def test_short_polish_message():
    assert short_polish("Jestem blogiem.")
    assert short_polish("Gratulujemy!")
    assert not short_polish("Thanks Bob!")  # "Thanks" is no Polish word
    assert not short_polish("Babić je.")  # "ć" alone is Croatian too
    assert not short_polish("To jest zdanie, które ma więcej niż cztery słowa.")
    assert not short_polish("Traci,")  # a greeting line: a listed given name ("traci": loses)


def test_short_polish_message_drops_a_common_word_read_as_a_name():
    text = "Jestem blogiem."
    assert drop_polish_vocabulary(text, [_span(text, "Jestem")]) == []
    text = "Thanks Bob!"
    assert len(drop_polish_vocabulary(text, [_span(text, "Bob")])) == 1
