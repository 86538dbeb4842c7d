"""Session 37: English common nouns read as a person or a place (``common_nouns``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.common_nouns import drop_common_nouns
from transforms.privacy.spans import Span


def _span(text: str, value: str, kind: str = "PERSON", detector: str = "spacy_ner") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.85, detector)


def _kept(text: str, *spans: Span) -> list[str]:
    return [text[s.start : s.end] for s in drop_common_nouns(text, list(spans))]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "The direction of saccades is determined by an interaction between",
            "saccades",
            "LOCATION",
        ),
        (
            "In this test, the operation between two polygons has been affected.",
            "polygons",
            "PERSON",
        ),
        (
            "used in the Hobby & Crafts market, in kindergartens, schools",
            "kindergartens",
            "LOCATION",
        ),
        ("In machine learning, the perceptron is an algorithm", "perceptron", "LOCATION"),
        ("13 tweeps followed ( thank you ! ) and 11 unfollowed me. Bye", "tweeps", "PERSON"),
    ],
)
def test_lower_case_common_word_in_edited_prose_is_no_name(
    text: str, value: str, kind: str
) -> None:
    assert _kept(text, _span(text, value, kind)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A Geofence is determined by a geographical location", "Geofence"),
        ("He bought an Autoharp last year.", "Autoharp"),
    ],
)
def test_person_after_the_indefinite_article_is_a_thing(text: str, value: str) -> None:
    assert _kept(text, _span(text, value)) == []


@pytest.mark.parametrize(
    ("text", "value", "kind", "detector"),
    [
        (
            "Formal Equivalence (F-E) and Dynamic Equivalence (D-E).",
            "Equivalence",
            "PERSON",
            "name_context",
        ),
        ("Lily Solomina, the Immunology technologist, said", "Immunology", "LOCATION", "spacy_ner"),
        ("the Journal of General Virology.", "Virology", "PERSON", "role_name"),
    ],
)
def test_capitalised_abstract_noun_is_no_name(
    text: str, value: str, kind: str, detector: str
) -> None:
    assert _kept(text, _span(text, value, kind, detector)) == []


@pytest.mark.parametrize(
    ("text", "value", "kind", "detector"),
    [
        # all lower case: voice commands and chat write names in lower case
        ("wake me up when matt calls", "matt", "PERSON", "spacy_ner"),
        ("how is brexit going", "brexit", "PERSON", "spacy_ner"),
        # lower case in edited prose, but a listed given name, or a proper noun's lemma
        ("You know that both O'Neal and matt are out?", "matt", "PERSON", "spacy_ner"),
        ("It is almost valentine s day, I said.", "valentine", "PERSON", "spacy_ner"),
        ("Tell me how brexit is going to affect EU citizens", "brexit", "PERSON", "spacy_ner"),
        ("I've been dating a man from brittany France.", "brittany", "LOCATION", "spacy_ner"),
        # an "-ing" surname simplemma would cut to a verb ("Lessing" -> "less")
        ("Friedrich the Great was Lessing's patron.", "Lessing", "PERSON", "spacy_ner"),
        # "a" before a place, not a person, and a name cue
        ("There 's a Miramar in Florida.", "Miramar", "LOCATION", "spacy_ner"),
        ('"A Smith," said Tuppence.', "Tuppence", "PERSON", "context_cue"),
        # a capitalised derived word that is a listed name or place
        ("Felicity said she would come.", "Felicity", "PERSON", "spacy_ner"),
        ("We drove to Reading on Monday.", "Reading", "LOCATION", "spacy_ner"),
    ],
)
def test_names_places_and_lower_case_text_stay(
    text: str, value: str, kind: str, detector: str
) -> None:
    assert _kept(text, _span(text, value, kind, detector)) == [value]


def test_multi_word_and_other_types_stay() -> None:
    text = "the polygons team met Jane Smith at a Geofence Labs event, call 555-0100"
    spans = [
        _span(text, "Jane Smith"),
        _span(text, "Geofence Labs", "LOCATION"),
        _span(text, "555-0100", "PHONE_NUMBER", "phone"),
    ]
    assert _kept(text, *spans) == ["Jane Smith", "Geofence Labs", "555-0100"]


def test_end_to_end_drops_the_common_noun_and_keeps_the_name() -> None:
    text = "Dr. Maria Lopez said the perceptron is an algorithm for supervised learning."
    values = [text[s.start : s.end] for s in detect(text) if s.type in ("PERSON", "LOCATION")]
    assert "perceptron" not in values
    assert any("Maria Lopez" in v for v in values)
