"""Secret detectors: API keys, tokens, private keys, credentials in URLs and config.

Kept as one module: the rule framework, the placeholder/reference/public-value policy every
rule applies and the core rules read as one policy; provider formats live apart
(``secret_formats``, ``secret_providers``), the second engine in ``secret_engines``.

Every detector is a small rule: a cheap trigger (a substring that must occur in the text,
tested with ``in`` before any regex runs), a compiled pattern, and a validator that drops
placeholders (``sk-...``, ``YOUR_API_KEY``, ``xxxx``, ``<your-key>``), references
(``process.env.X``, ``${DB_PASSWORD}``) and public values (Supabase ``anon`` JWTs, Stripe
publishable keys). Everything found is type ``SECRET`` and is always removed whole.

Rules (detector names appear in the audit table):
``pem_private_key`` whole ``-----BEGIN ... PRIVATE KEY-----`` block; ``anthropic_key``
``sk-ant-...``; ``openai_key`` ``sk-``/``sk-proj-``; ``stripe_key`` ``sk_/rk_ live/test``,
``whsec_``; ``aws_access_key_id`` ``AKIA``/``ASIA``; ``aws_secret_access_key`` 40-char
base64 next to an AWS context word or key id; ``github_token`` ``ghp_/gho_/ghs_/ghu_/ghr_``,
``github_pat_``; ``slack_token`` ``xox[abposr]-`` and Slack webhooks; ``google_api_key``
``AIza``; ``jwt`` any signed JWT except a Supabase ``anon`` key (payload decoded);
``other_token`` HuggingFace, GitLab, npm, SendGrid, Supabase personal tokens;
``url_credentials`` the password of ``scheme://user:password@host``; ``bearer_token``
``Bearer``/``Basic`` credentials; ``secret_assignment`` values assigned to secret-like names
in ``.env`` files, YAML, JSON and code (passwords always, other names only when the value
looks random).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.phrase_values import secret_phrase
from transforms.privacy.spans import Span

SECRET = "SECRET"

# Values that appear as defaults/placeholders for passwords in docs and local dev setups.
_WEAK_DEFAULTS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "postgres",
        "root",
        "admin",
        "changeme",
        "test",
        "example",
        "none",
        "null",
        "undefined",
        "true",
        "false",
        "string",
        "str",
        "required",
        "optional",
        "hidden",
        "masked",
        "mypassword",
        "yourpassword",
        "user",
        "tiger",  # Oracle's SCOTT/TIGER demo schema, the example password of many docs
    }
)


ALNUM = "[A-Za-z0-9]"  # token-body alphabets the provider-format rules share
TOKEN_CHARS = "[A-Za-z0-9_-]"


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value`` (0 for empty strings)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def looks_random(value: str, min_len: int = 16) -> bool:
    """A credential-like value: long, mixed character classes, high entropy, no spaces."""
    if len(value) < min_len or " " in value:
        return False
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )
    if classes < 2:
        return False
    return shannon_entropy(value) >= 3.0


def decode_jwt_payload(token: str) -> dict | None:
    """The JSON payload of a JWT (no signature check), or ``None`` when it does not decode."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    body = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        payload = json.loads(base64.urlsafe_b64decode(body))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def jwt_is_public(token: str) -> bool:
    """Supabase ``anon`` keys (and other role=anon tokens) are public by design."""
    payload = decode_jwt_payload(token)
    return bool(payload) and str(payload.get("role", "")).lower() == "anon"


@dataclass(frozen=True)
class SecretRule:
    """One detector: run ``pattern`` only when any ``triggers`` substring is present."""

    name: str
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    group: int = 0
    score: float = 0.95
    validate: Callable[[str, re.Match[str], str], bool] | None = None
    case_insensitive_trigger: bool = False

    def trigger_scope(self) -> tuple[tuple[str, ...], bool] | None:
        """``(triggers, looked up in the lower-cased text)`` as :meth:`find` tests them, or
        ``None`` for a rule that always runs its pattern. :class:`TriggerIndex` relies on it."""
        return self.triggers, self.case_insensitive_trigger

    def find(self, text: str, lowered: str) -> list[Span]:
        """Spans for every validated match of this rule in ``text``."""
        hay = lowered if self.case_insensitive_trigger else text
        if not any(t in hay for t in self.triggers):
            return []
        out = []
        for m in self.pattern.finditer(text):
            value = m.group(self.group)
            if not value:
                continue
            if self.validate is not None and not self.validate(value, m, text):
                continue
            out.append(Span(m.start(self.group), m.end(self.group), SECRET, self.score, self.name))
        return out


class TriggerIndex:
    """Which rules' triggers occur in a text, found in one Aho-Corasick pass over the text and
    one over its lower-cased copy, instead of an ``in`` test per trigger per rule (with ~240
    rules those tests cost as much as all the rules' patterns together).

    :meth:`candidates` returns, in rule order, every rule whose own trigger test in ``find``
    would pass (and every rule without triggers), so running only those gives the same spans.
    """

    def __init__(self, rules: Sequence[SecretRule]) -> None:
        import ahocorasick_rs

        self.rules = tuple(rules)
        self._always: set[int] = set()
        by_trigger: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        for i, rule in enumerate(self.rules):
            scope = rule.trigger_scope()
            if scope is None or "" in scope[0]:
                self._always.add(i)  # no trigger, or "" (a substring of every text)
                continue
            triggers, lowered = scope
            for t in triggers:
                by_trigger[lowered].setdefault(t, []).append(i)
        self._rules_of = tuple(tuple(d.values()) for d in by_trigger)
        self._automata = tuple(
            ahocorasick_rs.AhoCorasick(list(d)) if d else None for d in by_trigger
        )

    def candidates(self, text: str, lowered: str) -> list[SecretRule]:
        """The rules worth running on ``text`` (``lowered`` is ``text.lower()``), in order."""
        chosen = set(self._always)
        for automaton, rules_of, hay in zip(
            self._automata, self._rules_of, (text, lowered), strict=True
        ):
            if automaton is None:
                continue
            # overlapping=True reports every trigger that occurs, also inside a longer one
            for k in {m[0] for m in automaton.find_matches_as_indexes(hay, overlapping=True)}:
                chosen.update(rules_of[k])
        return [self.rules[i] for i in sorted(chosen)]


def _not_placeholder(value: str, m: re.Match[str], text: str) -> bool:
    return not is_placeholder(value)


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


_REFERENCE = re.compile(
    r"^(?:process\.env|os\.environ|os\.getenv|import\.meta|Deno\.env|env\(|getenv|"
    r"settings\.|config\.|this\.|self\.|req\.|secrets\.|vault:|\$|%\(|@"
    # %DB_SECRET% / %env(DB_SECRET)%: Symfony container parameters and env processors
    # (https://symfony.com/doc/current/configuration/env_var_processors.html), Windows %VARS%
    r"|%(?:env\()?[A-Za-z_][\w.:\-]*\)?%$)",
)
_DOTTED_IDENT = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(.*)?$")
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(")
# Unquoted code expressions (``request.form['password']``, ``z.string()``) are not values.
# (``auth[1``, ``iterator_dict[``: a subscript cut at the closing bracket; ``paramref:``: a role)
_CODE_EXPR = re.compile(r"^[A-Za-z_$]+\s*(?:[.[(][A-Za-z_$'\"\])]|\(\)|[\[(]\d|[\[(:]$)")
_WORDISH = re.compile(r"^[A-Za-z_.\-]+$")


_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_VOWELS = frozenset("aeiouyAEIOUY")


def looks_like_identifier(value: str) -> bool:
    """``hashedPassword``, ``NEXT_PUBLIC_URL``, ``my-secret-name``: words, not random letters.

    Split at case changes and separators, identifiers are a few word-sized parts; random
    letters (``WOTbVmeekl_AvG``) fall apart into one- and two-letter, vowel-less pieces.
    """
    if not _WORDISH.match(value):
        return False
    parts = _CAMEL_PART.findall(value)
    if not parts:
        return True
    if len(value) < 10:
        return True
    if any(len(p) == 1 for p in parts[:-1]):
        return False
    if sum(1 for p in parts if not _VOWELS.intersection(p)) >= 2:
        return False
    if sum(map(len, parts)) / len(parts) < 3.5:
        return False
    # One long lower- or upper-case run: an English-ish word has vowels in ~a third of letters.
    letters = [c for c in value if c.isalpha()]
    return sum(c in _VOWELS for c in letters) / len(letters) >= 0.2


_NUMBER = re.compile(r"^[\d_.:-]+[smhdkKMGb]?$")
_PASSWORD_NAME = re.compile(r"(?i)pass(?:word|wd|phrase)?|pwd")
_PUBLIC_NAME = re.compile(
    r"(?i)public|publishable|anon|_url$|_uri$|_host$|_port$|_user(?:name)?$"
    r"|_id$|_ttl$|_expir|_length$|_len$|_min|_max|_type$|_name$|_header$"
    r"|_prefix$|_path$|_file$|_field$|_endpoint$|_ms$|_seconds$"
    # anti-forgery tokens are sent to every visitor inside the page, not credentials
    # (https://guides.rubyonrails.org/security.html#csrf-countermeasures)
    r"|csrf|xsrf|authenticity_token"
)
_PUBLIC_VALUE = re.compile(r"^(?:pk_(?:live|test)_|phc_|pk\.)")
# A ``pk_`` value under a name that says secret/private (``COURIER_SECRET=pk_test_…``: Courier's
# API keys start ``pk_``) is judged as a secret: the name beats the public-shape guess.
_SECRET_NAMED = re.compile(r"(?i)secret|private")


def is_public_value(value: str, template_only: bool = False) -> bool:
    """Placeholders and public-by-design keys (Supabase ``anon`` JWTs, Stripe ``pk_`` keys,
    Mapbox ``pk.`` tokens): never flagged, whichever engine found them.

    ``template_only`` applies the narrow placeholder veto (:func:`is_template_placeholder`)
    instead of the wide one: for findings of provider-specific rules (the second engine's
    packaged rules), where a value of the exact structure is a key even if it says ``test``."""
    veto = is_template_placeholder if template_only else is_placeholder
    if veto(value) or _PUBLIC_VALUE.match(value):
        return True
    return value.startswith("eyJ") and value.count(".") == 2 and jwt_is_public(value)


# Values that are code, paths, selectors or ARNs: ``" + getPw() + "``, ``/en/docs``, ``#id``.
_NOT_A_VALUE = re.compile(
    r"^(?:[\s+(\\#/'\[=!?{]|arn:|\(char|.*\$_(?:POST|GET|REQUEST)\b)|\(\s*$|\+\s*$"
)


_CODE_SHAPE = re.compile(r"[A-Za-z_$][\w$]*\((?:[\w{]|\)|$)|=>|\)\s*[;,)&]|\{\w+:")


def _looks_like_code(value: str) -> bool:
    """Minified or inline code (``e=>{i({body:``, ``,render:({field:e``), not a credential."""
    return bool(_CODE_SHAPE.search(value))


_ROUTE = re.compile(r"^(?=[^/]*/)[A-Za-z_./#:-]+$")  # cms/sites/passwords#update, a route


# A whole ``.env``/shell/INI line ``DB_PASSWORD=open_sesame`` (no spaces around ``=``, the
# name ending in a password word): there the word is the value, not a variable as in code.
# Not indented and not ending in "," or ")": those are keyword arguments of a multi-line call.
_ENV_LINE = re.compile(r"(?:export[ \t]+)?[\w.\-]+=[\w\-]+[ \t]*(?:#.*)?")
_ENV_PASSWORD_NAME = re.compile(r"(?i)(?:pass(?:word|wd|phrase)?|pwd)$")
_SETTING_WORDS = frozenset(
    {"prompt", "keyring", "disabled", "enabled", "plain", "plaintext", "random", "generate"}
    | {"generated", "auto", "empty", "blank", "unset", "file", "env", "stdin", "trust", "never"}
)


def _env_line_word(value: str, m: re.Match[str], text: str) -> bool:
    if m.group("bare") is None or not re.fullmatch(r"[a-z][a-z_\-]{3,63}", value):
        return False
    if not _ENV_PASSWORD_NAME.search(m.group("name")) or value in _SETTING_WORDS:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return bool(_ENV_LINE.fullmatch(text[line_start : len(text) if line_end < 0 else line_end]))


# ``$name``/``${name}`` inside an unquoted value: a shell, Compose or Make expansion (or, in
# JS/PHP, an identifier: ``super$ecret``), not a literal; quoted ``'super$ecret'`` still is one.
_EXPANSION = re.compile(r"\$[A-Za-z_{]")


def _explicit_password(value: str, m: re.Match[str], text: str) -> bool:
    """A literal assigned to a password field (``password = open_sesame`` on a config line,
    ``AdminPassword: "secret"``), by :mod:`~transforms.privacy.secrets.password_policy`."""
    from transforms.privacy.secrets import password_policy as pw

    if not pw.is_password_field(m.group("name")) or any(c.isspace() for c in value):
        return False
    if m.group("bare") is None:
        return pw.is_password_literal(value)
    if _PASSWORD_NAME.search(value):
        return False  # password = db_password: another name
    at = m.start("bare")
    return pw.is_password_literal(value, code=not pw.config_line_value(text, at, at + len(value)))


def _assignment_ok(value: str, m: re.Match[str], text: str) -> bool:
    name = m.group("name")
    if name.lower() == "key" or _NOT_A_VALUE.search(value) or _ROUTE.match(value):
        return False
    if _looks_like_code(value):
        return False  # an XML/dict "key" attribute names a setting; code is not a value
    if _PUBLIC_NAME.search(name) or (_PUBLIC_VALUE.match(value) and not _SECRET_NAMED.search(name)):
        return False
    if value.startswith("eyJ") and value.count(".") == 2:
        return not jwt_is_public(value) and not is_placeholder(value)
    if _REFERENCE.match(value) or _DOTTED_IDENT.match(value) or _CALL.match(value):
        return False
    if m.group("bare") is not None and (_CODE_EXPR.match(value) or _EXPANSION.search(value)):
        return False
    if _explicit_password(value, m, text):
        return True  # weak words included: see secret_password_policy
    low = value.lower()
    if _NUMBER.match(value) or low in _WEAK_DEFAULTS or is_placeholder(value):
        return False
    if "://" in value:
        # URLs are judged by the url_credentials rule (only their password is secret).
        return False
    if secret_phrase(name, value, quoted=m.group("bare") is None):
        return True  # client_secret = "thisisaverysecretkey": see secret_phrase_values
    # Identifiers and env-var names (``NEXT_PUBLIC_SUPABASE_URL``) are not values, except that
    # a quoted lower-case word under a password name is a literal ("thisismypassword").
    quoted_word = m.group("bare") is None and value.islower() and value.isalpha()
    literal_word = (quoted_word and _PASSWORD_NAME.search(name)) or _env_line_word(value, m, text)
    if looks_like_identifier(value) and not literal_word:
        return False
    if _PASSWORD_NAME.search(name):
        from transforms.privacy.secrets.password_policy import is_slot_word

        # "Password for package index (will be masked)": a label or prompt names itself, as
        # does "Contraseña" (an i18n string of the word)
        label = " " in value and _PASSWORD_NAME.search(value)
        return len(value) >= 4 and not label and not is_slot_word(value)
    return looks_random(value, 12)


# "x-oauth-basic": GitHub's fixed dummy password after a token user name (the token is the
# secret; url_userinfo_token): https://github.blog/2012-09-21-easier-builds-and-deployments-using-git-over-https-and-oauth/
_URL_PASSWORD_DEFAULTS = _WEAK_DEFAULTS | {
    "pw",
    "p",
    "x",
    "pass123",
    "password123",
    "x-oauth-basic",
}


# Weak but real passwords (not template words like "none"/"string"): public knowledge on a
# local or example host, a live credential on a named remote one (``admin:secret@db.acme.io``).
_WEAK_REAL_PASSWORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "secret",
        "postgres",
        "root",
        "admin",
        "test",
        "pass123",
        "tiger",
    }
    | {"password123", "letmein", "qwerty", "123456", "12345678"}
)
_HOST = re.compile(r"\[[0-9A-Fa-f:.]+\]|[\w.\-]+")
# Hosts where a weak password protects nothing real: loopback, private (RFC 1918, RFC 4193)
# and documentation (RFC 3849) addresses, Docker Compose service names (no dot), and the
# reserved example/test names of RFC 2606 / RFC 6761.
_LOCAL_HOST = re.compile(
    r"(?i)^(?:[\w\-]+|localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[(?:::1?|2001:db8:|f[cd]|fe80:).*"
    r"|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}"
    r"|(?:[\w\-]+\.)*(?:example|invalid)\.(?:com|net|org)|.*\.(?:test|example|invalid|local"
    r"|localhost|internal|lan))$"
)


def remote_host_at(text: str, at: int) -> bool:
    """Whether the host starting at ``text[at]`` (after ``user:pw@``) is a named remote host:
    dotted, not loopback, not a reserved example/test name, not a bare service name."""
    m = _HOST.match(text, at)
    return bool(m) and not _LOCAL_HOST.match(m.group(0).rstrip(".-"))


def _url_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    if value.lower() in _WEAK_REAL_PASSWORDS:
        return remote_host_at(text, m.end("pw") + 1)
    if value.lower() in _URL_PASSWORD_DEFAULTS or value == m.group("user"):
        return False
    if not value.strip("*") or "%20" in value:
        return False  # masked ("***") or a phrase ("a%20secret"), not a password
    return not (is_placeholder(value) or value.startswith(("$", "%", "{", "[", "<", ":")))


def _bearer_ok(value: str, m: re.Match[str], text: str) -> bool:
    if value.startswith("eyJ") and value.count(".") == 2:
        return _jwt_ok(value, m, text)
    if is_placeholder(value):
        return False
    if "Basic" in m.group(0)[:30]:
        # Basic credentials are base64("user:password"), often short: decode to be sure.
        try:
            return b":" in base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except (binascii.Error, ValueError):
            return False
    return looks_random(value, 16)


_HEX_ID = re.compile(
    r"^(?:[0-9a-f]{7,40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
    re.IGNORECASE,
)


def _context_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    # A quoted value right after "credential"/"token"/"password" in prose: judged like an
    # assignment, but git hashes and UUIDs (ids people quote next to these words) are not keys.
    if _HEX_ID.match(value) or is_placeholder(value) or looks_like_identifier(value):
        return False
    if value.startswith("{") and value.endswith("}"):
        return False  # an f-string / format slot: `{connection_test_token}`
    if _looks_like_code(value):
        return False
    if _REFERENCE.match(value) or _DOTTED_IDENT.match(value) or _CALL.match(value):
        return False
    if value.count("/") >= 2 and not (
        any(c.isupper() for c in value) and any(c.isdigit() for c in value)
    ):
        return False  # a path (/app/node_modules/x), not base64
    if value.startswith("eyJ") and value.count(".") == 2:
        return not jwt_is_public(value)
    if _PASSWORD_NAME.search(m.group("ctx")):
        return (
            len(value) >= 8 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        )
    return looks_random(value, 12)


_SECRET_NAME_WORDS = (
    r"pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|"
    r"private[_-]?key|auth[_-]?key|credentials?|signing[_-]?key|encryption[_-]?key|"
    r"master[_-]?key|service[_-]?role[_-]?key|[_-]key|Key|dsn|salt"
)

RULES: tuple[SecretRule, ...] = (
    SecretRule(
        "pem_private_key",
        ("-----BEGIN",),
        re.compile(
            r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
            r"(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)"
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
        validate=_key_body_ok,
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
        re.compile(r"(?<![\w-])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"),
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
            r"(?i)\b[a-z][a-z0-9+.\-]{1,20}://(?P<user>[^\s:/@'\"<>]*):"
            r"(?P<pw>[^\s@'\"<>/]{1,200})@[\w\[]"
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
    SecretRule(
        "secret_in_context",
        (
            "credential",
            "token",
            "secret",
            "password",
            "passphrase",
            "api key",
            "api_key",
            "access key",
            "private key",
        ),
        re.compile(
            r"(?i)\b(?P<ctx>credential|token|secret|password|passphrase|api[ _]key|"
            r"access key|private key)s?\b[^\n`'\"]{0,40}?[`'\"]"
            r"(?P<value>[^\s`'\"]{8,200})[`'\"]"
        ),
        group=2,
        score=0.8,
        validate=_context_value_ok,
        case_insensitive_trigger=True,
    ),
    SecretRule(
        "secret_assignment",
        ("pass", "pwd", "secret", "token", "key", "credential", "dsn", "salt"),
        re.compile(
            # The lookbehind anchors names at word starts (no quadratic rescans inside words).
            r"(?<![A-Za-z0-9_.\-])(?P<name>[A-Za-z0-9_.\-]{0,60}?(?:"
            + _SECRET_NAME_WORDS
            + r")[A-Za-z0-9_.\-]{0,60})"
            r"\\?[\"']?[ \t]*(?:=|:|=>|:=)[ \t]*"
            # \\?": code pasted inside a JSON or C string ($password = \"goodspec\";)
            r"(?:\\?\"(?P<dq>[^\"\n]{4,200})\\?\"|'(?P<sq>[^'\n]{4,200})'|`(?P<bq>[^`\n]{4,200})`"
            r"|(?P<bare>[^\s\"'`,;&)}\]]{4,200}))",
            re.IGNORECASE,
        ),
        score=0.85,
        case_insensitive_trigger=True,
    ),
)


def _assignment_spans(rule: SecretRule, text: str, lowered: str) -> list[Span]:
    if not any(t in lowered for t in rule.triggers):
        return []
    out = []
    for m in rule.pattern.finditer(text):
        group = next(g for g in ("dq", "sq", "bq", "bare") if m.group(g) is not None)
        value = m.group(group)
        if group == "bare":
            # DB_PASSWORD=x inside <env>DB_PASSWORD=x</env>: the element's end is not the value
            value = value.split("</", 1)[0].rstrip(".")
        elif group == "dq" and value.endswith("\\"):
            value = value[:-1]  # the escaped closing quote of \"value\"
        if "{" in value and text.startswith(".format(", m.end()):
            continue  # "prefix_{}".format(x): a str.format template, filled at run time
        if not _assignment_ok(value, m, text):
            continue
        start = m.start(group)
        out.append(Span(start, start + len(value), SECRET, rule.score, rule.name))
    return out


def detect_own_secrets(text: str) -> list[Span]:
    """Secret spans from our own recognizers only (this module's rules and
    :mod:`~transforms.privacy.secrets.formats`); may overlap each other."""
    lowered = text.lower()
    spans: list[Span] = []
    # Same rules, same order as running RULES then detect_format_secrets; the index only
    # skips rules whose trigger test would fail.
    for rule in _own_rule_index().candidates(text, lowered):
        if rule.name == "secret_assignment":
            spans.extend(_assignment_spans(rule, text, lowered))
        else:
            spans.extend(rule.find(text, lowered))
    vetoed = _generic_veto()
    return [s for s in spans if not vetoed(text, s)]


@functools.cache
def _generic_veto() -> Callable[[str, Span], bool]:
    # Imported here: the policy module imports this one.
    from transforms.privacy.secrets.value_policy import generic_value_vetoed

    return generic_value_vetoed


@functools.cache
def _own_rule_index() -> TriggerIndex:
    # Imported here: the format modules import this one.
    from transforms.privacy.secrets.formats import FORMAT_RULES

    return TriggerIndex(RULES + FORMAT_RULES)


def _code_or_default(value: str) -> bool:
    """A code expression, reference, identifier or weak default, not a credential value."""
    if _REFERENCE.match(value) or _DOTTED_IDENT.match(value) or _CALL.match(value):
        return True
    code = _CODE_EXPR.match(value) and any(c in value for c in "()[]")
    if code or _NUMBER.match(value) or value.lower() in _WEAK_DEFAULTS:
        return True
    return looks_like_identifier(value)


def _inside_url(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a whitespace-delimited token holding ``://``."""
    lo = max(text.rfind(c, 0, start) for c in " \t\n\"'`")
    his = [i for i in (text.find(c, end) for c in " \t\n\"'`") if i >= 0]
    return "://" in text[lo + 1 : min(his) if his else len(text)]


def detect_secrets(text: str) -> list[Span]:
    """All secret spans in ``text``: our recognizers merged with the second engine
    (:mod:`~transforms.privacy.secrets.engines`, switch: ``IW_SECRETS_KINGFISHER``).
    Spans may overlap each other; resolve with ``resolve_overlaps``."""
    from transforms.privacy.secrets.engines import kingfisher_spans

    own = detect_own_secrets(text)
    return [*own, *second_engine_extra(text, own, kingfisher_spans(text))]


def second_engine_extra(text: str, own: list[Span], found: list[Span]) -> list[Span]:
    """The second engine's spans that add to ours (``own``), after our value policy."""
    return [
        k
        for k in found
        # Ours are narrower (only a URL's password, only an assignment's value): where both
        # engines fire, keep ours; a whole URL is judged by url_credentials alone.
        if not _inside_url(text, k.start, k.end)
        and not _code_or_default(text[k.start : k.end])
        and not any(o.start < k.end and k.start < o.end for o in own)
    ]


SECRET_DETECTORS: tuple[str, ...] = tuple(r.name for r in RULES)
