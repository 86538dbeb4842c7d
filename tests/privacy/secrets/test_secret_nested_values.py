"""Nested credential names (``secrets/nested_values.py``): the name on an enclosing element,
block or map, or in a setter's name; the same shapes holding references, settings and
placeholders stay unflagged. Values are made up."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_secrets
from transforms.privacy.secrets.nested_values import NESTED_VALUE_RULES

PW = "s3cr3tHorse88"
TOK = "9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua"


def found(text: str) -> set[tuple[str, str]]:
    lowered = text.lower()
    return {
        (s.detector, text[s.start : s.end])
        for r in NESTED_VALUE_RULES
        for s in r.find(text, lowered)
    }


POSITIVES = [
    ("xml_named_entry_secret", f'<entry key="db.password">{PW}</entry>', PW),
    (
        "xml_named_entry_secret",
        f'<property name="password">\n  <value>{PW}</value>\n</property>',
        PW,
    ),
    (
        "block_default_secret",
        f'variable "db_password" {{\n  type = string\n  default = "{PW}"\n}}\n',
        PW,
    ),
    (
        "block_default_secret",
        f"Parameters:\n  DBPassword:\n    Type: String\n    Default: {PW}\n",
        PW,
    ),
    ("block_default_secret", f'{{"DBPassword": {{"Type": "String", "Default": "{PW}"}}}}', PW),
    ("host_keyed_secret", f'{{"bearer": {{"repo.acme.io": "{TOK}"}}}}', TOK),
    (
        "host_keyed_secret",
        f'<apikeys>\n  <add key="https://nuget.acme.io/v3" value="{TOK}" />\n</apikeys>',
        TOK,
    ),
    ("setter_secret", f'ds.setPassword("{PW}");', PW),
    ("setter_secret", f"client.setApiKey('{TOK}');", TOK),
    ("setter_secret", f'<input type="password" name="pw" value="{PW}">', PW),
]


@pytest.mark.parametrize(("rule", "text", "value"), POSITIVES)
def test_nested_names_found(rule, text, value):
    assert (rule, value) in found(text)


NEGATIVES = [
    '<entry key="db.password">${db.password}</entry>',
    '<property name="password"><value>${jdbc.password}</value></property>',
    '<option name="token">true</option>',
    'variable "db_password" {\n  default = ""\n}\n',
    'variable "db_password" {\n  default = "changeme"\n}\n',
    'DBPassword:\n  Type: String\n  NoEcho: true\n  Default: ""\n',
    "PasswordLength:\n  Type: Number\n  Default: 16\n",
    "TokenTTL:\n  Type: Number\n  Default: 3600\n",
    "KeyName:\n  Type: AWS::EC2::KeyPair::KeyName\n  Default: my-key\n",
    'DBPassword:\n  Default: "{{resolve:ssm:/db/pw}}"\n',
    "PasswordPolicy:\n  Type: String\n  Default: strict\n",
    "setPassword(password);",
    'setPassword("");',
    'setApiKey("YOUR_API_KEY");',
    'setTokenType("Bearer");',
    'setPasswordChar("*");',
    '{"require": {"php": ">=8.1", "monolog/monolog": "2.0"}}',
    '{"secrets": {"api.acme.io": "value-from-vault"}}',
    '{"tokens": {"github.com": "${GITHUB_TOKEN}"}}',
    '<input type="password" value="">',
    '<input type="password" value="{{ form.password }}">',
    '<input type="password" name="pw" value="<?php echo $pw ?>">',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_nested_references_and_settings_not_flagged(text):
    assert not detect_secrets(text)


TYPED_AND_CODE = [
    # typed declarations hold a literal; types, calls and slot words stay unflagged
    ('const dbPassword: string = "s3cr3tHorse88";', "s3cr3tHorse88"),
    ('db_password <- "s3cr3tHorse88"', "s3cr3tHorse88"),
    (
        'NSString *apiSecret = @"9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua";',
        "9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua",
    ),
    ("$ENV{'API_TOKEN'} = '9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua';", "9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua"),
    ('#define WIFI_PASSWORD "s3cr3tHorse88"', "s3cr3tHorse88"),
    ("API_TOKEN ?= 9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua", "9fK2xQ7vLm4TzR8cWb3NpH6sJd1Ye5Ua"),
    ("password = '''s3cr3tHorse88'''", "s3cr3tHorse88"),
]


@pytest.mark.parametrize(("text", "value"), TYPED_AND_CODE)
def test_typed_and_prefixed_literals_found(text, value):
    assert value in {text[s.start : s.end] for s in detect_secrets(text)}


CODE = [
    'password: string = ""',
    'token: string = "Bearer"',
    "apiKey: string = process.env.API_KEY",
    "for (key <- keys) yield key",
    "token <- getLine",
    'sort_key: str = "created_at"',
    'password_field: str = "password"',
    "key_fn: Callable[[str], str] = str.lower",
    'api_key_header: str = "X-API-Key"',
    "password: str = Field(..., min_length=8)",
    "#define PASSWORD_MAX_LEN 64",
    '<machineKey validationKey="AutoGenerate,IsolateApps" />',
    'setter_fields = {"password", "extra"}',  # a set literal, not $ENV{'X'} = …
    'fields = ["password", "extra"]',
]


@pytest.mark.parametrize("text", CODE)
def test_typed_code_not_flagged(text):
    assert not detect_secrets(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("<password><![CDATA[s3cr3tHorse88]]></password>", "s3cr3tHorse88"),
        ('BUNDLE_GEMS__ACME__IO: "deploy:s3cr3tHorse88"', "s3cr3tHorse88"),
    ],
)
def test_cdata_and_bundler_found(text, value):
    assert value in {text[s.start : s.end] for s in detect_secrets(text)}


@pytest.mark.parametrize(
    "text",
    [
        "<password><![CDATA[${DB_PASSWORD}]]></password>",
        'BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"',
        'BUNDLE_GEMS__ACME__IO: "deploy:${BUNDLE_PASSWORD}"',
        "User name,Password,Access key ID,Secret access key,Console login link",
    ],
)
def test_cdata_bundler_and_csv_headers_not_flagged(text):
    assert not detect_secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        "password:\n  sunflower\n",
        "db_password: |\n  sunflower\n",
        "  password:\n    sunflower\n  user: x\n",
    ],
)
def test_yaml_value_on_next_line_found(text):
    assert ("yaml_next_line_secret", "sunflower") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "password:\n  min_length: 12\n",
        "password:\n  - a\n",
        "Password:\n  Enter your password below\n",
        "tls_key: |\n  -----BEGIN\n  MIIEvQ\n",
        "password:\n  ${DB_PASSWORD}\n",
        "password:\n  changeme\n",
        "api_key:\n  header\n",
        "secret:\n  name: db-secret\n",
    ],
)
def test_yaml_next_line_mappings_and_templates_not_flagged(text):
    assert not detect_secrets(text)
