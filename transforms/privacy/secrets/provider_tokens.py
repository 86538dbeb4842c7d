"""More documented token formats (issue #14, round 2), and base64-encoded JSON credentials.

Each rule names the page documenting the format; bodies pass the template-only veto and a
distinct-character check like the other documented-prefix rules
(:func:`~transforms.privacy.secrets.providers._rx`). Written from the providers'
documentation; no other scanner's rule files were used.

``base64_json_credential`` is structural rather than provider-specific: a base64 blob that
decodes to a JSON object holding a credential field (Cloudflare Tunnel tokens ``{"a","t","s"}``,
Grafana API keys ``{"k","n","id"}``, base64'd GCP service-account files ``{"private_key"}``).
JWTs (dotted) are left to the JWT rule.
"""

from __future__ import annotations

import binascii
import json
import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.prefix_rules import body_ok
from transforms.privacy.secrets.prefixed_any_length import _rx
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.values import b64_bytes


def _unlock_key_ok(value: str, m: re.Match[str], text: str) -> bool:
    return not is_placeholder(value) and len(set(value[9:])) >= 12  # body after "SWMKEY-1-"


DOCUMENTED_TOKENS: tuple[SecretRule, ...] = (
    # ClickUp personal API tokens "pk_<user id>_<32>": not Stripe's public pk_live_/pk_test_.
    # https://developer.clickup.com/docs/authentication
    _rx("clickup_token", ("pk_",), r"pk_[0-9]{4,12}_[A-Z0-9]{32}"),
    # Zoho OAuth access/refresh tokens "1000.<32 hex>.<32 hex>":
    # https://www.zoho.com/crm/developer/docs/api/v8/access-refresh.html
    _rx("zoho_oauth_token", ("1000.",), r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}"),
    # Instagram user access tokens (IGQV… Basic Display, IGAA… Instagram Login):
    # https://developers.facebook.com/docs/instagram-platform/reference/access_token
    _rx("instagram_token", ("IGQV", "IGAA"), r"IG(?:QV|AA)[A-Za-z0-9_-]{100,}"),
    # AWS STS session tokens (base64 of a serialized credential, documented prefix AQoD/AQoE;
    # current ones start with the base64 of "\x17\n\x06er/aws" or "!\n\torigin_ec"):
    # https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
    _rx(
        "aws_session_token",
        ("IQoJb3JpZ2lu", "FwoGZXIvYXdz", "AQoDYXdz", "AQoE"),
        r"(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|AQoDYXdz|AQoE)[A-Za-z0-9+/]{100,}={0,2}",
    ),
    # Trello API tokens start "ATTA":
    # https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/
    _rx("trello_token", ("ATTA",), r"ATTA[A-Za-z0-9]{60,}"),
    # OneSignal app and organization API keys: https://documentation.onesignal.com/docs/keys-and-ids
    _rx("onesignal_key", ("os_v2_",), r"os_v2_(?:app|org)_[a-z2-7]{50,}"),
    # Paddle Billing API keys: https://developer.paddle.com/api-reference/about/api-keys
    _rx("paddle_key", ("pdl_live_", "pdl_sdbx_"), r"pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,}"),
    # Convex deploy keys "prod:<deployment>|<key>": https://docs.convex.dev/cli/deploy-key-types
    _rx(
        "convex_deploy_key",
        ("prod:", "preview:", "dev:", "project:"),
        r"(?:prod|preview|dev|project):[a-z0-9][a-z0-9-]{2,60}\|[A-Za-z0-9+/=_-]{40,}",
    ),
    # MongoDB Atlas service account secrets:
    # https://www.mongodb.com/docs/atlas/api/service-accounts-overview/
    _rx("mongodb_atlas_sa_secret", ("mdb_sa_sk_",), r"mdb_sa_sk_[A-Za-z0-9_-]{30,}"),
    # Docker Swarm join tokens: https://docs.docker.com/reference/cli/docker/swarm/join-token/
    _rx("docker_swarm_token", ("SWMTKN-1-",), r"SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}"),
    # Docker Swarm unlock keys "SWMKEY-1-" + 43 base64 characters (a 256-bit key encryption key
    # without padding), printed by `docker swarm init --autolock`:
    # https://docs.docker.com/engine/swarm/swarm_manager_locking/
    # No checksum, so a body reading "…ExampleKeyTestOnly…" gets the full placeholder veto.
    SecretRule(
        "docker_swarm_unlock_key",
        ("SWMKEY-1-",),
        re.compile(r"(?<![A-Za-z0-9_\-])(SWMKEY-1-[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_\-])"),
        1,
        0.9,
        _unlock_key_ok,
    ),
    # K3s secure node tokens "K10<CA hash>::<user>:<password>": https://docs.k3s.io/cli/token
    _rx("k3s_token", ("K10",), r"K10[0-9a-f]{64}::[A-Za-z0-9_.-]{1,64}:[A-Za-z0-9]{16,}"),
    # Cloudflare scannable credentials: cfk_ (Global API Key), cfut_ (user API token), cfat_
    # (account API token), each "[40 characters][checksum]" (the page states neither the
    # checksum's width nor its alphabet; taken as 8 letters or digits, so a longer run is not
    # cut short and a base62 checksum is not missed):
    # https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
    # Unlike the checksummed formats above, a body may end in a word ("...tokenexample"), so
    # the full placeholder veto applies.
    SecretRule(
        "cloudflare_api_token",
        ("cfk_", "cfut_", "cfat_"),
        re.compile(r"(?<![A-Za-z0-9_\-])(cf(?:k|ut|at)_[A-Za-z0-9]{48})(?![A-Za-z0-9_\-])"),
        1,
        0.9,
        lambda v, m, t: not is_placeholder(v) and len(set(v)) >= 8,
    ),
    # Vercel prefixed credentials: vcp_ personal access tokens, vci_ integration tokens, vca_/vcr_
    # app access/refresh tokens, vck_ API keys (lengths are not documented):
    # https://vercel.com/changelog/new-token-formats-and-secret-scanning
    _rx(
        "vercel_token",
        ("vcp_", "vci_", "vca_", "vcr_", "vck_"),
        r"vc[piark]_[A-Za-z0-9]{24,}",
    ),
)


def _not_template(value: str, m: re.Match[str], text: str) -> bool:
    return not is_placeholder(value) and len(set(value)) >= 8


def _not_template_hex(value: str, m: re.Match[str], text: str) -> bool:
    # hashes of the empty password (31d6cfe0…, aad3b435… LM) are still redacted: they name
    # the account; only filler (000…, FFF…) is a template
    return len(set(value.replace(":", "").lower())) >= 6


# Password hashes in documented storage formats (crackable offline, so redacted like the
# $1$/$5$/$6$/bcrypt hashes of secrets/formats.py). Values are the whole hash string.
_B64 = "[A-Za-z0-9+/.]"
PASSWORD_HASHES: tuple[SecretRule, ...] = (
    # Argon2 / scrypt in the PHC string format:
    # https://github.com/P-H-C/phc-string-format/blob/master/phc-sf-spec.md, RFC 9106
    _rx(
        "argon2_scrypt_phc_hash",
        ("$argon2", "$scrypt$"),
        rf"\$(?:argon2(?:id|i|d)|scrypt)\$(?:v=\d+\$)?[a-z]+=\d+(?:,[a-z]+=\d+)*\${_B64}{{8,}}\${_B64}{{16,}}",
    ),
    # Django <algorithm>$<iterations>$<salt>$<hash>:
    # https://docs.djangoproject.com/en/5.1/topics/auth/passwords/
    _rx(
        "django_password_hash",
        ("pbkdf2_sha", "bcrypt_sha256$"),
        r"(?:pbkdf2_sha(?:256|1)\$\d{4,7}\$[A-Za-z0-9]{6,64}|bcrypt_sha256\$\$2[aby]\$\d\d)"
        rf"\${_B64}{{22,}}={{0,2}}",
    ),
    # Werkzeug generate_password_hash "method$salt$hash":
    # https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.security.generate_password_hash
    _rx(
        "werkzeug_password_hash",
        ("pbkdf2:", "scrypt:"),
        r"(?:pbkdf2:sha(?:256|512|1)(?::\d+)?|scrypt:\d+:\d+:\d+)\$[A-Za-z0-9]{4,64}\$[0-9a-f]{40,128}",
    ),
    # phpass portable hashes (WordPress, phpBB) $P$/$H$: https://www.openwall.com/phpass/
    _rx("phpass_hash", ("$P$", "$H$"), rf"\$[PH]\${_B64}{{31}}"),
    # yescrypt (Debian/Fedora default crypt): https://www.openwall.com/yescrypt/
    _rx("yescrypt_hash", ("$y$", "$gy$"), rf"\$g?y\${_B64}{{3,}}\${_B64}{{8,}}\${_B64}{{40,86}}"),
    # LDAP userPassword schemes {SSHA}, {SSHA256}, {PBKDF2-SHA256} …:
    # https://www.openldap.org/doc/admin26/security.html (RFC 2307 scheme prefixes)
    _rx(
        "ldap_password_hash",
        ("{SSHA", "{SHA", "{SMD5}", "{MD5}", "{PBKDF2", "{CRYPT}"),
        r"\{(?:SSHA(?:256|384|512)?|SHA(?:256|384|512)?|SMD5|MD5|PBKDF2(?:-SHA\d+)?|CRYPT)\}"
        r"[A-Za-z0-9+/=$.]{16,}",
    ),
    # MySQL mysql_native_password hash "*" + 40 upper-case hex:
    # https://dev.mysql.com/doc/dev/mysql-server/latest/page_protocol_connection_phase_authentication_methods_native_password_authentication.html
    SecretRule(
        "mysql_native_hash",
        ("*",),
        re.compile(r"(?<![\w*])(\*[0-9A-F]{40})(?![\w])"),
        1,
        0.85,
        _not_template_hex,
    ),
    # pwdump / secretsdump lines "user:RID:LM:NT:::" (hashcat example hashes, mode 1000):
    # https://hashcat.net/wiki/doku.php?id=example_hashes
    SecretRule(
        "ntlm_pwdump_hash",
        (":::",),
        re.compile(r"(?m)^[^:\s]{1,64}:\d{1,10}:([0-9a-fA-F]{32}:[0-9a-fA-F]{32}):::"),
        1,
        0.9,
        _not_template_hex,
    ),
)

# Azure Functions keys passed as the "code" query parameter:
# https://learn.microsoft.com/azure/azure-functions/function-keys-how-to
_AZURE_FUNCTION_CODE = re.compile(
    r"\.azurewebsites\.net/api/[^\s?\"']*\?(?:[^\s\"'#]*&)?code=([A-Za-z0-9_\-]{30,}={0,2})"
)
# ThingsBoard device access tokens, sent as a path segment of the device HTTP API
# "/api/v1/$ACCESS_TOKEN/{telemetry|attributes|rpc|claiming}" (20 letters and digits when
# generated, any string when set by hand): https://thingsboard.io/docs/reference/http-api/
# A path word ("devices", "sensornode01") is no token: letters and digits that do not read as words.
_THINGSBOARD_PATH = re.compile(
    r"/api/v1/([A-Za-z0-9]{12,64})/(?:telemetry|attributes|rpc|claim(?:ing)?)(?![\w\-])"
)
_thingsboard_token_ok = body_ok(10, 0, mixed=True, words=True)


# Weights & Biases CLI login with the 40-hex API key: https://docs.wandb.ai/ref/cli/wandb-login/
# Jenkins CSRF crumbs: a hash bound to the user, the web session and a per-instance salt, sent
# in the "Jenkins-Crumb" header or field: https://www.jenkins.io/doc/book/security/csrf-protection/
_JENKINS_CRUMB = re.compile(
    r"(?i)\bJenkins-Crumb[\"']?[ \t]*[:=][ \t]*[\"']?([0-9a-f]{32}|[0-9a-f]{64})(?![0-9a-z])"
)
_WANDB_LOGIN = re.compile(r"\bwandb[ \t]+login(?:[ \t]+--?[a-z-]+)*[ \t]+([0-9a-f]{40})(?![\w])")


_B64_JSON = re.compile(
    r"(?<![A-Za-z0-9+/=_.\-])(eyJ[A-Za-z0-9+/_\-]{40,}={0,2})(?![A-Za-z0-9+/=_.\-])"
)
_CREDENTIAL_FIELD = re.compile(
    r"(?i)^(?:k|s|secret|token|password|passwd|pwd|key|private_?key|client_?secret|"
    r"api_?key|auth|access_?token|refresh_?token|tunnel_?secret)$"
)


def _b64_json_credential(value: str, m: re.Match[str], text: str) -> bool:
    """A base64/base64url blob decoding to a JSON object with a credential field whose value
    is a non-placeholder string of 8+ characters."""
    raw = value.replace("-", "+").replace("_", "/")
    try:
        decoded = b64_bytes(raw)
        obj = json.loads(decoded)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    if not isinstance(obj, dict):
        return False
    return any(
        _CREDENTIAL_FIELD.match(str(k))
        and isinstance(v, str)
        and len(v) >= 8
        and not is_placeholder(v)
        for k, v in obj.items()
    )


PROVIDER_TOKEN_RULES: tuple[SecretRule, ...] = (
    DOCUMENTED_TOKENS
    + PASSWORD_HASHES
    + (
        SecretRule(
            "azure_function_key",
            (".azurewebsites.net/api/",),
            _AZURE_FUNCTION_CODE,
            1,
            0.85,
            _not_template,
        ),
        SecretRule("wandb_login_key", ("wandb",), _WANDB_LOGIN, 1, 0.85, _not_template),
        SecretRule(
            "thingsboard_device_token",
            ("/api/v1/",),
            _THINGSBOARD_PATH,
            1,
            0.85,
            _thingsboard_token_ok,
        ),
        SecretRule(
            "jenkins_crumb", ("jenkins-crumb",), _JENKINS_CRUMB, 1, 0.8, _not_template_hex, True
        ),
        SecretRule("base64_json_credential", ("eyJ",), _B64_JSON, 1, 0.85, _b64_json_credential),
    )
)
