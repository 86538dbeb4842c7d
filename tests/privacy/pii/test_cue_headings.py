"""Context cues that name no person (``cue_headings``): Title-Case phrases opened by a
capitalised role or verb cue, described keys, adverbs; and git trailers as cues."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.cue_headings import (
    adverb,
    described_key,
    phrase_cue,
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


@pytest.mark.parametrize(
    "text",
    [
        "### Task 2: Implement User Session Management (Medium Priority)",
        '{"Sid": "Enable IAM User Permissions", "Effect": "Allow"}',
        "# User Preferences\n\nThis rule documents preferences expressed by the user.",
        "1. **Added Key Policy Evaluation Logic**: We implemented the evaluator.",
        "- Added Work Log section documenting the current implementation",
        "**Added Configuration Options**:\n- `use_semantic_search`: enable it",
        "    Args:\n        name: Hash algorithm name\n        dry_run: If True, only list",
        "### Session Name Requirements\n- Explicitly stated that no session name is needed",
    ],
)
def test_phrases_in_assistant_replies_stay_clean(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer Ravi Hassan called about the refund.", "Ravi Hassan"),
        ("Customer Sven Dlamini (emma68@outlook.com) was charged twice", "Sven Dlamini"),
        ("Added Sarah Lee as admin of the workspace.", "Sarah Lee"),
        ("Author: Anton Grübel <anton.gruebel@gmail.com>", "Anton Grübel"),
        ("name: John is our admin", "John"),
        ("the user Ravi Kowalczyk logged in twice", "Ravi Kowalczyk"),
        ("    Signed-off-by: Jesse Szwedko <jesse.szwedko@getbraintree.com>", "Jesse Szwedko"),
        ("Co-authored-by: Maria Lopez <ml@users.noreply.github.com>", "Maria Lopez"),
        ("Kelly stated that the deploy failed.", "Kelly"),
    ],
)
def test_people_after_cues_stay(text, name):
    assert (name, "PERSON") in _found(text)


def test_helpers():
    assert phrase_cue("Implement User ", ["Session", "Management"])
    assert not phrase_cue("Implement User ", ["Sarah"])  # a listed given name
    assert not phrase_cue("Customer ", ["Sven", "Dlamini"])  # words English rarely uses
    assert not phrase_cue("the user ", ["Session"])  # lower-case cue: unchanged
    text = "name: Hash algorithm name"
    assert described_key("name: ", text, 10, "Hash")
    assert not described_key("name: ", "name: Hash\n", 10, "Hash")  # a bare value
    assert adverb("Explicitly") and not adverb("Kelly") and not adverb("Emily")


def test_code_look_alikes():
    # a generic type before an at-sign and a placeholder display name are not people; nor is
    # an author line in a module header a trailer cue
    assert _found("List<String> names = load<T@Inject>()") == []
    assert _found('git config user.name "Your Name" <your.email@example.com>') == []
    assert _found("Signed-off-by: Your Name <you@example.com>") == []
