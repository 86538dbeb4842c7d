"""Placeholder and public-key policy (issue #14 item 3), and the rules added with it: true
positives, placeholders and code look-alikes for each.

Values are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import pytest

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.detector import detect_own_secrets


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


def detectors(text: str) -> set[str]:
    return {s.detector for s in detect_own_secrets(text)}


# A value of a provider's exact documented structure is a key even when it looks made up
# (AWS's own documented example ``AKIAIOSFODNN7EXAMPLE`` is a placeholder since session 34:
# tests/privacy/secrets/test_s34_placeholder_values.py).
@pytest.mark.parametrize(
    "text, value",
    [
        ("aws_access_key_id = AKIAIOSFODNN8ABCDEFG", "AKIAIOSFODNN8ABCDEFG"),
        ("GITHUB_TOKEN=ghp_abcdefghij1234567890ABCDEFGHIJ123456", None),
        ("token: glpat-abcdefghij1234567890", "glpat-abcdefghij1234567890"),
        ("key = dapiabcdef0123456789abcdef01234567", "dapiabcdef0123456789abcdef01234567"),
    ],
)
def test_structured_tokens_are_flagged_even_when_they_look_sequential(text, value):
    found = flagged(text)
    assert found, text
    if value is not None:
        assert value in found


# Template shapes stay unflagged whatever the structure.
@pytest.mark.parametrize(
    "text",
    [
        "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        'export SLACK_TOKEN="xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx"',
        'TAVILY_API_KEY = "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        "aws_access_key_id = AKIA0000000000000000",
        "OPENAI_API_KEY=sk-YOUR_OPENAI_KEY_GOES_IN_THIS_SLOT",
        "okta_api_token = 00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "key: glpat-<your-gitlab-token-here-please>",
        "GITLAB_TOKEN=glpat-${GITLAB_TOKEN_FROM_THE_CI_VARS}",
    ],
)
def test_template_placeholders_stay_unflagged(text):
    assert flagged(text) == set()


def test_template_veto_is_narrower_than_the_generic_one():
    for v in ("AKIAIOSFODNN7EXAMPLE", "ghp_FAKE0123456789abcdefghijklmnopqrstuv"):
        assert is_placeholder(v) and not is_template_placeholder(v)
    for v in ("ghp_xxxxxxxxxxxxxxxx", "sk-...", "<token>", "YOUR_KEY", "changeme", "aaaaaaaa"):
        assert is_template_placeholder(v), v


def test_generic_rules_keep_the_wide_veto():
    # keyword + entropy rules: "example", "fake" values are still treated as placeholders
    assert flagged("api_secret = 'exampleSecretValue123456789'") == set()
    assert flagged("aws_secret_access_key = FakeValues99cl9bqJFVA3iFUm+yqVe08HxhXFE/") == set()


# Public-key policy: pk_ is public (Stripe publishable), unless the name says it is secret.
def test_pk_value_under_a_secret_name_is_a_secret():
    assert flagged("courier_secret=pk_test_M9KF3R8DPWN2X4HVBQY5ZGCS7L1A") == {
        "pk_test_M9KF3R8DPWN2X4HVBQY5ZGCS7L1A"
    }


@pytest.mark.parametrize(
    "text",
    [
        "STRIPE_PUBLISHABLE_KEY=pk_test_51HqZ2bK8Xj3mN4pQ7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL7",
        "stripe_key = pk_live_51HqZ2bK8Xj3mN4pQ7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL7",
        "MAPBOX_ACCESS_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJjbDEyMzQ1Njc4OTBhYmMifQ.q1w2e3r4t5y6u7i8o9p0aa",
    ],
)
def test_publishable_keys_stay_public(text):
    assert flagged(text) == set()


def test_encrypted_pem_with_a_short_body():
    text = (
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
        "FPaBqPQWx0nxTJbSrPavSaNtmAyAH6etkjZs0/In\n"
        "-----END ENCRYPTED PRIVATE KEY-----"
    )
    assert detectors(text) == {"pem_private_key"}
    concat = '"-----BEGIN PRIVATE KEY-----\\n" + privateKeyBase64 + "\\n-----END PRIVATE KEY-----"'
    assert "pem_private_key" not in detectors(concat)


def test_assignment_inside_an_escaped_string():
    text = 'code = "$user = \\"mg1021\\"; $password = \\"goodspec\\";"'
    assert "goodspec" in flagged(text)
    assert flagged('$password = \\"$_POST[pw]\\";') == set()


@pytest.mark.parametrize(
    "text, value",
    [
        ('if username == "jojoba" and password == "team10":', "team10"),
        ("if (user.password === 'Spring2024!') {", "Spring2024!"),
    ],
)
def test_hard_coded_password_comparison(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        'if password_strength == "strong":',
        'if (password !== "") {',
        'if password == "password":',
        "if password == confirm_password:",
        'if form.password != "new-password":',
    ],
)
def test_password_comparisons_that_are_not_credentials(text):
    assert flagged(text) == set()


@pytest.mark.parametrize(
    "text, value",
    [
        ("ipinfo private token 4f3a9c1b7d8e2a", "4f3a9c1b7d8e2a"),
        ("eagleeyenetworks SECRET GHIJK1234567890", "GHIJK1234567890"),
        ("csrf token: x8K2m9Qp4Lz7", "x8K2m9Qp4Lz7"),
    ],
)
def test_short_keys_right_after_token_or_secret(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "token 1234567890123",  # digits only
        "secret: getTokenValue()",
        "secret abcdefghijklmn",  # letters only
        "token = settings.tok3n",
        "refresh token 2024-01-01T10",
        "secret xxxx1234xxxx",
    ],
)
def test_short_values_that_are_not_keys(text):
    assert flagged(text) == set()


def test_two_free_words_between_name_and_value():
    text = "rebrandly_secret_API_key = rebrandly k3Jd9Qm2Lx7Pz4Wv8Nb1Hc6Tf0Rs5Yg"
    assert "k3Jd9Qm2Lx7Pz4Wv8Nb1Hc6Tf0Rs5Yg" in flagged(text)
    # a hash named as such after the free words is still not a key
    assert flagged("secret fix commit 3f2a9c1b7d8e4f6a0b1c2d3e4f5a6b7c8d9e0f1a") == set()


@pytest.mark.parametrize(
    "text",
    [
        "pepipost=abcd1234efgh5678ijkl9012mnop3456",
        "fastforex 1234abcd5678efgh9012ijkl3456",
        "refiner-123e4567-e89b-12d3-a456-426614174000",
    ],
)
def test_service_line_values_built_from_alphabet_runs(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "        category=PydanticDeprecatedSince20,",
        "git_ref = 9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d9f3b2c7d",
        "    default_ref: refs/heads/main-branch-2024",
    ],
)
def test_service_line_code_look_alikes(text):
    assert flagged(text) == set()


# Code look-alikes found by the library-code window check (secret_code_check)
@pytest.mark.parametrize(
    "text",
    [
        '    "password": "Password for package index (will be masked)",',
        "            password=r.password,",
        '    f"No connection test found for token: `{connection_test_token}`",',
        '        valid_control_characters = "0123456789ABCDEFHJKLMNPRSTUVWXY"',
        '    VALID_LETTERS = "ACDEFGHJKMNPQRTUVWXY"',
        '    VALID_ALPHANUMERIC = "0-9ACDEFGHJKMNPQRTUVWXY"',
    ],
)
def test_code_look_alikes_from_library_windows(text):
    assert flagged(text) == set()


def test_a_spaced_password_without_the_word_is_still_a_password():
    assert "correct horse battery staple" in flagged('password = "correct horse battery staple"')


def test_a_random_key_with_a_mixed_case_xxxx_run_is_no_template():
    # Seen in a 1M-message scale run: a generated Anthropic key holding "XxXx" passed the
    # template veto and reached the clean lake. Fillers are one case and five or more long.
    from transforms.contracts.placeholders import is_template_placeholder
    from transforms.privacy.engine import detect

    key = (
        "sk-ant-api03-Q4uVYwObqdsxPUXxXxOpOsHHmaV2ufgHKGsoTRSy01yhu8vkHdM9NqYj7G67I6iFXf7u"
        "znKO-Llpb-5iM85Pux_PWYPT4AA"
    )
    assert not is_template_placeholder(key)
    assert [s.type for s in detect(f"ANTHROPIC_API_KEY={key}")] == ["SECRET"]
    for filler in ("sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAXXXXXXXXXXXXXXXX"):
        assert is_template_placeholder(filler)
        assert detect(f"the docs use KEY={filler}") == []
