"""The context around a NER candidate: the sentence it sits in, the place cue, article or
foreign words before or after it, and the symbols that make it part of a term (shared by the
spaCy, gazetteer and name-shape paths of :mod:`~transforms.privacy.pii.ner`)."""

from __future__ import annotations

import bisect
import re

from transforms.privacy.pii.ner_filters import _EN_WORDS, _FOREIGN_WORDS, _WORD
from transforms.privacy.segments import NerView

_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)[ \t]?\.?\s+$")
_PLACE_CUE = re.compile(
    r"\b(?:in|from|to|near|at|around|outside|visit|visiting|moved|live|"
    r"lives|based|located|office|city|town)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _after_place_cue(text: str, start: int) -> bool:
    """A place preposition or place word ends just before ``start`` ("moved to ", "in the ")."""
    return _PLACE_CUE.search(text, max(0, start - 24), start) is not None


def _foreign_after(text: str, end: int) -> bool:
    """The next few words are a foreign sentence ("Estou recebendo este erro")."""
    words = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 40))[:4]]
    return any(w in _FOREIGN_WORDS for w in words) and not any(w in _EN_WORDS for w in words)


def _foreign_around(text: str, start: int, end: int) -> bool:
    """Three words either side are foreign ("... bitte einen [Dark Mode] einbauen")."""
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 40), start)[-3:]]
    after = [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 40))[:3]]
    words = before + after
    return sum(w in _FOREIGN_WORDS for w in words) >= 2 and not any(w in _EN_WORDS for w in words)


_UPPER_WORD = re.compile(r"\b[A-Z]{2,}\b")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_NEXT_SYMBOL = re.compile(r"[ \t]*[=:(\[{<>+*%\d]")
_NEXT_SYMBOL_LISTED = re.compile(r"[ \t]*=|[=:(\[{<>+*%\d]")


_IN_PLACE = re.compile(r"\b(?:in|near|outside)[ \t]+$")
# Where one is or goes: a town after it is a place even when it is also a given name.
_TRAVEL_CUE = re.compile(
    r"(?i:\b(?:in|from|near|outside|visit|visiting|(?:go|goes|going|gone|went|back|get|got|"
    r"drive|driving|drove|fly|flying|flew|move|moving|moved|travel(?:l?ing|l?ed)?|head(?:ing|ed)?|"
    r"trip|return(?:ing|ed)?|off|coming|come|came|welcome|home|way)[ \t]+to)[ \t]+$)"
)
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:a|an|the|these|those|some|any|every)[ \t]+(?:[a-z]+[ \t]+)?$"
)
_JOINERS = frozenset("-_/")
_STOP_END = re.compile(r"\.(?:\s|$)")

# A state code after a town and a comma ("Hickory , NC", "Beverly Hills, CA").
_TOWN_COMMA = re.compile(r"[A-Z][a-z]+[ \t]?,[ \t]*$")

_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z\u00c0-\u00dd]")


_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")


def _has_capital(text: str) -> bool:
    return _CAPITAL.search(text) is not None


# not after an initial ("mit H. Dietz beschrieb")
_SENTENCE_BREAK = re.compile(r"(?:(?<!\b[A-Z])\.|[!?\n])\s")


def _sentence_around(view: NerView, pos: int) -> str:
    """The sentence (at most ~300 chars either side) of the view around offset ``pos``."""
    k = max(0, bisect.bisect_right(view.view_starts, pos) - 1)
    a, b = view.view_starts[k], view.view_starts[k] + view.lengths[k]
    lo, hi = max(a, pos - 300), min(b, pos + 300)
    start = lo
    for m in _SENTENCE_BREAK.finditer(view.text, lo, pos):
        start = m.end()
    m = _SENTENCE_BREAK.search(view.text, pos, hi)
    return view.text[start : m.start() + 1 if m else hi]
