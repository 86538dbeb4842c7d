"""Structure-based secret rules, round-2 documented token formats, the filler-value policy and
the second engine's template-only veto: true positives, placeholders and code look-alikes.

Token values below are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import base64
import json

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.named_values import _filler_value
from transforms.privacy.secrets.prose import PROSE_RULES
from transforms.privacy.secrets.provider_tokens import PROVIDER_TOKEN_RULES
from transforms.privacy.secrets.structures import STRUCTURE_RULES
from transforms.privacy.secrets.values import is_public_value

RANDOM24 = "q8Xv2LmP9rTz4KcW7bNf3HsJ"
HEX32 = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d"
HEX64 = HEX32 * 2


def found(rules, text: str) -> set[tuple[str, str]]:
    lowered = text.lower()
    return {(s.detector, text[s.start : s.end]) for r in rules for s in r.find(text, lowered)}


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


STRUCTURE_POSITIVES = [
    (
        "paired_name_value",
        f'env:\n  - name: ACME_API_KEY\n    value: "{RANDOM24}"\n',
        RANDOM24,
    ),
    (
        "paired_name_value",
        f'{{\n  "name": "ACME_TOKEN",\n  "value": "{RANDOM24}"\n}}',
        RANDOM24,
    ),
    (
        "paired_name_value",
        '{"ParameterKey": "DbPassword", "ParameterValue": "Tr0ub4dor&3x"}',
        "Tr0ub4dor&3x",
    ),
    (
        "paired_name_value_xml",
        f"<key>AcmeApiKey</key>\n<string>{RANDOM24}</string>",
        RANDOM24,
    ),
    (
        "paired_name_value_xml",
        "<property>\n  <name>fs.s3a.secret.key</name>\n"
        "  <value>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8aB3kLm1</value>\n</property>",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8aB3kLm1",
    ),
    ("label_line_value", f"acme\nAPI Key\n{RANDOM24}\n", RANDOM24),
    ("label_line_value", f"acme_token: |\n  {RANDOM24}\n", RANDOM24),
    ("label_line_value", "Password:\nHunt3r2!xQ\n", "Hunt3r2!xQ"),
    (
        "three_part_token",
        "token x B1rZc9Xq2Lm4Kv8TpW0yHn.Zq8Xv2LmP9rTz4KcW7bNf3H.Ab9dEf1Gh2Ij3Kl4Mn5Op6Qr",
        "B1rZc9Xq2Lm4Kv8TpW0yHn.Zq8Xv2LmP9rTz4KcW7bNf3H.Ab9dEf1Gh2Ij3Kl4Mn5Op6Qr",
    ),
    ("service_word_value", f"acme prod {RANDOM24}X1", f"{RANDOM24}X1"),
]


@pytest.mark.parametrize(("rule", "text", "value"), STRUCTURE_POSITIVES)
def test_structure_rules_find_credentials(rule: str, text: str, value: str) -> None:
    assert (rule, value) in found(STRUCTURE_RULES, text)


STRUCTURE_NEGATIVES = [
    # references, templates and non-secret names in name/value pairs
    "env:\n  - name: ACME_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: acme\n",
    "- name: ACME_TOKEN\n  value: $(TOKEN_FROM_FILE)\n",
    '- name: ACME_TOKEN\n  value: "{{ .Values.acme.token }}"\n',
    f'{{"name": "ACME_CLIENT_ID", "value": "{RANDOM24}"}}',
    '{"name": "ACME_API_KEY", "value": "getAcmeApiKeyFromVault"}',
    '{"name": "ACME_API_KEY", "value": "YOUR_API_KEY_GOES_HERE"}',
    '{"ParameterKey": "InstanceType", "ParameterValue": "t3.micro"}',
    # Hadoop class names and plist identifiers are settings, not keys
    "<name>fs.s3a.aws.credentials.provider</name>\n"
    "<value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>",
    "<key>CFBundleIdentifier</key>\n<string>com.acme.Q8xv2LmP9rTz4Kc</string>",
    # label lines followed by code, rules or paths
    "Password\n--------\n",
    "token\nself.assertEqual(token, expected)\n",
    "Private key\n/home/user/.ssh/id_rsa\n",
    # dotted code and versions are not three-part tokens
    "x = self.someModule.anotherAttribute.finalMethodName",
    "pkg==1234567890123456.1234567890123456.1234567890123456",
    # digests beside two words
    "fix bug 3f9a1c0b7e2d48a6b5c9e0f1a2b3c4d5e6f7a8b9",
    "sha256 sum " + HEX64,
]


@pytest.mark.parametrize("text", STRUCTURE_NEGATIVES)
def test_structure_rules_skip_references_placeholders_and_code(text: str) -> None:
    assert found(STRUCTURE_RULES, text) == set()


def _b64(obj: dict) -> str:
    return base64.b64encode(json.dumps(obj).encode()).decode()


CF_TUNNEL = _b64({"a": HEX32, "t": "1c7e9f0a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", "s": RANDOM24 * 2})
STS = "IQoJb3JpZ2luX2VjE" + ("Hk3Lm9Qp2Rs7Tv4Wx8Yz1Ab5Cd0Ef6Gh/+" * 4)

TOKEN_POSITIVES = [
    ("clickup_token", "CLICKUP=pk_12345678_Q7XK2LP9RT4WZ8NV3BC6HD1JF5GS0AY7"),
    ("zoho_oauth_token", f"Zoho-oauthtoken 1000.{HEX32}.{HEX32[::-1]}"),
    ("instagram_token", "IGQVJ" + "Xk29Lm_Qr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay7Ze" * 4),
    ("aws_session_token", f"aws_session_token: {STS}"),
    ("trello_token", "ATTA" + HEX64 + "A1B2C3D4"),
    ("onesignal_key", "os_v2_app_" + "abcdk2mz7q4xw5lp3nr6ty" * 3),
    ("paddle_key", "pdl_live_apikey_01gtgztp8f_Xk29LmQr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay7Ze"),
    ("convex_deploy_key", "prod:happy-animal-123|eyJ2MiI6Ijk4ZjNiMmM3ZDFlOGE0ZjZiMGM1ZDJlOWE"),
    ("mongodb_atlas_sa_secret", "mdb_sa_sk_Xk29LmQr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay7Ze"),
    (
        "docker_swarm_token",
        "SWMTKN-1-"
        + "3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl"
        + "-"
        + "1awxwuwd3z9j1z3puu7rcgdbx",
    ),
    ("k3s_token", f"K10{HEX64}::server:{HEX32}"),
    (
        "azure_function_key",
        "https://app.azurewebsites.net/api/Hook?code=Xk29LmQr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay7Ze==",
    ),
    ("wandb_login_key", f"wandb login {HEX32}12345678"),
    (
        "thingsboard_device_token",
        "curl -X POST https://tb.example.org/api/v1/k2Lp9Rt4Wz8Nv3Bc6Hd1/telemetry -d @t.json",
    ),
    ("base64_json_credential", CF_TUNNEL),
    ("base64_json_credential", _b64({"k": RANDOM24, "n": "ci", "id": 1})),
]


@pytest.mark.parametrize(("rule", "text"), TOKEN_POSITIVES)
def test_documented_tokens_are_found(rule: str, text: str) -> None:
    assert rule in {d for d, _ in found(PROVIDER_TOKEN_RULES, text)}


TOKEN_NEGATIVES = [
    "pk_test_Q7XK2LP9RT4WZ8NV3BC6HD1J",  # Stripe publishable key: public by design
    "ATTA" + "x" * 64,  # template filler
    "wandb login <your-api-key>",
    "https://app.azurewebsites.net/api/Hook?name=Xk29LmQr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay7Ze",
    # ThingsBoard's documented placeholder and REST paths that name things, not tokens
    "curl -X POST http://localhost:8080/api/v1/$ACCESS_TOKEN/telemetry",
    "POST /api/v1/YOUR_ACCESS_TOKEN/attributes",
    "GET /api/v1/devices/telemetry",
    "GET /api/v1/temperatureSensor2/telemetry",
    _b64({"name": "x", "count": 3, "items": [1, 2, 3]}),  # base64 JSON without a credential
    _b64({"token": "YOUR_TOKEN_HERE", "n": "x"}),  # base64 JSON holding a placeholder
]


@pytest.mark.parametrize("text", TOKEN_NEGATIVES)
def test_documented_tokens_skip_placeholders_and_public(text: str) -> None:
    assert found(PROVIDER_TOKEN_RULES, text) == set()


@pytest.mark.parametrize(
    ("value", "filler"),
    [
        ("abcdefabcdefabcdefabcdefabcdef", True),
        ("xyzxyzxyzxyzxyzxyzxyzxyzxyzxyz12", True),
        ("ABCDEFGHIJKLMNOPQRSTUVWXY", True),
        ("getAuthenticationTokenFromHeader", False),
        ("q8Xv2LmP9rTz4KcW7bNf3HsJ", False),
        ("abcdef", False),  # too short to judge
    ],
)
def test_filler_value(value: str, filler: bool) -> None:
    assert _filler_value(value) is filler


def test_filler_value_after_credential_word_is_redacted_but_not_beside_plain_names() -> None:
    assert "abcdefabcdefabcdefabcdefabcdef" in flagged("acmeTOKEN=abcdefabcdefabcdefabcdefabcdef")
    # no credential word: an alphabet constant in code stays
    assert flagged('ALPHABET = "abcdefghijklmnopqrstuvwxyz"') == set()


def test_second_engine_veto_is_template_only() -> None:
    # a provider-structured value saying "test"/"example" is a key for the second engine ...
    assert not is_public_value("ghp_TestExampleToken1234567890abcdefXYZ", template_only=True)
    assert is_public_value("ghp_TestExampleToken1234567890abcdefXYZ")
    # ... while template shapes and public keys are still vetoed
    assert is_public_value("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", template_only=True)
    assert is_public_value("pk_live_Q7XK2LP9RT4WZ8NV3BC6HD1J", template_only=True)


PW = "Zq7!mRt2Vx9p"


@pytest.mark.parametrize(
    "text",
    [
        f"use {PW} as the password",
        f"the password for the admin account is {PW}",
        f"my password's {PW}",
        f"login: admin / {PW}",
        f"username admin password {PW}",
        f"creds are admin/{PW}",
        f"my pw is {PW}",
        f"password -> {PW}",
        f"ssh root@10.0.0.5 with password {PW}",
        f"The WiFi key is {PW}",
    ],
)
def test_credentials_in_prose_are_found(text: str) -> None:
    assert ("credential_in_prose", PW) in found(PROSE_RULES, text)


@pytest.mark.parametrize(
    "text",
    [
        "the password is stored in the vault",
        "the password for the db is in .env",
        "user is admin2024",  # a user name alone is not a password
        "password -> hashed.value",
        "set the password to ${DB_PASSWORD}",
        "the password is 'YOUR_PASSWORD'",
        "the password of user postgres is postgres",
        "Use SHA256withRSA as the password hashing scheme",
        "mysql+aiomysql://user:pass@hostname/dbname?charset=utf8mb4",
        'text << "Password=#{password}, "',
        "login(user2, password)",
    ],
)
def test_prose_rule_skips_words_references_and_urls(text: str) -> None:
    assert found(PROSE_RULES, text) == set()


HASHES = [
    (
        "argon2_scrypt_phc_hash",
        "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzYWx0$Rdescud9+4bQ2lJ7/3E2mD8kC0n1x5pP9vS4tQ7uW0Y",
    ),
    (
        "django_password_hash",
        "pbkdf2_sha256$600000$Xk29LmQr7Tz4Wv8N$Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9IoP=",
    ),
    ("werkzeug_password_hash", f"scrypt:32768:8:1$Xk29LmQr7Tz4Wv8N${HEX64}"),
    ("phpass_hash", "$P$BXk29LmQr7Tz4Wv8Np3Bc6Hd1Jf5Gs0"),
    ("yescrypt_hash", "$y$j9T$Xk29LmQr7Tz4Wv8Np3Bc6/$Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9Io"),
    ("ldap_password_hash", "userPassword: {SSHA}Xk29LmQr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay7Z=="),
    ("mysql_native_hash", "| root | *94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29 |"),
    (
        "ntlm_pwdump_hash",
        "Administrator:500:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::",
    ),
]


@pytest.mark.parametrize(("rule", "text"), HASHES)
def test_password_hash_formats_are_found(rule: str, text: str) -> None:
    assert rule in {d for d, _ in found(PROVIDER_TOKEN_RULES, text)}


@pytest.mark.parametrize(
    "text",
    [
        "x = a * b",
        "*0000000000000000000000000000000000000000",
        "Use {SSHA} or {SHA256} schemes",
        "user:500:00000000000000000000000000000000:00000000000000000000000000000000:::",
        "$P$ is the phpass prefix",
        "the PHC format is $argon2id$v=19$m=...,t=...,p=...$<salt>$<hash>",
    ],
)
def test_password_hash_rules_skip_descriptions_and_fillers(text: str) -> None:
    assert found(PROVIDER_TOKEN_RULES, text) == set()


@pytest.mark.parametrize(
    ("rule", "text", "value"),
    [
        (
            "url_userinfo_token",
            f"ACME_DSN=https://{HEX32}@o1.ingest.acme.io/1",
            HEX32,
        ),
        (
            "url_userinfo_token",
            f"git clone https://{RANDOM24}@github.com/owner/repo",
            RANDOM24,
        ),
        ("credential_call_literal", f"sgMail.setApiKey('{RANDOM24}')", RANDOM24),
        ("credential_call_literal", f'client = Auth("{RANDOM24}")', RANDOM24),
    ],
)
def test_userinfo_tokens_and_credential_calls(rule: str, text: str, value: str) -> None:
    assert (rule, value) in found(STRUCTURE_RULES, text)


@pytest.mark.parametrize(
    "text",
    [
        "ssh://git@github.com/owner/repo.git",
        "https://john.doe.smith.example@host.com",
        'token = get_token("authorization_code_grant")',
        'validate_key("ABCDEFGHIJKLMNOPQRSTUV")',
        'getenv("GITHUB_TOKEN_FOR_RELEASES")',
        'load_private_key("/etc/ssl/private/server.key")',
        'secret_for("integration-test-fixture")',
    ],
)
def test_userinfo_and_call_rules_skip_names_paths_and_identifiers(text: str) -> None:
    assert found(STRUCTURE_RULES, text) == set()
