"""Speakers: the name that labels a quoted line is a person.

A transcript, a script or a chat log opens each line with its speaker, a colon and the quoted
words (``Angel: "Who are you?"``, ``Aki:"I'm Chad's daughter"``). spaCy misses many of these
one-word names of other languages, and reads an ambiguous one ("Angel") as a word. The speaker
news prose names after the quotation (``"...," says Uotila.``) is
:mod:`~transforms.privacy.pii.speech_subjects`'s, with the other subjects of verbs of saying.

The word must look like a name: capitalised, not all capitals, no title, day or month, and a
listed given name or as rare as a name in English, so ``Email: "..."`` and ``Answer: "..."``
stay words. A label is only a speaker at the very start of a line and before a quoted word,
never in code. Words another detector already reads are left alone.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import TITLES, listed_or_rare_name
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.word_sets import MONTHS_AND_DAYS, word_set
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "speaker_name"
_NAME = r"(?P<name>[A-Z][a-z\u00df-\u024f]+(?:[-'][A-Z]?[a-z\u00df-\u024f]+)?)"
# 'Angel: "Who', 'Aki:"I'm', 'Ana: “Hi' at the start of a line
# (unindented, the quotation opening with a word: 'Keyword: "#919191",' in code is no line)
_LABEL = re.compile(rf"(?m)^{_NAME}[ \t]?:[ \t]?[\"\u201c](?=[^\W\d_])")
# days, months and their neighbours are no speaker ("said Tuesday.")
CALENDAR = MONTHS_AND_DAYS | word_set("Today Tomorrow Yesterday")


def _name(word: str) -> bool:
    return word not in TITLES and word not in CALENDAR and listed_or_rare_name(word)


def speaker_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for dialogue speakers."""
    if '"' not in text and "\u201c" not in text:
        return spans
    found = [m.span("name") for m in _LABEL.finditer(text) if _name(m.group("name"))]
    out = list(spans)
    for start, end in in_prose(text, found):  # not in code ("Deflate: ...")
        if not any(s.start < end and start < s.end for s in out):
            out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
