"""Lone surnames next to a verb in Croatian, Serbian and Slovak news (issue 14,
:mod:`.slavic_names`)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.slavic_names import ordinary_word, verb_context


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Sejdiu kaže da je to premalo i da su zemlje u regionu.", "Sejdiu"),
        ("Babić je reagirao brzo: već nekoliko dana poslije.", "Babić"),
        ("Talat je također izrazio razočarenje što Savet bezbednosti nije reagovao.", "Talat"),
        ("Nije bilo lako stvoriti takvu koaliciju, rekao je Rama, koji se kandidovao.", "Rama"),
        ("Bush sa stal prezidentom, keď vo volebnom boji zvíťazil.", "Bush"),
        ("Dunne navodi da se radi o hibridnim praktikantima.", "Dunne"),  # no other capital
        ("Puninski je završio na šestom mjestu u utrci.", "Puninski"),  # an -ski surname
        ("Babić pak kaže da je on svoje ciljeve postigao.", "Babić"),  # "pak" between
        ("Bush bol inaugurovaný za prezidenta 20. januára.", "Bush"),  # a passive participle
        ("Po voľbách Bush jasne označil Irán za hrozbu.", "Bush"),  # an adverb between
    ],
)
def test_lone_surnames_next_to_a_verb_are_people(sentence, name):
    assert name in _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vlada je uzimala kredite od MMF i EU.",  # an ordinary word on train
        "Tužioci su takođe tvrdili da je bivši ministar kriv.",  # plural: nobody named
        "Najskôr prišiel so serióznymi návrhmi, potom odišiel.",  # a superlative adverb
        "Nije bilo lako stvoriti takvu koaliciju.",  # an opening verb
        "Zagreb je postao glavni grad.",  # a listed city stays a place
        "Byzantská metropola sa ocitla vo vážnom nebezpečenstve.",  # an adjective
    ],
)
def test_ordinary_openers_before_a_verb_are_no_people(sentence):
    assert _people(sentence) == []


def test_verb_context_reads_auxiliary_participle_and_saying_verbs():
    text = "Bliznakov je u ponedeljak objasnio plan."
    assert verb_context(text, 0, len("Bliznakov"), "sr")
    assert not verb_context(text, 0, len("Bliznakov"), "en")  # Slavic languages only
    said = "rekao je Basesku, predstavljajući"
    assert verb_context(said, said.index("B"), said.index(","), "hr")
    place = "Na skupu u Ankari će se otvoriti muzej"
    assert not verb_context(place, place.index("A"), place.index(" će"), "hr")  # after "u"
    assert ordinary_word("Dokument", "hr") and ordinary_word("Suđenje", "hr")
    assert not ordinary_word("Babić", "hr")
