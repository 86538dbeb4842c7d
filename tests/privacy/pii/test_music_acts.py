"""A one-word PERSON its sentence shows to be a band is not a person."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.music_acts import music_act
from transforms.privacy.spans import Span


def at(text: str, word: str, detector: str = "spacy_ner") -> Span:
    start = text.index(word)
    return Span(start, start + len(word), "PERSON", 0.85, detector)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Many of the clubs where Metallica first played were on this street.", "Metallica"),
        ("It is the venue in which Nirvana performed in 1991.", "Nirvana"),
        ("She only listens to songs by Radiohead these days.", "Radiohead"),
        ("A concert from the Killers is on tonight.", "Killers"),
        ("Coldplay's debut album came out in 2000.", "Coldplay"),
        ("Slipknot's drummer left the band.", "Slipknot"),
        ("Blur\u2019s world tour was cancelled.", "Blur"),
    ],
)
def test_a_band_by_its_sentence_is_not_a_person(text, word):
    assert music_act(text, at(text, word))


@pytest.mark.parametrize(
    ("text", "word", "detector"),
    [
        # a listed given name or surname: a person who makes music stays a name
        ("She only listens to songs by Adele these days.", "Adele", "spacy_ner"),
        ("Smith's new album came out in 2000.", "Smith", "spacy_ner"),
        # no music cue around the word
        ("Torvik played chess in the park.", "Torvik", "spacy_ner"),
        ("Metallica called me yesterday about the invoice.", "Metallica", "spacy_ner"),
        ("The clubs where Torvik worked were closed.", "Torvik", "spacy_ner"),
        # found by another detector (a cue, a list): not spaCy's guess
        ("Songs by Torvik are on the list.", "Torvik", "name_cues"),
        # two words: a full name, not a band word
        ("Songs by Torvik Salinas are on the list.", "Torvik Salinas", "spacy_ner"),
        # a placeholder-like token left as it was
        ("Songs by <PERSON> are on the list.", "<PERSON>", "spacy_ner"),
    ],
)
def test_people_and_look_alikes_stay(text, word, detector):
    assert not music_act(text, at(text, word, detector))


def test_names_from_context_drops_the_band():
    from transforms.privacy.pii.name_context import names_from_context

    text = "The clubs where Metallica first played were in Tivoli. Ask Torvik Salinas."
    spans = [at(text, "Metallica"), at(text, "Torvik Salinas")]
    kept = [text[s.start : s.end] for s in names_from_context(text, spans)]
    assert "Metallica" not in kept
    assert "Torvik Salinas" in kept
