"""Runs of capitalised words in a non-English sentence, the unit
:mod:`~transforms.privacy.pii.foreign_ner` reads names and places in (issue 14).

A run is a stretch of capitalised words, name particles inside ("Manoel de Oliveira", "van der
Vaart"). Punctuation after a word ends it ("Lisboa, Porto"), and so does an opening bracket or
quote before one: "o Cairo (Egito)" is a city and its country, two runs.

:func:`place_tail` splits a listed place off the end of a run after "de"/"von" ("Associação de
Andebol de Lisboa", "Universidade Yonsei de Seul": a body or a school and its city) when the
words before hold a common word of the language or an acronym ("GNR de Lamego") and no given
name opens them ("Manoel de Oliveira", "Maria da Penha": a person's surname).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.elision import name_offset
from transforms.privacy.pii.foreign_lists import PARTICLES, common_word, fold, is_function_word
from transforms.privacy.pii.foreign_words import german_given, is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES

# Slavic prepositions spelt like name particles: "do Ríma" (sk "to"), "do Zagreba" (hr): never
# inside a name in a sentence of these languages (own list)
_SLAVIC_PREPOSITIONS = {lang: frozenset({"do"}) for lang in ("sk", "cs", "hr", "sr", "bs")}
# Particles that link a body to its town ("Juventus de Turim", "Universität von Wien")
PLACE_LINKS = frozenset({"de", "do", "da", "di", "del", "von"})

_TOKEN = re.compile(r"\S+")
STRIP_END = ".,;:!?»«\"')(”“’"
_STRIP_START = "«\"'(“‘"
INITIAL = re.compile(r"^(?:[A-Z\u00c0-\u00de]\.)+$")  # "H.", "H.L."


def _capitalised(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and (len(tok) == 1 or not tok.isupper() or len(tok) <= 4)


def _capitals_surname(tok: str, cur: list[tuple[int, int, str]]) -> bool:
    """An all-capital word after a capitalised word or an initial: a surname as official
    documents sign them ("Franz FISCHLER", "I. YATES"), the run's last word."""
    if not cur or not tok.isalpha() or not tok.isupper():
        return False
    prev = cur[-1][2]
    return bool(INITIAL.match(prev)) or (prev[:1].isupper() and prev[1:].islower())


def capitals_titled(value: str) -> str:
    """``value`` with all-capital words of five letters or more title-cased ("Franz FISCHLER"
    -> "Franz Fischler"), for shape checks of runs :func:`_capitals_surname` closes."""
    return " ".join(
        w.title() if w.isalpha() and w.isupper() and len(w) > 4 else w for w in value.split(" ")
    )


def capital_runs(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words (particles inside) within ``text[start:end]``."""
    runs: list[tuple[int, int, list[str]]] = []
    cur: list[tuple[int, int, str]] = []

    def close() -> None:
        while cur and cur[-1][2].lower() in PARTICLES:
            cur.pop()
        if cur:
            runs.append((cur[0][0], cur[-1][1], [t for _, _, t in cur]))
        cur.clear()

    for m in _TOKEN.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] in _STRIP_START:
            a += 1
        if a > m.start():  # "(Egito)" after "Cairo": an aside, not part of the name
            close()
        elided = name_offset(text[a:b], lang)
        if elided:  # "l'Italie", "dell'Europa": the name starts after the apostrophe
            close()
            a += elided
        tail = b
        while tail > a and text[tail - 1] in STRIP_END and not INITIAL.match(text[a:tail]):
            tail -= 1
        tok = text[a:tail]
        particle = (
            bool(cur)
            and tok.lower() in PARTICLES
            and tok.islower()
            and tok not in _SLAVIC_PREPOSITIONS.get(lang, ())
        )
        if _capitals_surname(tok, cur) and not _capitalised(tok):
            cur.append((a, tail, tok))
            close()
        elif particle or (_capitalised(tok) and any(c.isalpha() for c in tok)):
            cur.append((a, tail, tok))
        else:
            close()
        if tail < b:  # punctuation after a word ends the run ("Lisboa, Porto")
            close()
    close()
    return runs


def place_tail(text: str, a: int, toks: list[str], lang: str) -> list[tuple[int, list[str]]]:
    """The run ``toks`` at ``a`` as one part, or as head and place when it ends in a listed
    place after "de"/"von" and opens with no given name (module docstring)."""
    links = [i for i, t in enumerate(toks) if t in PLACE_LINKS]
    if not links or links[-1] in (0, len(toks) - 1):
        return [(a, toks)]
    cut = links[-1]
    tail = toks[cut + 1 :]
    head = toks[:cut]
    if (
        any(fold(t) in GIVEN_NAMES or german_given(t) for t in head)
        # a body's name holds a word of the language ("Associação") or an acronym; a person's
        # does not, the function word opening a sentence aside ("Mas Manoel de Oliveira")
        or not any(
            (common_word(t, lang) and not is_function_word(t, lang)) or (t.isupper() and len(t) > 1)
            for t in head
        )
        or not is_place(" ".join(tail), lang=lang)
        or is_place(" ".join(toks), lang=lang)  # "Vila Nova de Famalicão"
    ):
        return [(a, toks)]
    pos = a
    starts = []
    for t in toks:
        pos = text.index(t, pos)
        starts.append(pos)
        pos += len(t)
    return [(a, head), (starts[cut + 1], tail)]
