"""The generic rules' shared value policy, the Slack token shape, env-var fallbacks.

True positives, placeholders and code look-alikes for each rule added in the 2026-12-05 round
(fixtures written here; none is copied from the eval corpora).
"""

from __future__ import annotations

import pytest

from transforms.contracts.placeholders import is_template_placeholder
from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.value_policy import (
    is_charset_table,
    is_word_built,
    key_only_inside_a_word,
)


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


# --- env-var reads with a literal fallback --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('TOKEN = os.getenv("ACME_API_TOKEN", "Qw7Lp2Zx9Rt4Vb8Nm3Kd")', "Qw7Lp2Zx9Rt4Vb8Nm3Kd"),
        ("key = os.environ.get('STRIPE_SECRET', 'h5Gk2Lq9Wz4Xc7Vb1Nm8')", "h5Gk2Lq9Wz4Xc7Vb1Nm8"),
        (
            'cfg.GetEnvOrDefault("deploy_token", "5b0c9e7a-31d4-4f62-9a8e-c27d1e4f3b90")',
            "5b0c9e7a-31d4-4f62-9a8e-c27d1e4f3b90",
        ),
        ("const t = process.env.GH_TOKEN || 'Rk3Mz8Qp1Wx6Ty9Ls4Vn'", "Rk3Mz8Qp1Wx6Ty9Ls4Vn"),
        ('api_key = ENV.fetch("MAILER_API_KEY", "Pz4Xk9Lm2Qw7Rt5Yb8Vc")', "Pz4Xk9Lm2Qw7Rt5Yb8Vc"),
    ],
)
def test_env_fallback_literal_under_a_credential_name_is_a_secret(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        'os.getenv("API_TOKEN", "your-token-here")',  # placeholder
        'os.environ.get("SECRET_KEY", "changeme-in-prod")',  # placeholder
        'os.getenv("DB_HOST", "db7.internal-42a.net")',  # not a credential name
        'os.getenv("TOKEN_TTL", "3600000000")',  # a setting under a token-ish name
        'os.getenv("AUTH_TOKEN_HEADER", "X-Api-Token-Value")',  # a header name, words
        "process.env.SESSION_SECRET || 'development'",  # a word
    ],
)
def test_env_fallback_placeholders_and_settings_are_not(text):
    assert not flagged(text)


# --- Slack tokens must have Slack's shape ---------------------------------------------------
def test_slack_token_and_http_webhook_are_found():
    assert flagged("SLACK=xoxb-204817365521-Gq8Lm2Zx7Wp4Rt9Kd3Vn5Hs1")
    assert flagged(
        "url: http://hooks.slack.com/services/T0ABCD123/B0EFGH456/q9Lm2Zx7Wp4Rt9Kd3Vn5Hs1"
    )
    assert flagged(
        "https://hooks.slack.com/workflows/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"
    )


@pytest.mark.parametrize(
    "text",
    [
        "xoxb-my-bot-token-goes-here",  # words, no id
        '"token": "xoxp-1234567890"',  # too short
        '"token": "xoxp-572370529330-573807301142-572331691188-###############"',  # masked
        "bot = 'xoxb-abcdef-abcdef'",
    ],
)
def test_slack_look_alikes_are_not_flagged(text):
    assert not flagged(text)


# --- shared value policy of the generic rules -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "jobCredentialsId: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607'",  # an id naming a credential
        '"credentialId": "Q7mLp2Xz9Rt4Vb8Nk3Wd",',
        '"accessor":"Tz8Kq2Lm5Wx9Rb3Vn",',  # Vault token accessor
        "bucket_key: Quarterly_Report-2.4",  # word-built value
        'notes_key = "io.jsonwebtoken:jjwt-api-0.12.6"',  # a Maven coordinate
        "app.keystore.file=conf/server.p12",  # a path
        "cache_key = shard-7.cache.internal:6379",  # host:port
        'const validKeyChars = "0123456789abcdefghijklmnopqrstuvwxyz_-."',  # charset table
        "export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...",  # cut short
        "vcpkg-monkeys-audio:arm64-linux=skip",  # "key" inside a word
        "minisat-keying:x64-osx=fail",
        "pub const RSA_pubkey_ctx = struct_RSA_pubkey_ctx;",  # an alias of the name
    ],
)
def test_generic_rules_leave_ids_words_tables_and_aliases(text):
    assert not flagged(text), flagged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("acme_key=Hq7dmK9h6KD_eh9KK8FlI9ahUc8WfaNZ4gulbrtN2ouV", None),  # random, one "_"
        ("ACME_SECRET=pk9-ibndcvsmAp9ZgPBZ606FSlYIZVlsZ-g5", None),
        ('password = "Summer2024-Winter"', "Summer2024-Winter"),  # words are fine as passwords
        ("licensekey = 7Fq2Lm9Xz4Rt8Vb3Nk6Wd1Hs", "7Fq2Lm9Xz4Rt8Vb3Nk6Wd1Hs"),
        ("SSH_KEYS=Zq4Lm8Xk2Rt7Vb9Nw3Pd6Hs", "Zq4Lm8Xk2Rt7Vb9Nw3Pd6Hs"),
    ],
)
def test_generic_rules_still_flag_random_values(text, value):
    found = flagged(text)
    assert found
    if value is not None:
        assert value in found


def test_word_built_needs_words_and_few_letter_digit_switches():
    assert is_word_built("Quarterly_Report-2.4")
    assert is_word_built("id-Gost28147-89-None-KeyMeshing")
    assert not is_word_built("Hq7dmK9h6KD_eh9KK8FlI9ahUc8WfaNZ4gulbrtN2ouV")
    assert not is_word_built("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607")  # a UUID
    assert not is_word_built("live_cpo0k9jbnb2djeaq=tga45ua_bnhev5ivv294a6cs")
    assert not is_word_built("NoSeparatorHere")


def test_charset_table_needs_two_complete_sets():
    assert is_charset_table("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    assert not is_charset_table("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")  # a typed filler
    assert not is_charset_table("Zq4Lm8Xk2Rt7Vb9Nw3Pd6HsZq4Lm8Xk2Rt7")


def test_key_inside_a_word():
    for name in ("monkeys-audio", "keyword", "keystore", "minisat-master-keying", "hockey"):
        assert key_only_inside_a_word(name), name
    for name in ("apiKey", "SSH_KEYS", "licensekey", "signingKey", "turkey_secret", "KEY"):
        assert not key_only_inside_a_word(name), name


def test_square_bracket_slot_is_a_template():
    assert is_template_placeholder("[PASSWORD]") and is_template_placeholder("[API_KEY]")
    assert not flagged("curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/")
    assert not is_template_placeholder("a[B]c")
