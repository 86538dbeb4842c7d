"""Planted PII/secret values are valid where validity is checkable, look-alikes are not."""

import base64
import json
import random
import re

import phonenumbers
import pytest

from transforms.simulator import pii

N = 300


@pytest.fixture
def rng():
    return random.Random(1234)


def test_credit_cards_pass_luhn_and_are_not_the_stripe_test_card(rng):
    for _ in range(N):
        card = pii.credit_card(rng)
        digits = re.sub(r"\D", "", card)
        assert len(digits) in (15, 16)
        assert pii.luhn_valid(digits), card
        assert digits != "4242424242424242"
    assert not pii.luhn_valid("4111111111111112")


def test_ibans_pass_mod97(rng):
    for _ in range(N):
        iban = pii.iban(rng)
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", iban), iban
        assert pii.iban_checksum_ok(iban), iban
    assert pii.iban_checksum_ok("DE89 3704 0044 0532 0130 00")  # the textbook example
    assert not pii.iban_checksum_ok("DE88 3704 0044 0532 0130 00")


def test_ssns_follow_ssa_rules(rng):
    for _ in range(N):
        area, group, serial = pii.us_ssn(rng).split("-")
        assert area not in ("000", "666") and not area.startswith("9")
        assert group != "00" and serial != "0000"


def test_phone_numbers_are_valid_for_their_region(rng):
    for _ in range(N):
        number = pii.phone(rng)
        region = None if number.startswith("+") else "US"
        parsed = phonenumbers.parse(number, region)
        assert phonenumbers.is_possible_number(parsed), number


def test_ipv4_never_loopback_or_unspecified(rng):
    for _ in range(N):
        octets = [int(x) for x in pii.ipv4(rng).split(".")]
        assert all(0 <= o <= 255 for o in octets)
        assert octets[0] not in (0, 127)


def _jwt_payload(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_supabase_jwts_are_real_hs256_tokens_with_the_role(rng):
    for role in ("anon", "service_role"):
        token = pii.supabase_jwt(rng, role, "abcdefghijklmnopqrst")
        header, _, sig = token.split(".")
        assert json.loads(base64.urlsafe_b64decode(header + "==")) == {"alg": "HS256", "typ": "JWT"}
        assert _jwt_payload(token)["role"] == role
        assert _jwt_payload(token)["ref"] == "abcdefghijklmnopqrst"
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", sig)


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (pii.openai_key, r"sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"),
        (pii.anthropic_key, r"sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
        (pii.stripe_key, r"(sk|rk)_(live|test)_51[A-Za-z0-9]{22,97}"),
        (pii.aws_access_key_id, r"AKIA[A-Z2-7]{16}"),
        (pii.aws_secret_access_key, r"[A-Za-z0-9/+]{40}"),
        (pii.github_token, r"ghp_[A-Za-z0-9]{36}|github_pat_11[A-Za-z0-9]{20}_[A-Za-z0-9]{59}"),
        (pii.slack_token, r"xoxb-\d{11,13}-\d{12,14}-[A-Za-z0-9]{24}"),
        (pii.google_api_key, r"AIza[A-Za-z0-9_-]{35}"),
    ],
)
def test_secret_shapes(rng, make, pattern):
    for _ in range(50):
        assert re.fullmatch(pattern, make(rng))


def test_connection_url_password_is_the_secret_and_url_safe(rng):
    for _ in range(100):
        before, pw, after = pii.connection_url(rng)
        assert re.match(r"^(postgres(ql)?|redis|mongodb\+srv|amqp)://", before)
        assert before.endswith(":") and after.startswith("@")
        assert not set(pw) & set("@:/?#")


def test_pem_block_is_framed_and_base64(rng):
    for _ in range(20):
        pem = pii.pem_private_key(rng)
        lines = pem.split("\n")
        assert re.fullmatch(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", lines[0])
        assert lines[-1] == lines[0].replace("BEGIN", "END")
        assert all(len(ln) <= 64 and re.fullmatch(r"[A-Za-z0-9+/=]+", ln) for ln in lines[1:-1])


def test_placeholders_are_recognisably_fake():
    """Each placeholder says so (a marker word or '...') or has no entropy (xxxx runs)."""
    marker = re.compile(r"\.\.\.|your|YOUR|REPLACE|changeme", re.IGNORECASE)
    for ph in pii.PLACEHOLDER_KEYS:
        body = re.sub(r"^(sk-|ghp_|sk_test_|sk-ant-)", "", ph)
        assert marker.search(ph) or len(set(body.replace("-", ""))) <= 2, ph


def test_email_local_part_is_ascii(rng):
    for _ in range(N):
        address = pii.email(rng, pii.person_name(rng))
        assert re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9.\-]+\.[a-z.]+", address), address
