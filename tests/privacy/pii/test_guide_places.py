"""Session 32 (social): an unlisted one-word spaCy "person" in a travel-guide sentence is a place
(``guide_places``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.guide_places import guide_places
from transforms.privacy.spans import Span


def _spacy_person(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), "PERSON", 0.85, "spacy_ner")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There is a public bus from the airport to Hadibo and on to the coast.", "Hadibo"),
        ("From Spodsbjerg on Langeland there is a ferry connection.", "Spodsbjerg"),
        ("The Creek Trail connects Rivertrail and continues east.", "Rivertrail"),
    ],
)
def test_guide_person_becomes_place(text, word):
    (out,) = guide_places(text, [_spacy_person(text, word)])
    assert (out.type, out.detector) == ("LOCATION", "guide_place")


@pytest.mark.parametrize(
    ("text", "word", "detector"),
    [
        # a listed given name or surname stays a person
        ("We took the ferry with Maria to the island.", "Maria", "spacy_ner"),
        # a subject that acts is a person
        ("East Ukraine rebels leader Borodai blames the army.", "Borodai", "spacy_ner"),
        # social posts: as often a player or a nickname
        ("@coach Khedira on the bus to the airport", "Khedira", "spacy_ner"),
        # no word of travel or geography in the sentence
        ("I think Zorblat wrote the best review.", "Zorblat", "spacy_ner"),
        # only spaCy's own guesses are re-typed
        ("Then we took the ferry with Zorblat.", "Zorblat", "context_cue"),
    ],
)
def test_person_kept(text, word, detector):
    span = _spacy_person(text, word)
    span = Span(span.start, span.end, span.type, span.score, detector)
    assert guide_places(text, [span]) == [span]


def test_all_caps_and_two_words_kept():
    text = "GIBSON scored again, the bus home was quiet. Jan Kowalski took the train north."
    spans = [_spacy_person(text, "GIBSON"), _spacy_person(text, "Jan Kowalski")]
    assert guide_places(text, spans) == spans


def test_end_to_end_guide_sentence():
    text = "There is a public bus from the airport to Hadibo and from Hadibo to Qalansia."
    types = {text[s.start : s.end]: s.type for s in detect(text)}
    assert types.get("Hadibo") == "LOCATION"
    assert "PERSON" not in types.values()


def test_code_lookalike_not_flagged():
    # a capitalised identifier next to travel words in a code comment is no new span
    text = "```python\n# route the bus messages to Kafkaesque handler\nroute = Bus()\n```"
    assert [s for s in detect(text) if s.type in ("PERSON", "LOCATION")] == []


def test_guide_word_sentence_person_joined_to_a_person_stays() -> None:
    from transforms.privacy.pii.guide_places import guide_places
    from transforms.privacy.spans import Span

    text = "The district trial cited both Behe and Scott Minnich in the ruling."
    i, j = text.index("Behe"), text.index("Scott Minnich")
    spans = [
        Span(i, i + 4, "PERSON", 0.85, "spacy_ner"),
        Span(j, j + len("Scott Minnich"), "PERSON", 0.85, "gazetteer"),
    ]
    assert [s.type for s in guide_places(text, spans)] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a subject that acts, with an adverb before its verb (gum_train)
        ("Gorbachev also proposed a nuclear free zone in the north of Europe.", "Gorbachev"),
        # a role noun right before the name (wikigold dev)
        (
            "One of the few to resist was the sorcerer queen Sarraounia, ruler of a region.",
            "Sarraounia",
        ),
    ],
)
def test_acting_or_titled_person_kept(text, word):
    span = _spacy_person(text, word)
    assert guide_places(text, [span]) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb with no verb after it, or a place noun before the word: still a place
        "Then the bus goes to Hadibo again.",
        "The ferry leaves the port Hadibo at noon.",
        # code look-alike: a role word in an identifier is no title
        "The bus_king Hadibo route runs north.",
    ],
)
def test_guide_place_still_retyped(text):
    (out,) = guide_places(text, [_spacy_person(text, "Hadibo")])
    assert out.type == "LOCATION"
