"""Config-file value rules (``secret_config_values``) and the fixes the whispers fixture corpus
showed: true positives, placeholders/references and code look-alikes. Values are made up."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.config_values import CONFIG_VALUE_RULES, named_literal_ok
from transforms.privacy.secrets.detector import detect_secrets

PW = "Tr0ub4dor-x9"
KEY = "q8Xv2LmP9rTz4KcW7bNf3HsJ"


def found(text: str) -> set[tuple[str, str]]:
    lowered = text.lower()
    spans = [s for r in CONFIG_VALUE_RULES for s in r.find(text, lowered)]
    return {(s.detector, text[s.start : s.end]) for s in spans}


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_secrets(text)}


POSITIVES = [
    ("xml_element_secret", f"<settings>\n  <apiToken>{KEY}</apiToken>\n</settings>", KEY),
    ("xml_element_secret", f"<credentials>\n  <db_password>{PW}</db_password>\n", PW),
    ("xml_element_secret", f'<TRAVEL_API_KEY env="prod">{KEY}</TRAVEL_API_KEY>', KEY),
    ("named_default_secret", f'password = os.getenv("DB_PASSWORD", "{PW}")', PW),
    ("named_default_secret", f"pwd = os.environ.get('pwd', '{PW}')", PW),
    ("named_default_secret", f'define("DB_PASSWORD", "{PW}");', PW),
    ("named_default_secret", f"$config['db_password'] = '{PW}';", PW),
    ("named_default_secret", f'settings["api_key"] = "{KEY}"', KEY),
    ("tuple_assignment_secret", f'\tadmin_password, token := "{PW}", "{KEY}"', PW),
    ("tuple_assignment_secret", f'\tadmin_password, api_token := "{PW}", "{KEY}"', KEY),
    ("tuple_assignment_secret", f'const user, db_password string = "app", "{PW}"', PW),
    ("yaml_list_secret", f"passwords:\n  - {PW}\n  - 'Other-pass-77'\n", PW),
    ("yaml_list_secret", f"passwords:\n  - {PW}\n  - 'Other-pass-77'\n", "Other-pass-77"),
    ("yaml_list_secret", f'{{"api_keys": [\n  "{KEY}"\n]}}', KEY),
    ("yaml_list_secret", f'02_hardcoded_passwords:\n  - "{PW}"\n', PW),
    ("url_query_password", f"jdbc:mysql://db.acme.io/app?user=app&password={PW}", PW),
    ("url_query_password", f"jdbc:mysql://db.acme.io/app?user=app&userpass={PW}", PW),
]


@pytest.mark.parametrize(("rule", "text", "value"), POSITIVES)
def test_config_values_found(rule, text, value):
    assert (rule, value) in found(text)
    assert value in flagged(text)


NEGATIVES = [
    "<password>${DB_PASSWORD}</password>",
    "<password>{{ password }}</password>",
    "<apiToken>$API_TOKEN</apiToken>",
    "<key>test</key>",
    "<publicKey>MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE</publicKey>",
    "<token_url>https://auth.acme.io/oauth/token</token_url>",
    'password = os.getenv("DB_PASSWORD", "")',
    'os.environ.get("pwd", "{password}")',
    'define("PASSWORD_MIN_LENGTH", "12");',
    "$config['db_password'] = $password;",
    'var1, var2 := "mismatched key-value lengths"',
    'var static_password, dynamic_password string = "{password}", "${PW}"',
    "passwords:\n  - ${DB_PASSWORD}\n  - '{{ password }}'\n",
    "jdbc:mysql://localhost/app?user=app&password=",
    "https://acme.io/reset?password=$PASSWORD",
    "passenger:\n  - Alice\n  - Bob\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_placeholders_and_references_not_found(text):
    assert not found(text)


CODE_AND_CONFIG_LOOKALIKES = [
    # an empty npmrc token or a {NAME} template; a code variable ending in _password
    "//registry.npmjs.org/:_authToken={NPM_TOKEN}",
    'format_password = "prefix_{}".format(dynamic_value1)',
    # an empty .properties value does not take the next line
    "sonar.jdbc.password=\napi.key=\n",
    # Symfony parameters and env processors
    "Generic_Key: '%DB_SECRET_VALUE%'",
    "Symfony_DB_Key: '%env(DB_SECRET_VALUE)%'",
    # a numbered setting name after key=
    '<item key="ConnectionString1">',
]


@pytest.mark.parametrize("text", CODE_AND_CONFIG_LOOKALIKES)
def test_config_lookalikes_not_flagged(text):
    assert not flagged(text)


def test_npmrc_scoped_token_still_found():
    text = f"//registry.npmjs.org/:_authToken={KEY}\n"
    assert KEY in flagged(text)


def test_env_line_inside_xml_element_stops_at_the_closing_tag():
    assert flagged(f"<environment>DB_PASSWORD={PW}</environment>") == {PW}


def test_paired_entry_named_pass():
    text = f"  - key: PASS\n    value: {PW}\n"
    assert PW in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "mysql -u root -pS3cr3tPass! mydb",
        "mysqldump -uadmin -p'Tr0ub4dor&3' shop > dump.sql",
        "mysql --user=app --password=Xk9pLm2q -h db.acme.io",
        "mysqladmin --password S3cr3tPass! status",
    ],
)
def test_mysql_password_flags(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    ["mysql -u root -p mydb", "mysql -u root -p$MYSQL_PWD", 'mysql --password="$DB_PASS"'],
)
def test_mysql_password_prompt_and_variables_not_flagged(text):
    assert not flagged(text)


def test_named_literal_policy_matches_assignment_rule():
    assert named_literal_ok("db_password", PW)
    assert not named_literal_ok("db_password", "changeme")
    assert not named_literal_ok("username", PW)  # not a credential name
    assert not named_literal_ok("api_key", "YOUR_API_KEY")


@pytest.mark.parametrize(
    "text",
    [
        "  <UserSecretsId>79a3edd0-2092-40a2-a04d-dcb46d5ca9ed</UserSecretsId>",
        "postgresql:///mydb?host=localhost&port=5433&user=user&password=secret",
    ],
)
def test_ids_and_documentation_defaults_not_found(text):
    assert not found(text)


# Look-alikes from gitleaks' false-positive examples (dev split): a Podfile.lock checksum, a
# camelCase variable, anti-forgery tokens, a fingerprinted asset name and a Notion page slug.
@pytest.mark.parametrize(
    "text",
    [
        "ReactNativeCameraKit: f15a5a04b0f6dc6073e6db0296e6ef2d8b8d2522",
        "sumOfExposures = 3Kof2VffNQ0QgYIhXUPJosVlCaQKm2hfpWE6F1fT9YGY74blQBIPsrkCcf1TwKE5;",
        f'<input type="hidden" name="authenticity_token" value="{KEY}x7SWa-Fo1_hsC6oo">',
        "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15sya==",
        "http://assets.acme.io/media/video_box.ico-7a388b69018576d24b59331fd60aab0c.png",
        "https://fog-ringer-f42.notion.site/API-BD80F56CDC1441E6BF6011AB6D852875",
    ],
)
def test_gitleaks_lookalikes_not_flagged(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "cloudsmith: 7a388b69018576d24b59331fd60aab0c7a38",
            "7a388b69018576d24b59331fd60aab0c7a38",
        ),
        (
            "INFRACOST_API_KEY=ico-7a388b69018576d24b59331fd60aab0c",
            "ico-7a388b69018576d24b59331fd60aab0c",
        ),
        (
            "octopus key API-BD80F56CDC1441E6BF6011AB6D852875",
            "API-BD80F56CDC1441E6BF6011AB6D852875",
        ),
    ],
)
def test_real_shapes_beside_those_lookalikes_still_found(text, value):
    assert value in flagged(text)
