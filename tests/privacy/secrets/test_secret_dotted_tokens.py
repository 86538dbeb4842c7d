"""Dotted values under a credential name (session 33): a part of random key material makes a
dotted value a token, not an attribute path; word paths, calls and typed fillers stay code or
placeholders."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.values import is_dotted_code_path


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "shipday_token = Xk2.Lp9.Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9",
            "Xk2.Lp9.Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9",
        ),
        (
            "client_secret = Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0.Ay7Ze2Ru9",
            "Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0.Ay7Ze2Ru9",
        ),
    ],
)
def test_dotted_random_tokens_found(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "token = settings.authentication.backend.default",  # an attribute path
        "token = self.model_2024_v3_layer4_weights5",
        'auth_token = request.headers.get("X-Auth")',  # a call
        "shipday_token = abc.def.ghi456ijk789mno0123456789abcde",  # a typed filler
    ],
)
def test_dotted_code_and_fillers_not_flagged(text):
    assert flagged(text) == set()


def test_is_dotted_code_path():
    assert is_dotted_code_path("settings.auth.backend")
    assert is_dotted_code_path("os.environ.get(")
    assert not is_dotted_code_path("Xk2.Lp9.Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9")
    assert not is_dotted_code_path("no_dots_here")
