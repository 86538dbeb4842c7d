"""What the documented-format tables are written with: the rule builders (``_r``, ``_p``,
``_ctx``), the GitHub/npm base62 CRC32 token checksum and the value validators the format rules
share (passwords, connection-string passwords, keyword-anchored values, Basic credentials).
"""

from __future__ import annotations

import binascii
import re
import zlib
from dataclasses import dataclass

from transforms.contracts.placeholders import is_placeholder, is_template_placeholder
from transforms.privacy.secrets.password_policy import in_connection_string, is_password_literal
from transforms.privacy.secrets.rules import ALNUM, TOKEN_CHARS, SecretRule
from transforms.privacy.secrets.url_passwords import (
    _WEAK_REAL_PASSWORDS,
    is_userinfo_template,
    weak_password_flagged,
)
from transforms.privacy.secrets.values import (
    _PUBLIC_NAME,
    _WEAK_DEFAULTS,
    _code_or_default,
    _inside_url,
    b64_bytes,
    is_public_value,
    looks_like_identifier,
    shannon_entropy,
)

_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62_crc32(body: str, width: int = 6) -> str:
    """CRC32 of ``body`` in base62, left-padded to ``width`` (GitHub / npm token checksum)."""
    n = zlib.crc32(body.encode("ascii"))
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _B62[r] + out
    return out.rjust(width, "0")


def checksum_ok(token: str) -> bool:
    """True when a ``ghp_``/``npm_``-style token's last 6 characters are its CRC32 checksum."""
    return len(token) > 6 and base62_crc32(token[:-6]) == token[-6:]


def _distinct(n: int, *, structured: bool = False):
    # ``structured``: the value matched a provider's documented prefix/length/alphabet, so only
    # template shapes veto it (``ghp_abcdef1234…`` and ``…EXAMPLE`` keys are still keys).
    veto = is_template_placeholder if structured else is_placeholder

    def ok(value: str, m: re.Match[str], text: str) -> bool:
        return not veto(value) and len(set(value)) >= n

    return ok


_key = _distinct(8)
_structured_key = _distinct(8, structured=True)


def _password_ok(value: str, m: re.Match[str], text: str) -> bool:
    v = value.strip()
    if v.lower() in _WEAK_REAL_PASSWORDS:
        # An explicit password field: weak words are redacted too (secret_password_policy);
        # an upper-case word after a flag is a usage metavar (``--password SECRET``).
        return is_password_literal(v) and not v.isupper()
    if len(v) < 4 or v.lower() in _WEAK_DEFAULTS or is_placeholder(v):
        return False
    if v.rstrip("):,;").lower() in {"none", "null", "nil", "undefined"} or v.endswith(("(", "):")):
        return False
    if v.startswith(("$", "%", "{{", "${", "<", "#{", "(")):  # (char *): a cast
        return False
    if re.fullmatch(r"\{[a-z_][\w.]*(?:\(.*\))?\}", v):
        return False  # an f-string slot: {quote(url.password)}
    # keyword arguments end in a comma: password=r.password, is code, not a value
    if _code_or_default(v.rstrip(",);")) and not _TOKEN_SHAPED.fullmatch(v):
        return False
    return not re.fullmatch(r"[\d_.:-]+", v)


# Words after a password flag in prose ("pass it with the --password flag"), not values.
_FLAG_WORDS = frozenset({"flag", "option", "argument", "arg", "parameter", "param", "switch"})
# What may follow a password given as the next word after a flag on a command line: the line's
# end, another flag, a line continuation, a pipe or command separator, or a URL/path argument.
_AFTER_FLAG_VALUE = re.compile(
    r"[ \t]*(?:$|-|\\|\||;|&&|[\"']?[\w.\-]*[/@:.][\w./@:\-]*(?:[ \t]|$))", re.M
)


def _literal_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    """:func:`_password_ok`, and a plain word too (``password sunflower`` in ``.netrc``,
    ``value="sunflower"`` under ``ClearTextPassword``), where the format's syntax makes the
    value a literal: no variable can stand there (secret_password_policy). A word given with
    a space after a command-line flag must end the command or precede another flag or an
    address, not a sentence's next word."""
    if _password_ok(value, m, text):
        return True
    v = value.strip().strip("\"'")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{3,63}", v) or v.isupper():
        return False  # PASSWORD after a flag: a usage metavar
    if v.lower() in _WEAK_DEFAULTS or v.lower() in _FLAG_WORDS or not is_password_literal(v):
        return False
    flag = m.group(0).lstrip()
    if flag.startswith("-") and "=" not in flag[: flag.find(value)]:
        return bool(_AFTER_FLAG_VALUE.match(text, m.end()))
    return True


# Dot-separated random parts (a JWT-like password, NuGet "ClearTextPassword" tokens) are not a
# dotted code identifier even though they look like "a.b.c".
_TOKEN_SHAPED = re.compile(
    r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9_\-]{10,}(?:\.[A-Za-z0-9_\-]{10,}){1,2}"
)


def _conn_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A connection string's password, weak ones (``secret``) included whatever the server; in a
    ``key=value;`` string a word or identifier is a literal too (``Password=specialbill_user;``:
    a password equal to the user name is still a password)."""
    if re.search(r"\$[A-Za-z_{]", value):
        return False  # password = super$ecret: a shell/Compose expansion, not a literal
    if in_connection_string(text, m.start(1), m.end(1)):
        return is_password_literal(value)
    if value.lower() in _WEAK_REAL_PASSWORDS and _inside_url(text, m.start(1), m.end(1)):
        # in a URL's query (``postgresql:///db?host=localhost&password=secret``) a weak
        # password is flagged whatever the host, as in a URL's userinfo (url_passwords)
        return weak_password_flagged(value)
    return _password_ok(value, m, text)


def _slot_ok(value: str, m: re.Match[str], text: str) -> bool:
    # A value in a password slot (an API's password argument): any non-default string, weak
    # words included (``DirectoryEntry(path, user, "secret")``).
    v = value.strip()
    if v.lower() in _WEAK_REAL_PASSWORDS:
        return is_password_literal(v)
    if len(v) < 4 or v.lower() in _WEAK_DEFAULTS or is_placeholder(v):
        return False
    return not (v.startswith(("$", "%", "{{", "${", "<", "#{")) or _code_or_default(v) and "_" in v)


def _quoted_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    if re.fullmatch(r"[\w.+\-]+@[\w\-]+\.[\w.]+", value):
        return False  # "a reset link sent to 'jo@acme.io'": an address, not a password
    return len(value) >= 4 and _slot_ok(value, m, text) and " " not in value


_KEYWORD_VALUE_BAD = re.compile(r"^(?:[\d_.:\-]+|v?\d+(?:\.\d+)+.*|[A-Za-z]+(?:[-_.][A-Za-z]+)*)$")


def _keyword_value_ok(value: str, m: re.Match[str], text: str) -> bool:
    """Keyword-anchored value: long, letters and digits mixed, high entropy, not a word."""
    v = value.rstrip(".")
    start = m.start()
    while (
        start > 0
        and start > m.start() - 40
        and (text[start - 1].isalnum() or text[start - 1] in "_.-")
    ):
        start -= 1
    name = text[start : m.start(1)].strip(" \t=:'\"")
    if _PUBLIC_NAME.search(name) or is_public_value(v):
        return False
    if re.match(r"[\"']\s+value\s*=", text[m.end() : m.end() + 12]):
        return False  # <add key="Name" value="..."/>: the key attribute is a setting name
    if len(v) < 16 or is_placeholder(v) or _KEYWORD_VALUE_BAD.match(v) or "/" in v:
        return False
    if not any(c.isalpha() for c in v):
        return False
    # Letters only: a key when long and case-mixed at random, not a camelCase name.
    letters_only = not any(c.isdigit() for c in v)
    if letters_only and (len(v) < 20 or v.islower() or v.isupper() or looks_like_identifier(v)):
        return False
    stem = v.rstrip("0123456789")
    if len(v) - len(stem) <= 2 and looks_like_identifier(stem):
        return False  # key="ConnectionString1": a numbered setting name
    if _code_or_default(v) or text[m.end() : m.end() + 1] == "(":
        return False
    return shannon_entropy(v) >= 3.0


def _prose_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    # In prose a password is a single token with a digit or symbol: "hunter2!x", not "long".
    v = value.rstrip(".,;:!?)\"'`")
    if not _password_ok(v, m, text) or len(v) < 6:
        return False
    return any(c.isdigit() for c in v) or not v.isalpha()


def _basic_auth_ok(value: str, m: re.Match[str], text: str) -> bool:
    try:
        raw = b64_bytes(value).decode()
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    user, sep, pw = raw.partition(":")
    return bool(sep) and not is_userinfo_template(user, pw) and _password_ok(pw, m, text)


def _jenkins_ok(value: str, m: re.Match[str], text: str) -> bool:
    # Jenkins stores secrets as "{AQAAABAAAA...}" (AES-encrypted, base64): long and random.
    return len(value) >= 24 and len(set(value)) >= 10


def _random_token(value: str, m: re.Match[str], text: str) -> bool:
    # "s.unexpectedCharacterAfter..." is an identifier; a token mixes digits into letters.
    body = value[2:]
    return (
        _key(value, m, text) and any(c.isdigit() for c in body) and not looks_like_identifier(body)
    )


@dataclass(frozen=True)
class _Ctx:
    """A value pattern that counts only after a context word within ``gap`` characters."""

    words: re.Pattern[str]
    value: re.Pattern[str]
    gap: int


def _ctx(words: str, value: str, gap: int = 40) -> _Ctx:
    """``value`` (group 1) within ``gap`` characters after one of ``words`` (case-insensitive).

    The regex scans for the value alone (rare shapes, cheap); the context word is checked in
    the window before each match, so common words ("token") cost nothing per character.
    """
    return _Ctx(re.compile(r"(?i:" + words + r")"), _p(value), gap)


def _p(rx: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9_\-])(" + rx + r")(?![A-Za-z0-9_\-])", flags)


def _r(
    name: str,
    triggers: tuple[str, ...],
    pattern: re.Pattern[str] | _Ctx,
    validate=_key,
    *,
    ci: bool = False,
    score: float = 0.95,
) -> SecretRule:
    if isinstance(pattern, _Ctx):
        ctx, inner = pattern, validate

        def validate(value: str, m: re.Match[str], text: str) -> bool:
            line_start = text.rfind("\n", 0, m.start(1)) + 1
            window = text[max(line_start, m.start(1) - ctx.gap - 30) : m.start(1)]
            return bool(ctx.words.search(window)) and inner(value, m, text)

        pattern = ctx.value
    if ci:  # triggers are looked up in the lower-cased text
        triggers = tuple(t.lower() for t in triggers)
    return SecretRule(name, triggers, pattern, 1, score, validate, ci)


_H = "[0-9a-f]"
_UUID = f"{_H}{{8}}-{_H}{{4}}-{_H}{{4}}-{_H}{{4}}-{_H}{{12}}"  # RFC 4122 text form, lower case
_B = ALNUM
_U = TOKEN_CHARS
