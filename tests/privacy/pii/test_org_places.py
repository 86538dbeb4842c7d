"""The listed place that opens a spaCy organisation (``org_places``): kept as LOCATION; a
product's market, a compound and an unlisted opener are not."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.org_places import org_leading_place
from transforms.privacy.segments import NerView


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def _place(text: str, entity: str) -> str | None:
    view = NerView(text, (0,), (0,), (len(text),))
    start = text.index(entity)
    got = org_leading_place(view, start, start + len(entity), entity.split())
    return None if got is None else text[got[0] : got[1]]


@pytest.mark.parametrize(
    ("text", "entity", "place"),
    [
        ("Ontario Liberals win fourth mandate", "Ontario Liberals", "Ontario"),
        ("consensus with Quebec on Supreme Court judge", "Quebec on Supreme Court", "Quebec"),
        ("Security is tight at Indonesia Parliament today", "Indonesia Parliament", "Indonesia"),
        ("Hundreds at New Zealand Embassy lay flowers", "New Zealand Embassy", "New Zealand"),
    ],
)
def test_org_leading_place_true(text, entity, place):
    assert _place(text, entity) == place


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Disney titles coming to Netflix Canada starting next year", "Netflix Canada"),
        ("Canada Post lost my parcel", "Canada"),  # one word: no organisation after it
        ("the Canada-based Acme Corp", "Canada-based Acme Corp"),  # a compound
        ("Acme Corp Canada launched today", "Acme Corp Canada"),  # the place does not open it
        ("we ship the Canada locale pack", "Canada locale pack"),  # a product's locale
        # the name of a school or firm, as in a licence header
        ("Copyright 2008 California Institute of Technology", "California Institute of Technology"),
        ("Sungjoo Lee, Georgia Institute of Technology", "Georgia Institute of Technology"),
    ],
)
def test_org_leading_place_false(text, entity):
    assert _place(text, entity) is None


def test_state_before_a_party_end_to_end():
    assert ("LOCATION", "Ontario") in _found("Latest story : Ontario Liberals cruise to majority")
