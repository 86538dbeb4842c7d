"""Documented-format recognizers: true positives, placeholders and code look-alikes.

Token values below are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import base64

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.format_checks import base62_crc32, checksum_ok
from transforms.privacy.secrets.formats import FORMAT_DETECTORS, detect_format_secrets


def found(text: str) -> set[tuple[str, str]]:
    return {(s.detector, text[s.start : s.end]) for s in detect_format_secrets(text)}


def any_value(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


HEX32 = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d"
B62_36 = "Zr7LkP0sVb3nWc8YhJ1aT3BlbkFJEd6GuI5o"

POSITIVES = [
    ("gitlab_token", "GITLAB: glpat-Xk9Lm2Qr7Tz4Wv8Np3Bc", "glpat-Xk9Lm2Qr7Tz4Wv8Np3Bc"),
    ("npm_token", f"//registry.npmjs.org/ token npm_{B62_36}", f"npm_{B62_36}"),
    ("digitalocean_token", "DO=dop_v1_" + HEX32 * 2, "dop_v1_" + HEX32 * 2),
    (
        "vault_token",
        "export VAULT_TOKEN=hvs.CAESIJ9xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5",
        "hvs.CAESIJ9xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5",
    ),
    (
        "vault_legacy_token",
        'VAULT_CLIENT_TOKEN="s.Z4bTMtngfLeQ18AqVoBBkUAOD1"',
        "s.Z4bTMtngfLeQ18AqVoBBkUAOD1",
    ),
    (
        "telegram_bot_token",
        "bot 4839574813:AAFD39kkdpWt3ywyRZergyOLMaJhac61qcX",
        "4839574813:AAFD39kkdpWt3ywyRZergyOLMaJhac61qcX",
    ),
    ("mailgun_key", f"MAILGUN key-{HEX32}", f"key-{HEX32}"),
    ("sentry_token", "sntryu_" + HEX32 * 2, "sntryu_" + HEX32 * 2),
    (
        "azure_entra_client_secret",
        "client secret: 5pX8Q~MmTI8OMBJFVqMlFR4DE3Spz6Qm.xO.Gb",
        "5pX8Q~MmTI8OMBJFVqMlFR4DE3Spz6Qm.xO.Gb",
    ),
    (
        "groq_key",
        "GROQ_API_KEY=gsk_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG2hJ4kL6m",
        "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",
    ),
    (
        "age_secret_key",
        "AGE-SECRET-KEY-1HJCRJVK7EE3A5N8CRP8YSEUGZKNW90Y5UR2RGYAS8L279LFP6LCQU5ADNR",
        "AGE-SECRET-KEY-1HJCRJVK7EE3A5N8CRP8YSEUGZKNW90Y5UR2RGYAS8L279LFP6LCQU5ADNR",
    ),
    (
        "discord_bot_token",
        "bot.run('MTE4NzY1NDMyMTA5ODc2NTQzMg.GhT3xY.Qw8eR5tY2uI9oP4aS7dF1gH6jK3lZ0xC5vB8nM')",
        "MTE4NzY1NDMyMTA5ODc2NTQzMg.GhT3xY.Qw8eR5tY2uI9oP4aS7dF1gH6jK3lZ0xC5vB8nM",
    ),
]


@pytest.mark.parametrize("detector,text,value", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_provider_formats_found(detector, text, value):
    assert (detector, value) in found(text)


def test_detector_names_are_unique():
    assert len(FORMAT_DETECTORS) == len(set(FORMAT_DETECTORS))
    assert len(FORMAT_DETECTORS) >= 100


def test_github_style_checksum():
    body = "ghp_" + "Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1Jf0GsAy"
    token = body + base62_crc32(body)
    assert len(base62_crc32(body)) == 6
    assert checksum_ok(token)
    assert not checksum_ok(body + "000000")


STRUCTURES = [
    (
        "azure_storage_key",
        "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
        "q8Xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe7Ru2Io9Pk4Ml1Nb8Vc3Xd6Qw0Es5Ty7Ui9Op2As4Df6Gh8Jk0Lz==;"
        "EndpointSuffix=core.windows.net",
        "q8Xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe7Ru2Io9Pk4Ml1Nb8Vc3Xd6Qw0Es5Ty7Ui9Op2As4Df6Gh8Jk0Lz==",
    ),
    (
        "azure_sas_token",
        "https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31"
        "&sig=Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay%2BZe7Ru2Io9Pk%3D",
        "Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1Jf5Gs0Ay%2BZe7Ru2Io9Pk%3D",
    ),
    (
        "docker_config_auth",
        '{"auths": {"registry.acme.io": {"auth": "'
        + base64.b64encode(b"deploy:Vb3nWc8YhJ1a").decode()
        + '"}}}',
        base64.b64encode(b"deploy:Vb3nWc8YhJ1a").decode(),
    ),
    (
        "netrc_password",
        "machine api.heroku.com\n  login me@acme.io\n  password 7Qr4Tz8Wv3Np\n",
        "7Qr4Tz8Wv3Np",
    ),
    ("npmrc_auth", "//npm.acme.io/:_authToken=Qr4Tz8Wv3Np6Bc1Hd5Jf0", "Qr4Tz8Wv3Np6Bc1Hd5Jf0"),
    ("curl_user", "curl -u admin:Tz8Wv3Np6B https://jira.acme.io/rest/api/2/myself", "Tz8Wv3Np6B"),
    (
        "jenkins_secret",
        "<password>{AQAAABAAAAAQxk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe7Ru=}</password>",
        "{AQAAABAAAAAQxk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe7Ru=}",
    ),
    (
        "xml_password",
        "<server><id>nexus</id><password>Np6Bc1Hd5Jf0</password></server>",
        "Np6Bc1Hd5Jf0",
    ),
    ("password_in_prose", "fyi my db password is hunter2!x so use that", "hunter2!x"),
    ("quoted_password_in_prose", "The default password is 'blooberry'.", "blooberry"),
    (
        "url_query_secret",
        "GET https://api.acme.io/v1/items?limit=5&api_key=Xk9Lm2Qr7Tz4Wv8Np3Bc6",
        "Xk9Lm2Qr7Tz4Wv8Np3Bc6",
    ),
    (
        "keyword_high_entropy",
        "weatherbit SECRET ff9cfa3aafd54870b8407ac660f17590",
        "ff9cfa3aafd54870b8407ac660f17590",
    ),
]


@pytest.mark.parametrize("detector,text,value", STRUCTURES, ids=[s[0] for s in STRUCTURES])
def test_credential_structures_found(detector, text, value):
    assert (detector, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "glpat-xxxxxxxxxxxxxxxxxxxx",
        "export VAULT_TOKEN=hvs.<your-vault-token-goes-here-now>",
        "dop_v1_" + "0" * 64,
        "curl -u admin:$API_PASSWORD https://jira.acme.io",
        "curl -u user:password https://example.org",
        "machine example.com login me password changeme",
        "<password>${env.DB_PASSWORD}</password>",
        "my password is password",
        "AccountKey=<your-storage-account-key-EXAMPLE-EXAMPLE-EXAMPLE-EXAMPLE-EXAMPLE-EXAMPLE>",
        'TAVILY_API_KEY = "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
)
def test_placeholders_not_flagged(text):
    assert any_value(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "def connect(host, port, password=None):\n    pass",
        "token_count = tokenizer.encode(text)\nmax_tokens = 4096",
        "const key = crypto.randomUUID();",
        "git checkout 4f3a2b1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a",
        "the access token expires after 3600 seconds",
        "version = 2.31.0-rc1+build.20261204",
        "secret_key_base_length: 128",
        'sb.append("MasterUserPassword: " + getMasterUserPassword() + ",");',
        "route = 'cms/sites/passwords#update'",
        "s.unexpectedCharacterAfterDoctypeSystemIdentifier is the vault parser's error",
        "NEXT_PUBLIC_SUPABASE_ANON_KEY=sb_publishable_Xk9Lm2Qr7Tz4Wv8Np3Bc6Hd1",
        "onSubmit:e=>{i({body:{password:e.password,username:e.username}})}",
        "const password = 'password_confirmation'",
    ],
)
def test_code_look_alikes_not_flagged(text):
    assert any_value(text) == set()


def test_messages_without_trigger_skip_all_rules():
    text = "Refactor the list view to use a virtualised grid; keep the header sticky." * 20
    assert detect_format_secrets(text) == []


def test_quoted_word_under_password_name_is_a_literal():
    text = '{"AdminPassword" : "thisismypassword"}'
    assert any_value(text) == {"thisismypassword"}
    assert any_value("password = hashedPassword") == set()


KRB5_ASREP = "$krb5asrep$23$" + HEX32 + "$" + (HEX32 * 4)
KRB5_TGS = "$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/db01*$" + HEX32 + "$" + (HEX32 * 4)
TRUENAS = "7-" + "Lp22ov7halMBLUpG97Wg4y7fibQi3CW19VJiZcCu746zgCs0mdDdTCoOcpgEucgu"


@pytest.mark.parametrize(
    ("detector", "text", "value"),
    [
        ("okta_token", "Authorization: SSWS 00" + B62_36 + "Ab3d", "00" + B62_36 + "Ab3d"),
        ("password_hash", "hash: " + KRB5_ASREP, KRB5_ASREP),
        ("password_hash", KRB5_TGS, KRB5_TGS),
        ("truenas_api_key", '{"method": "auth.login_with_api_key", "params": ["' + TRUENAS + '"]}',
         TRUENAS),
        ("cli_password_flag", "connect-viserver vc1 -user admin -password VMw4re!9", "VMw4re!9"),
        ("cli_password_flag", "mysql -u root --password=Qz8!mK2p shop", "Qz8!mK2p"),
    ],
)  # fmt: skip
def test_documented_formats_added_for_issue_14(detector, text, value):
    assert (detector, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'Connect-VIServer "$endpoint" -User "$username" -Password "$password"',
        "echo $TOKEN | docker login --password-stdin ghcr.io",
        "psql --password --host=localhost shop",
        "mysql --password=<password> shop",
        "run: mysql -u root -password ${{ secrets.DB_PASSWORD }}",
        "tool --password changeme",
        '{"method": "auth.login_with_api_key", "params": ["<api key>"]}',
    ],
)
def test_cli_and_api_key_look_alikes_not_flagged(text):
    assert not {d for d, _ in found(text)} & {"cli_password_flag", "truenas_api_key"}


def test_gradle_build_config_field_and_token_shaped_xml_password():
    text = "buildConfigField 'String', 'API_KEY', '\"" + HEX32 + "\"'"
    assert ("gradle_build_config_field", HEX32) in found(text)
    jwtish = "eyJ0eXAiOiAiVENWMiJ9.RkNWLXdXS3M1RVBfencxM4A0WmJz.OGY1OWRkNGMtYTUxYS04ZDYw"
    assert ("xml_value_secret", jwtish) in found(
        f'<add key="ClearTextPassword" value="{jwtish}" />'
    )


@pytest.mark.parametrize(
    "text",
    [
        'buildConfigField("String", "API_KEY", "\\"${apiKey}\\"")',
        'buildConfigField("String", "MAPS_KEY", properties.getProperty("MAPS_KEY"))',
        'buildConfigField "String", "BASE_URL", "\\"https://api.example.com\\""',
        '<add key="ClearTextPassword" value="settings.database.password" />',
    ],
)
def test_gradle_and_xml_look_alikes_not_flagged(text):
    assert not {d for d, _ in found(text)} & {"gradle_build_config_field", "xml_value_secret"}
