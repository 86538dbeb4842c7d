"""The listed place that opens a spaCy organisation ("Ontario Liberals", "NSW Government").

spaCy's English models tag a country, state or big city that qualifies an organisation as part
of it ("Ontario Liberals cruise to a majority", "consensus with Quebec on Supreme Court judge",
"Indonesia Parliament"), and ``spacy_entity`` drops organisations. The detection policy (``ner``)
counts a country or state qualifying a noun as a place ("UK tv", "NY Congressman"): it still
tells where the people the text is about live. This module keeps that leading place.

Only a listed country, region or state (``COUNTRIES_AND_REGIONS``, ``regions.REGIONS``) or a
GeoNames city of the ``CITIES`` list opens such a place, never a smaller town (too many are
words or surnames), and not where the place is a product's market or locale ("Netflix Canada",
``place_forms``) nor in the name of a school, firm or other body ("California Institute of
Technology", "Georgia Tech Foundation": an organisation word of ``ner_filters`` follows).
A one-word organisation that is a listed town is left to :mod:`org_towns` ("east of
Christchurch").
"""

from __future__ import annotations

from transforms.privacy.pii.gazetteers import CITIES, COUNTRIES_AND_REGIONS
from transforms.privacy.pii.ner_filters import _ORG_WORDS
from transforms.privacy.pii.org_towns import lone_org_place
from transforms.privacy.pii.place_forms import product_place_near
from transforms.privacy.pii.regions import REGIONS
from transforms.privacy.segments import NerView

# A joiner right after the place makes it part of a compound ("Canada-based", "US/EU").
_JOINED = frozenset("-/_.@")


def _listed(words: list[str]) -> bool:
    phrase = " ".join(words)
    return phrase in COUNTRIES_AND_REGIONS or phrase in CITIES or phrase in REGIONS


def org_leading_place(
    view: NerView, start: int, end: int, tokens: list[str]
) -> tuple[int, int] | None:
    """View offsets of the listed place that opens the spaCy ORG ``view.text[start:end]``
    (whose words are ``tokens``), or ``None``."""
    text = view.text
    if len(tokens) == 1:  # "east of Christchurch" (``org_towns``)
        return (start, end) if lone_org_place(text, start, end) else None
    if len(tokens) < 2:
        return None
    for n in (2, 1):
        if n >= len(tokens) or not _listed(tokens[:n]):
            continue
        stop = start + len(" ".join(tokens[:n]))
        if text[start:stop] != " ".join(tokens[:n]) or text[stop : stop + 1] in _JOINED:
            return None
        if product_place_near(text, start, stop):
            return None
        if any(t.lower().strip(".,") in _ORG_WORDS for t in tokens[n:]):
            return None  # "California Institute of Technology", "Boston College": a body's name
        return start, stop
    return None
