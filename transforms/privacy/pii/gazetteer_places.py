"""A listed given name that spaCy tags as a place where a place is read is that place
(issue 14; session 31 for the cue and list cases).

The gazetteer pass of :mod:`~transforms.privacy.pii.gazetteer_matches` makes a PERSON of every
listed given name; many are also places ("Israel", "Houston", "Alberta", "Brittany", "Leonia").
spaCy reads the sentence and tags such a word GPE/LOC; the gazetteer PERSON then gives way
when

- the name's first word is a listed city or country (``CITIES``, ``COUNTRIES_AND_REGIONS``) that
  spaCy tags on its own ("support for Israel"), or
- spaCy tags the whole span GPE/LOC after a cue of where one is or goes ("born in Alberta",
  "Caquins in Brittany", "moved to Leonia": ``ner_context._TRAVEL_CUE``). Naive spaCy +
  Presidio reads these as places too (seen on the ``wikigold`` and ``gum_train`` dev splits).
  :func:`~transforms.privacy.pii.spacy_entity._spacy_candidate` then keeps spaCy's LOCATION
  rather than re-typing a given name PERSON.
"""

from __future__ import annotations

from transforms.privacy.pii.gazetteers import CITIES, COUNTRIES_AND_REGIONS
from transforms.privacy.pii.ner_context import _TRAVEL_CUE
from transforms.privacy.segments import NerView


def listed_place_first(view: NerView, start: int, end: int, places: set) -> bool:
    """Whether the gazetteer PERSON ``view.text[start:end]`` gives way to spaCy's place
    (``places``: spaCy GPE/LOC spans in original offsets; module docstring)."""
    word = view.text[start:end].split()[0]
    if (word in CITIES or word in COUNTRIES_AND_REGIONS) and view.to_original(
        start, start + len(word)
    ) in places:
        return True
    span = view.to_original(start, end)
    if span is None or span not in places:
        return False
    return _TRAVEL_CUE.search(view.text, max(0, start - 40), start) is not None


def travel_place(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """Whether a spaCy GPE/LOC that opens with a listed given name stays a place: a cue of where
    one is or goes before it ("born in Alberta", "from Brittany"), and no full name's
    possessive after it ("from Eden Hazard's assist")."""
    if len(tokens) > 1 and text.startswith(("'s", "\u2019s"), end):
        return False
    return _TRAVEL_CUE.search(text, max(0, start - 40), start) is not None
