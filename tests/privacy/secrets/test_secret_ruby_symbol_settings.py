"""Capistrano / Sinatra ``set :name, "value"`` settings (session 33): a literal set under a
credential-named symbol is judged as ``name = "value"``.

Values are made up for these tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def flagged(text: str) -> set[tuple[str, str]]:
    return {(s.detector, text[s.start : s.end]) for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'set :github_token, "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay"',
            "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay",
        ),
        ('set :db_password, "Tr0ub4dor-horse"', "Tr0ub4dor-horse"),
        ("set(:scm_passphrase, 'Tr0ub4dor-horse')", "Tr0ub4dor-horse"),
        (
            '  set :session_secret, "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d"',
            "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
        ),
    ],
)
def test_credential_symbol_settings_found(text, value):
    assert ("named_pair_literal", value) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        'set :application, "my_app_name"',  # not a credential name
        'set :deploy_to, "/var/www/my_app_name"',
        'set :repo_url, "git@example.com:me/my_repo.git"',
        'set :password, ENV["DEPLOY_PASSWORD"]',  # a reference, not a literal
        'set :db_password, "<your password>"',  # a placeholder
        'set :session_secret, "changeme"',
        'set :datadog_api_key, "01000000000000000000000000000000"',  # a filler
        'reset :api_key, "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay"',  # another method
    ],
)
def test_symbol_setting_lookalikes_not_flagged(text):
    assert not any(d == "named_pair_literal" for d, _ in flagged(text))
