"""Credentials in the documented syntax of config files that name them with no credential word
of ours, or write them in shapes the assignment rules refuse (session 31). Each rule cites the
format's documentation; no other scanner's rule files were used. Values are judged by the same
literal policy as command-line passwords (:func:`~transforms.privacy.secrets.commands._literal_ok`:
variables, templates, placeholders and template words stay unflagged).

* ``htpasswd_des_crypt``: an ``.htpasswd`` line ``user:<13-character DES crypt>``
  (https://httpd.apache.org/docs/2.4/misc/password_encryptions.html).
* ``snmp_community_directive``: net-snmp ``rocommunity``/``rwcommunity``/``com2sec``/
  ``trap2sink`` community strings, ``createUser`` USM pass phrases
  (https://www.net-snmp.org/docs/man/snmpd.conf.html) and ``snmp.conf`` ``defAuthPassphrase``;
  Cisco IOS ``snmp-server user … v3 auth sha … priv aes 128 …`` and ``snmp-server host … 2c
  <community>`` (https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/command/nm-snmp-cr-book/nm-snmp-cr-s5.html).
* ``snmp_cli_secret``: ``snmpwalk -c <community>``, ``-A``/``-X`` pass phrases
  (https://www.net-snmp.org/docs/man/snmpcmd.html).
* ``yarnrc_auth_ident``: Yarn's ``npmAuthIdent: "user:password"``
  (https://yarnpkg.com/configuration/yarnrc#npmAuthIdent).
* ``curlrc_user``: a curl config file's ``user = "name:password"``
  (https://everything.curl.dev/cmdline/configfile.html).
* ``sssd_authtok``: sssd's ``ldap_default_authtok = …`` (https://man.archlinux.org/man/sssd-ldap.5).
* ``ppp_secrets_line``: a quoted ``chap-secrets``/``pap-secrets`` line ``"client" server
  "secret" [addresses]`` (https://ppp.samba.org/pppd.html, AUTHENTICATION).
* ``auth_userinfo_option``: an ``auth: "user:password"`` option, as Node's ``http.request``
  documents it (https://nodejs.org/api/http.html#httprequesturl-options-callback).
* ``properties_password_line``: a password key of Java ``.properties``, YAML or INI whose
  unquoted value is a pass phrase of three or more lower-case words (``db.password=correct
  horse battery staple``; https://yaml.org/spec/1.2.2/#733-plain-style); sentences, labels and
  code are refused by their words.
* ``properties_password_space``: a plain ``.properties`` value after whitespace, the separator
  the format allows
  (https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-).
* ``dockerfile_env_continued``: the ``NAME=value`` pairs of a Dockerfile ``ENV`` instruction
  continued over lines with ``\\`` (https://docs.docker.com/reference/dockerfile/#env), each
  judged as ``NAME=value`` (:func:`~transforms.privacy.secrets.config_values.named_literal_ok`).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.commands import _literal_ok
from transforms.privacy.secrets.config_values import named_literal_ok
from transforms.privacy.secrets.password_policy import is_password_field
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, SecretRule, value_group
from transforms.privacy.spans import Span

# --- .htpasswd, traditional DES crypt: 2 salt + 11 hash characters of [./0-9A-Za-z] ----------
_HTPASSWD = re.compile(r"(?m)^(?P<user>[A-Za-z0-9_][\w.@-]{0,63}):([./0-9A-Za-z]{13})[ \t]*$")
_NOT_A_USER = frozenset(
    {"http", "https", "ftp", "mailto", "file", "data", "sha1", "sha256", "md5", "urn", "tel"}
)


def _htpasswd_ok(value: str, m: re.Match[str], text: str) -> bool:
    if m.group("user").lower() in _NOT_A_USER or is_placeholder(value):
        return False
    has_lower = any(c.islower() for c in value)
    has_upper = any(c.isupper() for c in value)
    return has_lower and has_upper and any(c.isdigit() or c in "./" for c in value)


# --- net-snmp snmpd.conf ---------------------------------------------------------------------
# rocommunity/rwcommunity[6] COMMUNITY [SOURCE [OID]]; com2sec[6] [-Cn CTX] NAME SOURCE COMMUNITY;
# createUser [-e ENGINEID] NAME (MD5|SHA|SHA-512|...) AUTHPASS [(DES|AES) [PRIVPASS]]
_SNMP = re.compile(
    r"(?m)^[ \t]*(?:"
    r"r[ow]community6?[ \t]+(?P<c1>\S{4,64})(?:[ \t]+[^\s#]+){0,2}"
    r"|com2sec6?[ \t]+(?:-Cn[ \t]+\S+[ \t]+)?\S+[ \t]+\S+[ \t]+(?P<c2>\S{4,64})"
    r"|createUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA(?:-\d+)?)[ \t]+"
    r"(?P<a>\"[^\"\n]{4,64}\"|\S{4,64})"
    r"(?:[ \t]+(?:DES|AES(?:-?\d+)?)(?:[ \t]+(?P<p>\"[^\"\n]{4,64}\"|\S{4,64}))?)?"
    r"|(?:trapsink|trap2sink|informsink)[ \t]+\S+[ \t]+(?P<c3>\S{4,64})(?:[ \t]+\d+)?"
    # snmp.conf defaults: https://www.net-snmp.org/docs/man/snmp.conf.html
    r"|def(?:Auth|Priv)?Passphrase[ \t]+(?P<a2>\S{4,64})"
    # Cisco IOS snmp-server user / host (nm-snmp-cr-book, "snmp-server user", "snmp-server host")
    r"|snmp-server[ \t]+user[ \t]+\S+[ \t]+\S+[ \t]+v3[ \t]+(?:encrypted[ \t]+)?auth[ \t]+"
    r"(?:md5|sha\S*)[ \t]+(?P<a3>\S{4,64})(?:[ \t]+priv[ \t]+(?:des|3des|aes(?:[ \t]+\d+)?)"
    r"[ \t]+(?P<p3>\S{4,64}))?(?:[ \t]+access[ \t]+\S+)?"
    r"|snmp-server[ \t]+host[ \t]+\S+[ \t]+(?:(?:informs|traps)[ \t]+)?"
    r"(?:version[ \t]+(?:1|2c)[ \t]+)?(?!version\b)(?P<c4>\S{4,64})(?:[ \t]+[\w-]+)*"
    r")[ \t]*(?:#[^\n]*)?$"
)
# net-snmp command-line -c community / -A auth / -X privacy pass phrase:
# https://www.net-snmp.org/docs/man/snmpcmd.html
_SNMP_CLI = re.compile(
    r"[ \t]-(?:c|A|X)[ \t]*(?P<v>\"[^\"\n]{4,64}\"|'[^'\n]{4,64}'|[^\s\"'-][^\s\"']{3,63})"
)
_SNMP_COMMAND = re.compile(
    r"\bsnmp(?:get|getnext|walk|bulkwalk|bulkget|set|trap|inform|table|df|status|netstat)\b"
)


def _snmp_cli_ok(value: str, m: re.Match[str], text: str) -> bool:
    """The flag belongs to a net-snmp command earlier on the same line."""
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if not _SNMP_COMMAND.search(line) or re.search(r"[|;&]", line.split("snmp")[-1]):
        return False
    return _community_ok(value, m, text)


_DEFAULT_COMMUNITIES = frozenset({"public", "private"})


_REFERENCE = re.compile(
    r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+"  # var.client_secret, local.db_password
    r"|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"  # ENV_PASSWORD: an environment variable's name
    r"|.*(?:\$\{|#\{|\{\{|%\().*"  # ${…}, Ruby "#{…}", {{…}}, %(name)s
)


def reference_like(value: str) -> bool:
    """A bare value that names or interpolates another value instead of being one."""
    return _REFERENCE.fullmatch(value) is not None


class _GroupsRule(LoweredTriggerRule):
    """Every named value group of each match, judged by :func:`_literal_ok` and ``validate``."""

    def spans(self, text: str) -> list[Span]:
        out = []
        for m in self.pattern.finditer(text):
            for g, value in m.groupdict().items():
                if value is None or g in _CONTEXT_GROUPS:
                    continue
                start, end = m.start(g), m.end(g)
                if value[:1] == value[-1:] and value[:1] in "\"'" and len(value) > 2:
                    start, end, value = start + 1, end - 1, value[1:-1]
                if value.isdigit() or reference_like(value) or not _literal_ok(value, m, text):
                    continue
                if self.validate is not None and not self.validate(value, m, text):
                    continue
                out.append(Span(start, end, SECRET, self.score, self.name))
        return out


_CONTEXT_GROUPS = frozenset({"user", "name", "q"})


def _community_ok(value: str, m: re.Match[str], text: str) -> bool:
    return value.lower() not in _DEFAULT_COMMUNITIES


# --- user:password pairs -----------------------------------------------------------------------
_YARN_IDENT = re.compile(
    r"(?m)^[ \t]*npmAuthIdent[ \t]*:[ \t]*[\"']?(?P<user>[^\s\"':]{1,64}):(?P<pw>[^\s\"']{1,128})"
)
# curlrc: "long option name, then = or : or whitespace, then the value"; ":" is left out, since
# Compose's `user: "1000:1000"` has the same shape. Lower case only (Dockerfile USER is upper).
_CURLRC_USER = re.compile(
    r"(?m)^[ \t]*(?:--)?(?:proxy-)?user(?:[ \t]*=[ \t]*|[ \t]+)"
    r"(?P<q>\"?)(?P<user>[^\s\":]{1,64}):(?P<pw>[^\s\"]{1,128})(?P=q)[ \t]*$"
)
_AUTH_OPTION = re.compile(
    r"(?<![\w.-])[\"']?auth[\"']?[ \t]*[:=][ \t]*(?P<q>[\"'])"
    r"(?P<user>[\w.@+-]{1,64}):(?P<pw>[^\"'\s:/]{1,128})(?P=q)"
)
_NOT_USERS = frozenset(
    {
        "basic",
        "bearer",
        "digest",
        "token",
        "oauth",
        "oauth2",
        "jwt",
        "none",
        "api",
        "apikey",
        "ntlm",
        "negotiate",
        "hmac",
        "http",
        "https",
        "env",
        "file",
        "vault",
        "secret",
        "true",
        "false",
    }
)


def _pair_ok(value: str, m: re.Match[str], text: str) -> bool:
    user = m.group("user")
    if user.lower() in _NOT_USERS or value == user or user.startswith(("$", "%", "{", "<")):
        return False
    return not re.fullmatch(r"[\d.:_-]+", value)


# --- sssd ------------------------------------------------------------------------------------
_SSSD = re.compile(r"(?m)^[ \t]*ldap_default_authtok[ \t]*=[ \t]*(?P<v>[^\s#]{1,128})[ \t]*$")

# --- pppd chap-secrets / pap-secrets: "client" server "secret" [addresses] -------------------
_PPP = re.compile(
    # names hold no "*" glob (lm-sensors' chip lists: "f71889fg-*" "f71889ed-*" "f71889a-*");
    # an unquoted server is "*" or a dotted host name (SQL's "id" AS "user_id" is neither)
    r"(?m)^[ \t]*\"[^\"\s*]{1,64}\"[ \t]+(?:\*|[\w-]+\.[\w.-]+|\"[^\"\s*]{0,64}\")[ \t]+"
    r"\"(?P<v>[^\"\n*]{1,128})\""
    r"(?:[ \t]+(?:\*|-|[\d.]+(?:/\d+)?))*[ \t]*$"
)

# --- Java .properties --------------------------------------------------------------------------
_PROP_KEY = r"(?P<name>[a-z][\w-]*(?:\.[\w-]+)*\.(?:password|passwd|passphrase|pwd))"
# A pass phrase as a config value: a Java properties key, or a YAML / INI / TOML key that ends in
# a password word (https://yaml.org/spec/1.2.2/#733-plain-style), written unquoted.
_PHRASE_KEY = (
    r"(?P<name>(?:[A-Za-z][\w-]*?(?:\.[\w-]+)*?[._-]?)?(?i:password|passwd|passphrase|pwd))"
)
_PROP_PHRASE = re.compile(
    r"(?m)^[ \t]*"
    + _PHRASE_KEY
    + r"[ \t]*[=:][ \t]*(?P<v>[a-z0-9][\w!@%^&*+.-]*(?: [\w!@%^&*+.-]+){2,7})"
    r"[ \t]*$"
)
_PROP_SPACE = re.compile(r"(?m)^[ \t]*" + _PROP_KEY + r"[ \t]+(?P<bare>[^\s=:][^\s]{0,127})[ \t]*$")
# words of code, of sentences about the field ("must be at least eight characters") and of
# UI labels in other languages ("mot de passe"): a pass phrase of random words holds none
_NOT_PHRASE_WORDS = frozenset(
    {
        "and",
        "or",
        "not",
        "if",
        "else",
        "in",
        "is",
        "for",
        "none",
        "null",
        "true",
        "false",
        "new",
        "return",
        "password",
        "passwd",
        "passphrase",
        "secret",
        "your",
        "the",
        "a",
        "an",
        "to",
        "of",
        "with",
        "be",
        "must",
        "should",
        "can",
        "will",
        "at",
        "least",
        "by",
        "from",
        "on",
        "this",
        "that",
        "it",
        "as",
        "are",
        "was",
        "set",
        "use",
        "see",
        "required",
        "optional",
        "enter",
        "type",
        "here",
        "characters",
        "chars",
        "min",
        "max",
        "length",
        "mot",
        "de",
        "passe",
        "le",
        "la",
        "kennwort",
        "passwort",
        "contraseña",
        "senha",
        "wachtwoord",
        "parola",
        "hasło",
        "heslo",
        "salasana",
        "adgangskode",
        "lösenord",
    }
)


def _phrase_ok(value: str, m: re.Match[str], text: str) -> bool:
    name = m.group("name")
    if name.startswith(("self.", "this.", "cls.")) or not is_password_field(name):
        return False
    if name != name.lower() and not re.search(r"[._-]", name):
        return False  # "Password: needs a reset" is a label in prose, not a config key
    words = value.split(" ")
    if any(w.lower() in _NOT_PHRASE_WORDS or w != w.lower() for w in words):
        return False  # code, a sentence about the field, or a capitalised UI label
    return not is_placeholder(value) and not is_placeholder(value.replace(" ", "_"))


class _PropertySpaceRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _PROP_SPACE.finditer(text):
            if m.group("name").startswith(("self.", "this.", "cls.")):
                continue
            if named_literal_ok(m.group("name"), m.group("bare"), quoted=False):
                out.append(Span(m.start("bare"), m.end("bare"), SECRET, self.score, self.name))
        return out


# --- Dockerfile ENV continued over lines ---------------------------------------------------------
_ENV_BLOCK = re.compile(r"(?m)^[ \t]*ENV[ \t]+(?:[^\n]*\\[ \t]*\n)+[^\n]*")
_ENV_PAIR = re.compile(
    r"(?<![^\s\\])(?P<name>[A-Za-z_]\w*)=(?:\"(?P<dq>[^\"\n]{1,200})\"|(?P<bare>[^\s\"\\]{1,200}))"
    r"(?=[ \t]|\\|\n|$)"
)


class _DockerEnvContinuedRule(SecretRule):
    def trigger_scope(self) -> tuple[tuple[str, ...], bool]:
        return self.triggers, False

    def find(self, text: str, lowered: str) -> list[Span]:
        if "ENV" not in text:
            return []
        out = []
        for block in _ENV_BLOCK.finditer(text):
            for m in _ENV_PAIR.finditer(text, block.start(), block.end()):
                g = value_group(m, ("dq", "bare"))
                if named_literal_ok(m.group("name"), m.group(g), quoted=g == "dq"):
                    out.append(Span(m.start(g), m.end(g), SECRET, 0.85, self.name))
        return out


CONFIG_FORMAT_RULES: tuple[SecretRule, ...] = (
    SecretRule("htpasswd_des_crypt", (":",), _HTPASSWD, 2, 0.8, _htpasswd_ok),
    _GroupsRule(
        "snmp_community_directive",
        ("community", "com2sec", "createuser", "sink", "passphrase", "snmp-server"),
        _SNMP,
        0,
        0.85,
        _community_ok,
    ),
    _GroupsRule(
        "snmp_cli_secret",
        ("snmp",),
        _SNMP_CLI,
        0,
        0.85,
        _snmp_cli_ok,
    ),
    _GroupsRule("yarnrc_auth_ident", ("npmauthident",), _YARN_IDENT, 0, 0.9, _pair_ok),
    _GroupsRule("curlrc_user", ("user",), _CURLRC_USER, 0, 0.85, _pair_ok),
    _GroupsRule("sssd_authtok", ("authtok",), _SSSD, 0, 0.9),
    _GroupsRule("ppp_secrets_line", ('"',), _PPP, 0, 0.8),
    _GroupsRule("auth_userinfo_option", ("auth",), _AUTH_OPTION, 0, 0.85, _pair_ok),
    _GroupsRule(
        "properties_password_line",
        ("password", "passwd", "passphrase", "pwd"),
        _PROP_PHRASE,
        0,
        0.8,
        _phrase_ok,
    ),
    _PropertySpaceRule(
        "properties_password_space",
        ("password", "passwd", "passphrase", "pwd"),
        _PROP_SPACE,
        score=0.8,
    ),
    _DockerEnvContinuedRule("dockerfile_env_continued", ("ENV",), _ENV_BLOCK, score=0.85),
)
