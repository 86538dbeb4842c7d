"""Polish people the English model misses and Polish function words opening a sentence
(``polish_names``, session 37)."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.polish_names import function_word, polish_name_spans
from transforms.privacy.spans import Span


def _added(text: str, spans: list[Span] | None = None) -> list[str]:
    return [
        text[s.start : s.end]
        for s in polish_name_spans(text, spans or [])
        if s.detector == "polish_names"
    ]


def _span(text: str, value: str, etype: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), etype, 0.85, "gazetteer")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name with a surname, both declined
        (
            "Portret Sarego namalowany przez Jacka Malczewskiego znajduje się w muzeum.",
            ["Jacka Malczewskiego"],
        ),
        ("To zbiór reportaży i wywiadów – rzeki z Edwardem Gierkiem.", ["Edwardem Gierkiem"]),
        # a given name with a surname SGJP does not know
        (
            "II miejsce zajęła drużyna z Leśmierza pod opieką p. Arkadiusza Wyderkiwicza.",
            ["Arkadiusza Wyderkiwicza"],
        ),
        # a surname alone, after a lower-case word
        (
            "O skali i efektach pracy druha Milkego najlepiej świadczy fakt, że tak jest.",
            ["Milkego"],
        ),
        ("Wypowiedział się na zakończenie konferencji poseł Szwed.", ["Szwed"]),
        # an unknown word after a title
        (
            "Jedno ponętne wejrzenie panny Cimiento przywróciło mu odwagę i poszedł dalej.",
            ["Cimiento"],
        ),
        (
            "Raport generała McChrystala w sprawie sytuacji na froncie został ujawniony.",
            ["McChrystala"],
        ),
        # an initial and a surname in the middle of a sentence
        ("Przedstawicielami byli W. Kołomyjski i jego zastępca z Łodzi.", ["W. Kołomyjski"]),
    ],
)
def test_polish_people_added(text, names):
    assert _added(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # an adjective agreeing with its noun, an adjective opening a sentence
        "Dodałem nowy plik, a potem Nowy plik `config.ts` został zapisany w repozytorium.",
        "Ważne jest też to, że ta ustawa wprowadza zmiany w przepisach.",
        # a street, an institution's patron, a longer proper name
        "Czytelnia przy ul. Piłsudskiego jest czynna od poniedziałku do piątku.",
        "Szkoła otrzymała certyfikat Szkoły Globalnej w tym roku.",
        # a title with its office, not a person
        "Szanowny Panie Marszałku, zwracam się z prośbą o odpowiedź.",
        # an abbreviation before a number
        "Zgodnie z przepisem Art. 48. minister właściwy do spraw zdrowia wydaje zgodę.",
        # assistants and tools in Polish coding chat
        "Kolejnym krokiem będzie integracja z Claude przez MCP i dodanie testów.",
        "Sprawdzę jeszcze konfigurację Qdranta i połączenie z bazą danych.",
        # a list item's letter before a tool name
        "Opcje do wyboru:\nB. Docker jest już zainstalowany na serwerze.",
    ],
)
def test_not_people(text):
    assert _added(text) == []


def test_english_prose_untouched():
    text = "Yesterday Jacek met Kowalski and Nowak in the office."
    assert _added(text) == []


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Tam, gdzie był błąd, dodałem walidację danych wejściowych.", "Tam", "LOCATION"),
        ("Sam też próbował kiedyś wtaczać kamień na tę górę.", "Sam", "PERSON"),
        (
            "Brak pliku `.env` w katalogu głównym – utwórz go na podstawie przykładu.",
            "Brak",
            "PERSON",
        ),
        ("Oto i ona; zostawiam was samych, bo muszę już iść.", "Oto", "PERSON"),
    ],
)
def test_function_word_opening_sentence_dropped(text, value, etype):
    assert polish_name_spans(text, [_span(text, value, etype)]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a surname opening a sentence has no function-word reading
        ("Kowalski powiedział, że wszystkie testy przechodzą poprawnie.", "Kowalski"),
        # "Tam" in the middle of a sentence is no opener
        ("Wczoraj rozmawiałem z panią Tam o nowym projekcie.", "Tam"),
    ],
)
def test_names_kept(text, value):
    span = _span(text, value)
    assert span in polish_name_spans(text, [span])


def test_function_word_readings():
    assert function_word("Tam") and function_word("Nic") and function_word("Brak")
    assert not function_word("Kowalski") and not function_word("Anna")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a common word closed by a colon or "!" opening a sentence
        ("Składniki:\nmąka, jajka, mleko i szczypta soli do smaku.", "Składniki"),
        ("– Żołnierze! Naprzód, bo już czas ruszać dalej.", "Żołnierze"),
        # a lower-case Polish phrase, a title with an office
        ("Albo koproducentów, producenta klamki, tapicerki – wszystko jedno.", "producenta klamki"),
        ("Panie Ministrze, czy możemy już zaczynać to spotkanie?", "Panie Ministrze"),
    ],
)
def test_common_words_read_as_names_dropped(text, value):
    assert polish_name_spans(text, [_span(text, value)]) == []


def test_given_name_before_colon_kept():
    text = "Marek: zrób to jeszcze dzisiaj, bo jutro już będzie za późno."
    span = _span(text, "Marek")
    assert span in polish_name_spans(text, [span])
