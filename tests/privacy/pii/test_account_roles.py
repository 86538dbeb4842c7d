"""Names given a person's role on an account, and relatives' names after "was called"."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.account_roles import account_role_names
from transforms.privacy.spans import Span


def people(text: str, spans: list[Span] | None = None) -> list[str]:
    return [
        text[s.start : s.end] for s in account_role_names(text, spans or []) if s.type == "PERSON"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I want to add Sieuwerd Heuver as a beneficiary to my account", "Sieuwerd Heuver"),
        ("we need to add malvin frøyland as guardian", "malvin frøyland"),
        ("Please add Alice Johnson as an authorized user.", "Alice Johnson"),
        ("She named Tomasz Brzęk as executor of her will.", "Tomasz Brzęk"),
        ("my great great grandmother was called Minoesch Vellekoop", "Minoesch Vellekoop"),
        ("my son is named Kai.", "Kai"),
    ],
)
def test_a_person_role_or_a_relative_names_a_person(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "add Redis as a dependency",  # no person's role
        "name Python as the default interpreter",
        "We listed Acme Trust as beneficiary",  # a trust can inherit
        "add the new service as a dependent of the api",  # lower-case everyday words
        "the function was called twice",  # no relative
        "my son is named after his grandfather",
    ],
)
def test_look_alikes_stay_unnamed(text):
    assert people(text) == []


def test_a_spacy_place_tag_on_the_name_gives_way():
    text = "we need to add malvin frøyland as guardian"
    place = Span(text.index("malvin"), text.index("malvin") + 6, "LOCATION", 0.85, "spacy_ner")
    out = account_role_names(text, [place])
    assert [(text[s.start : s.end], s.type) for s in out] == [("malvin frøyland", "PERSON")]
