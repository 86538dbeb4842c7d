"""German street, landmark and landscape names by their shape (issue 14).

German names of streets, lakes, mountains and valleys are compounds whose head is the kind of
place and whose modifier is a name ("Knoop|straße", "Schwielow|see", "Kemmel|berg"), or a
place-derived adjective in -er before the kind of place ("Gubener Straße", "Tegeler See",
"Frankfurter Hauptbahnhof"); Duden, "Straßennamen" (https://www.duden.de/sprachwissen/
sprachratgeber/Schreibung-von-Strassennamen) describes both spellings. spaCy's English model
tags few of them. In a German sentence:

- **street compounds**: a word ending in "-straße", "-strasse", "-gasse", "-allee" or
  "-chaussee" that is no plain Wiktionary noun ("Hauptstraße", "Sackgasse" and
  "Einbahnstraße" are);
- **landscape compounds** after an article or preposition ("am Schwielowsee", "den
  Kemmelberg", "ins Pustertal"): the endings of :data:`LANDSCAPE_ENDINGS` after a modifier
  that is no word (:func:`~transforms.privacy.pii.town_cues.german_town_name`);
- **adjective + kind of place**: a capitalised word in "-er" made from a listed place, or no
  frequent word, before a noun of :data:`PLACE_HEADS` ("Schwabacher Straße").

Tuned on GermEval 2014 dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import common_word, is_function_word
from transforms.privacy.pii.foreign_words import GERMAN_DETERMINERS, german_noun, is_place
from transforms.privacy.pii.town_cues import german_town_name

STREET_ENDINGS = ("straße", "strasse", "gasse", "allee", "chaussee")
LANDSCAPE_ENDINGS = ("berg", "see", "tal", "bach", "burg", "stein", "feld", "wald", "brunnen")
# Nouns naming a kind of place after a place-derived adjective ("Tegeler See")
PLACE_HEADS = (
    "Straße|Strasse|Landstraße|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Brücke|Tor|"
    "Bahnhof|Hauptbahnhof|See|Wald|Berg|Heide|Hafen|Dom|Markt|Kreuz|Dreieck"
)
_WORD = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?![\w\-])")
_ADJECTIVE_PLACE = re.compile(
    r"(?<![\w\-])([A-ZÄÖÜ][a-zäöüß]{2,}er)[ \t]+(?:" + PLACE_HEADS + r")(?![\w\-])"
)
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "zu", "von", "an", "auf", "über"})
MIN_STREET_MODIFIER = 3


def _street_compound(word: str) -> bool:
    low = word.lower()
    ending = next((e for e in STREET_ENDINGS if low.endswith(e)), None)
    if ending is None or len(word) - len(ending) < MIN_STREET_MODIFIER:
        return False
    return not german_noun(word) and not common_word(word, "de")


def _landscape_compound(text: str, start: int, word: str) -> bool:
    if not word.lower().endswith(LANDSCAPE_ENDINGS):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    before = m.group(1).lower() if m else ""
    return (before in GERMAN_DETERMINERS or before in _PLACE_PREPOSITIONS) and german_town_name(
        word
    )


def _place_adjective(adjective: str) -> bool:
    stem = adjective[:-2]
    if is_place(stem, lang="de") or is_place(stem + "e", lang="de"):
        return True  # "Gubener" (Guben), "Lehrter" (Lehrte)
    return not (
        common_word(adjective, "de")
        or is_function_word(adjective, "de")
        or german_noun(adjective, compounds=True)
    )


def german_place_word(word: str) -> bool:
    """One word shaped like a street or town name ("Knoopstraße", "Pfrondorf"): a place even
    when spaCy calls it a person, for its modifier is no word."""
    return _street_compound(word) or german_town_name(word)


def german_place_name_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Street, landmark and landscape names in the German sentence ``text[start:end]``."""
    out = [
        (m.start(), m.end())
        for m in _ADJECTIVE_PLACE.finditer(text, start, end)
        if _place_adjective(m.group(1))
    ]
    for m in _WORD.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in out):
            continue
        word = m.group()
        if _street_compound(word) or _landscape_compound(text, m.start(), word):
            out.append((m.start(), m.end()))
    return out
