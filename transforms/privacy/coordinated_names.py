"""A place in a list of people is a person: "Vide A. Persson, Silvia J Křenová and Matthews"
(issue 14).

spaCy reads some surnames and given names as places when they stand alone ("Matthews",
"Salinas", "Valida"). Inside a list whose other members are people (joined only by commas,
"and" or "&") the word is one more person. Listed countries and big cities keep the place
("--John B, Windermere, Florida" lists a person and where he lives).
"""

from __future__ import annotations

import re

from transforms.privacy.gazetteers import CITIES, COUNTRIES_AND_REGIONS
from transforms.privacy.spans import Span

# what joins two members of a list: ", ", ", and ", " and ", " & "
_JOIN = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
# people on either side needed before a place in the list counts as one more
MIN_PEOPLE = 2


def _joined(text: str, left: Span, right: Span) -> bool:
    return left.end <= right.start and _JOIN.fullmatch(text, left.end, right.start) is not None


def _people_around(text: str, spans: list[Span], i: int) -> int:
    n, j = 0, i
    while j > 0 and spans[j - 1].type == "PERSON" and _joined(text, spans[j - 1], spans[j]):
        n, j = n + 1, j - 1
    j = i
    while j + 1 < len(spans) and spans[j + 1].type == "PERSON":
        if not _joined(text, spans[j], spans[j + 1]):
            break
        n, j = n + 1, j + 1
    return n


def people_in_lists(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a spaCy LOCATION retyped PERSON where it stands in a list of at least
    :data:`MIN_PEOPLE` PERSON spans and is no listed country, region or big city."""
    if not any(s.type == "LOCATION" and s.detector == "spacy_ner" for s in spans):
        return spans
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    out = []
    for i, s in enumerate(ordered):
        value = text[s.start : s.end]
        if (
            s.type == "LOCATION"
            and s.detector == "spacy_ner"
            and value not in COUNTRIES_AND_REGIONS
            and value not in CITIES
            and _people_around(text, ordered, i) >= MIN_PEOPLE
        ):
            s = Span(s.start, s.end, "PERSON", s.score, s.detector)
        out.append(s)
    return out
