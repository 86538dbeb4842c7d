"""A PERSON candidate that a locative phrase before it makes a place (tuned on the ``re3d`` and
``sec_filings`` dev splits).

Defence and government prose names towns spaCy and the name lists take for people: "Near Tal
Afar, one strike ...", "in the vicinity of Ayn Issa", "north of Samarra"; contracts name a
country or state that is also a census given name: "the People's Republic of China", "the
Commonwealth of Virginia", "Vringo (Israel) Ltd.". :func:`locative_place` says when such a
candidate is a place, so :func:`~transforms.privacy.pii.web_text.adjust_person` re-types it
LOCATION (the span is still redacted, under the right type).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import COUNTRIES_AND_REGIONS

# "Near X," opening a sentence or clause (a strike report), and phrases that only a place
# follows: "in the vicinity of", "on the outskirts of", "north of", "the town of".
_PLACE_BEFORE = re.compile(
    r"(?:(?:^|[.;:!?\n][ \t\"\u201c]*)Near"
    r"|\b(?:vicinity|outskirts|suburbs|town|village|city|province|governorate)[ \t]+of"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[ \t]+of"
    r")[ \t]+$"
)
# A country or US state name that is also a given name ("Jordan", "Israel", "Virginia") after
# "of"/"in", or alone in brackets.
_OF_IN = re.compile(r"\b(?:of|in)[ \t]+(?:the[ \t]+)?$")
_OPEN_BRACKET = re.compile(r"\([ \t]*$")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")


def locative_place(text: str, start: int, end: int) -> bool:
    """Whether the PERSON candidate ``text[start:end]`` is a place by the words around it."""
    if _PLACE_BEFORE.search(text, max(0, start - 40), start):
        return True
    value = text[start:end]
    if value not in COUNTRIES_AND_REGIONS:
        return False
    lead = max(0, start - 12)
    return bool(
        _OF_IN.search(text, lead, start)
        or (_OPEN_BRACKET.search(text, lead, start) and _CLOSE_BRACKET.match(text, end))
    )
