"""Session 35 debt: one after-quotation attribution (``speech_subjects``), person cues that
keep a name shaped like a demonym (``demonyms``), the shared month and day names."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.demonyms import drop_demonyms
from transforms.privacy.pii.speaker_names import CALENDAR, speaker_names
from transforms.privacy.pii.speech_subjects import speech_subjects
from transforms.privacy.pii.word_sets import MONTHS_AND_DAYS
from transforms.privacy.spans import Span


def _person(text: str, word: str) -> list[Span]:
    start = text.index(word)
    return [Span(start, start + len(word), "PERSON", 0.8, "spacy_ner")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We never got a straight answer," recalled Ostrowski.', "Ostrowski"),
        ('"Poland is moving in that direction," says Uotila.', "Uotila"),
        ('"Not yet," replied Dellucci, and left.', "Dellucci"),
        ('"It was a mistake," admitted Ostrowski.', "Ostrowski"),
    ],
)
def test_the_speaker_after_a_quotation_is_read_once(text, name):
    found = [s for s in speech_subjects(text, []) if s.type == "PERSON"]
    assert [text[s.start : s.end] for s in found] == [name]
    assert speaker_names(text, []) == []  # the label detector no longer reads it


@pytest.mark.parametrize(
    "text",
    ['"Fine," says God.', '"Fine," said Tuesday.', '"Fine," says Mr. Smith.', '"Ok," says CNN.'],
)
def test_deities_days_titles_and_acronyms_after_a_quotation_are_no_speaker(text):
    assert speech_subjects(text, []) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I went to the fair with my brother Kishan yesterday.", "Kishan"),
        ("Her sons Kishan and Ravi came too.", "Kishan"),
        ("We met Dr. Kenyan at the clinic.", "Kenyan"),
        ("Judge Fallujan ruled on Monday.", "Fallujan"),
    ],
)
def test_a_person_cue_keeps_a_name_shaped_like_a_demonym(text, word):
    spans = _person(text, word)
    assert drop_demonyms(text, spans) == spans


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("to the sound of Guadeloupean zouk music", "Guadeloupean"),
        # session 37: "Kishan" is a given name abroad (nam_dict), no longer dropped
        ("Baghdadis don't venture out", "Baghdadis"),
        ("Fallujan insurgents attacked", "Fallujan"),
        ("a Shakespearean plot twist", "Shakespearean"),
    ],
)
def test_demonyms_without_a_person_cue_are_still_dropped(text, word):
    assert drop_demonyms(text, _person(text, word)) == []


def test_month_and_day_names_are_one_list():
    assert len(MONTHS_AND_DAYS) == 19 and MONTHS_AND_DAYS <= CALENDAR
    assert {"Today", "Tomorrow", "Yesterday"} == CALENDAR - MONTHS_AND_DAYS
