"""Secret detectors on fixed strings: true positives, placeholders, look-alikes."""

from __future__ import annotations

import base64
import json

import pytest

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.detector import detect_secrets
from transforms.privacy.secrets.values import decode_jwt_payload, jwt_is_public
from transforms.privacy.spans import resolve_overlaps


def _b64(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def jwt(role: str) -> str:
    header = _b64({"alg": "HS256", "typ": "JWT"})
    payload = _b64(
        {
            "iss": "supabase",
            "ref": "abcdefghijklmnopqrst",
            "role": role,
            "iat": 1700000000,
            "exp": 2015360000,
        }
    )
    return f"{header}.{payload}.Qm9ndXNTaWduYXR1cmVGb3JUZXN0czEyMzQ1Njc4OTA"


def found(text: str) -> list[tuple[str, str]]:
    """(detector, value) of the resolved secret spans."""
    return [(s.detector, text[s.start : s.end]) for s in resolve_overlaps(detect_secrets(text))]


def values(text: str) -> list[str]:
    return [v for _, v in found(text)]


OPENAI = "sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt_NqXz-Ky2MpL9vB4cF7"
OPENAI_LEGACY = "sk-Zr7LkP0sVb3nWc8YhJ1aT3BlbkFJEd6GuI5oRtNqXzKy2Mp"
ANTHROPIC = "sk-ant-api03-Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay-Ze7Ru2Io9Pk4Ml1Nb8Vc3Xd6Qw0Es5AA"
STRIPE = "sk_live_51Hx9Kq2LmZr7TbWv4Np8Yc3Jd6Gf1As0"
GITHUB = "ghp_9Xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe"
GITHUB_PAT = "github_pat_11ABCDEFG0Xk2Lm7Qr4Tz8_Wv3Np6Bc1Hd5Jf0GsAyZe7Ru2Io9Pk4Ml1Nb8Vc3Xd6Qw0Es5"
SLACK = "xoxb-123456789012-1234567890123-Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1"
GOOGLE = "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"
AWS_ID = "AKIA2E0A8F3B244C9986"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzK4v8Qm2Lp"


@pytest.mark.parametrize(
    "key,detector",
    [
        (OPENAI, "openai_key"),
        (OPENAI_LEGACY, "openai_key"),
        (ANTHROPIC, "anthropic_key"),
        (STRIPE, "stripe_key"),
        ("rk_live_51Hx9Kq2LmZr7TbWv4Np8Yc3Jd", "stripe_key"),
        ("sk_test_51Hx9Kq2LmZr7TbWv4Np8Yc3Jd6Gf1As0", "stripe_key"),
        (GITHUB, "github_token"),
        (GITHUB_PAT, "github_token"),
        (SLACK, "slack_token"),
        (GOOGLE, "google_api_key"),
        (AWS_ID, "aws_access_key_id"),
    ],
)
def test_provider_keys_in_prose(key, detector):
    text = f"my key is {key}, can you wire it up?"
    assert found(text) == [(detector, key)]


def test_anthropic_key_is_not_reported_as_openai():
    assert found(f"key: {ANTHROPIC}") == [("anthropic_key", ANTHROPIC)]


@pytest.mark.parametrize(
    "placeholder",
    [
        "sk-...",
        "sk-your-key-here",
        "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "YOUR_API_KEY",
        "<your-openai-key>",
        "sk_test_...",
        "sk-ant-...",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "REPLACE_ME",
        "AKIA0000000000000000",
        "xxxx-xxxx-xxxx",
    ],
)
def test_placeholders_are_not_secrets(placeholder):
    assert values(f"In the docs they use OPENAI_API_KEY={placeholder}, what goes there?") == []
    assert values(f"set it to {placeholder}") == []


def test_is_placeholder_rules():
    assert is_placeholder("your-super-secret-jwt-token-with-at-least-32-characters-long")
    assert is_placeholder("sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    assert not is_placeholder(OPENAI)


def test_jwt_service_role_is_secret_and_anon_is_public():
    service, anon = jwt("service_role"), jwt("anon")
    assert decode_jwt_payload(service)["role"] == "service_role"
    assert jwt_is_public(anon) and not jwt_is_public(service)
    assert found(f"service role key: {service}") == [("jwt", service)]
    assert values(f"The anon key is public right? `{anon}`") == []
    assert values(f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}") == []
    assert values(f"SUPABASE_SERVICE_ROLE_KEY={service}") == [service]
    assert values(f"Authorization: Bearer {anon}") == []


def test_db_urls_redact_only_the_password():
    supabase = "db.abcdefghijklmnopqrst.supabase.co:5432/postgres"
    redis_cloud = "redis-12345.c1.us-east-1-4.ec2.redns.redis-cloud.com:1"
    cases = {
        f"postgresql://postgres:Xk9Lm2Qr7Tz4_Wv8@{supabase}": "Xk9Lm2Qr7Tz4_Wv8",
        "redis://:hunter2Tz4Wv8@cache.internal:6379/0": "hunter2Tz4Wv8",
        f"redis://default:Np3Bc6Hd1Jf5@{redis_cloud}": "Np3Bc6Hd1Jf5",
        "mongodb+srv://admin:Gs0AyZe7Ru2I@cluster0.ab12c.mongodb.net/app?retryWrites=true": (
            "Gs0AyZe7Ru2I"
        ),
        "amqp://worker:Pk4Ml1Nb8Vc3-x@rabbitmq:5672/": "Pk4Ml1Nb8Vc3-x",
    }
    for url, password in cases.items():
        assert found(f"here's the connection string: {url}") == [("url_credentials", password)]


def test_db_url_placeholders_are_not_secrets():
    for url in (
        "postgres://user:password@localhost/db",
        "postgres://u:${DB_PASSWORD}@db/app",
        "postgresql://postgres:[YOUR-PASSWORD]@db.x.supabase.co:5432/postgres",
        "https://localhost:3000/api",
        "redis://cache:6379/0",
    ):
        assert values(url) == [], url


def test_db_url_local_default_password_is_a_secret():
    # session 33: a weak password in a URL's userinfo is flagged whatever the host
    assert values("postgres://postgres:postgres@localhost:5432/app") == ["postgres"]


def test_pem_private_key_whole_block():
    body = "\n".join(["MIIEpAIBAAKCAQEA" + "Qk9HVVNLRVlGT1JURVNUUw" * 2 + "ab"] * 3)
    pem = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    text = f"deploy key below\n```\n{pem}\n```\nplease add it to CI"
    assert found(text) == [("pem_private_key", pem)]
    assert values("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----") == []
    assert (
        values("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n") == []
    )


def test_aws_secret_needs_context_and_mixed_case():
    text = f"AWS creds for the S3 upload: access key {AWS_ID} secret {AWS_SECRET}"
    assert values(text) == [AWS_ID, AWS_SECRET]
    sha = "3f2a9c1b7d8e4f6a0b1c2d3e4f5a6b7c8d9e0f1a"
    assert values(f"secret commit {sha} broke it") == []
    assert values(f"the hash is {AWS_SECRET}") == []  # no AWS/secret context word


def test_bearer_tokens():
    token = "Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1Jf5Gs0AyZe"
    assert found(f"header `Authorization: Bearer {token}`") == [("bearer_token", token)]
    assert values('curl -H "Authorization: Bearer $TOKEN"') == []
    assert values("fetch(url, { headers: { Authorization: `Bearer ${session.token}` } })") == []
    assert values("Use bearer authentication for the API.") == []


def test_env_file_assignments():
    env = (
        "DATABASE_PASSWORD=Xk9Lm2Qr7Tz4!Wv8\nJWT_SECRET=Qk9HVVNLRVlGT1JURVNUUzEyMzQ1Njc4OTA=\n"
        "NEXT_PUBLIC_SUPABASE_URL=https://abcdefghijklmnopqrst.supabase.co\n"
        "NEXT_PUBLIC_POSTHOG_KEY=phc_Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1Jf5\nPORT=3000\n"
        "STRIPE_PUBLISHABLE_KEY=pk_live_51Hx9Kq2LmZr7TbWv4Np8Yc3Jd6\nTOKEN_TTL=3600\n"
        "SMTP_PASSWORD=s3cr3tpw\n"
    )
    assert values(env) == ["Xk9Lm2Qr7Tz4!Wv8", "Qk9HVVNLRVlGT1JURVNUUzEyMzQ1Njc4OTA=", "s3cr3tpw"]


def test_config_and_code_assignments():
    assert values('{"password": "Tz4Wv8Np3!x", "user": "admin"}') == ["Tz4Wv8Np3!x"]
    assert values("password: Tz4Wv8Np3x9\n") == ["Tz4Wv8Np3x9"]
    assert values('const apiKey = "Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1";') == ["Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1"]


@pytest.mark.parametrize(
    "code",
    [
        "const apiKey = process.env.OPENAI_API_KEY;",
        "password = request.form['password']",
        "password: z.string().min(8),",
        "const [password, setPassword] = useState('')",
        "token: string | null",
        "queryKey: ['todos', userId],",
        "- key: NEXT_PUBLIC_SUPABASE_URL",
        "api_key = os.environ['OPENAI_API_KEY']",
        "const token = await getToken();",
        "SECRET_KEY = settings.SECRET_KEY",
        "max_tokens: 1024, input_tokens: 512",
        'DB_PASSWORD="${DB_PASSWORD}"',
        "password: hashedPassword",
        '<input type="password" name="password" />',
    ],
)
def test_code_references_are_not_secrets(code):
    assert values(code) == []


@pytest.mark.parametrize(
    "negative",
    [
        "The Task with id 3f2a9c1b-7d8e-4f6a-8b1c-2d3e4f5a6b7c doesn't show up, commit 3f2a9c1",
        "git log shows 3f2a9c1b7d8e4f6a0b1c2d3e4f5a6b7c8d9e0f1a",
        "Order 1029 has timestamp 1754321098, is that seconds?",
        "npm says @supabase/auth-helpers-nextjs is deprecated",
        "Use price id price_1Nx9Kq2LmZr7TbWv4Np8 for the pro plan.",
        "import { useState } from 'react'; const isTask = task_id;",
    ],
)
def test_hard_negatives(negative):
    assert values(negative) == []


def test_basic_auth_and_query_string_credentials():
    assert values("Authorization: Basic YWRtaW46aHVudGVyMg==") == ["YWRtaW46aHVudGVyMg=="]
    assert values("Authorization: Basic bm90LWNyZWRz") == []  # decodes without user:password
    url = "https://api.acme.io/v1/items?api_key=Xk9Lm2Qr7Tz4Wv8Np3Bc&page=2"
    assert values(url) == ["Xk9Lm2Qr7Tz4Wv8Np3Bc"]
    pem = (
        "-----BEGIN PRIVATE KEY-----\\n"
        + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" * 3
        + "\\n-----END PRIVATE KEY-----\\n"
    )
    assert values(f'{{"type": "service_account", "private_key": "{pem}"}}') == [pem[:-2]]
