"""Shopify access tokens and app secrets of any documented-prefix length (session 33).

Values are made up for these tests in Shopify's documented shape: a ``shpat_``/``shpca_``/
``shppa_``/``shpss_`` prefix and 32 (or, as Shopify warns apps to expect, more) characters.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

BODY32 = "r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex"
BODY38 = "7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex"


def flagged(text: str) -> set[tuple[str, str]]:
    return {(s.detector, text[s.start : s.end]) for s in detect_own_secrets(text)}


@pytest.mark.parametrize("kind", ["at", "ca", "pa", "ss"])
@pytest.mark.parametrize("body", [BODY32, BODY38])
def test_shopify_tokens_of_any_length_found(kind, body):
    token = f"shp{kind}_{body}"
    text = f"// for custom apps\nconst token = '{token}';\n"
    assert any(value == token for _, value in flagged(text))


def test_longer_body_found_by_the_any_length_rule():
    token = f"shpca_{BODY38}"
    assert ("shopify_ca_any", token) in flagged(token)


@pytest.mark.parametrize(
    "text",
    [
        "SHOPIFY_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  # placeholder
        "token = 'shpca_<your-custom-app-access-token-here>'",  # template
        f"myshpat_{BODY38}",  # a prefix glued to a word: an identifier's tail
        "shpat_abc123",  # too short for any documented length
        "def shpat_token_is_valid(value): return value.startswith('shpat_')",  # code
    ],
)
def test_shopify_lookalikes_not_flagged(text):
    assert not any(d.startswith("shopify") for d, _ in flagged(text))
