"""Private keys inside another encoding (secrets/wrapped_keys.py): base64 of a PEM block
(Kubernetes Secret data, Helm values), JSON Web Keys (RFC 7517/7518) and base64 of a JWKS."""

from __future__ import annotations

import base64

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

# A made-up EC key body (not a real key): only its shape matters to the detector.
_BODY = (
    "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oKfl5QkKrZmQoAoGCCqGSM49\n"
    "AwEHoUQDQgAEJ7Ab3c9dVq2TQXr7wLpY0kZsNbPm4Hx1dF6GcEyuVa8Rz3WoKiJs\n"
    "Tn5pLq0yXvB2mUe8hD4fA9rS1gC7kH6jNw==\n"
)


def _pem(label: str, body: str = _BODY) -> str:
    return f"-----BEGIN {label}-----\n{body}-----END {label}-----\n"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _found(text: str, detector: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text) if s.detector == detector]


@pytest.mark.parametrize("label", ["EC PRIVATE KEY", "PRIVATE KEY", "RSA PRIVATE KEY"])
def test_base64_of_a_private_pem_block_is_a_secret(label):
    value = _b64(_pem(label))
    assert value.startswith("LS0tLS1CRUdJTi")
    text = f"apiVersion: v1\nkind: Secret\ndata:\n  tls.key: {value}\n"
    assert _found(text, "base64_pem_private_key") == [value]


@pytest.mark.parametrize("lead", ["", "k", "ke"])
def test_a_private_block_deep_inside_a_base64_document_is_found(lead):
    # Helm values base64-encoded whole: the PEM block sits at any offset modulo 3
    doc = f"{lead}crtPEM: |\n  {_pem('CERTIFICATE')}keyPEM: |\n  {_pem('EC PRIVATE KEY')}"
    value = _b64(doc)
    assert _found(f'values: "{value}"', "base64_pem_private_key") == [value]


def test_a_value_cut_inside_the_header_still_counts():
    value = _b64(_pem("PRIVATE KEY"))[:62]  # a string literal split over several lines
    assert _found(f'pkey = ("{value}"\n', "base64_pem_private_key") == [value]


def test_wrapped_base64_lines_are_one_value():
    encoded = _b64(_pem("RSA PRIVATE KEY"))
    lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    text = "key.b64:\n" + "".join(f"    {line}\n" for line in lines) + "next: 1\n"
    (found,) = _found(text, "base64_pem_private_key")
    assert found.replace("\n", "").replace(" ", "") == encoded


@pytest.mark.parametrize("label", ["CERTIFICATE", "PUBLIC KEY", "CERTIFICATE REQUEST"])
def test_base64_of_public_material_is_not_a_secret(label):
    text = f"  client-certificate-data: {_b64(_pem(label))}\n"
    assert _found(text, "base64_pem_private_key") == []


@pytest.mark.parametrize("body", ["...\n", "xxxxxxxxxxxxxxxxxxxxxxxx\n", "<your key here>\n"])
def test_base64_of_a_template_block_is_not_a_secret(body):
    text = f"tls.key: {_b64(_pem('PRIVATE KEY', body))}\n"
    assert _found(text, "base64_pem_private_key") == []


def test_a_trigger_look_alike_in_other_base64_is_not_a_secret():
    # base64 of prose mentioning PEM headers without a private block, and code text
    assert (
        _found(f"x: {_b64('see -----BEGIN CERTIFICATE----- above')}\n", "base64_pem_private_key")
        == []
    )
    assert _found("const LS0tQkVHSU4g = 1;", "base64_pem_private_key") == []


_JWK_EC = (
    '{"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",\n'
    ' "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",\n'
    ' "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}'
)
_JWK_PUBLIC = (
    '{"kty": "RSA", "e": "AQAB", "kid": "2011-04-29",\n'
    ' "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zw"'
    'u1RK7aPFFxuhDR1L6tSoc"}'
)


def test_jwk_private_members_are_secrets():
    assert _found(_JWK_EC, "jwk_private_key") == ["jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"]
    rsa = (
        '{kty: "RSA", n: "abc", e: "AQAB", p: "83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQ'
        'BQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtjjMmCMjOpSXicFHj7XOuVIYQyqVWlWEh6dN36G"}'
    )
    assert len(_found(rsa, "jwk_private_key")) == 1
    oct_key = '{"kty": "oct", "k": "GawgguFyGrWKav7AX4VKUg", "alg": "A128KW"}'
    assert _found(oct_key, "jwk_private_key") == ["GawgguFyGrWKav7AX4VKUg"]


def test_public_jwks_and_look_alikes_are_not_secrets():
    assert _found(_JWK_PUBLIC, "jwk_private_key") == []
    assert _found('{"kty": "EC", "d": "<your-private-d-value-here>"}', "jwk_private_key") == []
    # a "d" member outside any object with "kty": not a key
    assert _found('{"d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}', "jwk_private_key") == []


def test_base64_of_a_jwks_with_a_private_key_is_a_secret():
    for lead in ("", " ", "  "):
        value = _b64(f'{lead}{{"keys": [{_JWK_EC}]}}')
        assert _found(f"jwks.json: {value}\n", "base64_jwk_private_key") == [value]
    public = _b64(f'{{"keys": [{_JWK_PUBLIC}]}}')
    assert _found(f"jwks.json: {public}\n", "base64_jwk_private_key") == []
