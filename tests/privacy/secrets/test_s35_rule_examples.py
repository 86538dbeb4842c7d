"""Session 35: rule examples of public scanners (noseyparker, kingfisher, gitleaks dev splits).

Base64 of placeholder words is no credential; real-shaped values stay found.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an ordinary key under the name stays found
        (
            "aws_secret_access_key=Q7vN2kLm9pXr4TzW8yBc1HdF6gJs3aEo5uRi0MnK",
            "Q7vN2kLm9pXr4TzW8yBc1HdF6gJs3aEo5uRi0MnK",
        ),
        # base64 of a real-looking password stays a secret
        ("ANY_KEY = UzNjcjN0IVBhc3N3MHJkMjAyNA==", "UzNjcjN0IVBhc3N3MHJkMjAyNA=="),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        # AWS's own documented example key and template shapes under the name
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        'AWS_SECRET_ACCESS_KEY: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}",
        # a "fake" 40-character value without AWS's key name keeps the wide veto
        "secret = ExampleKey9cl9bqJFVA3iFUm+yqVe08HxhXFE/x",
        # base64 of placeholder words ("dummy text data data data", "your api key here")
        "ANY_KEY = ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==",
        "api_key: eW91ciBhcGkga2V5IGhlcmU=",
    ],
)
def test_not_flagged(text: str) -> None:
    assert not _values(text)
