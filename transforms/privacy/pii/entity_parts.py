"""The pieces of one spaCy entity worth checking apart: a layout gap ends it, "and"/"&" splits an
ORG and "x"/"&" a PERSON into the people it names (split out of
:mod:`~transforms.privacy.pii.spacy_entity`)."""

from __future__ import annotations

import re

# A layout gap (two spaces, a line break, a spaced dash) ends an entity: "Julieta S Almeida
# Staff ..." is a name followed by a job title, "North York - $37K" a place and a salary. An ORG
# "Usamov and Bowers" may be two people.
_LAYOUT_GAP = re.compile(r"[ \t]{2,}|\n|[ \t][-\u2013\u2014][ \t]")
_ORG_JOIN = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# "Jonghyun x Iron", "Herbie & Freddie": two people in one spaCy PERSON
_PERSON_JOIN = re.compile(r"[ \t]+(?:x|&|&amp;)[ \t]+")


def entity_parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The pieces of one spaCy entity worth checking separately (view offsets)."""
    gap = _LAYOUT_GAP.search(text, start, end)
    if gap:
        end = gap.start()
    if label not in ("ORG", "PERSON"):
        return [(start, end)]
    parts, pos = [], start
    for m in (_ORG_JOIN if label == "ORG" else _PERSON_JOIN).finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return parts
