"""JOSE compact tokens (JWE, header+claims without signature) and Maven's master password."""

from __future__ import annotations

import base64
import json

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.jose import jose_header


def _b64(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


HEADER = _b64({"alg": "HS256", "typ": "JWT"})
CLAIMS = _b64({"sub": "1234567890", "name": "John Doe", "iat": 1516239022})
JWE = (
    f"{_b64({'alg': 'RSA-OAEP', 'enc': 'A256GCM'})}."
    "OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbW"
    "SrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rz"
    "VRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLB"
    "IO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi"
    "6UklfCpIMfIjf7iGdXKHzg."
    "48V1_ALb6US04U3b."
    "5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBt"
    "QD_A."
    "XFBoMYUZodetZdvTiFvSkQ"
)
CASES = [
    ("jwe", f"pasted from the callback: {JWE}", JWE),
    ("claims_no_signature", f"{HEADER}.{CLAIMS}\n", f"{HEADER}.{CLAIMS}"),
    ("unsecured_jwt", f"curl -d {_b64({'alg': 'none'})}.{CLAIMS}. x", None),
]


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


def test_jose_tokens_beyond_signed_jwts_are_found():
    for name, text, value in CASES:
        found = _found(text)
        assert found, name
        if value is not None:
            assert any(value in f or f in value for f in found), (name, found)


def test_jose_header_needs_a_json_object_with_alg():
    assert jose_header(HEADER) == {"alg": "HS256", "typ": "JWT"}
    assert jose_header(_b64({"typ": "JWT"})) is None
    assert jose_header(CLAIMS) is None
    assert jose_header("eyJob") is None


def test_code_and_public_look_alikes_are_not_flagged():
    anon = f"{HEADER}.{_b64({'role': 'anon', 'iss': 'supabase'})}.c2lnbmF0dXJlc2lnbmF0dXJl"
    for text in (
        "return keyJob.start() # can look like a JWT due to containing eyJ",
        f"jwt.decode({_b64({'sub': 'x', 'iat': 1})}.{CLAIMS})",  # no JOSE header
        f"SUPABASE_ANON_KEY={anon}",
        "header eyJhbGciOiJIUzI1NiJ9.<payload>.<signature> in the docs",
    ):
        assert _found(text) == [], text


# not the Maven guide's own example ciphertext (a vendor example since session 36: never flagged)
MASTER = "{Wq3hTz8Kd0yLmB6vR2cXnP9sF4gJ7aE1uYoI5tHbNkM=}"


def test_maven_master_password_is_found_with_escaped_brace():
    xml = f"<settingsSecurity>\n  <master>{MASTER}</master>\n</settingsSecurity>\n"
    assert MASTER in _found(xml)
    escaped = "<master>{vki9JTFmEYlTlCZixjz0jr5QxEXlZfWga65QZhsA9yV0uRfo2i\\}</master>"
    assert any(f.startswith("{vki9") and f.endswith("\\}") for f in _found(escaped))


def test_maven_master_placeholders_and_plain_tags_are_not_flagged():
    for text in (
        "<master>{your-master-password-here}</master>",
        "<master>{xxxxxxxxxxxxxxxxxxxxxxxx}</master>",
        "<master>true</master>",
        "<branch>master</branch>",
    ):
        assert _found(text) == [], text
