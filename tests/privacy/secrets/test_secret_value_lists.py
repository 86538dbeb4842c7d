"""YAML ``!!binary`` credentials and credential-named lists of quoted keys."""

from __future__ import annotations

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.value_lists import random_literal

HEX_A = "60b725f10c9c85c70d97880dfe8191b3"
HEX_B = "3b5d5c3712955042212316173ccf37be"
B62 = "Zq9Xk2Lm7Qr4Tz8Wv3Np6Bc1"


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


def test_yaml_binary_value_under_a_secret_name_is_found():
    b64 = "MmIwMDA0MmY3NDgxYzdiMDU2YzRiNDEwZDI4ZjMzY2Y="
    assert b64 in _found(f"service:\n  api_secret: !!binary {b64}\n")
    assert b64 in _found(f"- 'db_password': !!binary {b64}\n")


def test_yaml_binary_outside_credential_names_or_not_base64_is_not_flagged():
    gif = "R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5"
    assert _found(f"picture: !!binary {gif}\n") == []
    assert _found("api_secret: !!binary not*base64*at*all*here\n") == []


def test_every_random_literal_of_a_credential_list_is_found():
    py = f"SUPER_SECRET_VALUES = '{HEX_A}', '{HEX_B}'\n"
    assert {HEX_A, HEX_B} <= set(_found(py))
    js = f'const apiTokens = ["{HEX_A}", "{B62}", "{HEX_B}"];'
    assert {HEX_A, B62, HEX_B} <= set(_found(js))


def test_lists_of_names_placeholders_and_other_names_are_not_flagged():
    for text in (
        'TOKEN_TYPES = ("access_token", "refresh_token", "id_token")',
        'secret_keys = ["your-secret-key-here", "changeme-please-1234"]',
        'PASSWORD_HINTS = ("at least 16 characters", "mix digits and letters")',
        f'colours = ["{HEX_A}", "{HEX_B}"]',
    ):
        assert _found(text) == [], text


def test_random_literal_needs_length_mixed_classes_and_entropy():
    assert random_literal(HEX_A) and random_literal(B62)
    assert not random_literal("refresh_token_name")
    assert not random_literal("1234567890123456")
    assert not random_literal("short1a")
    assert not random_literal("aaaa1111aaaa1111")
