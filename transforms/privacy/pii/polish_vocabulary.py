"""Everyday Polish words read as names in Polish coding chat (session 32, ``assistant_sessions``:
Polish Cursor sessions).

An assistant answering in Polish opens sentences and list items with verbs, adverbs and nouns
("**✅ Utworzono nową strukturę**", "Wtedy:", "Plik `task-3.md` powinien ...", "Piąta notatka
została utworzona", "Oto podsumowanie"); English NER reads the capitalised word as a PERSON and
the gazetteers list some of them ("Oto", "Ta" as names, "Piąta" as a place). No module here had
Polish words. Morfeusz 2 with the SGJP dictionary (``morfeusz2`` on PyPI, 2-clause BSD, code and
dictionary: http://morfeusz.sgjp.pl/doc/license/) analyses every Polish word form and marks its
proper-name readings (``imię``, ``nazwisko``, ``nazwa_geograficzna``, ...): a proper name has a
capitalised lemma ("Anna", "Kowalski", "Kraków"), a common word a lower-case one.

A PERSON or LOCATION span is dropped when all of these hold:

- the text holds a letter only Polish uses among our languages (ą ć ę ł ń ś ź ż) or two Polish
  function words that are no English words ("nie", "jest", "czy", "dla", ...: a user typing
  without diacritics): the cheap precheck, English text never reaches Morfeusz;
- every word of the span is a Polish common word: Morfeusz knows it and every reading has a
  lower-case lemma (no given name, surname, place or other proper-name reading: "Róża", "Nowak",
  "Góra", "Polska" keep theirs); a numbered step ("Krok 1:", "### Krok 3") may also be a surname
  ("Krok"), never a given name or a place;
- the prose around the span is Polish (a letter only Polish writes, "ć" aside, or two Polish
  function words, and at least :data:`MIN_POLISH_WORDS` words and :data:`POLISH_SHARE` of its
  words are known to Morfeusz and are no everyday English words), or
  the span itself holds one of those letters other than "ć", which Croatian, Serbian and
  Bosnian write too ("Sprawdzę lesson-rating component:"; "Babić je reagirao" keeps its name).

Names keep their spans: SGJP lists Polish and many foreign given names and surnames ("Anna",
"Kowalski", "John", "Smith"), and an unknown word ("Qdrant", "Mark") is no common word.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

from transforms.privacy.pii.gazetteers import english_frequency, listed_name_word
from transforms.privacy.spans import Span

WINDOW = 200
MIN_POLISH_WORDS = 4
POLISH_SHARE = 0.4
# a text this short with fewer than MIN_POLISH_WORDS words is judged as a whole (short_polish)
SHORT_TEXT = 40
# a word this frequent in English is no evidence of Polish ("plan", "test", "problem")
ENGLISH_WORD_FREQUENCY = 1e-6
_POLISH_LETTER = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
# without "ć", which Croatian, Serbian and Bosnian write too ("Babić je reagirao")
_POLISH_ONLY_LETTER = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")
_WORD = re.compile(r"[^\W\d_]+")
# frequent Polish function words that are no English words, written without diacritics too
_FUNCTION_WORDS = re.compile(
    r"\b(?i:nie|jest|czy|dla|oraz|teraz|jak|aby|sie|juz|tez|przez|albo|jesli|tylko|jeszcze"
    r"|wszystkie|zostal[ao]?|mozna|bedzie|ktory|ktore|gdzie|tego|tej|jako"
    r"|przy|oto|taki|wszystko|bardzo|lub|gdy)\b"
)
# "Krok 1:", "Faza 2", "Etap 3." (a step number, not a second name)
_NUMBER_AFTER = re.compile(r"[ \t]+\d+(?:[.:)]|[ \t]*$)", re.M)
_lock = threading.Lock()


@cache
def _analyser() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@cache
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of every Morfeusz reading of one word."""
    with _lock:
        found = _analyser().analyse(word)
    return tuple((lemma, tag) for _, _, (_form, lemma, tag, _pos, _qual) in found)


@cache
def analyse(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(lemma, tag, name classes) of every Morfeusz reading of one word ("Kraków",
    "subst:sg:loc:m3", ("nazwa_geograficzna",))."""
    with _lock:
        found = _analyser().analyse(word)
    return tuple((lemma, tag, tuple(kinds)) for *_, (_f, lemma, tag, kinds, _q) in found)


def readings(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of every Morfeusz reading of one word."""
    return _readings(word)


def polish_word(word: str) -> bool:
    """Whether Morfeusz knows ``word`` as a Polish word form (common or proper)."""
    return all(tag != "ign" for _, tag in _readings(word))


def polish_common_word(word: str, *, surnames: bool = False) -> bool:
    """Whether ``word`` is a Polish word form whose every reading is a common word (lower-case
    lemma): "Utworzono", "Plik", "Wtedy", not "Anna", "Nowak", "Qdrant". With ``surnames``, a
    word that is also a surname ("Krok") counts when it has a common reading."""
    readings = _readings(word)
    if any(tag == "ign" for _, tag in readings):
        return False
    common = [lemma[:1].islower() for lemma, _ in readings]
    if all(common):
        return True
    return surnames and any(common) and _surname_only(word)


def _surname_only(word: str) -> bool:
    with _lock:
        found = _analyser().analyse(word)
    # each reading: (form, lemma, tag, name classes, qualifiers)
    proper = [kinds for *_, (_f, lemma, _t, kinds, _q) in found if not lemma[:1].islower()]
    return all(kinds == ["nazwisko"] for kinds in proper)


def polish_around(text: str, start: int, end: int) -> bool:
    """Whether the prose around ``text[start:end]`` is Polish (or the text is a short Polish
    message, :func:`short_polish`)."""
    if short_polish(text):
        return True
    window = text[max(0, start - WINDOW) : end + WINDOW]
    if not (_POLISH_ONLY_LETTER.search(window) or _function_words(window)):
        return False  # Croatian shares words and "ć" ("Babić pak kaže da je on ...")
    words = [w for w in _WORD.findall(window) if len(w) > 1]
    polish = sum(
        english_frequency(w.lower()) < ENGLISH_WORD_FREQUENCY and polish_word(w) for w in words
    )
    return polish >= MIN_POLISH_WORDS and polish >= POLISH_SHARE * len(words)


def polish_word_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of everyday words of the Polish prose around it."""
    words = _WORD.findall(text[start:end])
    numbered = len(words) == 1 and _NUMBER_AFTER.match(text, end) is not None
    if not words or not all(polish_common_word(w, surnames=numbered) for w in words):
        return False
    return bool(_POLISH_ONLY_LETTER.search(text, start, end)) or polish_around(text, start, end)


def short_polish(text: str) -> bool:
    """A message of fewer than :data:`MIN_POLISH_WORDS` words, every one a Polish word form and
    one no everyday English word ("Jestem blogiem.", "Gratulujemy!"); "ć" alone is Croatian too."""
    if len(text) > SHORT_TEXT:
        return False
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    if not words or len(words) >= MIN_POLISH_WORDS:
        return False
    if "ć" in text.lower() and not _POLISH_ONLY_LETTER.search(text):
        return False  # "Babić je"
    if len(words) == 1 and listed_name_word(words[0]) and not _POLISH_ONLY_LETTER.search(text):
        return False  # a mail's greeting line: "Traci,", "Mery," (Polish "traci": loses)
    return all(polish_word(w) for w in words) and any(
        english_frequency(w.lower()) < ENGLISH_WORD_FREQUENCY for w in words
    )


def _function_words(text: str) -> bool:
    return len({w.lower() for w in _FUNCTION_WORDS.findall(text)}) >= 2


def maybe_polish(text: str) -> bool:
    """The cheap precheck: a Polish letter, or two Polish function words."""
    return bool(_POLISH_LETTER.search(text)) or _function_words(text)


def drop_polish_vocabulary(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSON/LOCATION spans that are common words of Polish prose."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    if not (maybe_polish(text) or short_polish(text)):
        return spans
    return [
        s
        for s in spans
        if s.type not in ("PERSON", "LOCATION") or not polish_word_span(text, s.start, s.end)
    ]
