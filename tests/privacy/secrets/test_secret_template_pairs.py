"""Session 33 (secneg): templates that are no credential.

- ``user:password@`` in a URL and HTTP Basic credentials decoding to it: the userinfo fields'
  own names (RFC 3986 §3.2.1, RFC 7617 §2), a template with its angle brackets dropped;
- a URL password of one repeated character (``user:1111@``);
- a value that says it is not real (``ThisIsNotARealKey``).

Real passwords in the same places, and code look-alikes, are checked beside them. Values are
made up for these tests.
"""

from __future__ import annotations

import base64

import pytest

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.url_passwords import (
    encodes_userinfo_template,
    is_userinfo_template,
)


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


@pytest.mark.parametrize(
    "text",
    [
        'const MONGO = "mongodb+srv://user:password@cluster0.mongodb.net/db";',
        "git clone https://username:password@github.com/org/repo.git",
        "redis://:password@cache.acme-corp.io:6379/0",
        "postgres://dbuser:pass@db.acme-corp.io:5432/app",
        'const URL = "https://user:1111@service.com/api";',
        "amqp://svc:aaaaaaaa@mq.acme-corp.io/",
    ],
)
def test_url_userinfo_templates_are_not_flagged(text):
    assert flagged(text) == set()


@pytest.mark.parametrize(
    "text, password",
    [
        ("postgres://dbuser:Kq7#vR2p@db.acme-corp.io:5432/app", "Kq7#vR2p"),
        # a weak real password on a named remote host stays a credential (policy unchanged)
        ("mysql://admin:password@mysql.acme-corp.io/db", "password"),
        ("mongodb://user:secret@cluster0.acme-corp.io/db", "secret"),
        ("https://user:hunter2@git.acme-corp.io/repo.git", "hunter2"),
        ("redis://:Zq81vLr0x@cache.acme-corp.io:6379/0", "Zq81vLr0x"),
    ],
)
def test_real_url_passwords_stay_flagged(text, password):
    assert password in flagged(text)


def test_template_pair_needs_both_field_names():
    assert is_userinfo_template("user", "password")
    assert is_userinfo_template("Username", "PASS")
    assert is_userinfo_template("", "password")
    assert not is_userinfo_template("admin", "password")
    assert not is_userinfo_template("user", "p4ssw0rd!")


@pytest.mark.parametrize(
    "header",
    [
        "Authorization: Basic " + _b64("username:password"),
        "Authorization: Basic " + _b64("user:pass"),
        "curl -H 'Authorization: Basic " + _b64("user:password") + "' https://api.acme-corp.io",
    ],
)
def test_basic_header_of_the_template_pair_is_not_flagged(header):
    assert flagged(header) == set()


def test_basic_header_of_real_credentials_stays_flagged():
    value = _b64("deploy:Vx9#mQ2rTt")
    assert value in flagged("Authorization: Basic " + value)
    assert not encodes_userinfo_template(value)
    assert encodes_userinfo_template(_b64("username:password"))
    assert not encodes_userinfo_template("not base64 at all!")


@pytest.mark.parametrize(
    "value",
    ["ThisIsNotARealKey", "not-a-real-token", "notarealkey", "NOT_REAL_SECRET"],
)
def test_values_saying_they_are_not_real_are_placeholders(value):
    assert is_placeholder(value)
    assert flagged(f'api_key = "{value}"') == set()


@pytest.mark.parametrize(
    "value",
    # words that merely contain "not" + "real" (code look-alikes), and random keys
    ["notrealistic", "CannotReally", "knotrealm", "q7Lm2Xp9Rt4Vw8Yz3Bn6Kc1Hd5"],
)
def test_look_alikes_are_not_placeholders(value):
    assert not is_placeholder(value)


def test_random_key_beside_the_words_stays_flagged():
    text = 'api_key = "q7Lm2Xp9Rt4Vw8Yz3Bn6Kc1Hd5"'
    assert "q7Lm2Xp9Rt4Vw8Yz3Bn6Kc1Hd5" in flagged(text)


@pytest.mark.parametrize(
    "code",
    [
        "url = f'{scheme}://{user}:{password}@{host}/{db}'",
        "parsed = urlparse('https://user:password@host')  # user:password template",
        "auth = base64.b64encode(f'{username}:{password}'.encode())",
    ],
)
def test_code_building_urls_and_headers_is_not_flagged(code):
    assert flagged(code) == set()


def test_kubernetes_secret_holding_base64_of_the_field_name_is_not_flagged():
    # data values are base64 (https://kubernetes.io/docs/concepts/configuration/secret/)
    text = (
        "apiVersion: v1\nkind: Secret\ndata:\n  username: "
        + _b64("username")
        + "\n  password: "
        + _b64("password")
        + "\n"
    )
    assert flagged(text) == set()


def test_kubernetes_secret_holding_a_real_password_stays_flagged():
    value = _b64("1f2d1e2e67df")
    text = "apiVersion: v1\nkind: Secret\ndata:\n  username: YWRtaW4=\n  password: " + value
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "REDIS_URL=redis://default:PASSWORD@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:1",
        "DATABASE_URL=postgres://deploy:PASS@db.acme-corp.io:5432/app",
    ],
)
def test_upper_case_password_metavar_in_a_url_is_not_flagged(text):
    assert flagged(text) == set()


def test_lower_case_weak_password_with_a_named_user_stays_flagged():
    text = "REDIS_URL=redis://default:password@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:1"
    assert "password" in flagged(text)
