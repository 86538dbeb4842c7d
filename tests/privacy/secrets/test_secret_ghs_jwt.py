"""GitHub's stateless installation tokens, ``ghs_APPID_JWT`` (session 31): found bare, in env
lines and JSON; template bodies and look-alikes are not."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_secrets

TOKEN = (
    "ghs_15368_eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJnaXRodWIiLCJpbnN0In0"
    ".c2lnbmF0dXJlMDEyMzQ1Njc4OWFiY2RlZg"
)


@pytest.mark.parametrize(
    "frame", ["{t}", "export GITHUB_TOKEN={t}\n", '{{"token": "{t}"}}', "it failed with {t} again"]
)
def test_stateless_installation_token_found(frame):
    text = frame.format(t=TOKEN)
    i = text.index(TOKEN)
    assert any(
        s.detector == "github_token" and s.start <= i and i + len(TOKEN) <= s.end
        for s in detect_secrets(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "ghs_123_eyJxxxxxxxx.eyJxxxxxxxx.xxxxxxxxxx",
        "ghs_1_a.b.c",
        "see ghs_APPID_JWT in the docs",
        "ghs_12_<header>.<payload>.<signature>",
    ],
)
def test_stateless_token_templates_kept(text):
    assert not any(s.detector == "github_token" for s in detect_secrets(text))
