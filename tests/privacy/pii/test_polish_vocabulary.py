"""Everyday Polish words read as names in Polish coding chat (``polish_vocabulary``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.polish_vocabulary import (
    drop_polish_vocabulary,
    polish_common_word,
    polish_word_span,
)
from transforms.privacy.spans import Span


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


def _span(text: str, value: str) -> tuple[str, int, int]:
    start = text.index(value)
    return text, start, start + len(value)


PL_SUMMARY = (
    "Dokumentacja została przebudowana zgodnie z planem. Oto podsumowanie zmian:\n\n"
    "1. **✅ Utworzono nową strukturę** - sześć folderów z logiczną organizacją\n"
    "2. **✅ Zastosowano kebab-case** - wszystkie nazwy plików w formacie `setup-guide.md`\n"
    "3. **✅ Zaktualizowano README.md** - nowe linki do dokumentacji\n\n"
    "Wtedy:\n- pliki z kopii służą tylko jako źródło treści.\n\n"
    "### ✅ Krok 2: Konfiguracja środowiska\n"
    "Piąta notatka została zapisana w `docs/notes/`."
)


@pytest.mark.parametrize(
    "word", ["Oto", "Utworzono", "Zastosowano", "Zaktualizowano", "Wtedy", "Krok", "Piąta"]
)
def test_polish_chat_words(word):
    assert polish_word_span(*_span(PL_SUMMARY, word))


def test_polish_summary_detects_nothing():
    assert [v for v, t in _found(PL_SUMMARY) if t in ("PERSON", "LOCATION")] == []


def test_polish_verb_in_mixed_line():
    # a short line, mostly English identifiers: the Polish verb form speaks for itself
    text = "Sprawdzę lesson-rating component:"
    assert polish_word_span(*_span(text, "Sprawdzę"))


@pytest.mark.parametrize(
    "text,value",
    [
        # given names, surnames and places have proper-name readings in SGJP
        ("Anna Kowalska przygotowała wczoraj nową wersję dokumentacji projektu.", "Anna Kowalska"),
        ("Nowak dodał poprawki do gałęzi, a testy przeszły bez błędów.", "Nowak"),
        ("Wdrożenie w Krakowie zaplanowaliśmy na przyszły tydzień, zgodnie z umową.", "Krakowie"),
        ("Spotkanie z Różą Zielińską przeniesiono na piątek po południu.", "Różą Zielińską"),
        # a surname that is also a common noun, without a step number after it
        ("Krok przygotował wczoraj zmiany w konfiguracji serwera dla zespołu.", "Krok"),
        # words Morfeusz does not know (product names, English names) are left to other rules
        ("Teraz sprawdzę, czy Qdrant działa poprawnie po zmianach w konfiguracji.", "Qdrant"),
        ("Mark napisał, że wszystkie zmiany są już gotowe do przeglądu.", "Mark"),
    ],
)
def test_names_kept(text, value):
    assert not polish_word_span(*_span(text, value))


@pytest.mark.parametrize("word", ["Anna", "Nowak", "Kraków", "Qdrant", "Mark", "Róża"])
def test_proper_or_unknown_words_are_not_common(word):
    assert not polish_common_word(word)


def test_english_text_untouched():
    # no Polish letter: Morfeusz is never asked ("Will", "Plan" are Polish words too)
    text = "## Plan\n\nWill Dobry reviewed the `deploy` script with Anna yesterday."
    spans = [Span(*_span(text, "Will Dobry")[1:], "PERSON", 0.85, "spacy_ner")]
    assert drop_polish_vocabulary(text, spans) == spans


def test_other_types_untouched():
    text = "Wtedy: napisz na adres podany w dokumentacji projektu, proszę."
    span = Span(0, 5, "EMAIL_ADDRESS", 1.0, "email")
    assert drop_polish_vocabulary(text, [span]) == [span]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Anna Kowalska przygotowała wczoraj nową wersję dokumentacji projektu.", "Anna Kowalska"),
        (
            "Świetnie! Teraz zapiszę zmiany. Tomasz Lewandowski poprosił o przegląd.",
            "Tomasz Lewandowski",
        ),
    ],
)
def test_polish_names_still_found(text, value):
    assert (value, "PERSON") in _found(text)


def test_polish_without_diacritics():
    # a user typing without Polish letters: two function words open the check
    text = (
        "Zobacz plik zadanie.md i na podstawie tej specyfikacji zaproponuj Architektura dla "
        "rozwiazania zadania, nie buduj jeszcze kodu tylko przedstaw plan"
    )
    assert polish_word_span(*_span(text, "Architektura"))
    assert ("Architektura", "PERSON") not in _found(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Sprawdzę status pamięci w Qdrant i wrócę z wynikami.", "Qdrant"),
        ("Wszystkie linki działają w Obsidian, struktura jest gotowa.", "Obsidian"),
        ("Verify links work in Obsidian before the release.", "Obsidian"),
    ],
)
def test_vector_store_and_notes_apps_are_no_names(text, value):
    # product words (``ner_filters.NOT_NAME_WORDS``), unknown to Morfeusz
    assert [v for v, t in _found(text) if v == value] == []


def test_croatian_surname_with_c_acute_kept():
    # "ć" is Croatian too, and "babić" a Polish verb: the prose must be Polish
    text = "Babić je reagirao brzo: već nekoliko dana poslije."
    assert not polish_word_span(*_span(text, "Babić"))


def test_croatian_sentence_is_not_polish():
    # shared Slavic words ("pak", "da", "je") but no letter or function word only Polish has
    text = "Babić pak kaže da je on svoje ciljeve postigao."
    assert not polish_word_span(*_span(text, "Babić"))
