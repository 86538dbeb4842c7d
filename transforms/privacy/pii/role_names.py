"""Names a former role or a courtesy title introduces: "ex-Beatle Paul", "Mr. Greece".

"ex-" before a capitalised group or role word ("ex-Beatle", "ex-Marine", "ex-Zombie") makes
the next capitalised word the person who left it; spaCy either glues the role into the name
("Zombie Simon") or misses an unlisted name ("ex-Zombie Egede"). The role word is trimmed off a
PERSON span, and a missing name is added when it is a listed given name or as rare as a name
in English (so "ex-Soviet Union", "ex-Google Engineer" add nothing).

A courtesy title (Mr, Mrs, Ms, Mx, Dr; https://en.wikipedia.org/wiki/English_honorifics) names
a person even when the surname is a place name: a lone LOCATION right after one ("Mr. Greece is
a 46 year old man", "Mrs. Chester") becomes a PERSON.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.gazetteers import listed_or_rare_name
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "role_name"
_WORD = r"[A-Z][a-z\u00df-\u024f]+(?:[-'][A-Z]?[a-z\u00df-\u024f]+)?"
_EX_ROLE = re.compile(rf"(?<![\w\-])[Ee]x-(?P<role>[A-Z][a-z]+)[ \t]+(?P<name>{_WORD})")
_TITLE = re.compile(rf"(?<![\w\-])(?:Mr|Mrs|Ms|Mx|Dr)\.?[ \t]+(?P<name>{_WORD})(?![ \t]+[A-Z])")


def role_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with role words trimmed off names and names after a role or title added."""
    if "x-" not in text and "M" not in text and "D" not in text:
        return spans
    out = list(spans)
    for m in _EX_ROLE.finditer(text):
        start, end = m.span("name")
        glued = [s for s in out if s.type == "PERSON" and s.start == m.start("role")]
        if glued and glued[0].end > start:
            out[out.index(glued[0])] = replace(glued[0], start=start)
        elif listed_or_rare_name(m.group("name")) and not any(
            s.start < end and start < s.end for s in out
        ):
            out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    for m in _TITLE.finditer(text):
        place = [s for s in out if (s.start, s.end) == m.span("name") and s.type == "LOCATION"]
        if place:
            out[out.index(place[0])] = replace(place[0], type="PERSON", detector=DETECTOR)
    return out
