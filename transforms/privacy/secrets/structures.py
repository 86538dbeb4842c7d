"""Provider-independent credential structures: where a secret sits, not what it looks like.

Held-out providers are mostly ones no rule here names, so these rules key on the *structure*
around a value and work for any provider:

* ``paired_name_value``: a name field and a value field, on one line or a few lines apart:
  Kubernetes/Docker Compose/ECS ``env`` entries (``- name: X_API_KEY`` / ``value: …``), JSON
  ``{"name": "X_TOKEN", "value": "…"}``, CloudFormation ``ParameterKey``/``ParameterValue``,
  Hadoop ``<name>fs.s3a.secret.key</name><value>…</value>`` and Apple property lists
  (``<key>ApiKey</key><string>…</string>``).
* ``label_line_value``: a line holding only a credential label (``API Key``, ``Secret``,
  ``acme_token:``) and the next line only the value, as dashboards show keys and YAML block
  scalars hold them.
* ``three_part_token``: three random base64url segments joined by dots (signed tokens whose
  header is not ``eyJ``, which the JWT rule already covers).
* ``service_word_value``: a line of a service name, one free word and a long random value
  (``acme prod 7f3b…``), the shape of pasted key lists, beside ``service_name_value_line``.
* ``url_userinfo_token``: a random token as a URL's whole userinfo (DSNs, ``https://<token>@
  github.com/…`` remotes); ``credential_call_literal``: ``sgMail.setApiKey('…')``-style calls.

Formats documented at: https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/
https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html
https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html
https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/PropertyLists/
https://www.rfc-editor.org/rfc/rfc7515 (JWS compact serialization: three base64url parts).
Values are judged by the same policy as the other weak rules (wide placeholder veto, public
names, references, code, identifiers). No other scanner's rule files were used.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.headers import BARE_USERINFO_RULE, COOKIE_RULE
from transforms.privacy.secrets.named_values import NOT_SECRET_FILLER, _line_value_ok, _wordy
from transforms.privacy.secrets.password_policy import (
    config_line_value,
    is_password_field,
    is_password_literal,
)
from transforms.privacy.secrets.rules import LoweredTriggerRule, SecretRule, value_group
from transforms.privacy.secrets.values import (
    _PUBLIC_NAME,
    _REFERENCE,
    _WEAK_DEFAULTS,
    _code_or_default,
    is_public_value,
    looks_like_identifier,
    looks_random,
)

# A name that says credential, in any case or separator style.
_CREDENTIAL_NAME = re.compile(
    r"(?i)(?:key|token|secret|passw|pwd|auth|credential|private|api)(?![a-z]*(?:id|url|uri|"
    r"name|path|file|type|host|user(?:name)?|endpoint|region|version)s?$)"
)
_PASSWORD_NAME = re.compile(r"(?i)pass(?:word|wd|phrase)?|pwd")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}")


def _credential_name(name: str) -> bool:
    last = re.split(r"[./]", name.strip())[-1] if name.strip() else name
    if is_password_field(last):
        return True  # PASS, db.pass, userPW
    if not _CREDENTIAL_NAME.search(last) or _PUBLIC_NAME.search(last):
        return False
    return not re.search(r"(?i)(?:_|\b)(?:id|url|uri|name|user|username|host)$", last)


def _value_ok(value: str, name: str) -> bool:
    """A literal credential value under ``name``: not a reference, code, placeholder, path,
    URL or identifier; passwords need letters plus a digit or symbol, other values must look
    random."""
    value = value.strip()
    if not value or value.startswith(("$", "%", "{", "[", "<", "(", "!", "@")):
        return False
    if "://" in value or value.startswith(("/", ".", "~")):
        return False
    mixed = any(c.isupper() for c in value) and any(c.isdigit() for c in value)
    if value.count("/") >= 2 and not mixed:
        return False  # a path (app/config/keys), not base64
    if is_placeholder(value) or is_public_value(value) or _REFERENCE.match(value):
        return False
    if _code_or_default(value) or looks_like_identifier(value.replace("-", "_")):
        return False
    if " " in value:
        return False
    if _PASSWORD_NAME.search(name):
        has_letter = any(c.isalpha() for c in value)
        return len(value) >= 8 and has_letter and any(not c.isalpha() for c in value)
    if _HEX_DIGEST.fullmatch(value) and not re.search(r"(?i)secret|token|key", name):
        return False
    return looks_random(value, 16) and not _wordy(value)


# --- name field, then value field (same line or up to two lines further) ---------------------
# The value field is found first (rarer than "name"/"key"), then the name field is searched in
# the text just before it: one regex over the whole text backtracks too much on code.
_VALUE_FIELD = re.compile(
    r"(?i)value[\"']?[ \t]*[:=][ \t]*"
    r"(?:\"(?P<dq>[^\"\n]{6,400})\"|'(?P<sq>[^'\n]{6,400})'|(?P<bare>[^\s\"',;}\]]{6,400}))"
)
_NAME_FIELD = re.compile(
    r"(?i)(?<![\w])[\"']?(?:name|key|parameter_?key|parameter_?name|variable|var_?name|env_?name)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<name>[A-Za-z_][\w.\-/]{1,80})[\"']?[ \t]*,?[ \t]*"
    r"(?:\r?\n[^\n]{0,120}){0,2}?(?:\r?\n)?[ \t\-{]*$"
)
# Hadoop-style <name>…</name><value>…</value> and plist <key>…</key><string>…</string>
_PAIRED_XML = re.compile(
    r"<(?P<tag>name|key)>[ \t]*(?P<name>[A-Za-z_][\w.\-]{1,80})[ \t]*</(?P=tag)>\s{0,40}"
    r"<(?:value|string)>[ \t]*(?P<dq>[^<\s]{6,400})[ \t]*</(?:value|string)>"
)


def _value_field_start(text: str, at: int) -> int:
    """Where the field named ``value``/``"value"``/``ParameterValue``/``secret_value`` that
    ends in ``at`` starts (its opening quote included), or -1 when ``value`` is inside
    another word."""
    head = text[max(0, at - 10) : at].lower()
    if head and (head[-1].isalnum() or head[-1] == "_"):
        prefix = next(
            (p for p in ("parameter_", "parameter", "secret_", "secret") if head.endswith(p)), None
        )
        if prefix is None:
            return -1
        at -= len(prefix)
    if at and text[at - 1] in "\"'":
        at -= 1
    return at


def _paired_spans(rule: SecretRule, text: str) -> list:
    from transforms.privacy.spans import Span

    out = []
    for m in rule.pattern.finditer(text):
        group = value_group(m)
        value = m.group(group)
        field = m.start()
        if rule.pattern is _VALUE_FIELD:
            field = _value_field_start(text, m.start())
            if field < 0:
                continue
        if "name" in m.groupdict():
            name = m.group("name")
        else:
            before = _NAME_FIELD.search(text[max(0, field - 300) : field])
            if before is None:
                continue
            name = before.group("name")
        if not _credential_name(name):
            continue
        if not (
            _value_ok(value, name)
            or _paired_word_password(value, name, group, text, m)
            or _paired_literal_ok(name, value, group)
        ):
            continue
        out.append(Span(m.start(group), m.end(group), "SECRET", rule.score, rule.name))
    return out


def _paired_literal_ok(name: str, value: str, group: str) -> bool:
    """The pair judged as if written ``name = "value"`` (an env entry ``- name: API_TOKEN`` /
    ``value: …`` names its value as plainly as ``API_TOKEN=…`` does)."""
    from transforms.privacy.secrets.config_values import named_literal_ok  # imports this module

    return named_literal_ok(name, value, quoted=group != "bare")


def _paired_word_password(value: str, name: str, group: str, text: str, m: re.Match) -> bool:
    """A plain word as the value of a password field (``name="password" value="sunflower"``,
    ``- name: dbPassword`` / ``value: sunflower``): a literal when quoted or on a config line,
    as for assignments (secret_password_policy); a bare identifier in code is a variable."""
    if not is_password_field(name) or value.lower() in _WEAK_DEFAULTS:
        return False
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{3,63}", value):
        return False
    code = group == "bare" and not config_line_value(text, m.start(group), m.end(group))
    return is_password_literal(value, code=code)


class _PairedRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        return _paired_spans(self, text)


# --- a label line, then the value alone on the next line -------------------------------------
# Lines holding a single token are found first; the line before must end in a credential
# label (matching the label first scans every "key" in code and costs several times more).
_LABEL_LINE = re.compile(r"(?m)^[ \t]*[\"']?([^\s\"']{8,400}+)[\"']?[ \t]*\r?$")
_LABEL_BEFORE = re.compile(
    r"(?i)^[ \t]*(?:[#/*>-]+[ \t]*)?[\"']?(?P<name>(?:[\w.\-]+[ \t]+){0,2}[\w.\-]*?"
    r"(?:api[ _-]?key|access[ _-]?key|secret(?:[ _-]?key)?|token|private[ _-]?key|"
    r"key|password|passwd|client[ _-]?secret|credentials?)s?)[\"']?[ \t]*:?[ \t]*[|>]?-?[ \t]*\r?$"
)


def _label_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    if m.start() == 0:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    if line_start == 0:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    before = _LABEL_BEFORE.match(text[prev_start : line_start - 1])
    if before is None:
        return False
    name = before.group("name")
    if not _credential_name(name):
        return False
    if not _PASSWORD_NAME.search(name) and not looks_random(value, 16):
        return False
    return _value_ok(value, name)


# --- three random base64url segments joined by dots ------------------------------------------
# Anchored on the middle segment (dots are far rarer than word starts); the token's ends are
# found by walking out over base64url characters.
_THREE_PART = re.compile(
    r"\.(?<=[A-Za-z0-9_\-]{16}\.)[A-Za-z0-9_\-]{16,2000}+\.(?=[A-Za-z0-9_\-]{16})"
)
_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class _ThreePartRule(SecretRule):
    def trigger_scope(self) -> None:
        return None  # find scans every text (dots are anchored by its pattern)

    def find(self, text: str, lowered: str) -> list:
        from transforms.privacy.spans import Span

        out, seen = [], set()
        for m in self.pattern.finditer(text):
            start, end = m.start(), m.end()
            while start > 0 and text[start - 1] in _B64URL:
                start -= 1
            while end < len(text) and text[end] in _B64URL:
                end += 1
            if start in seen:
                continue
            seen.add(start)
            # whole token only: not part of a longer dotted name or a path
            if (start and text[start - 1] in "./") or (end < len(text) and text[end] in "./"):
                continue
            value = text[start:end]
            if self.validate is not None and self.validate(value, m, text):
                out.append(Span(start, end, "SECRET", self.score, self.name))
        return out


def _segment_random(part: str) -> bool:
    return (
        any(c.isdigit() for c in part)
        and any(c.isupper() for c in part)
        and any(c.islower() for c in part)
        and looks_random(part, 16)
        and not _wordy(part)
        and not looks_like_identifier(part)
    )


def _three_part_ok(value: str, m: re.Match[str], text: str) -> bool:
    if value.startswith("eyJ") or len(value) < 60 or is_placeholder(value):
        return False  # JWTs are judged by the JWT rule (public anon keys included)
    parts = value.split(".")
    if len(parts) != 3:
        return False
    return sum(_segment_random(p) for p in parts) >= 2 and all(len(set(p)) >= 8 for p in parts)


# --- "<service> <word> <value>" alone on a line ---------------------------------------------
_SERVICE_WORD_VALUE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Za-z][A-Za-z0-9_]{2,40})[ \t]+(?P<word>[A-Za-z]{1,12})[ \t]*[=:]?"
    r"[ \t]+[\"']?([A-Za-z0-9][A-Za-z0-9_\-+/]{23,400}+={0,2})[\"']?[ \t]*$"
)
# Words that name what a value is (commit, hash, id...) rather than fill a gap before a
# secret: the providers' filler words plus articles, prepositions and everyday nouns.
_NOT_FREE_WORD = NOT_SECRET_FILLER | frozenset(
    ("is", "was", "the", "a", "an", "to", "in", "of", "at", "by", "with", "for", "and", "or")
    + ("not", "version", "image", "user", "email", "checksum", "node")
)


def _service_word_ok(value: str, m: re.Match[str], text: str) -> bool:
    if m.group("word").lower() in _NOT_FREE_WORD or _HEX_DIGEST.fullmatch(value):
        return False
    return _line_value_ok(value, m, text)


# --- a random token as a URL's whole userinfo (RFC 3986 §3.2.1), e.g. DSNs and git remotes
# "https://<token>@github.com/owner/repo" (GitHub documents cloning with a token this way), or
# "https://<token>:x-oauth-basic@github.com/…", the token with GitHub's fixed dummy password:
# https://github.blog/2012-09-21-easier-builds-and-deployments-using-git-over-https-and-oauth/
_URL_USERINFO_TOKEN = re.compile(
    r"\b[a-z][a-z0-9+.\-]{1,20}://([A-Za-z0-9_\-]{20,200})(?::x-oauth-basic)?@[A-Za-z0-9.\-]+"
)


def _userinfo_token_ok(value: str, m: re.Match[str], text: str) -> bool:
    return (
        looks_random(value, 20)
        and any(c.isdigit() for c in value)
        and not looks_like_identifier(value.replace("-", "_"))
        and not is_placeholder(value)
        and not _wordy(value)
    )


# --- a credential-named call with one literal argument: sgMail.setApiKey('…'), Auth('…') ----
_CREDENTIAL_CALL = re.compile(
    r"(?i)\b[\w.]*(?:key|token|secret|password|passwd|credential|auth)[\w]*\(\s*"
    r"(?:\"([^\"\n]{16,200})\"|'([^'\n]{16,200})')\s*\)"
)


class _CallRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for m in self.pattern.finditer(text):
            g = 1 if m.group(1) else 2
            value = m.group(g)
            ok = looks_random(value, 16) and _value_ok(value, "key")
            if ok and not _HEX_DIGEST.fullmatch(value):
                out.append(Span(m.start(g), m.end(g), "SECRET", self.score, self.name))
        return out


# --- a credential-named environment variable read with a literal fallback: the fallback is
# the credential when the variable is unset. Documented forms: Python ``os.getenv(key,
# default)`` / ``os.environ.get`` (docs.python.org/3/library/os.html#os.getenv), Ruby
# ``ENV.fetch(name, default)`` (docs.ruby-lang.org/en/3.3/ENV.html), Node ``process.env.X ||
# "…"`` / ``?? "…"`` (nodejs.org/api/process.html#processenv), and helpers named for it
# (``GetEnvOrDefault("api_token", "…")``). -------------------------------------------------
_ENV_DEFAULT_CALL = re.compile(
    r"\b(?:[\w.]*(?:env|Env|ENV|environ)[\w.]*)\(\s*[\"']([A-Za-z0-9_.\-]{2,80})[\"']\s*,\s*"
    r"[\"']([^\"'\s]{8,200})[\"']\s*\)"
)
_ENV_DEFAULT_JS = re.compile(
    r"\bprocess\.env(?:\.|\[[\"'])([A-Za-z0-9_]{2,80})(?:[\"']\])?\s*(?:\|\||\?\?)\s*"
    r"[\"'`]([^\"'`\s]{8,200})[\"'`]"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def _env_default_ok(value: str, m: re.Match[str], text: str) -> bool:
    if not _credential_name(m.group(1)) or not _value_ok(value, m.group(1)):
        return False
    # API tokens issued as UUIDs (Heroku, Terraform Cloud) count; other values must look random
    return bool(_UUID.fullmatch(value)) or looks_random(value, 12)


STRUCTURE_RULES: tuple[SecretRule, ...] = (
    SecretRule(
        "env_default_credential", ("env",), _ENV_DEFAULT_CALL, 2, 0.8, _env_default_ok, True
    ),
    SecretRule(
        "env_default_credential_js", ("process.env",), _ENV_DEFAULT_JS, 2, 0.8, _env_default_ok
    ),
    _PairedRule("paired_name_value", ("value",), _VALUE_FIELD, 0, 0.75),
    _PairedRule("paired_name_value_xml", ("</name>", "</key>"), _PAIRED_XML, 0, 0.75),
    SecretRule(
        "label_line_value",
        ("key", "token", "secret", "passw", "credential"),
        _LABEL_LINE,
        1,
        0.7,
        _label_value_ok,
        True,
    ),
    _ThreePartRule("three_part_token", (".",), _THREE_PART, 0, 0.75, _three_part_ok),
    SecretRule("service_word_value", ("",), _SERVICE_WORD_VALUE, 3, 0.7, _service_word_ok),
    SecretRule("url_userinfo_token", ("://",), _URL_USERINFO_TOKEN, 1, 0.8, _userinfo_token_ok),
    COOKIE_RULE,
    BARE_USERINFO_RULE,
    _CallRule(
        "credential_call_literal",
        ("key(", "token(", "secret(", "password(", "credential", "auth"),
        _CREDENTIAL_CALL,
        0,
        0.75,
        None,
        True,
    ),
)
STRUCTURE_DETECTORS: tuple[str, ...] = tuple(r.name for r in STRUCTURE_RULES)
