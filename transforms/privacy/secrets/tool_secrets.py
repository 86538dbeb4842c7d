"""Secrets in the documented syntax of particular tools: Django's ``SECRET_KEY``, PuTTY key files,
password options of command-line clients, Cisco/SNMP device configs, ``.pgpass``,
``wp-config.php`` and OpenVPN static keys; each rule cites the tool's documentation.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.prefixed_any_length import _body_ok
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.values import (
    _WEAK_DEFAULTS,
)

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
#   ConvertTo-SecureString '<pw>' -AsPlainText (switches in any order; -String names the value)
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
    # ConvertTo-SecureString [-String] <String> [-AsPlainText] [-Force], switches in any order:
    # a quoted literal (also inside a JSON/C string, \"…\"), or a bare one after a switch
    r"|ConvertTo-SecureString(?:\s+-(?:String|Force|AsPlainText)\b)*\s+\\?(?=[\"'][^\"'\n]+)"
    r"|ConvertTo-SecureString(?:\s+-(?:String|Force|AsPlainText)\b)+\s+(?=[^\s\"'$(@-])"
    r")[\"']?([^\s\"'`\\]{4,64})"
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
    if v.lower() in _WEAK_DEFAULTS or is_placeholder(v) or v.startswith(("$", "{", "<", "%", "-")):
        return False  # "-": an option (Kickstart's "rootpw --lock"), not a value
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

# libcurl's credential options, set in code: curl_easy_setopt(h, CURLOPT_PASSWORD, "pw"), PHP
# curl_setopt($ch, CURLOPT_USERPWD, "user:pw"), pycurl c.setopt(pycurl.USERPWD, "user:pw").
# USERPWD / PROXYUSERPWD take "user:password" (the password is what follows the first colon);
# PASSWORD, PROXYPASSWORD, KEYPASSWD (private key passphrase), TLSAUTH_PASSWORD and
# XOAUTH2_BEARER (an OAuth 2.0 access token: https://curl.se/libcurl/c/CURLOPT_XOAUTH2_BEARER.html)
# take the secret. https://curl.se/libcurl/c/CURLOPT_USERPWD.html  https://curl.se/libcurl/c/CURLOPT_PASSWORD.html
# https://curl.se/libcurl/c/CURLOPT_KEYPASSWD.html  https://curl.se/libcurl/c/CURLOPT_PROXYPASSWORD.html
# https://www.php.net/manual/en/function.curl-setopt.php  http://pycurl.io/docs/latest/curlobject.html
_CURL_OPTION = re.compile(
    r"\b(?:CURLOPT_|pycurl\.)(?:(?:PROXY)?USERPWD\s*,\s*(?:L|u8)?[\"'][^\"'\n:]{0,128}:"
    r"|(?:PROXY)?PASSWORD\s*,|KEYPASSWD\s*,|(?:PROXY_)?TLSAUTH_PASSWORD\s*,|XOAUTH2_BEARER\s*,)"
    r"\s*(?:L|u8)?[\"']?([^\"'\n]{4,128})[\"']"
)


def _curl_ok(value: str, m: re.Match[str], text: str) -> bool:
    v = value.strip()
    if v.lower() in _WEAK_DEFAULTS or is_placeholder(v) or v.startswith(("$", "%", "<", "{")):
        return False
    return not re.fullmatch(r"%\w|\{\w*\}", v)  # printf / format slots


CLI_PASSWORD: tuple[SecretRule, ...] = (
    SecretRule(
        "libcurl_credential_option",
        ("curlopt_", "pycurl."),
        _CURL_OPTION,
        1,
        0.9,
        _curl_ok,
        True,
    ),
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
