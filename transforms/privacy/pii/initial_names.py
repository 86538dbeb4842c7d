"""Given name, middle initial, surname: "Jovica A Cedilnik", "Teufik I Đurić", "Bence B Földessi".

Forms, signatures and account records write the middle initial without a full stop. spaCy reads
"Jovica A. Cedilnik" as one person but seldom "Jovica A Cedilnik", and a bare capital between
two words breaks the name runs of the context cues, so the whole name, or all but one word of
it, went unread. Three tokens make a person here when the first is capitalised and a census
given name or next to no English word (pyspellchecker frequency under
:data:`MAX_FIRST_FREQUENCY`, not a sentence starter or UI word), the middle one is a single
capital letter (full stop optional), and the last is capitalised and a census surname or
rarer still (:data:`MAX_LAST_FREQUENCY`): "When I Was", "Plan B Options" and "Model A Config"
name no one. PERSON spans inside such a name are replaced by the whole name; a name that
overlaps a span of another type, or stands in code (``x = Ravil G Yefimov`` in a fenced block),
is left alone.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import GIVEN_NAMES, english_frequency
from transforms.privacy.pii.ner_filters import _STARTERS, NOT_NAME_WORDS, SURNAMES
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "initial_name"
MAX_FIRST_FREQUENCY = 1e-7
MAX_LAST_FREQUENCY = 1e-6
_WORD = r"[^\W\d_]+(?:['\u2019\-][^\W\d_]{2,})?"
_NAME = re.compile(
    r"(?<![\w'\u2019@.\-])(?P<first>" + _WORD + r")[ \t]+[^\W\d_a-z]\.?[ \t]+(?P<last>"
    + _WORD
    + r")(?![\w@]|['\u2019](?![s\u2019]))"
)  # fmt: skip

# the initial between blanks that every _NAME match holds: a fast test before the full pattern
_INITIAL_GAP = re.compile(r"[ \t][^\W\d_a-z]\.?[ \t]")


def _capitalised(word: str) -> bool:
    return word[0].isupper() and any(c.islower() for c in word[1:])


def _first_ok(word: str) -> bool:
    low = word.lower()
    if not _capitalised(word) or low in _STARTERS or low in NOT_NAME_WORDS:
        return False
    return word in GIVEN_NAMES or english_frequency(low) < MAX_FIRST_FREQUENCY


def _last_ok(word: str) -> bool:
    low = word.lower()
    if not _capitalised(word) or low in NOT_NAME_WORDS:
        return False
    return word in SURNAMES or english_frequency(low) < MAX_LAST_FREQUENCY


def initial_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with "Given I Surname" names added (module docstring)."""
    found = [
        (m.start(), m.end("last"))
        for m in (_NAME.finditer(text) if _INITIAL_GAP.search(text) else ())
        if len(m.group("first")) > 1 and _first_ok(m.group("first")) and _last_ok(m.group("last"))
    ]
    out = list(spans)
    for start, end in in_prose(text, found):
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.type != "PERSON" or s.start < start or s.end > end for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
