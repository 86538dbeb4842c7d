"""A service name and a random key on one line (issue #14, session 34): keys whose letter
groups, each of one case and cut by three or more digit groups, pass for short words or
acronyms are still keys; fillers the placeholder policy refuses, identifiers of words and code
stay unflagged.

Values below are made up for these tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def _flagged(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("acmeapp ylzd7csazk5ybizrw5iba", "ylzd7csazk5ybizrw5iba"),
        ("acmeapp npib41fsgb4fo8qurixyovblvwayc9ri", "npib41fsgb4fo8qurixyovblvwayc9ri"),
        ("acmeapp 1X4JYUS6VRY3BUEOB0R0", "1X4JYUS6VRY3BUEOB0R0"),
        ("acmeapp=62DNUK8GI7QVAW0RIH5ZHLWUXGH3QXOP", "62DNUK8GI7QVAW0RIH5ZHLWUXGH3QXOP"),
        ("noticeable qyfwuw2za38080x7356k7q", "qyfwuw2za38080x7356k7q"),
        # letter groups each of one case, cut by digits
        (
            "surveybot=abchos4630730494SUAXQV6575083051nyxacc03599",
            "abchos4630730494SUAXQV6575083051nyxacc03599",
        ),
    ],
)
def test_one_case_random_key_after_service_name(text: str, value: str) -> None:
    assert value in _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "acmeapp xxxxxxxxxxxxxxxxxxxxxxxx",
        "acmeapp YOUR_ACMEAPP_API_KEY_HERE",
        "acmeapp <your-acmeapp-api-key-here>",
        "status HTTP_422_UNPROCESSABLE_CONTENT",
        "warning PydanticDeprecatedSince20",
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "platforms linux64darwinarm64",
        "commit 3e1b2c4d5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c",
    ],
)
def test_fillers_identifiers_and_code_not_flagged(text: str) -> None:
    assert _flagged(text) == []
