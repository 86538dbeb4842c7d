"""Any-length provider prefixes and credential-named values: true positives, placeholders
and code look-alikes.

Token values below are made up for these tests in each provider's documented shape.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.formats import FORMAT_DETECTORS, detect_format_secrets
from transforms.privacy.secrets.providers import PROVIDER_DETECTORS, PROVIDER_RULES


def found(text: str) -> set[tuple[str, str]]:
    lowered = text.lower()
    return {
        (s.detector, text[s.start : s.end]) for r in PROVIDER_RULES for s in r.find(text, lowered)
    }


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


HEX64 = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d" * 2
RANDOM40 = "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9I"

POSITIVES = [
    ("typeform_token_any", f"TYPEFORM=tfp_{RANDOM40}", f"tfp_{RANDOM40}"),
    (
        "replicate_token_any",
        f"export REPLICATE_API_TOKEN=r8_{RANDOM40[:34]}",
        f"r8_{RANDOM40[:34]}",
    ),
    ("nightfall_key", f"key: NF-{RANDOM40[:32]}", f"NF-{RANDOM40[:32]}"),
    ("pagarme_key", f"ak_live_{RANDOM40[:30]}", f"ak_live_{RANDOM40[:30]}"),
    ("flexport_key", f"token shltm_{RANDOM40}", f"shltm_{RANDOM40}"),
    ("fullstory_key", f"FS_KEY=na1.{RANDOM40}+{RANDOM40}", f"na1.{RANDOM40}+{RANDOM40}"),
    (
        "dfuse_key",
        "DFUSE=web_9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
        "web_9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
    ),
    (
        "maxmind_license_key",
        "license_key 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",
        "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",
    ),
    (
        "zapier_catch_hook",
        "POST https://hooks.zapier.com/hooks/catch/1234567/abcd9ef/ with the payload",
        "https://hooks.zapier.com/hooks/catch/1234567/abcd9ef/",
    ),
    (
        "brevo_key",
        "BREVO=xkeysib-" + HEX64 + "-Qm7Xk2Lp9Rt4Wz8N",
        "xkeysib-" + HEX64 + "-Qm7Xk2Lp9Rt4Wz8N",
    ),
    ("sonarqube_token", "SONAR_TOKEN=squ_" + HEX64[:40], "squ_" + HEX64[:40]),
    ("dbt_cloud_token", f"Authorization: Token dbtc_{RANDOM40}", f"dbtc_{RANDOM40}"),
    ("netlify_token", f"NETLIFY_AUTH_TOKEN=nfp_{RANDOM40}", f"nfp_{RANDOM40}"),
    ("posthog_personal_key", f"phx_{RANDOM40}", f"phx_{RANDOM40}"),
    (
        "plaid_access_token",
        "access_token: access-sandbox-8ab976e6-64bc-4b38-98f7-731e7a349970",
        "access-sandbox-8ab976e6-64bc-4b38-98f7-731e7a349970",
    ),
    ("woocommerce_key", "consumer_secret cs_" + HEX64[:40], "cs_" + HEX64[:40]),
    (
        "octopus_api_key",
        "X-Octopus-ApiKey: API-QM7XK2LP9RT4WZ8NV3BC6HD1JF",
        "API-QM7XK2LP9RT4WZ8NV3BC6HD1JF",
    ),
    (
        "ably_key",
        "ABLY_KEY=xVLyHw.Dtxt3Q:Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9Ip4",
        "xVLyHw.Dtxt3Q:Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay7Ze2Ru9Ip4",
    ),
    (
        "django_secret_key",
        "SECRET_KEY = 'django-insecure-wwf*2#86t64!fgh6yav$aoeuo@u2o@fy&*gg76q!&%6x_wb'",
        "django-insecure-wwf*2#86t64!fgh6yav$aoeuo@u2o@fy&*gg76q!&%6x_wb",
    ),
    (
        "putty_private_key",
        "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\n"
        f"AAAAB3NzaC1yc2EAAAABJQAAAQEAhd\nPrivate-Lines: 2\nAAABAQCAbP8Ww8T5yQhl6xA2{RANDOM40}\n"
        "Private-MAC: 9f3b2c7d",
        f"AAABAQCAbP8Ww8T5yQhl6xA2{RANDOM40}\n",
    ),
    ("cli_password_option", "psexec \\\.0.0.5 -u admin -p Xk9Lm2Qr7Tz4! cmd", "Xk9Lm2Qr7Tz4!"),
    ("cli_password_option", "mysql -u root -pXk9Lm2Qr7Tz4 -h db.acme.io", "Xk9Lm2Qr7Tz4"),
    ("cli_password_option", "sshpass -p 'Xk9Lm2Qr7Tz4' ssh deploy@host", "Xk9Lm2Qr7Tz4"),
    ("cli_password_option", 'sqlcmd -S db -U sa -P Xk9Lm2Qr7Tz4! -Q "select 1"', "Xk9Lm2Qr7Tz4!"),
    (
        "cli_password_option",
        "docker login -u deploy -p Xk9Lm2Qr7Tz4 registry.acme.io",
        "Xk9Lm2Qr7Tz4",
    ),
    ("cli_password_option", "gpg --batch --passphrase Xk9Lm2Qr7Tz4 -d f.gpg", "Xk9Lm2Qr7Tz4"),
    ("cli_password_option", "openssl enc -aes-256-cbc -k Xk9Lm2Qr7Tz4 -in a", "Xk9Lm2Qr7Tz4"),
    ("cli_password_option", "net use \\\\fs01\\share Xk9Lm2Qr7Tz4 /user:ACME\\svc", "Xk9Lm2Qr7Tz4"),
    (
        "cli_password_option",
        "ConvertTo-SecureString 'Xk9Lm2Qr7Tz4' -AsPlainText -Force",
        "Xk9Lm2Qr7Tz4",
    ),
    ("config_directive_password", "requirepass Xk9Lm2Qr7Tz4Wv8N", "Xk9Lm2Qr7Tz4Wv8N"),
    ("config_directive_password", "bindpw Xk9Lm2Qr7Tz4", "Xk9Lm2Qr7Tz4"),
    ("cisco_type7_password", "username admin password 7 0822455D0A165E4F1A", "0822455D0A165E4F1A"),
    ("snmp_community", "snmp-server community Xk9Lm2Qr7 RO", "Xk9Lm2Qr7"),
    ("pgpass_password", "db.acme.io:5432:app:app_user:Xk9Lm2Qr7Tz4", "Xk9Lm2Qr7Tz4"),
    ("wordpress_config_secret", "define('DB_PASSWORD', 'Xk9Lm2Qr7Tz4');", "Xk9Lm2Qr7Tz4"),
    (
        "openvpn_static_key",
        "-----BEGIN OpenVPN Static key V1-----\n"
        + "\n".join(HEX64[i : i + 32] for i in (0, 2, 4, 6))
        + "\n-----END OpenVPN Static key V1-----",
        "-----BEGIN OpenVPN Static key V1-----\n"
        + "\n".join(HEX64[i : i + 32] for i in (0, 2, 4, 6))
        + "\n-----END OpenVPN Static key V1-----",
    ),
    (
        "named_credential_value",
        "[Peer]\nPresharedKey = /UwcSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=",
        "/UwcSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=",
    ),
    (
        "named_credential_value",
        'char auth[] = "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay";',
        "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1Jf5Gs0Ay",
    ),
    # credential-named values the strict keyword rule leaves (digit runs, letter runs, spaces)
    ("named_credential_value", "ASANA_API_TOKEN: 8195513847023883", "8195513847023883"),
    ("named_credential_value", "vbout SECRET 4839574813572049137", "4839574813572049137"),
    (
        "named_credential_value",
        "centralstationcrmTOKEN=qwrtzpsdfghjklmnbvcxyq",
        "qwrtzpsdfghjklmnbvcxyq",
    ),
    (
        "named_credential_value",
        "restpack foo SECRET bar 7f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
        "7f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
    ),
    # a line holding only a service name and a random value (.env files, pasted key lists)
    (
        "service_name_value_line",
        "cloudsmith 7f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
        "7f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d",
    ),
    ("service_name_value_line", "pepipost=Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1", "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1"),
    (
        "service_name_value_line",
        'export MAILJET="Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1"',
        "Qm7Xk2Lp9Rt4Wz8Nv3Bc6Hd1",
    ),
    (
        "named_credential_value",
        "edenai_token = rh83qVzJzCOvCOhriyaTA2VP.LdWOFn1swiWcakqgLrUSDhR",
        "rh83qVzJzCOvCOhriyaTA2VP.LdWOFn1swiWcakqgLrUSDhR",
    ),
]


@pytest.mark.parametrize("detector,text,value", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_provider_values_found(detector, text, value):
    assert (detector, value) in found(text)
    assert value in flagged(text)  # and the full own-detector stack reports it


NOT_SECRETS = [
    # placeholders
    "TYPEFORM=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "api_key = <your-api-key-goes-here-please>",
    "ASANA_API_TOKEN: YOUR_ASANA_API_TOKEN_HERE",
    "token = 0000000000000000000000",
    "SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "SECRET_KEY = 'your-secret-key-goes-here-and-should-be-long'",
    "octopus: API-XXXXXXXXXXXXXXXXXXXXXXXXXX",
    "mysql -u root -p -h db.acme.io",
    "mysql -u root -p$MYSQL_PWD -h db",
    "sshpass -p secret ssh host",
    "echo $PW | docker login -u deploy --password-stdin registry.acme.io",
    "openssl enc -aes-256-cbc -pass env:PASSWORD -in a",
    "define( 'AUTH_KEY',         'put your unique phrase here' );",
    "requirepass foobared",
    "fe80:0000:0000:abcd:1234",
    "10:30:00:12:45",
    "zip -r out.zip dir",
    "net use \\\\fs01\\share /user:ACME\\svc",
    "gpg --passphrase-file pw.txt -d x",
    # names, code, paths and versions after a credential word
    "token = getAuthenticationTokenFromHeader(request)",
    'access_key_id = "AKIDEXAMPLE_NOT_A_REAL_ONE"',
    "private static final long serialVersionUID = 1234567890123456789L;",
    "key_file=/etc/ssl/private/server-certificate.pem",
    "private_key_path = /home/runner/work/acme/deploy/keys/id_ed25519",
    "secret_name = projects/acme/secrets/database-password",
    'name="plugin_files_access_key" id="ws-plugin--s2member-amazon-s3-comp-files-access-key"',
    "the access modifier is internationalization",
    "private_key_path: keys/deployment-key-production.pem",
    "token_url = https://oauth2.googleapis.com/token",
    "access version 2.14.1-rc.3+build.20240101",
    "auth = settings.authentication.backend.default",
    '"AWS::S3::AccessPoint": "829434755e734476",',
    "commit 1234567890abcdef1234567890abcdef12345678",
    # lines of one name and a word-built, hash or id value
    "        category=PydanticDeprecatedSince20,",
    "                status_code=HTTP_422_UNPROCESSABLE_CONTENT,",
    '      "result_key": "CallerAccessGrantsList"',
    "        self.artifact_s3_location = artifact_s3_location_v2",
    'CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"',
    '    "route53:ListHostedZonesByVPC",',
    "commit 3f2a9c1b7d8e4f6a0b1c2d3e4f5a6b7c8d9e0f1a",
    "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "request_id: 123e4567-e89b-12d3-a456-426614174000",
    "version 2.14.1-rc.3+build.20240101",
    "secret commit 3f2a9c1b7d8e4f6a0b1c2d3e4f5a6b7c8d9e0f1a broke it",
]


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_placeholders_and_code_not_flagged(text):
    assert found(text) == set()


def test_rules_are_wired_into_the_format_detectors():
    assert set(PROVIDER_DETECTORS) <= set(FORMAT_DETECTORS)
    assert len(FORMAT_DETECTORS) == len(set(FORMAT_DETECTORS))
    text = f"REPLICATE=r8_{RANDOM40[:34]}"
    assert any(s.detector == "replicate_token_any" for s in detect_format_secrets(text))
