"""Dialogue speakers (``speaker_names``), quoted speakers (``speech_subjects``) and a given
name read as a place before one person's kin word (``kin_names``)."""

from __future__ import annotations

from transforms.privacy.pii.kin_names import kin_names
from transforms.privacy.pii.speaker_names import speaker_names
from transforms.privacy.pii.speech_subjects import speech_subjects
from transforms.privacy.spans import Span


def _people(text: str, spans: list[Span] | None = None) -> list[str]:
    return [text[s.start : s.end] for s in speaker_names(text, spans or []) if s.type == "PERSON"]


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in speech_subjects(text, []) if s.type == "PERSON"]


def test_speaker_labels_and_attributions_are_people() -> None:
    text = 'Aki: "Who are you?"\nWillemine:"I\'m his daughter".'
    assert _people(text) == ["Aki", "Willemine"]
    assert _quoted('"Poland is moving in that direction," says Uotila.') == ["Uotila"]
    assert _quoted("\u201cFine,\u201d said Dellucci, and left.") == ["Dellucci"]
    assert _quoted('"We\'re done," added Karzai') == ["Karzai"]
    assert _quoted('"Not yet," replied Ostrowski.') == ["Ostrowski"]


def test_words_titles_and_days_are_no_speaker() -> None:
    assert _people('Email: "x@y.io"\nAnswer: "Tube Snake Boogie"\nNote: "draft"') == []
    assert _people('Tuesday: "closed"\nMr: "Smith"') == []
    assert _quoted('"Fine," said Tuesday.') == []
    assert _quoted('"Fine," says Mr. Smith.') == []  # the title; "Smith" is another cue's
    assert _quoted('"Fine," says CNN.') == []
    assert _people('error: "Uotila" not found') == []  # no capital: a log line


def test_spans_already_read_are_kept() -> None:
    text = 'Uotila: "Fine."'
    place = Span(0, 6, "LOCATION", 0.8, "spacy_ner")
    assert speaker_names(text, [place]) == [place]


def test_given_name_read_as_place_before_ones_kin_is_a_person() -> None:
    text = "I'm Chad's daughter"
    out = kin_names(text, [Span(4, 8, "LOCATION", 0.85, "spacy_ner")])
    assert [(text[s.start : s.end], s.type) for s in out] == [("Chad", "PERSON")]
    # a country's "children" stay a place
    text = "Israel's children"
    place = Span(0, 6, "LOCATION", 0.85, "spacy_ner")
    assert kin_names(text, [place]) == [place]
    text = "between him and Sinisa's kid"
    assert [text[s.start : s.end] for s in kin_names(text, [])] == ["Sinisa"]


def test_code_keys_are_no_speakers() -> None:
    assert _people('STYLES = {\n    Keyword: "#919191",\n    Deflate: "deflate",\n}') == []
    assert _people('Keyword: "#919191",\nDeflate: "0x12"') == []


def test_an_everyday_word_given_name_with_one_persons_kin_is_a_person() -> None:
    for text, name in (("I'm Mark's daughter", "Mark"), ("I met Will's wife", "Will")):
        assert [text[s.start : s.end] for s in kin_names(text, [])] == [name]
    # a season's or a month's "children" are no one's
    for text in ("Summer's children are back", "Summer's parents"):
        assert kin_names(text, []) == []
