"""Declined place names in Croatian, Serbian and Slovak prose (issue 14, :mod:`.slavic_cases`)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.foreign_words import is_place, listed_country
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.language_names import language_given_names
from transforms.privacy.pii.slavic_cases import adjective_form, declined_forms, nominatives


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Zagrebu", "Zagreb"),
        ("Srbiji", "Srbija"),
        ("Hrvatskoj", "Hrvatska"),
        ("Zadru", "Zadar"),  # fleeting a
        ("Cipra", "Cipar"),
        ("Slovensku", "Slovensko"),
        ("Bratislave", "Bratislava"),
        ("Ameriky", "Amerika"),
        ("SAD-u", "SAD"),
    ],
)
def test_nominatives_undo_case_endings(word, nominative):
    assert nominative in nominatives(word)


def test_declined_forms_undo_each_word_of_a_name():
    assert "Bosna i Hercegovina" in declined_forms("Bosni i Hercegovini")
    assert declined_forms("a b c d") == []  # more than three words: not tried


def test_declined_places_are_listed_only_in_declining_languages():
    assert is_place("Zagrebu", lang="hr") and is_place("Beogradu", lang="hr")
    assert is_place("Bratislave", lang="sk")
    assert not is_place("Zagrebu", lang="de")  # German declines no names this way
    assert listed_country("Hrvatskoj", "hr") and listed_country("Srbije", "hr")
    # a declined given name is no place ("Ivana": of Ivan)
    assert not is_place("Ivana", lang="hr")


def test_slavic_function_words_and_given_names():
    assert common_word("Nakon", "hr") and common_word("Danas", "hr") and common_word("Keď", "sk")
    assert "Stjepan" in language_given_names("hr") and "Jozef" in language_given_names("sk")
    # English function words stay out of the Slavic lists: English is still told apart
    assert foreign_language("Can you fix the login page before the demo tomorrow?") is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Sastanak je održan u Zagrebu prošloga tjedna.", "Zagrebu"),
        ("Delegacija iz Srbije stigla je jučer.", "Srbije"),
        ("Minulý týždeň sme boli v Bratislave na výstave.", "Bratislave"),
    ],
)
def test_declined_places_are_found_in_sentences(sentence, place):
    found = {(sentence[s.start : s.end], s.type) for s in detect(sentence)}
    assert (place, "LOCATION") in found
    assert (place, "PERSON") not in found


def test_adjective_forms_are_no_lone_names():
    assert adjective_form("Svjetskom") and adjective_form("Slovenskej") and adjective_form("Turski")
    assert not adjective_form("Babić") and not adjective_form("Sanader")


def test_swedish_openers_are_common_words_but_keep_given_names():
    assert common_word("Många", "sv") and common_word("Deras", "sv") and common_word("Hans", "sv")
    sentence = "Många tror kanske att allt detta är på avskrivning."
    assert not [s for s in detect(sentence) if s.type in ("PERSON", "LOCATION")]


def test_two_part_places_joined_by_and_are_one_place():
    from transforms.privacy.pii.slavic_places import joined_place_spans

    text = "Sastanak u Bosni i Hercegovini bio je dug, a Ivan i Marko su otišli."
    assert [text[a:b] for a, b in joined_place_spans(text, 0, len(text), "hr")] == [
        "Bosni i Hercegovini"
    ]
    assert joined_place_spans(text, 0, len(text), "de") == []
