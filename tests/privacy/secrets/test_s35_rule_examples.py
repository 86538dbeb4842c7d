"""Session 35: keys their vendor documents as public or publishes for tests
(``secrets/public_keys.py``): CAPTCHA site keys, Algolia search-only keys, Google's reCAPTCHA
test keys. Their secret pairs and look-alikes under other names stay flagged."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

_SITE = "6LcQ7xAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKh"  # reCAPTCHA's shape: "6L" + 38
_SECRET = "6LcQ7xAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJW"
_HEX32 = "3f7c2b9e1d4a6f8c0b5e7d9a2c4f6e8b"


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    "text",
    [
        f"recaptcha_site_key: {_SITE}",
        f"RECAPTCHA_SITE_KEY={_SITE}",
        f'<div class="g-recaptcha" data-sitekey="{_SITE}"></div>',
        f"recaptcha:\n  site_key: {_SITE}",
        '<div class="cf-turnstile" data-sitekey="0x4AAAAAAABkMYinukE8nzYS"></div>',
        'HCAPTCHA_SITE_KEY="a5f74b19-9e45-40e0-b45d-47ff91b7a6c2"',
        f"algolia_search_api_key: {_HEX32}",
        f"NEXT_ALGOLIA_SEARCH_KEY={_HEX32}",
        f"docsearch({{\n  appId: 'R2IYF7ETH7',\n  apiKey: '{_HEX32}',\n  indexName: 'docs',\n}});",
        # Google's published test pair (always passes; protects nothing)
        "RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
        "RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
        "TURNSTILE_SECRET_KEY=1x0000000000000000000000000000000AA",
    ],
)
def test_public_or_test_keys_not_flagged(text: str) -> None:
    assert not _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"RECAPTCHA_SECRET_KEY={_SECRET}", _SECRET),
        (f"recaptcha:\n  site_key: {_SITE}\n  secret_key: {_SECRET}", _SECRET),
        ("TURNSTILE_SECRET_KEY=0x4AAAAAAABkMYinukE8nzYS_q9sJ2bKx7PmWzR3tLvN4", None),
        (f"ALGOLIA_ADMIN_API_KEY={_HEX32}", _HEX32),
        (f"ALGOLIA_API_KEY={_HEX32}", _HEX32),
        # a site key of another kind (restful-authentication's secret salt) is no CAPTCHA key
        ("REST_AUTH_SITE_KEY = 'a8f2c91b7d3e4f6a0b5c8d9e1f2a3b4c5d6e7f8091a2b3c4'", None),
    ],
)
def test_secret_pairs_stay_flagged(text: str, value: str | None) -> None:
    found = _values(text)
    assert found
    if value:
        assert value in found


_SHA256 = "3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a"


@pytest.mark.parametrize(
    "text",
    [
        f"api_key = sha256:{_SHA256}",
        f'token_hash: "sha256:{_SHA256}"',
        "secret: sha1:9fceb02d0ae598e95dc970b74767f19372d61af8",
        "api_token: md5:5d41402abc4b2a76b9719d911017c592",
    ],
)
def test_algorithm_prefixed_digest_is_a_hash(text: str) -> None:
    assert not _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a password's digest can be cracked: password names keep it flagged
        (f'password: "sha256:{_SHA256}"', f"sha256:{_SHA256}"),
        # not the algorithm's length: no digest
        (f"api_key = sha256:{_SHA256[:50]}Xq9", f"sha256:{_SHA256[:50]}Xq9"),
    ],
)
def test_digest_look_alikes_stay_flagged(text: str, value: str) -> None:
    assert any(value in v or v in value for v in _values(text))
