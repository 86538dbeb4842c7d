"""Placeholder e-mail addresses at RFC 2606 / RFC 6761 reserved domains (``reserved_emails``),
file names after an at-sign, and the kebab-case slug that is no OpenAI key."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.reserved_emails import placeholder_email


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


@pytest.mark.parametrize(
    "value",
    [
        "your.email@example.com",
        "test@example.com",
        "user1@example.org",
        "admin@mail.example.net",
        "you@corp.example",
        "noreply@ci.test",
        "your_name@example.com",
    ],
)
def test_placeholders(value):
    assert placeholder_email(value)
    assert _found(f'git config --global user.email "{value}"') == []


@pytest.mark.parametrize(
    "value",
    [
        "maria@example.com",  # a person's name at a reserved domain: still flagged
        "john.smith@example.com",
        "test@gmail.com",  # a generic word at a real provider
        "admin@acme.io",
        "user@examples.com",  # not the reserved name
    ],
)
def test_real_looking_addresses_stay(value):
    assert not placeholder_email(value)
    assert (value, "EMAIL_ADDRESS") in _found(f"mail {value} today")


def test_file_names_after_an_at_sign():
    # Cursor rule references ("@creating-tasks.mdc") and notebooks are files, not domains
    assert _found("follow@creating-tasks.mdc and run@analysis.ipynb") == []


def test_openai_key_is_not_a_kebab_slug():
    slug = 'mv x "phases/phase-4/ta\n<sk-2-user-session-management-implementation-plan.md"'
    assert _found(slug) == []
    key = "sk-proj-Ab3dEf9hIjKlMn0pQrStUvWxYz1234567890abcdEFGH"
    assert (key, "SECRET") in _found(f"OPENAI_API_KEY={key}")
    key = "sk-abcdefghij1234567890klmnopqrstuv1234"
    assert (key, "SECRET") in _found(f"OPENAI_API_KEY={key}")


@pytest.mark.parametrize(
    "value", ["noreply@anthropic.com", "no-reply@accounts.google.com", "do-not-reply@corp.io"]
)
def test_no_reply_senders(value):
    assert placeholder_email(value)
    assert _found(f"Co-Authored-By: Claude <{value}>") == []


@pytest.mark.parametrize(
    "value", ["12345+octocat@users.noreply.github.com", "noreplyjones@gmail.com", "reply@acme.io"]
)
def test_personal_addresses_near_no_reply(value):
    assert not placeholder_email(value)


@pytest.mark.parametrize(
    "value",
    [
        "actions@github.com",
        "41898282+github-actions[bot]@users.noreply.github.com",
        "49699333+dependabot[bot]@users.noreply.github.com",
        "ci-bot@builds.acme.io",
        "renovate@whitesourcesoftware.com",
    ],
)
def test_build_robot_senders(value):
    assert placeholder_email(value)
    assert _found(f'git config user.email "{value}"') == []


@pytest.mark.parametrize(
    "value", ["botha@acme.io", "cindy@acme.io", "actionsteam@corp.io", "maria.bot@gmail.com"]
)
def test_personal_addresses_near_robot_words(value):
    assert not placeholder_email(value)
    assert (value, "EMAIL_ADDRESS") in _found(f"Contact: {value}")
