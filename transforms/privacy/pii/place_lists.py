"""People-typed names that stand in a list of places (re3d / sec_filings dev).

Strike reports and government statements list towns spaCy reads as people: "efforts for Mosul
and Raqqah", "attacks on Aleppo and Daraya", "the assault of Husaybah and Karabilah".
:func:`places_in_lists` re-types a PERSON LOCATION where it stands in a list with a LOCATION span
(members joined only by commas, the last by "and", "or" or "&") and no word of it (nor of any
other PERSON in that list) is a listed given name or surname: "Paris and Nicole", "London, John
Smith and Kate" and "Born in England, Norton" keep their people.
Runs after :func:`~transforms.privacy.pii.coordinated_names.people_in_lists`, which turns the
places of a list of people into people.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CENSUS_GIVEN_NAMES,
    GIVEN_NAMES,
)
from transforms.privacy.pii.list_joins import list_joiner, list_runs
from transforms.privacy.spans import Span

# what may stand between two members of one list
_JOIN = list_joiner(("and", "or", "&"))


_NAMES = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES | CENSUS_GIVEN_NAMES | ALL_SURNAMES
_AND = re.compile(r"\b(?:and|or)\b|&")
# a singular verb after the last member: "and" joined two clauses ("to Leicester and Tunchev
# hopes to ...", "Husaybah and Karabilah was"), the last member is a subject of its own
_SINGULAR_VERB = re.compile(
    r"[ \t]+(?!(?:this|thus|plus|his|its|us|as)\b)"
    r"(?:[a-z]{2,}s|was|had|did|will|would|could|should|[a-z]{3,}ed)\b"
)


def _named(text: str, s: Span) -> bool:
    """Whether a word of ``s`` is a listed given name or surname ("Mark", "Norton")."""
    return any(w.strip(".,") in _NAMES for w in text[s.start : s.end].split())


def places_in_lists(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a PERSON in a list beside a LOCATION re-typed LOCATION (module docstring)."""
    if not any(s.type == "PERSON" for s in spans) or not any(s.type == "LOCATION" for s in spans):
        return spans
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for run in list_runs(_JOIN, text, ordered):
        members = [ordered[i] for i in run]
        if not any(m.type == "LOCATION" for m in members):
            continue
        if not _AND.search(text, members[-2].end, members[-1].start):
            continue  # "In Turkey, Special Advisor Thames will": no list without "and"
        if members[-1].type == "PERSON" and _SINGULAR_VERB.match(text, members[-1].end):
            continue
        people = [i for i in run if ordered[i].type == "PERSON"]
        if any(_named(text, ordered[i]) for i in people):
            continue
        for i in people:
            s = ordered[i]
            ordered[i] = Span(s.start, s.end, "LOCATION", s.score, s.detector)
    return ordered
