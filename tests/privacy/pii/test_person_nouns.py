"""A sentence subject the copula calls a person ("Victoria is a very sympathetic person")."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.person_nouns import person_noun_names
from transforms.privacy.spans import Span


def people(text: str, spans: list[Span] | None = None) -> list[str]:
    return [
        text[s.start : s.end] for s in person_noun_names(text, spans or []) if s.type == "PERSON"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yonis was such a kind man. You can always depend on him.", "Yonis"),
        ("Thanks. Vsevolod Ilyin is a very reliable person.", "Vsevolod Ilyin"),
        # a personal pronoun takes the subject up, later in its sentence or in the next one
        ("Globelnik began writing as a teenager, publishing her first story.", "Globelnik"),
        ("Vsevolod is very reliable. You can always depend on him.", "Vsevolod"),
        # said to be from or at a firm named by its legal form (ISO 20275)
        ("Teodata is from Franklin Financial Network Inc.", "Teodata"),
        ("mikayla is from big sofa technologies group plc", "mikayla"),
    ],
)
def test_a_subject_called_a_person_is_a_person(text, name):
    assert people(text) == [name]


def test_a_spacy_place_tag_on_the_subject_gives_way():
    text = "Victoria is a very sympathetic person. They are also good listeners."
    place = Span(0, 8, "LOCATION", 0.85, "spacy_ner")
    out = person_noun_names(text, [place])
    assert [(text[s.start : s.end], s.type) for s in out] == [("Victoria", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "Redis is a great tool.",  # no person noun
        "This is a nice man.",  # an everyday word opens the sentence
        "Paris is a lovely city for a young woman.",  # the noun is not the predicate
        "The build is a man-made mess.",
        "Redis is very reliable. You can always depend on it.",  # things take "it"
        "Docker ate his disk space.",  # a tool word, whoever "his" is
        "this helper is from numpy co",  # everyday words
        "Redis is from Redis Ltd",
    ],
)
def test_look_alikes_stay_unnamed(text):
    assert people(text) == []


def test_the_other_side_of_a_speech_act_with_a_person():
    text = 'Tesmija shouted at Michael: "What are you doing here?"'
    assert people(text, [Span(19, 26, "PERSON", 0.85, "spacy_ner")]) == ["Michael", "Tesmija"]
    text = "i'm so jealous! said naja to jose"
    assert people(text, [Span(29, 33, "PERSON", 0.85, "spacy_ner")]) == ["jose", "naja"]
    # no person on either side: nothing ("the server said to retry", "Redis said to Docker")
    assert people("Redis said to Docker hi") == []
