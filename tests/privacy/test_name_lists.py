"""PERSON/LOCATION from public name and city lists and spaCy ORG re-typing."""

from __future__ import annotations

import pytest

from transforms.privacy import gazetteers
from transforms.privacy.engine import detect
from transforms.simulator import pii as generator


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "PERSON"]


def test_gazetteers_are_public_lists_not_the_generator_pools():
    # Census and GeoNames lists are broad, and miss some of the generator's own pools: proof
    # the gazetteers were not written from them.
    assert len(gazetteers.GIVEN_NAMES) > 4000 and len(gazetteers.SURNAMES) > 50_000
    assert len(gazetteers.CITIES) > 500
    assert set(generator.FIRST_NAMES) - gazetteers.GIVEN_NAMES
    assert set(generator.CITIES) - gazetteers.CITIES - set(gazetteers.CITY_PHRASES)


def test_function_words_and_english_words_are_not_given_names():
    for word in ("My", "So", "In", "See", "Will", "May"):
        assert word not in gazetteers.GIVEN_NAMES
    assert "Mark" in gazetteers.AMBIGUOUS_GIVEN_NAMES
    assert "Brown" not in gazetteers.SURNAMES  # an everyday word, left to spaCy


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is there a better pop song? Usamov and Bowers were precision engineers.", "Bowers"),
        ("Amadeo Vitorović from Rapid Cycle Solutions is the keynote speaker.", "Amadeo Vitorović"),
        ("Julieta S Almeida  Staff development specialist", "Julieta S Almeida"),
    ],
)
def test_names_the_small_model_calls_organisations(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "We moved the billing to Rapid Cycle Solutions and Parker Holdings last year.",
        "Deploy it on Vercel and store the sessions in Supabase.",
        "The Apache Software Foundation maintains Airflow.",
    ],
)
def test_organisations_stay_unflagged(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("What's your last name? Magnusson", "Magnusson"),
        ("Her maiden name is Sandgreen", "Sandgreen"),
        ("Sometimes people call me Csanád", "Csanád"),
        ("I'm so jealous! said Maslin to Antonio", "Maslin"),
        ("Timotea lives on Via dei Fiorentini 17 street.", "Timotea"),
        ("Valida spent a year at Mhealthcoach as the assistant", "Valida"),
    ],
)
def test_name_introduction_cues(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "The column is called last_name; the surname field is optional.",
        "Then I told Claude to fix the Header component.",
        "Postgres spent a long time on that query.",
        "What's your last name? Enter it in the form.",
    ],
)
def test_name_cue_look_alikes(text):
    assert persons(text) == []
