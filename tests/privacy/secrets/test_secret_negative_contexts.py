"""Session 32 false-positive fixes on rule negatives: a token cut in two at a ``-`` is not a
service name and its key, and an anonymous-FTP password (RFC 1635) is not a secret. True
positives of the same rules stay flagged.

Values are made up for these tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


def detectors(text: str) -> set[str]:
    return {s.detector for s in detect_own_secrets(text)}


# A dotted token head glued to the rest by "-": one token, not "<service>-<key>".
@pytest.mark.parametrize(
    "text",
    [
        "hvx.hWay-wis3QpoSXob5gz_jyHmBQeyTg0l4IRsl4rnZw0tMbiT8h6X_CCHun3cdyThVbIYuNyEWNWcZ7lgwx",
        "b.AAAAAQJgxDgqsGNorpoOR8hPZ5SU-ynBvCl764jyRP_fnX8WvkdkDzGjbLNGdPdtlY32Als2P36yDZueqzf",
    ],
)
def test_dotted_token_head_before_a_dash_is_no_service_name(text):
    assert "service_name_value_line" not in detectors(text)


# "<service>-<key>" lines and "<service> <key>" lines stay flagged.
@pytest.mark.parametrize(
    "text, value",
    [
        ("refiner-4f1c2a9e-b7d3-4e8a-9c6f-2d5b8e1a7c3f", "4f1c2a9e-b7d3-4e8a-9c6f-2d5b8e1a7c3f"),
        ("fastforex-q7Lm2Xp9Rt4Vw8Yz3Bn6Kc1Hd5", "q7Lm2Xp9Rt4Vw8Yz3Bn6Kc1Hd5"),
        ("cloudsmith 9fK2mQ7xR4tV8wZ1bN6cH3jL5pS0", "9fK2mQ7xR4tV8wZ1bN6cH3jL5pS0"),
    ],
)
def test_service_name_and_key_lines_still_flagged(text, value):
    assert value in flagged(text)


# RFC 1635 anonymous FTP: the password of user "anonymous" is an e-mail address or ident.
@pytest.mark.parametrize(
    "text",
    [
        'server->user = "anonymous";\nserver->password = "busybox@";\n',
        'ftp_user: "anonymous"\nftp_password: "guest@example.org"\n',
        'login = "ftp"\npasswd = "wget@"\n',
    ],
)
def test_anonymous_ftp_password_is_not_a_secret(text):
    assert flagged(text) == set()


@pytest.mark.parametrize(
    "text, value",
    [
        # a real password beside an anonymous user is still a password
        ('ftp_user = "anonymous"\nftp_password = "S3cr3tPw!x"\n', "S3cr3tPw!x"),
        # an ident-looking password of a named user is still a password
        ('user = "admin"\npassword = "busybox@"\n', "busybox@"),
    ],
)
def test_other_passwords_stay_flagged(text, value):
    assert value in flagged(text)


# AWS secret access keys are at least 40 characters: a shorter value under that name is no key.
@pytest.mark.parametrize(
    "text",
    [
        "aws_secret_key: OOzkR1+hF+1Qb7sIFDJMEUtqmtnZ9k3LwQe",
        'AWS_SECRET_ACCESS_KEY="kP3nVw9qZ2xR7tLm"',
    ],
)
def test_short_value_under_an_aws_secret_key_name(text):
    assert flagged(text) == set()


@pytest.mark.parametrize(
    "text, value",
    [
        (
            'AWS_SECRET_ACCESS_KEY = "Jq7vR2mXk9LpT4wZb8NcY3hF6sD1gA5eU0iO/P+Q"',
            "Jq7vR2mXk9LpT4wZb8NcY3hF6sD1gA5eU0iO/P+Q",
        ),
        # another service's secret of any length keeps its generic detection
        ('GITLAB_SECRET_KEY = "kP3nVw9qZ2xR7tLmQ8sB"', "kP3nVw9qZ2xR7tLmQ8sB"),
    ],
)
def test_aws_secret_key_of_documented_length_still_flagged(text, value):
    assert value in flagged(text)


# A bearer value of camelCase words names a token (a test's deliberately wrong one), it is not one.
@pytest.mark.parametrize(
    "text",
    [
        "{ headers: { Authorization: 'Bearer InvalidAuthToken' } }",
        "Authorization: Bearer accessTokenValue",
    ],
)
def test_bearer_value_of_words_is_no_token(text):
    assert "bearer_token" not in detectors(text)


def test_random_bearer_value_still_flagged():
    assert "Tjy11gGxUW6Cf99YOYwtzG0Kq" in flagged("Authorization: Bearer Tjy11gGxUW6Cf99YOYwtzG0Kq")
