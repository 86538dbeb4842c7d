"""Whole names and places from pieces in non-English prose (:mod:`.foreign_joins`, session 30)."""

from __future__ import annotations

from transforms.privacy.pii.foreign_joins import foreign_joins
from transforms.privacy.spans import Span


def _joined(text: str, *parts: tuple[str, str]) -> list[tuple[str, str]]:
    spans = []
    for value, typ in parts:
        a = text.index(value)
        spans.append(Span(a, a + len(value), typ, 0.8, "test"))
    return [(text[s.start : s.end], s.type) for s in foreign_joins(text, spans)]


def test_person_pieces_are_joined_across_unknown_words_and_particles():
    text = "O presidente Ali Abdulllah Saleh falou ontem com os jornalistas."
    assert _joined(text, ("Ali", "PERSON"), ("Saleh", "PERSON")) == [
        ("Ali Abdulllah Saleh", "PERSON")
    ]
    text = "A obra de António José de os Santos foi publicada ontem."
    assert _joined(text, ("António José", "PERSON"), ("Santos", "PERSON")) == [
        ("António José de os Santos", "PERSON")
    ]


def test_nouns_articles_and_conjunctions_keep_people_apart():
    text = "Unter ihnen waren Hardeknuts Halbbruder Sven und andere ."
    assert len(_joined(text, ("Hardeknuts", "PERSON"), ("Sven", "PERSON"))) == 2
    text = "Merkel traf Sarkozy und Obama in Berlin ."
    assert len(_joined(text, ("Sarkozy", "PERSON"), ("Obama", "PERSON"))) == 2
    text = "Das war Paris der Fürstin Amalie liebster Ort ."
    assert len(_joined(text, ("Paris", "PERSON"), ("Amalie", "PERSON"))) == 2


def test_a_listed_given_name_before_a_surname_joins_it():
    text = "Sie spielten die Ouvertüre von Johannes Brahms und den zweiten Satz ."
    assert _joined(text, ("Brahms", "PERSON")) == [("Johannes Brahms", "PERSON")]
    assert _joined("Am Brahms war nichts zu sehen .", ("Brahms", "PERSON")) == [
        ("Brahms", "PERSON")
    ]


def test_a_place_grows_over_its_hyphenated_compound():
    text = "Das Jugendhilfezentrum liegt in Bremen-Vegesack , sagte er ."
    assert _joined(text, ("Bremen", "LOCATION")) == [("Bremen-Vegesack", "LOCATION")]
    text = "Det er et problem i Zagreb-området, at hotellerne er fulde."
    assert _joined(text, ("Zagreb", "LOCATION")) == [("Zagreb-området", "LOCATION")]


def test_english_prose_is_left_alone():
    text = "The Seattle-based firm hired Johannes Brahms yesterday."
    assert _joined(text, ("Seattle", "LOCATION"), ("Brahms", "PERSON")) == [
        ("Seattle", "LOCATION"),
        ("Brahms", "PERSON"),
    ]
