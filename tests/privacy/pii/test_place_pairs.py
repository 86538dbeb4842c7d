"""Slash-joined place pairs in non-English prose (:mod:`.place_pairs`, session 30)."""

from __future__ import annotations

from transforms.privacy.pii.place_pairs import place_pairs


def _pairs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in place_pairs(text, [])]


def test_two_places_joined_by_a_slash_in_a_german_line():
    assert _pairs("München/Hamburg ( dpa ) Heidi Klum bleibt in den USA .") == ["München/Hamburg"]
    text = "Sie konnten sich nicht für die WM 2002 in Japan/Korea qualifizieren ."
    assert _pairs(text) == ["Japan/Korea"]


def test_time_zones_paths_and_english_lines_are_left_alone():
    assert _pairs("Stell die Zeitzone auf Europe/Berlin ein , dann geht es .") == []
    assert _pairs("Kopiere die Datei nach src/Paris/London.txt , bitte .") == []
    assert _pairs("Copy the Paris/London report to the shared drive please.") == []


def test_a_pair_inside_a_string_literal_of_code_is_left_alone():
    assert _pairs(" '3803475':{'en': 'Delyatin/Nadvirna, Ivano-Frankivsk'},") == []
