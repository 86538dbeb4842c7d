"""Weak words in a field whose secret a person chooses (session 33): ``SECRET_KEY``,
``JWT_SECRET``, ``sessionSecret`` hold literals as a password field does, so a weak password
there is redacted; provider-issued key/token names keep treating a weak word as a filler."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.password_policy import is_chosen_secret_field


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SECRET_KEY=password123", "password123"),
        ("export JWT_SECRET=qwerty", "qwerty"),
        ('session_secret = "tiger"', "tiger"),
        ('sessionSecret: "admin"', "admin"),
        ("my_secret_key: letmein", "letmein"),
    ],
)
def test_weak_word_in_chosen_secret_field_flagged(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "JWT_SECRET=secret",  # the field's own word: its template
        'SECRET_KEY = "password"',  # the password slot word
        "SECRET_KEY=changeme",  # a placeholder
        "JWT_SECRET=test",  # a test word
        "API_KEY=admin",  # a provider-issued key: a weak word is a filler
        "TOKEN=password123",
        "secret = admin",  # a spaced bare word outside a config file reads as code
        "    self.secret = admin",
        "topsecret = admin",  # "secret" inside a word
    ],
)
def test_weak_word_lookalikes_not_flagged(text):
    assert flagged(text) == set()


def test_chosen_secret_field_names():
    assert all(
        is_chosen_secret_field(n)
        for n in ("SECRET_KEY", "JWT_SECRET", "sessionSecret", "secret", "app.secret_key")
    )
    assert not any(
        is_chosen_secret_field(n) for n in ("API_KEY", "TOKEN", "topsecret", "secretary", "DB_PASS")
    )
