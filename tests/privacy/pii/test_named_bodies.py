"""Organisations named after a person or place are no person: a spaCy ORG that opens with a
listed name and has no listed surname or given name after it (``entity_checks._org_is_person``),
and a gazetteer name that spaCy tags as exactly such an ORG (``ner._named_body``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect


def _people(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Al Qaeda has claimed responsibility for the attack, officials said.", "Al Qaeda"),
        ("He studied at Georgia Tech before moving to Ohio.", "Georgia Tech"),
        ("The report appeared in the Houston Chronicle on Monday.", "Houston Chronicle"),
        ("The PLACEHOLDER_ORG Gazette printed it.", "PLACEHOLDER_ORG Gazette"),
    ],
)
def test_body_named_after_a_name_is_no_person(text, body):
    assert not any(body in p or p in body for p in _people(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Justin Bieber and Heather Mills arrived late.", "Justin Bieber"),
        ("Al Smith called me about the invoice.", "Al Smith"),
        ("Tomomi Nishiyama joined the call.", "Tomomi Nishiyama"),
        ("You can tell Jouni was a huge Jouni Hahli fan.", "Jouni Hahli"),
    ],
)
def test_people_stay(text, person):
    assert person in _people(text)
