"""The core secret rules (detector names appear in the audit table), in the order they run.

``pem_private_key`` whole ``-----BEGIN ... PRIVATE KEY-----`` block; ``anthropic_key``
``sk-ant-...``; ``openai_key`` ``sk-``/``sk-proj-``; ``stripe_key`` ``sk_/rk_ live/test``,
``whsec_``; ``aws_access_key_id`` ``AKIA``/``ASIA``; ``aws_secret_access_key`` 40-char
base64 next to an AWS context word or key id; ``github_token`` ``ghp_/gho_/ghs_/ghu_/ghr_``,
``github_pat_``; ``slack_token`` ``xox[abposr]-`` and Slack webhooks; ``google_api_key``
``AIza``; ``jwt`` any signed JWT except a Supabase ``anon`` key (payload decoded);
``other_token`` HuggingFace, GitLab, npm, SendGrid, Supabase personal tokens;
``url_credentials`` the password of ``scheme://user:password@host``
(:mod:`~transforms.privacy.secrets.url_passwords`); ``bearer_token`` ``Bearer``/``Basic``
credentials; ``secret_in_context`` and ``secret_assignment``, the keyword rules of
:mod:`~transforms.privacy.secrets.assignments`. Provider formats live apart
(:mod:`~transforms.privacy.secrets.formats`).
"""

from __future__ import annotations

import binascii
import re

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.assignments import SECRET_ASSIGNMENT, SECRET_IN_CONTEXT
from transforms.privacy.secrets.named_values import _wordy
from transforms.privacy.secrets.rules import SecretRule
from transforms.privacy.secrets.url_passwords import _url_password_ok, encodes_userinfo_template
from transforms.privacy.secrets.values import b64_bytes, jwt_is_public, looks_random

# A kebab-case slug after "sk-" ("...ta|sk-2-user-session-management-plan.md", a file or branch
# name cut inside "task-"): OpenAI keys are random base62 after the prefix
# (https://platform.openai.com/docs/api-reference/authentication), never three or more
# lower-case dictionary-like words joined by hyphens with no capital and no underscore.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){3,}")
_SLUG_WORD = re.compile(r"(?<![^-])[a-z]{3,}(?![^-])")


def _openai_body_ok(value: str, m: re.Match[str], text: str) -> bool:
    body = value[3:]
    if _SLUG.fullmatch(body) and len(_SLUG_WORD.findall(body)) >= 3:
        return False
    return _key_body_ok(value, m, text)


def _key_body_ok(value: str, m: re.Match[str], text: str) -> bool:
    # A provider-structured token (prefix, length, alphabet) is a key even when its body looks
    # sequential or says EXAMPLE; only template shapes (xxxx, <...>, YOUR_, ...) veto it.
    return not is_template_placeholder(value) and len(set(value)) >= 10


# Slack tokens (https://api.slack.com/authentication/token-types): ``xox?-`` then numeric
# workspace/user ids and a random part, or ``xox?-1-``/``-2-`` and a long encoded part.
_SLACK_BODY = re.compile(r"xox[a-z]-(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]{15,}")


def slack_token_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A Slack token, not ``xoxb-my-bot-token``/``xoxp-1234567890`` or one cut at a filler
    (``xoxp-5723…-####``); webhook URLs pass."""
    if not value.startswith("xox"):
        return True
    after = text[m.end() : m.end() + 1]
    # ("" is in every string: a token that ends the text is not cut)
    return slack_token_shape(value) and not (after and after in "#*<")


def slack_token_shape(value: str) -> bool:
    """``xox?-`` + 15 or more characters holding a digit, not ending in a dash, and no short
    all-digit id part: the numeric ids in Slack's documented token examples are 11 digits
    (``xoxb-17653672481-19874698323-…``, https://api.slack.com/authentication/token-types);
    we accept 8 or more, so ``xoxp-1234-1234-1234-…`` is a typed fixture. The ``1``/``2``
    version right after the prefix (``xoxe.xoxp-1-…``) is allowed."""
    if not _SLACK_BODY.fullmatch(value) or value.endswith("-"):
        return False
    parts = value.split("-")[1:-1]
    if parts and parts[0] in ("1", "2"):
        parts = parts[1:]
    return not any(p.isdigit() and len(p) < 8 for p in parts)


def _structured_ok(value: str, m: re.Match[str], text: str) -> bool:
    return not is_template_placeholder(value)


def _pem_ok(value: str, m: re.Match[str], text: str) -> bool:
    body = re.sub(r"-----[A-Z0-9 ]+-----", "", value)
    # 40+ characters of the base64 alphabet (RFC 7468 bodies; short encrypted keys included)
    return sum(c.isalnum() or c in "+/" for c in body) >= 40 and "..." not in body


def _jwt_ok(value: str, m: re.Match[str], text: str) -> bool:
    return not jwt_is_public(value) and not is_placeholder(value)


_AWS_CONTEXT = re.compile(r"(?i)aws|secret|akia|asia")


def _aws_secret_ok(value: str, m: re.Match[str], text: str) -> bool:
    # 40 chars of base64 is common (hashes, ids): demand mixed case, a digit or symbol,
    # and an AWS/secret context word or key id on the same or preceding lines.
    if not (any(c.islower() for c in value) and any(c.isupper() for c in value)):
        return False
    if not any(c.isdigit() or c in "/+" for c in value) or is_placeholder(value):
        return False
    window = text[max(0, m.start() - 160) : m.start()]
    return bool(_AWS_CONTEXT.search(window))


def _bearer_ok(value: str, m: re.Match[str], text: str) -> bool:
    if value.startswith("eyJ") and value.count(".") == 2:
        return _jwt_ok(value, m, text)
    if is_placeholder(value):
        return False
    if "Basic" in m.group(0)[:30]:
        # Basic credentials are base64("user:password"), often short: decode to be sure.
        if encodes_userinfo_template(value):
            return False  # base64 of the literal template "username:password"
        try:
            return b":" in b64_bytes(value)
        except (binascii.Error, ValueError):
            return False
    # "Bearer InvalidAuthToken", "Bearer accessTokenValue": words in camelCase name a token
    # (a test's deliberately wrong one, a variable), they are not one.
    return looks_random(value, 16) and not _wordy(value)


RULES: tuple[SecretRule, ...] = (
    SecretRule(
        "pem_private_key",
        ("-----BEGIN",),
        re.compile(
            # and OpenVPN's shared "Static key V1" (--genkey secret; tls-auth / tls-crypt):
            # https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/
            r"-----BEGIN (?:[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V1)-----[\s\S]*?"
            r"(?:-----END (?:[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V1)-----|\Z)"
        ),
        score=1.0,
        validate=_pem_ok,
    ),
    SecretRule(
        "anthropic_key",
        ("sk-ant-",),
        re.compile(r"(?<![\w-])sk-ant-[A-Za-z0-9_\-]{20,}"),
        score=1.0,
        validate=_key_body_ok,
    ),
    SecretRule(
        "openai_key",
        ("sk-",),
        re.compile(r"(?<![\w-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}"),
        score=0.99,
        validate=_openai_body_ok,
    ),
    SecretRule(
        "stripe_key",
        ("_live_", "_test_", "whsec_"),
        re.compile(
            r"(?<![\w-])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9+/=]{20,})"
        ),
        score=0.99,
        validate=_key_body_ok,
    ),
    SecretRule(
        "aws_access_key_id",
        ("AKIA", "ASIA"),
        re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
        score=0.99,
        validate=_structured_ok,
    ),
    SecretRule(
        "aws_secret_access_key",
        ("aws", "secret", "akia", "asia"),
        re.compile(r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"),
        score=0.9,
        validate=_aws_secret_ok,
        case_insensitive_trigger=True,
    ),
    SecretRule(
        "github_token",
        ("ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"),
        # 2026's stateless installation tokens are "ghs_APPID_JWT" (~520 characters; GitHub
        # changelog, 24 April 2026, and the token-format note of
        # https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github)
        re.compile(
            r"(?<![\w-])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
            r"|ghs_\d{1,12}_[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"
        ),
        score=1.0,
        validate=_key_body_ok,
    ),
    SecretRule(
        "slack_token",
        ("xox", "hooks.slack.com"),
        re.compile(
            r"(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,}"
            r"|https?://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}"
        ),
        score=0.99,
        validate=lambda v, m, t: _key_body_ok(v, m, t) and slack_token_ok(v, m, t),
    ),
    SecretRule(
        "google_api_key",
        ("AIza",),
        re.compile(r"(?<![\w-])AIza[0-9A-Za-z_\-]{35}(?![\w-])"),
        score=0.99,
        validate=_key_body_ok,
    ),
    SecretRule(
        "jwt",
        ("eyJ",),
        re.compile(r"(?<![\w-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}"),
        score=0.95,
        validate=_jwt_ok,
    ),
    SecretRule(
        "other_token",
        ("hf_", "glpat-", "npm_", "SG.", "sbp_", "xapp-", "shpat_"),
        re.compile(
            r"(?<![\w-])(?:hf_[A-Za-z0-9]{30,}|glpat-[A-Za-z0-9_\-]{20,}"
            r"|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}"
            r"|sbp_[a-f0-9]{40}|xapp-[A-Za-z0-9-]{20,}|shpat_[a-fA-F0-9]{32})"
        ),
        score=0.95,
        validate=_key_body_ok,
    ),
    SecretRule(
        "url_credentials",
        ("://",),
        re.compile(
            # an unencoded "@" inside the password: the host follows the last "@" of the
            # authority, as URL parsers read it (https://docs.python.org/3/library/urllib.parse.html).
            # The host may be a template (``@${DB_HOST}``, ``@{host}``, ``@{{ db_host }}``,
            # ``@%(host)s``, ``@<host>``): the userinfo's password (RFC 3986 §3.2.1,
            # https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1) is filled in either way.
            r"(?i)\b[a-z][a-z0-9+.\-]{1,20}://(?P<user>[^\s:/@'\"<>]*):"
            r"(?P<pw>[^\s'\"<>/]{1,200}?)@(?=[\w\[]|\$\{?\w|\{\{?[ \t]*\w|%\(\w|<\w)"
            r"(?![^\s'\"<>/]*@)"
        ),
        group=2,
        score=0.95,
        validate=_url_password_ok,
    ),
    SecretRule(
        "bearer_token",
        ("earer", "Basic", "Token"),
        re.compile(
            r"(?:\b[Bb]earer|Authorization:\s*(?:Basic|Token))\s+"
            r"([A-Za-z0-9\-._~+/]{8,}=*)"
        ),
        group=1,
        score=0.9,
        validate=_bearer_ok,
    ),
    SECRET_IN_CONTEXT,
    SECRET_ASSIGNMENT,
)

SECRET_DETECTORS: tuple[str, ...] = tuple(r.name for r in RULES)
