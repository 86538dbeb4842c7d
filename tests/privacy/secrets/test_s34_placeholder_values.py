"""Session 34: values visibly no secret by shape (``privacy.secrets.filler_values``).

AWS's documented example credentials are placeholders on every engine; typed fillers are
secrets by default (the corpora label them so) and placeholders only under
``IW_SECRETS_FILLER_PLACEHOLDERS=1``, never in a password position."""

from __future__ import annotations

import random
import string

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets, detect_secrets
from transforms.privacy.secrets.filler_values import (
    configure_fillers,
    is_typed_filler,
    is_vendor_example_key,
    typed_filler_share,
)


@pytest.fixture
def fillers_as_placeholders():
    configure_fillers(True)
    yield
    configure_fillers(None)


@pytest.fixture
def fillers_as_secrets():
    configure_fillers(False)
    yield
    configure_fillers(None)


def values(text: str, merged: bool = True) -> set[str]:
    spans = detect_secrets(text) if merged else detect_own_secrets(text)
    return {text[s.start : s.end] for s in spans}


# AWS's documented examples (IAM user guide) in the frames they are pasted in.
@pytest.mark.parametrize(
    "text",
    [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE",
        '{"AccessKeyId": "ASIAIOSFODNN7EXAMPLE"}',
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        'AWS_SECRET_ACCESS_KEY="je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"',
        "the docs use AKIAIOSFODNN7EXAMPLE as the key id",
    ],
)
def test_documented_aws_example_keys_are_placeholders(text):
    assert values(text) == set()


@pytest.mark.parametrize(
    "text, value",
    [
        ("aws_access_key_id = AKIAZ4QJ7XR2M9VTLB6K", "AKIAZ4QJ7XR2M9VTLB6K"),
        ("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLX", "AKIAIOSFODNN7EXAMPLX"),
        (
            "aws_secret_access_key = q8Zt3Lr0Vb9Kp2Wx/7Nc4Hj6Df1Gs5Ma+Ey0Ru8Ti",
            "q8Zt3Lr0Vb9Kp2Wx/7Nc4Hj6Df1Gs5Ma+Ey0Ru8Ti",
        ),
    ],
)
def test_random_aws_keys_of_the_same_shape_stay_flagged(text, value):
    assert value in values(text)


def test_vendor_example_check_needs_the_documented_shape():
    assert is_vendor_example_key("AKIAIOSFODNN7EXAMPLE")
    assert is_vendor_example_key('"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"')
    for v in ("AKIAEXAMPLE", "XKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE1", "EXAMPLEKEY"):
        assert not is_vendor_example_key(v), v


# Default policy: the corpora label typed fillers after a service name as secrets.
@pytest.mark.parametrize(
    "text, value",
    [
        ("ASANA_API_TOKEN: 1234567890123456", "1234567890123456"),
        ("APIFY_TOKEN=1234567890abcdef1234567890abcdef", "1234567890abcdef1234567890abcdef"),
        ("export GITHUB_TOKEN=ghp_1234567890abcdefghijklmnopqrstuvwxyz", None),
    ],
)
def test_typed_fillers_are_secrets_by_default(fillers_as_secrets, text, value):
    found = values(text)
    assert found, text
    if value is not None:
        assert value in found


@pytest.mark.parametrize(
    "text",
    [
        "ASANA_API_TOKEN: 1234567890123456",
        "APIFY_TOKEN=1234567890abcdef1234567890abcdef1234",
        'api_key = "abcdefghijklmnopqrstuvwxyz1234567890"',
        "export GITHUB_TOKEN=ghp_1234567890abcdefghijklmnopqrstuvwxyz",
        "SERVICE_TOKEN=qwertyuiopasdfghjklzxcvbnm",
        "secret_key: abcdabcdabcdabcdabcdabcd",
        "CLIENT_SECRET=my-sample-client-secret-value-01",
    ],
)
def test_typed_fillers_are_placeholders_when_chosen(fillers_as_placeholders, text):
    assert values(text) == set()


@pytest.mark.parametrize(
    "text, value",
    [
        ("ASANA_API_TOKEN: 7305918264417093", "7305918264417093"),
        ("APIFY_TOKEN=9f3c1e7a0b5d42c68e1f7a3b9d0c5e2f", "9f3c1e7a0b5d42c68e1f7a3b9d0c5e2f"),
        ('api_key = "k3Jx9QpL2mZr7TvW0bNc5YdH8sFg1AeU"', "k3Jx9QpL2mZr7TvW0bNc5YdH8sFg1AeU"),
        ("export GITHUB_TOKEN=ghp_R8kLw2Qz7XmN4pVt9JcB3yHd6FsA1gUe0oKi", None),
    ],
)
def test_random_values_of_the_same_shape_stay_flagged(fillers_as_placeholders, text, value):
    found = values(text)
    assert found, text
    if value is not None:
        assert value in found


# People choose typed passwords: a password position is never a filler.
@pytest.mark.parametrize(
    "text, value",
    [
        ("DB_PASSWORD=qwerty123456", "qwerty123456"),
        ("postgres://app:1234567890ab@db.internal:5432/app", "1234567890ab"),
        ('mysql_password = "abcd1234abcd1234"', "abcd1234abcd1234"),
    ],
)
def test_typed_passwords_stay_flagged(fillers_as_placeholders, text, value):
    assert value in values(text)


# Code look-alikes stay unflagged under either policy.
@pytest.mark.parametrize("placeholders", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        'ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"',
        "token = getToken(request.headers)",
        "const key = `${prefix}-${suffix}`;",
        "hash = hashlib.sha256(data).hexdigest()",
    ],
)
def test_code_look_alikes_stay_unflagged(placeholders, text):
    configure_fillers(placeholders)
    try:
        assert values(text) == set()
    finally:
        configure_fillers(None)


def test_typed_filler_shape():
    assert typed_filler_share("1234567890abcdef1234567890abcdef") == 1.0
    assert is_typed_filler("qwertyuiop1234567890")
    assert is_typed_filler("ABCD1234EFGH5678IJKL")
    # PEM blocks, URLs and JWTs repeat by structure, not because someone typed them
    assert not is_typed_filler("-----BEGIN RSA PRIVATE KEY-----\nAAAAAAAAAAAAAAAA")
    assert not is_typed_filler("https://hooks.example.org/abcdabcdabcdabcd")
    assert not is_typed_filler("eyJhbGciOiJIUzI1NiJ9.eyJhYmNkIjoiYWJjZCJ9.abcdabcdabcd")
    assert not is_typed_filler("abcd1234")  # too short to judge


def test_random_keys_are_never_typed_fillers():
    rng = random.Random(34)
    alphabets = (string.hexdigits[:16], string.ascii_letters + string.digits, string.digits)
    for _ in range(3000):
        alphabet = rng.choice(alphabets)
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(16, 64)))
        assert typed_filler_share(value) < 0.9 and not is_typed_filler(value), value
