"""Look-alikes of documented secret formats (wrong length, alphabet or content) stay
unflagged; the real shapes beside them are still found (round 6, issue #14).

Fixtures written here; none is copied from the eval corpora.
"""

from __future__ import annotations

import base64

import pytest

from transforms.privacy.secrets.core_rules import slack_token_shape
from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.value_policy import encodes_host_name


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


# --- sgp_: Sourcegraph (hex) or Segment (64 alphanumerics), nothing else --------------------
@pytest.mark.parametrize(
    "token",
    [
        "sgp_9c41e07b2d5fa8360e17c4b9d2a58f03e6b71c4d",
        "sgp_3e8a51c07d2b94f6_9c41e07b2d5fa8360e17c4b9d2a58f03e6b71c4d",
        "sgp_local_9C41E07b2d5fa8360e17c4b9d2a58f03e6b71c4d",
        "sgp_Kq7Wd2Lx9Zr4Tb8Nm3Vc6Hy1Pj5Gs0Fa2Eu7Oi9Ck4Mw8Rb3Xn6Lz1Qt5Dv9Hy2",
    ],
)
def test_sgp_tokens_of_a_documented_structure_are_found(token):
    assert token in flagged(f"token: {token}")


@pytest.mark.parametrize(
    "token",
    [
        "sgp_local_9c41g07b2d5fa8360e17c4b9d2a58f03e6b71c4d",  # "g" is no hex digit
        "sgp_3e8a51c07d2b94f6ab_9c41e07b2d5fa8360e17c4b9d2a58f03e6b71c4d",  # 18-hex instance
        "sgp_1111111cBBBBB2222222dDddDEbbbbbbbbbbbbbb",  # typed runs of one character
        "sgp_9c41e07b2d5fa8360e17c4b9d2a58f03",  # 32 hex: too short
    ],
)
def test_sgp_lookalikes_are_not_flagged(token):
    assert not flagged(token)


# --- Entra client secrets: not a piece of a longer run of their alphabet ---------------------
def test_entra_secret_is_found_alone_and_at_a_sentence_end():
    secret = "Xy38Q~kP2vR7tW1zL9mN4bC6dF0gH5jK~a.Qe"
    assert secret in flagged(f"client_secret={secret}")
    assert any(secret in v for v in flagged(f"the new one is {secret}."))


def test_q_tilde_inside_a_longer_key_is_not_an_entra_secret():
    text = 'Identity="SSK@Pq8Wz2,7~m5Q~Kd3Lq8Wz2Xc4Vb6Nm1Hj9Ty5Rf0Gu7~ab1cd2ef,AQACAAE/site/3"'
    assert not flagged(text)


# --- Slack: ids inside a token are 8-13 digits ------------------------------------------------
def test_slack_token_with_typed_short_ids_is_a_fixture():
    assert not slack_token_shape("xoxp-1234-1234-1234-9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d")
    assert not flagged('"user_token": "xoxp-1234-5678-1234-9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d"')


@pytest.mark.parametrize(
    "token",
    [
        "xoxp-20931837465-20931837466-20931837467-9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
        "xoxb-71625348-Kq7Wd2Lx9Zr4Tb8Nm3Vc6Hy1",
        "xoxe.xoxp-1-Kq7Wd2Lx9Zr4Tb8Nm3Vc6Hy1Pj5Gs0Fa2Eu7Oi9Ck4",
    ],
)
def test_slack_tokens_are_found_also_at_the_end_of_the_text(token):
    assert any(token.endswith(v) or v == token for v in flagged(f"SLACK_TOKEN={token}"))
    assert token in flagged(token) or token.split(".", 1)[-1] in flagged(token)


# --- generic rules: encoded host names, key vault names, Docker auth, UserSecretsId ----------
def test_base64_of_a_host_name_is_no_key():
    encoded = base64.b64encode(b"storage.example-cloud.net").decode()
    assert encodes_host_name(encoded)
    assert not flagged(f"service_api_key: {encoded}")
    random_b64 = base64.b64encode(bytes(range(40, 70))).decode()
    assert not encodes_host_name(random_b64)


def test_key_vault_name_is_not_a_secret_but_a_key_under_it_is():
    assert not flagged("  keyVaultForSecrets: ops7-prd-4471920356")
    assert "Kq7Wd2Lx9Zr4Tb8Nm3Vc6Hy1Pj5Gs0Fa" in flagged(
        "  keyVaultToken: Kq7Wd2Lx9Zr4Tb8Nm3Vc6Hy1Pj5Gs0Fa"
    )


def test_docker_auth_must_decode_to_user_and_password():
    good = base64.b64encode(b"deploy:Vb8Nm3Kd9Qw7\n").decode()
    bad = "Rt5Yb8VcNotBase64OfAUserAndPasswordAtAll"
    cfg = '{{"auths": {{"registry.example.org": {{"auth": "{}"}}}}}}'
    assert good in flagged(cfg.format(good))
    assert not flagged(cfg.format(bad))
    # outside a Docker config an "auth" field may hold any token
    assert bad in flagged(f'{{"auth": "{bad}"}}')


def test_xml_element_named_for_a_key_holds_one():
    text = "<settings>\n  <PAYMENT_APIKEY>4096173825503918276641</PAYMENT_APIKEY>\n</settings>"
    assert "4096173825503918276641" in flagged(text)
    # an element closed by another name, or a class attribute, is no credential slot
    assert not flagged('<span class="token">4096173825503918276641</span>')
    assert not flagged("<apiKey>4096173825503918276641</other>")


def test_user_secrets_id_is_an_id():
    assert not flagged("  <UserSecretsId>3f0c2a9e-7d41-4b8e-a6c5-91e0d7b2f384</UserSecretsId>")
