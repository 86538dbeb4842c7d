"""Session 32 (social): a populous GeoNames town spaCy calls an organisation is the town without
a place cue (``entity_checks._org_town``), and capitals after a number are an era or unit, not a
person's initials (``entity_checks._initials_name``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.entity_checks import _BIG_TOWNS, ORG_TOWN_POPULATION, _org_town


def _typed(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.type for s in detect(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rotherham child abuse : Shaun Wright clings on", "Rotherham"),
        ("Oxford 's new wastewater system expected to open", "Oxford"),
    ],
)
def test_big_town_without_cue(text, word):
    start = text.index(word)
    assert _org_town(text, start, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # towns under the population cut are as often a rare surname
        ("When this failed, they appointed Solon, with a mandate to reform.", "Solon"),
        ("Padalecki originally auditioned for Welling's role.", "Welling"),
        # a census given name is never taken for the town
        ("Madison called me back yesterday.", "Madison"),
    ],
)
def test_no_town_without_cue(text, word):
    start = text.index(word)
    assert not _org_town(text, start, word)


def test_population_cut():
    assert ORG_TOWN_POPULATION == 100_000
    assert "Rotherham" in _BIG_TOWNS
    assert "Solon" not in _BIG_TOWNS


def test_big_town_end_to_end():
    text = "Rotherham child abuse : Shaun Wright clings on"
    found = _typed(text)
    assert found.get("Rotherham") == "LOCATION"
    assert found.get("Shaun Wright") == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "The ancient Olympic Games took place in Olympia from 776 BCE to 394 AD.",
        "Meet me at 5 PM near the station.",
    ],
)
def test_era_after_number_is_no_person(text):
    assert "PERSON" not in _typed(text).values()


def test_code_lookalike_unchanged():
    # a model id with capitals after a number stays untouched by both rules
    assert _typed("set `model = resnet50` and train for 90 EPOCHS") == {}
