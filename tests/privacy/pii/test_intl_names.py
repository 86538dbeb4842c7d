"""International given names (Jörg Michael's ``nam_dict``, GNU FDL; :mod:`.intl_names`) as PERSON
evidence beside the US Census list (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from converter_scripts import load_converter

from transforms.privacy.engine import detect
from transforms.privacy.pii.gazetteers import CENSUS_GIVEN_NAMES, GIVEN_NAMES, INTL_GIVEN_NAMES
from transforms.privacy.pii.intl_names import DATA, intl_given_names

BUILDER = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "external"
    / "intl_given_names"
    / "build_intl_given_names.py"
)


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "PERSON"]


def test_builder_reproduces_the_vendored_list():
    builder = load_converter(BUILDER)
    sdist = builder.find_sdist()
    if sdist is None:
        pytest.skip("gender-guesser 0.4.0 sdist absent (see the builder's docstring)")
    assert builder.build_from(sdist) == DATA.read_text("utf-8")


def test_list_holds_classes_and_leaves_out_words():
    names = intl_given_names()
    assert names["Jouni"] == 6 and names["Natasja"] == 6
    assert "Eine" not in names and "Agora" not in names  # German/Portuguese everyday words
    assert "Jouni" in INTL_GIVEN_NAMES and "Jouni" in GIVEN_NAMES
    assert "Gísli" in INTL_GIVEN_NAMES and "Gisli" in INTL_GIVEN_NAMES  # accents also folded
    assert "Maret" not in INTL_GIVEN_NAMES  # March in Indonesian
    assert "Iran" not in INTL_GIVEN_NAMES and "Florenz" not in INTL_GIVEN_NAMES  # places
    assert "Lempi" not in INTL_GIVEN_NAMES  # class 1: too rare to count alone
    assert not INTL_GIVEN_NAMES & CENSUS_GIVEN_NAMES


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I forwarded the invoice to Jouni yesterday.", "Jouni"),
        ("Natasja will send the signed lease tomorrow.", "Natasja"),
        ("Please call Gennadij Petrov about the refund.", "Gennadij Petrov"),
        ("Hi Jouni, the PR is merged", "Jouni"),
    ],
)
def test_listed_names_are_people(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "deploy to Vercel",
        "Thanks, Claude",
        "use Zod for the schema",
        "install Chai and Mocha",
        "the Meili index is stale",
        "Looking to support the shop in Quinta de São Tiago 3610-114",
        "Pembayaran jatuh tempo pada Maret.",
        "Hi {first_name}, your order shipped",
        "<NAME> and [PERSON] are placeholders",
        "jouni = Natasja(config)",
        "from natasja import jouni",
    ],
)
def test_things_and_code_are_not_people(text):
    assert not [p for p in _persons(text) if p in INTL_GIVEN_NAMES or p.title() in INTL_GIVEN_NAMES]
