"""More provider credentials: prefixed tokens of any length and keyword-named values.

Kept as one module: a flat catalogue of small documented-format rules, like secret_formats.

:mod:`~transforms.privacy.secrets.formats` encodes each provider's documented token exactly
(prefix, length, alphabet, checksum). Pasted keys are often shorter or longer than the current
documented length (older generations, test keys, truncated copies), so this module adds:

* ``PREFIXED_ANY_LENGTH``: distinctive documented prefixes followed by a random body of the
  provider's alphabet, with a minimum length instead of an exact one. Each recognizer names
  the provider page documenting the prefix. The prefixes are long or unusual enough that code
  does not produce them; bodies still pass the placeholder and distinct-character checks.
* ``named_credential_value``: a value of 16+ characters that follows a credential word on the
  same line (``vbout SECRET 1234…``, ``holisticACCESS=…``, ``ipapi_access_token=…``). It
  accepts what the strict keyword rule rejects as low-entropy (long digit runs, letter runs),
  but never identifiers, paths, code, versions, placeholders or names ending in ``_id``,
  ``_url``, ``_name`` (see ``_PUBLIC_NAME``).

Every rule is a :class:`~transforms.privacy.secrets.rules.SecretRule`, collected by
:func:`~transforms.privacy.secrets.formats.detect_format_secrets` through ``PROVIDER_RULES``.
Written from providers' documentation; no other scanner's rule files were used.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.rules import ALNUM, TOKEN_CHARS, SecretRule
from transforms.privacy.secrets.values import (
    _PUBLIC_NAME,
    _WEAK_DEFAULTS,
    _code_or_default,
    is_public_value,
    looks_like_identifier,
)


def _body_ok(min_distinct: int = 8):
    # Documented prefixes: only template shapes veto (see secrets._key_body_ok).
    def ok(value: str, m: re.Match[str], text: str) -> bool:
        return not is_template_placeholder(value) and len(set(value)) >= min_distinct

    return ok


def _prefixed(name: str, prefix: str, body: str, min_len: int, *, url: str) -> SecretRule:
    """``prefix`` (literal) + ``min_len``+ characters of ``body``; ``url`` documents the prefix
    (kept on the rule only as the reader's reference)."""
    rx = re.compile(
        r"(?<![A-Za-z0-9_\-])(" + re.escape(prefix) + body + "{" + str(min_len) + r",400})"
        r"(?![A-Za-z0-9_\-])"
    )
    return SecretRule(name, (prefix,), rx, 1, 0.9, _body_ok())


_ALNUM = ALNUM
_TOKEN = TOKEN_CHARS

# (rule name, prefix, body alphabet, minimum body length, provider documentation)
PREFIXED_ANY_LENGTH: tuple[SecretRule, ...] = (
    _prefixed(
        "typeform_token_any",
        "tfp_",
        "[A-Za-z0-9_.=-]",
        30,
        url="https://www.typeform.com/developers/get-started/personal-access-token/",
    ),
    _prefixed(
        "replicate_token_any",
        "r8_",
        _ALNUM,
        30,
        url="https://replicate.com/docs/topics/security/api-tokens",
    ),
    _prefixed("xai_key_any", "xai-", _TOKEN, 40, url="https://docs.x.ai/docs/api-reference"),
    _prefixed(
        "contentful_token_any",
        "CFPAT-",
        _TOKEN,
        30,
        url="https://www.contentful.com/developers/docs/references/authentication/",
    ),
    _prefixed(
        "nightfall_key",
        "NF-",
        _ALNUM,
        32,
        url="https://docs.nightfall.ai/docs/creating-an-api-key",
    ),
    _prefixed(
        "pagarme_key",
        "ak_live_",
        _ALNUM,
        24,
        url="https://docs.pagar.me/reference/autentica%C3%A7%C3%A3o-2",
    ),
    _prefixed(
        "pagarme_test_key",
        "ak_test_",
        _ALNUM,
        24,
        url="https://docs.pagar.me/reference/autentica%C3%A7%C3%A3o-2",
    ),
    _prefixed(
        "flexport_key",
        "shltm_",
        _TOKEN,
        30,
        url="https://apidocs.flexport.com/v2/reference/authentication",
    ),
    _prefixed(
        "fleetbase_key",
        "flb_live_",
        _ALNUM,
        16,
        url="https://docs.fleetbase.io/developers/authentication",
    ),
    _prefixed(
        "fullstory_key",
        "na1.",
        "[A-Za-z0-9+/=]",
        40,
        url="https://developer.fullstory.com/server/authentication/",
    ),
    _prefixed(
        "fullstory_key_eu",
        "eu1.",
        "[A-Za-z0-9+/=]",
        40,
        url="https://developer.fullstory.com/server/authentication/",
    ),
    _prefixed(
        "cloudflare_origin_ca_any",
        "v1.0-",
        "[0-9a-f-]",
        100,
        url="https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/",
    ),
    _prefixed(
        "pubnub_key_any",
        "pub-c-",
        "[a-z0-9-]",
        30,
        url="https://www.pubnub.com/docs/general/setup/application-setup",
    ),
    _prefixed(
        "pubnub_secret_any",
        "sec-c-",
        "[A-Za-z0-9-]",
        30,
        url="https://www.pubnub.com/docs/general/setup/application-setup",
    ),
    _prefixed(
        "square_token_any",
        "EAAA",
        _TOKEN,
        50,
        url="https://developer.squareup.com/docs/build-basics/access-tokens",
    ),
    # dfuse: server keys "server_<32 hex>", web keys "web_<32 hex>".
    SecretRule(
        "dfuse_key",
        ("web_", "server_"),
        re.compile(r"(?<![A-Za-z0-9_\-])((?:web|server)_[0-9a-f]{32})(?![A-Za-z0-9_\-])"),
        1,
        0.9,
        _body_ok(),
    ),
    # MaxMind license keys: "<6>_<29>_mmk" (https://dev.maxmind.com/license-key-format).
    SecretRule(
        "maxmind_license_key",
        ("_mmk",),
        re.compile(r"(?<![A-Za-z0-9_\-])([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_\-])"),
        1,
        0.9,
        _body_ok(),
    ),
    # Zapier catch hooks: https://hooks.zapier.com/hooks/catch/<account>/<hook>/ is a bearer URL
    # (https://help.zapier.com/hc/en-us/articles/8496288690317).
    SecretRule(
        "zapier_catch_hook",
        ("hooks.zapier.com",),
        re.compile(r"(https://hooks\.zapier\.com/hooks/catch/[A-Za-z0-9]+(?:/[A-Za-z0-9]+)?/?)"),
        1,
        0.9,
        None,
    ),
)


def _rx(name: str, triggers: tuple[str, ...], rx: str, min_distinct: int = 8) -> SecretRule:
    """A full-token regex (group 1) with the usual placeholder / distinct-character check."""
    bounded = re.compile(r"(?<![A-Za-z0-9_\-])(" + rx + r")(?![A-Za-z0-9_\-])")
    return SecretRule(name, triggers, bounded, 1, 0.9, _body_ok(min_distinct))


_HEXC = "[0-9a-f]"
_UUID_RX = f"{_HEXC}{{8}}-{_HEXC}{{4}}-{_HEXC}{{4}}-{_HEXC}{{4}}-{_HEXC}{{12}}"

# Prefixes documented by each provider, absent from secret_formats / secrets.
DOCUMENTED_PREFIXES: tuple[SecretRule, ...] = (
    # Brevo (Sendinblue) API and SMTP keys: https://developers.brevo.com/docs/getting-started
    _rx(
        "brevo_key", ("xkeysib-", "xsmtpsib-"), r"x(?:keysib|smtpsib)-[0-9a-f]{64}-[A-Za-z0-9]{16}"
    ),
    # SonarQube user/project/global analysis tokens:
    # https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
    _rx("sonarqube_token", ("squ_", "sqp_", "sqa_"), r"sq[upa]_[0-9a-f]{40}"),
    # dbt Cloud service and user tokens: https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens
    _rx("dbt_cloud_token", ("dbtc_", "dbtu_"), r"dbt[cu]_[A-Za-z0-9_-]{30,}"),
    # Netlify personal access tokens: https://docs.netlify.com/api/get-started/#authentication
    _rx("netlify_token", ("nfp_",), r"nfp_[A-Za-z0-9]{36,}"),
    # Neon API keys: https://neon.com/docs/manage/api-keys
    _rx("neon_api_key", ("napi_",), r"napi_[a-z0-9]{60,}"),
    # PostHog personal API keys (project "phc_" keys are public): https://posthog.com/docs/api
    _rx("posthog_personal_key", ("phx_",), r"phx_[A-Za-z0-9]{40,}"),
    # 1Password service account tokens: https://developer.1password.com/docs/service-accounts/
    _rx("onepassword_service_token", ("ops_eyJ",), r"ops_eyJ[A-Za-z0-9+/=_-]{100,}"),
    # Plaid access tokens: https://plaid.com/docs/api/tokens/
    _rx(
        "plaid_access_token",
        ("access-sandbox-", "access-development-", "access-production-"),
        r"access-(?:sandbox|development|production)-" + _UUID_RX,
    ),
    # WooCommerce REST consumer key/secret:
    # https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication
    _rx("woocommerce_key", ("ck_", "cs_"), r"c[ks]_[0-9a-f]{40}"),
    # Honeycomb ingest keys: https://docs.honeycomb.io/configure/environments/manage-api-keys/
    _rx("honeycomb_ingest_key", ("hcaik_", "hcxik_"), r"hc[ax]ik_[a-z0-9]{58,}"),
    # Render API keys: https://render.com/docs/api#1-create-an-api-key
    _rx("render_api_key", ("rnd_",), r"rnd_[A-Za-z0-9]{28,}"),
    # Octopus Deploy API keys: https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
    # (not a URL path segment: notion.site/API-<page id> is a page slug)
    _rx("octopus_api_key", ("API-",), r"(?<!/)API-[A-Z0-9]{25,32}"),
    # Ably API keys "<app id>.<key id>:<secret>": https://ably.com/docs/auth/basic
    _rx("ably_key", (":",), r"[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/=-]{40,45}", 12),
)

# Django SECRET_KEY: 50 characters from get_random_secret_key()'s alphabet, optionally after
# "django-insecure-" (https://docs.djangoproject.com/en/stable/ref/settings/#secret-key).
_DJANGO_VALUE = re.compile(r"[\"']((?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{40,60})[\"']")


def _django_ok(value: str, m: re.Match[str], text: str) -> bool:
    line_start = text.rfind("\n", 0, m.start(1)) + 1
    window = text[max(line_start, m.start(1) - 80) : m.start(1)]
    if "SECRET_KEY" not in window.upper():
        return False
    body = value.removeprefix("django-insecure-")
    has_symbol = any(c in "!@#$%^&*(-_=+)" for c in body)
    return has_symbol and any(c.isdigit() for c in body) and len(set(body)) >= 16


DJANGO: tuple[SecretRule, ...] = (
    SecretRule("django_secret_key", ("secret_key",), _DJANGO_VALUE, 1, 0.9, _django_ok, True),
)

# PuTTY private key files: the "Private-Lines: N" block that follows the header
# (https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html).
_PUTTY = re.compile(
    r"PuTTY-User-Key-File-\d:[^\n]*\n(?:[^\n]*\n){0,40}?Private-Lines:\s*\d+\s*\n"
    r"((?:[A-Za-z0-9+/=]{8,}\n?)+)"
)


def _putty_ok(value: str, m: re.Match[str], text: str) -> bool:
    return sum(c.isalnum() for c in value) >= 40 and not is_placeholder(value)


PUTTY: tuple[SecretRule, ...] = (
    SecretRule("putty_private_key", ("PuTTY-User-Key-File-",), _PUTTY, 1, 0.95, _putty_ok),
)

# Password options of command-line clients, each from the tool's documentation:
#   psexec -p <pw>            https://learn.microsoft.com/sysinternals/downloads/psexec
#   sshpass -p <pw>           sshpass(1)
#   mysql/mariadb -p<pw>      https://dev.mysql.com/doc/refman/8.0/en/connection-options.html
#   sqlcmd -P <pw>            https://learn.microsoft.com/sql/tools/sqlcmd/sqlcmd-utility
#   docker login -p <pw>      https://docs.docker.com/reference/cli/docker/login/
#   az login -p <pw>          https://learn.microsoft.com/cli/azure/reference-index#az-login
#   gpg --passphrase <pw>     https://www.gnupg.org/documentation/manuals/gnupg/GPG-Esoteric-Options.html
#   openssl -k <pw> / -pass pass:<pw>  https://docs.openssl.org/master/man1/openssl-passphrase-options/
#   zip -P <pw>               zip(1)
#   net use \\host\share <pw>  https://learn.microsoft.com/windows-server/administration/windows-commands/net-use
#   ConvertTo-SecureString '<pw>' -AsPlainText
#       https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring
_CLI_PASSWORD = re.compile(
    r"(?m)\b(?:"
    r"(?i:psexec(?:64)?(?:\.exe)?)\b[^\n]*?\s-p\s+"
    r"|sshpass\b[^\n]*?\s-p\s*"
    r"|(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n]*?\s-p"
    r"|sqlcmd\b[^\n]*?\s-P\s*"
    r"|docker\s+login\b[^\n]*?\s(?:-p|--password)[\s=]+"
    r"|az\s+login\b[^\n]*?\s(?:-p|--password)[\s=]+"
    r"|gpg2?\b[^\n]*?\s--passphrase[\s=]+"
    r"|openssl\b[^\n]*?\s(?:-k\s+|-pass(?:in|out)?\s+pass:)"
    r"|\bzip\b[^\n]*?\s-P\s+"
    r"|(?i:net\s+use)\s+\\\\\S+\s+"
    r"|ConvertTo-SecureString\s+(?:-String\s+)?(?=[\"'][^\"'\n]+[\"']\s+-AsPlainText)"
    r")[\"']?([^\s\"'`]{4,64})"
)


def _cli_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    v = value.rstrip(";")
    if (
        v.lower() in _WEAK_DEFAULTS
        or is_placeholder(v)
        or v.startswith(("$", "%", "<", "{", "-", "/"))
    ):
        return False
    if v.lower() in {"stdin", "env", "file", "fd"} or v.startswith(("env:", "file:", "fd:")):
        return False  # openssl -pass env:VAR, docker --password-stdin
    return not v.isalpha() or len(v) >= 8  # "-p secret" is a template, "-pXk9Lm2Qr" is not


# Credentials in server configuration directives:
#   redis.conf requirepass / masterauth   https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/
#   slapd.conf rootpw, nslcd/pam_ldap bindpw   https://www.openldap.org/doc/admin26/slapdconf2.html
#   Cisco IOS "password 7 <hex>" (reversible type 7) and "snmp-server community <s> RO|RW"
#       https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html
_CONFIG_PASSWORD = re.compile(
    r"(?m)^[ \t]*(?:requirepass|masterauth|rootpw|bindpw)[ \t]+[\"']?([^\s\"'#]{4,128})"
)
_CISCO_TYPE7 = re.compile(r"(?m)\b(?:password|secret)\s+7\s+([0-9A-F]{8,})\b")
_SNMP_COMMUNITY = re.compile(r"(?m)\bsnmp-server\s+community\s+(\S{4,64})\s+(?:RO|RW)\b")


def _directive_ok(value: str, m: re.Match[str], text: str) -> bool:
    v = value.strip()
    if v.lower() in _WEAK_DEFAULTS or is_placeholder(v) or v.startswith(("$", "{", "<", "%")):
        return False
    return v.lower() not in {"public", "private", "foobared"}


# ~/.pgpass lines "hostname:port:database:username:password"
# (https://www.postgresql.org/docs/current/libpq-pgpass.html).
_PGPASS = re.compile(
    r"(?m)^(?:[\w-]+\.[\w.-]+|localhost|\*):(?:\d{2,5}|\*):[\w*-]+:[\w.*@-]+:([^\s:]{4,128})[ \t]*$"
)


def _pgpass_ok(value: str, m: re.Match[str], text: str) -> bool:
    return _directive_ok(value, m, text) and not re.fullmatch(r"[0-9a-fA-F]{1,8}", value)


# WordPress wp-config.php DB_PASSWORD and authentication keys/salts
# (https://developer.wordpress.org/apis/wp-config/).
_WP_DEFINE = re.compile(
    r"define\(\s*[\"'](?:DB_PASSWORD|(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT))[\"']\s*,"
    r"\s*[\"']([^\"'\n]{4,128})[\"']\s*\)"
)


def _wp_ok(value: str, m: re.Match[str], text: str) -> bool:
    if "put your unique phrase here" in value.lower():
        return False  # the wp-config-sample.php template value
    return _directive_ok(value, m, text) and not value.startswith("getenv")


# OpenVPN static keys (https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/,
# --secret / --tls-auth key files).
_OPENVPN_KEY = re.compile(
    r"(-----BEGIN OpenVPN Static key V1-----\s+(?:[0-9a-f]{32}\s+){4,}"
    r"-----END OpenVPN Static key V1-----)"
)

CLI_PASSWORD: tuple[SecretRule, ...] = (
    SecretRule(
        "cli_password_option",
        (
            "psexec",
            "sshpass",
            "mysql",
            "mariadb",
            "sqlcmd",
            "login",
            "--passphrase",
            "openssl",
            "zip",
            "net use",
            "convertto-securestring",
        ),
        _CLI_PASSWORD,
        1,
        0.9,
        _cli_password_ok,
        True,
    ),
    SecretRule(
        "config_directive_password",
        ("requirepass", "masterauth", "rootpw", "bindpw"),
        _CONFIG_PASSWORD,
        1,
        0.9,
        _directive_ok,
        True,
    ),
    SecretRule("cisco_type7_password", ("password 7", "secret 7"), _CISCO_TYPE7, 1, 0.9, None),
    SecretRule(
        "snmp_community", ("snmp-server community",), _SNMP_COMMUNITY, 1, 0.85, _directive_ok
    ),
    SecretRule("pgpass_password", (":",), _PGPASS, 1, 0.85, _pgpass_ok),
    SecretRule("wordpress_config_secret", ("define(",), _WP_DEFINE, 1, 0.9, _wp_ok),
    SecretRule("openvpn_static_key", ("OpenVPN Static key",), _OPENVPN_KEY, 1, 0.95, _body_ok(10)),
)

# --- a value named as a credential on the same line ------------------------------------------
_CREDENTIAL_WORD = re.compile(
    r"(?i)(?:secret|private|access|token|api[_-]?key|apikey|key|auth)"
    r"(?P<suffix>[A-Za-z0-9_-]*)"
    # at most two free words ("foo SECRET bar 1234", "ACCESS code 123…", "api_key = rebrandly
    # abc…"), then separators
    r"(?:[ \t:=\"'-]+(?P<filler>[A-Za-z]{1,12})(?:[ \t]+(?P<filler2>[A-Za-z]{1,12}))?)?"
    # or the end of an XML element's start tag: <NUMERIC_APIKEY>1925…</NUMERIC_APIKEY>
    r"(?:(?:\[\])?[ \t:=\"'-]*|(?<=[A-Za-z0-9_])>)$"
)
_XML_START_TAG = re.compile(r"<([A-Za-z_][\w.\-]*)>$")
# Word parts after the credential word that make it a name, not a secret slot.
_NOT_SECRET_SUFFIX = re.compile(
    # "sId": .NET ``<UserSecretsId>`` names a user-secrets store (a GUID), not a secret
    # (https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets)
    r"(?i)^[_-]?(?:s?[_-]?id|ids|name|names|path|file|files|url|uri|type|types|len|length|size|count|"
    r"prefix|format|field|header|env|var|expir\w*|ttl|ms|seconds|mode|level|log|board|word|"
    r"words|stroke|frame|frames|down|up|press|pair|ring|chain|store|map|value|values|s|ed|ing)$"
)
NOT_SECRET_FILLER = frozenset(
    [
        "commit",
        "sha",
        "hash",
        "digest",
        "id",
        "ids",
        "ref",
        "rev",
        "tag",
        "branch",
        "file",
        "path",
        "name",
        "type",
        "from",
        "count",
    ]
)
_VALUE = re.compile(
    r"(?<![A-Za-z0-9_\-.+/])([A-Za-z0-9+/][A-Za-z0-9_\-.+/]{15,2000}={0,2})(?![A-Za-z0-9_\-.+/=(])"
)
_FILE_OR_VERSION = re.compile(r"\.[A-Za-z]{1,5}$|^v?\d+(?:\.\d+)+|^\d+[Ll]$|/.*/")


def _named_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A 16+ character value right after a credential word on its line, not code or a name."""
    start = m.start(1)
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 60) : start]
    cw = _CREDENTIAL_WORD.search(window)
    if cw is None or _NOT_SECRET_SUFFIX.match(cw.group("suffix")):
        return False
    if window.endswith(">"):
        tag = _XML_START_TAG.search(window)
        if tag is None or not text.startswith(f"</{tag.group(1)}>", m.end(1)):
            return False  # only a whole element: <apiKey>value</apiKey>
    fillers = {(cw.group(g) or "").lower() for g in ("filler", "filler2")}
    if fillers & NOT_SECRET_FILLER:
        return False  # "secret commit 3f2a…": the value is a hash, id or reference
    # the whole name the credential word sits in: "ipapi_access_token", "centralstationcrmTOKEN"
    name_start = cw.start()
    while name_start > 0 and (window[name_start - 1].isalnum() or window[name_start - 1] in "_-"):
        name_start -= 1
    name = window[name_start : cw.start() + len(cw.group(0))].strip(" \t:=\"'<>-")
    if _PUBLIC_NAME.search(name.split()[0] if name.split() else name):
        return False
    if is_placeholder(value) or is_public_value(value) or len(set(value)) < 6:
        return False
    if "://" in text[start : start + len(value) + 3] or text[m.end(1) : m.end(1) + 1] == "@":
        return False
    if _FILE_OR_VERSION.search(value) and not _base64_key(value):
        return False
    if value.isdigit():
        return len(value) >= 16
    if _HEX.fullmatch(value) and len(value) < 24:
        return False  # short hex next to "Key"/"Access…" is a hash or id more often than a key
    if _NAME_INSIDE.search(value) and re.search(r"[_-]", value):
        return False  # "files-access-key": the value is itself a setting name
    if "." in value:
        # dotted: a token of random segments (``rh83q….LdWO…``), not ``settings.api.key``
        parts = value.strip(".").split(".")
        return (
            any(c.isdigit() for c in value)
            and len(value) >= 30
            and all(len(p) >= 6 and not looks_like_identifier(p) for p in parts)
        )
    if _filler_value(value):
        return True  # a made-up key after a credential word is still redacted (see policy)
    if _wordy(value):
        return False
    if _letter_run(value):
        return True
    return not (_code_or_default(value) or looks_like_identifier(value.replace("-", "_")))


_REPEATED_UNIT = re.compile(r"(.{2,8}?)\1{2,}")


def _filler_value(value: str) -> bool:
    """``abcdefabcdef…``, ``xyzxyzxyz…12``, ``ABCDEFGHIJKLMNOP…``: the filler of made-up
    documentation keys (a short unit repeated, or alphabet runs), 16+ characters. Not
    a word or identifier: the veto for those must not hide a key slot's value."""
    if len(value) < 16:
        return False
    m = _REPEATED_UNIT.match(value)
    if m and m.end() >= 0.75 * len(value) and any(c.isalpha() for c in m.group(1)):
        return True
    letters = re.findall(r"[A-Za-z]+", value)
    return sum(map(len, letters)) >= 12 and all(_alphabet_run(p) or len(p) < 3 for p in letters)


_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_WORD_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _alphabet_run(part: str) -> bool:
    """``abcd``, ``efgh``, ``MNOP``: four or more consecutive letters of the alphabet, the
    filler of made-up keys (``abcd1234efgh5678…``), not a word."""
    low = part.lower()
    return len(low) >= 4 and all(ord(b) - ord(a) == 1 for a, b in zip(low, low[1:], strict=False))


def _alphabet_listing(value: str) -> bool:
    """``0123456789ABCDEFHJKL…``, ``ACDEFGHJKMNP…``: distinct characters in ascending order, a
    charset or alphabet constant (Crockford base32, check-digit tables). Only vetoes a value
    beside a plain name; after a credential word (``SECRET=abcdefgh…``) a made-up key is
    still redacted."""
    listed = re.sub(r"(?<=\w)-(?=\w)", "", value)  # regex-class ranges: "0-9ACDEF…"
    return len(listed) >= 16 and all(a < b for a, b in zip(listed, listed[1:], strict=False))


def _wordy(value: str) -> bool:
    """``PydanticDeprecatedSince20``, ``HTTP_422_UNPROCESSABLE_CONTENT``, ``artifact_s3_location``:
    words joined by case changes, digits or separators (most letters in vowel-bearing parts of
    three or more letters), not random characters."""
    if _HEX.fullmatch(value):
        return False  # hex digests and keys are judged by length and name, not by words
    parts = _WORD_PART.findall(value)
    letters = sum(len(p) for p in parts)
    if not letters:
        return False
    wordlike = sum(
        len(p)
        for p in parts
        if (2 <= len(p) <= 16 and _VOWEL.intersection(p) and not _alphabet_run(p))
        or (p.isupper() and 2 <= len(p) <= 4)  # acronyms: VPC, HTTP
    )
    return len(parts) <= 8 and wordlike / letters >= 0.8


_BASE64_KEY = re.compile(r"[A-Za-z0-9+/]{20,}={0,2}")


def _base64_key(value: str) -> bool:
    """Whole base64 blocks (a WireGuard ``PresharedKey``), not a path of words."""
    return (
        len(value) % 4 == 0
        and bool(_BASE64_KEY.fullmatch(value))
        and any(c.isdigit() for c in value)
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and (value.endswith("=") or len(value) >= 40)
        and not _wordy(value)
    )


_NAME_INSIDE = re.compile(r"(?i)secret|token|key|access|private|passw|plugin|config")
_VOWEL = set("aeiouAEIOU")


def _letter_run(value: str) -> bool:
    """20+ letters, no separators and few vowels: random (``abcdefgh…``, ``WRBYLFWY…``),
    unlike an English word or camelCase compound (``getAuthenticationTokenFromHeader``)."""
    if len(value) < 20 or not value.isalpha():
        return False
    return sum(c in _VOWEL for c in value) / len(value) < 0.3


NAMED_VALUE: tuple[SecretRule, ...] = (
    SecretRule(
        "named_credential_value",
        ("secret", "private", "access", "token", "key", "auth"),
        _VALUE,
        1,
        0.8,
        _named_value_ok,
        True,
    ),
)

# A 12-15 character key straight after "token"/"secret" (``ipinfo private token 4f3a…``,
# ``… SECRET GHIJK1234567890``): shorter than the rule above allows, so only letters and digits
# mixed (3+ of each), right after the word, with no other word between. Down to 8 characters
# (Mockaroo keys are 8 hex digits: https://www.mockaroo.com/docs, "API key") when letters and
# digits alternate like random output (``42fc56d9``, not ``abcd1234`` or ``v1beta1``).
_SHORT_VALUE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:token|secret|(?:api|access|secret|private|auth)[_-]?key)"
    r"(?:[ \t]*[:=][ \t]*|[ \t]+)[\"']?"
    r"([A-Za-z0-9]{8,15})(?![A-Za-z0-9_\-.+/=(@])"
)


def _class_changes(value: str) -> int:
    """How often ``value`` switches between letters and digits (``42fc56d9``: 4)."""
    return sum(a.isdigit() != b.isdigit() for a, b in zip(value, value[1:], strict=False))


def _short_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if len(value) < 12:
        # 8-11 characters: interleaved letters and digits, as random keys are
        if digits < 2 or len(value) - digits < 2 or len(set(value)) < 6:
            return False
        if _class_changes(value) < 3:
            return False
    elif digits < 3 or len(value) - digits < 3 or len(set(value)) < 8:
        return False
    return not (is_placeholder(value) or _code_or_default(value))


SHORT_VALUE: tuple[SecretRule, ...] = (
    SecretRule(
        "short_credential_value",
        (
            "token",
            "secret",
            *(
                f"{w}{sep}key"
                for w in ("api", "access", "private", "auth")
                for sep in ("", "_", "-")
            ),
        ),
        _SHORT_VALUE,
        1,
        0.75,
        _short_value_ok,
        True,
    ),
)

# --- a line that is only "<service> <random value>" (.env files, pasted key lists) -----------
_NAME_VALUE_LINE = re.compile(
    r"(?m)^[ \t]*(?:export[ \t]+|set[ \t]+)?[\"']?"
    r"(?P<name>[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z][A-Za-z0-9_]*)*)[\"']?"
    r"(?:[ \t]*[=:][ \t]*|[ \t]+|-)[\"']?"
    r"([A-Za-z0-9][A-Za-z0-9_\-.+/]{19,2000}+={0,2})[\"']?[,;]?[ \t]*$"
)
# Names whose random-looking values are hashes, ids, versions or references, not credentials.
_NOT_CREDENTIAL_NAME = re.compile(
    r"(?i)sha|md5|hash|digest|commit|checksum|etag|integrity|rev|uuid|guid|nonce|fingerprint|"
    r"version|build|tree|blob|parent|object|oid|(?<![a-z])refs?(?![a-z])|reference|container|image|layer|node|block|tx|addr|"
    r"salt|id$|ids$|session|trace|span|request|correlation|path|file|url|uri|host|name|user|"
    r"email|date|time|color|font|class|style|module|package|repo|branch|tag|author|merge|index|"
    r"hex|base64|encoded|data|payload|body|content|signature|sig$|cid|seed|example|sample|test|"
    r"charset|alphabet|chars|digits|table|category|status|code$|"
    r"^(?:return|import|from|const|let|var|def|echo|print|assert|case|raise|throw|new|typeof|"
    r"git|cd|pip|npm|docker|sudo|run|get|set|is|the|a|an|and|or|to|in|of|at|by|with|see|"
    r"output|result|error|warning|info|debug|note|step|total|got|expected|value|string)$"
)
_UUID_ANY = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


_CAMEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CREDENTIAL_PART = re.compile(r"(?i)key|token|secret|pass|pwd|auth|api|cred|access")


def _code_variable(name: str) -> bool:
    """``sumOfExposures``, ``ReactNativeCameraKit``: a camelCase identifier of three or more
    words and no credential word names a variable or a package (Podfile.lock checksums), not
    a service whose key follows."""
    if not name.isalnum() or _CREDENTIAL_PART.search(name):
        return False
    words = _CAMEL_WORDS.findall(name)
    return len(words) >= 3 and "".join(words) == name and any(c.isupper() for c in name[1:])


def _line_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    """``cloudsmith 1234…``, ``pepipost=abcd1234…``: a random value alone beside one name."""
    name = m.group("name")
    if _PUBLIC_NAME.search(name) or _NOT_CREDENTIAL_NAME.search(name):
        return False
    if _code_variable(name):
        return False
    if is_placeholder(value) or is_public_value(value) or len(set(value)) < 8:
        return False
    if _alphabet_listing(value):
        return False
    if value.isdigit() or _FILE_OR_VERSION.search(value) or "/" in value:
        return False
    if _NAME_INSIDE.search(value) and re.search(r"[_-]", value):
        return False
    if "." in value:
        parts = value.strip(".").split(".")
        return any(c.isdigit() for c in value) and all(
            len(p) >= 6 and not looks_like_identifier(p) for p in parts
        )
    if _wordy(value):
        return False
    if _letter_run(value) or _UUID_ANY.fullmatch(value):
        return True
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return False
    return not (_code_or_default(value) or looks_like_identifier(value.replace("-", "_")))


# ``sgp_`` is shared by two documented formats, so it is matched by their structures, not at
# any length: Sourcegraph access tokens are ``sgp_`` + 40 hex digits, optionally after a 16-hex
# instance id and ``_`` or after ``local_``
# (https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token); Segment Public API
# tokens are ``sgp_`` + 64 letters and digits
# (https://docs.segmentapis.com/tag/Getting-Started#section/Get-an-API-token). A body with
# non-hex letters, an 18-character instance id or a long one-character run
# (``sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa``) is neither.
_SGP = re.compile(
    r"(?<![A-Za-z0-9_\-])(sgp_(?:(?:[0-9a-fA-F]{16}_)?(?:local_)?[0-9a-fA-F]{40}"
    r"|[A-Za-z0-9]{64}))(?![A-Za-z0-9_\-])"
)
_ONE_CHAR_RUN = re.compile(r"(.)\1{7,}")


def _sgp_ok(value: str, m: re.Match[str], text: str) -> bool:
    return _body_ok()(value, m, text) and not _ONE_CHAR_RUN.search(value.lower())


SGP_TOKENS: tuple[SecretRule, ...] = (
    SecretRule("sourcegraph_token_any", ("sgp_",), _SGP, 1, 0.9, _sgp_ok),
)

LINE_VALUE: tuple[SecretRule, ...] = (
    SecretRule("service_name_value_line", ("",), _NAME_VALUE_LINE, 2, 0.7, _line_value_ok),
)

PROVIDER_RULES: tuple[SecretRule, ...] = (
    PREFIXED_ANY_LENGTH
    + SGP_TOKENS
    + DOCUMENTED_PREFIXES
    + DJANGO
    + PUTTY
    + CLI_PASSWORD
    + NAMED_VALUE
    + SHORT_VALUE
    + LINE_VALUE
)
PROVIDER_DETECTORS: tuple[str, ...] = tuple(r.name for r in PROVIDER_RULES)
