"""Unread members of a list of people in Nordic prose (issue 14, session 37; tuned on the turku_ner
and uner_sv_talbanken dev splits).

"Johanna , Sharon ja Nadja nautiskelivat", "Tienshinhan , Tien Shinhan , Tien , Ten": one member
of a list of people goes unread, a name spaCy passes over or a sentence opener. A capitalised
word joined only by a comma or the language's "and" (Finnish "ja", Swedish "och", Danish /
Norwegian "og") to a person whose first word is a listed given name is a person too: writers
list like with like. Two listed given names joined so, neither read, make such a list by
themselves ("Peppi ja Mimmi"). It is no person when another detector already typed it, when a
place list knows it ("Kreikan , Portugalin ja Irlannin") or when a capitalised word other than
the sentence's first stands right before it (the end of a longer name: "Mellemfolkeligt
Samvirke"). A word that is no listed given name must also be no everyday word of the language
and no month or weekday name ("Oktober"), have 4+ letters ("Ap", "Frp": parties) and follow no
in-place preposition ("på Mjonøy"). The list must end in the conjunction: "Samvirke, Knud
Vilby" is an apposition.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.foreign_place_cues import after_in_place
from transforms.privacy.pii.foreign_words import at_sentence_start, is_place
from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    calendar_words,
)
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.language_names import given_in, language_given_names
from transforms.privacy.pii.list_joins import list_joiner
from transforms.privacy.segments import sentences
from transforms.privacy.spans import Span

DETECTOR = "people_list"
SCORE = 0.7
# listed given names, none read, that make a list of people by themselves ("Peppi ja Mimmi")
MIN_UNREAD_GIVEN = 2
# "and" in the languages whose sentences this reads
CONJUNCTIONS = {"fi": ("ja",), "sv": ("och",), "da": ("og",), "no": ("og",), "nb": ("og",)}
_JOINERS = {lang: list_joiner(words) for lang, words in CONJUNCTIONS.items()}
# a capitalised word right before: the member is the last word of a longer name
# ("Mellemfolkeligt Samvirke"), left to the detectors that read names
_PART_OF_NAME = re.compile(r"[A-ZÅÄÖÆØ][\w\-]*[ \t]+$")
_WORD = re.compile(r"(?<![\w\-'\u2019@./])[A-ZÅÄÖÆØ][a-zåäöæøéü]+(?![\w\-'\u2019@(])")


def _anchor(text: str, span: Span, lang: str) -> bool:
    """A PERSON span whose first word is a listed given name ("Sharon", "Nadja")."""
    if span.type != "PERSON":
        return False
    first = text[span.start : span.end].split()[0]
    return given_in(first, lang)


def _members(text: str, a: int, b: int, spans: list[Span]) -> list[tuple[int, int, Span | None]]:
    """Capitalised words and detected spans of ``text[a:b]``, by start; a word inside a
    detected span is that span."""
    inside = sorted((s for s in spans if a <= s.start and s.end <= b), key=lambda s: s.start)
    out: list[tuple[int, int, Span | None]] = [(s.start, s.end, s) for s in inside]
    for m in _WORD.finditer(text, a, b):
        if not any(s.start < m.end() and m.start() < s.end for s in spans):
            out.append((m.start(), m.end(), None))
    return sorted(out, key=lambda t: t[0])


def _part_of_name(text: str, a: int, x: int) -> bool:
    """A capitalised word other than the sentence's first stands right before ``x``."""
    m = _PART_OF_NAME.search(text, a, x)
    return m is not None and not at_sentence_start(text, m.start())


# shorter members are party and firm initials ("Ap", "Frp") unless a listed given name
MIN_MEMBER = 4


def _member_person(text: str, a: int, x: int, word: str, lang: str) -> bool:
    """The unread ``word`` at ``x`` of a list of people in the sentence from ``a`` is one."""
    if given_in(word, lang):
        return not is_place(word, lang=lang)
    return not (
        len(word) < MIN_MEMBER
        or common_word(word, lang)  # "Filmskaparen"
        or word.lower() in calendar_words()  # "Oktober" (a publisher)
        or _part_of_name(text, a, x)
        or after_in_place(text, x)  # "på Mjonøy, Ellen Nordstoga og Darius"
        or is_place(word, lang=lang)
        or word in CITIES  # "Svalbard og Jan Mayen"
        or word in COUNTRIES_AND_REGIONS
    )


def _runs(joiner: re.Pattern[str], text: str, members: list, lang: str) -> list[list]:
    """Runs of members joined by list separators, the last join with the language's "and"
    ("Samvirke, Knud Vilby" is a name and an apposition, not a list)."""
    runs: list[list] = []
    for m in members:
        if runs and joiner.fullmatch(text, runs[-1][-1][1], m[0]) is not None:
            runs[-1].append(m)
        else:
            runs.append([m])
    conjunctions = CONJUNCTIONS[lang]
    return [
        r
        for r in runs
        if len(r) > 1 and any(w in conjunctions for w in text[r[-2][1] : r[-1][0]].split())
    ]


def list_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON for each unread capitalised word listed with a person (module
    docstring)."""
    if not any(s.type == "PERSON" for s in spans) or not _WORD.search(text):
        return spans
    added: list[Span] = []
    for a, b in sentences(text, 0, len(text)):
        if not any(s.type == "PERSON" and a <= s.start < b for s in spans):
            continue
        lang = foreign_language(text[a:b])
        if lang not in _JOINERS:
            continue
        for run in _runs(_JOINERS[lang], text, _members(text, a, b, spans), lang):
            anchored = any(s is not None and _anchor(text, s, lang) for _, _, s in run)
            given = sum(s is None and text[x:y] in language_given_names(lang) for x, y, s in run)
            if not anchored and given < MIN_UNREAD_GIVEN:
                continue
            for x, y, s in run:
                if s is None and _member_person(text, a, x, text[x:y], lang):
                    added.append(Span(x, y, "PERSON", SCORE, DETECTOR))
    return sorted([*spans, *added], key=lambda s: (s.start, s.end)) if added else spans
