"""Credentials stated in prose, in the shapes people write them in chat.

"the password for the admin account is X", "my pw is X", "use X as the password", "ssh in with
password X", "username admin password X", "login: admin / X". The value must be one token with
letters and a digit or symbol (``hunter2!x``), not a word, path, URL, reference or placeholder;
a user name alone (``user is admin2024``) is never taken for a password. Complements
``password_in_prose`` / ``quoted_password_in_prose`` of :mod:`~transforms.privacy.secret_formats`.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets import (
    _REFERENCE,
    _WEAK_DEFAULTS,
    SecretRule,
    _code_or_default,
    _inside_url,
    is_placeholder,
)

_PW_WORDS = r"(?:password|passwd|passphrase|passcode|pwd|pw|wi-?fi[ \t]+key)"
_PROSE_END = r"[\"'`]?(?=[\s,;)]|\.?$|\.\s)"
_PROSE_CREDENTIAL = re.compile(
    r"(?im)"
    # "the password for the admin account is X", "my pw is X", "password -> X", "passcode X"
    rf"\b{_PW_WORDS}(?:'s)?\b(?:[ \t]+(?:for|of|on)\b[^\n.!?:=]{{1,40}}?)?"
    r"(?:[ \t]+(?:is|was|=|->|are)|[ \t]*(?:=|->)|'s)[ \t]*[\"'`]?(?P<a>[^\s\"'`]{6,64}?)"
    + _PROSE_END
    + r"|"
    # "ssh in with password X", "log in with the passphrase X"
    rf"\bwith[ \t]+(?:the[ \t]+|my[ \t]+)?{_PW_WORDS}[ \t]+[\"'`]?(?P<d>[^\s\"'`]{{6,64}}?)"
    + _PROSE_END
    + r"|"
    # "use X as the password"
    rf"\buse[ \t]+[\"'`]?(?P<b>[^\s\"'`]{{6,64}}?)[\"'`]?[ \t]+as[ \t]+"
    r"(?:the[ \t]+|my[ \t]+|your[ \t]+)?"
    rf"(?:\w+[ \t]+)?{_PW_WORDS}(?=[ \t]*(?:[.,;!?)]|$)|[ \t]+(?:for|on|of|to|and|here)\b)|"
    # "username admin password X", "user: admin, pass: X", "login: admin / X"
    r"\b(?:user(?:name)?|login|creds|credentials)\b[ \t]*(?:are|is|:|=)?[ \t]*"
    r"[\"'`]?[\w.@\\-]+[\"'`]?(?:[ \t]*[,;/][ \t]*|[ \t]+)"
    rf"(?:(?:{_PW_WORDS}|pass)[ \t]*[:=]?[ \t]*)?[\"'`]?(?P<c>[^\s\"'`/]{{6,64}}?)" + _PROSE_END
)
_PROSE_PW_REQUIRED = re.compile(rf"(?i){_PW_WORDS}|pass\b|/")


class _ProseRule(SecretRule):
    def trigger_scope(self) -> tuple[tuple[str, ...], bool]:
        return self.triggers, True  # find tests the triggers in the lower-cased text

    def find(self, text: str, lowered: str) -> list:
        from transforms.privacy.spans import Span

        if not any(t in lowered for t in self.triggers):
            return []
        out = []
        for m in self.pattern.finditer(text):
            g = next(g for g in ("a", "b", "c", "d") if m.group(g))
            value = m.group(g).rstrip(".,;:!?)")
            if g == "c" and not _PROSE_PW_REQUIRED.search(m.group(0)[: m.start(g) - m.start()]):
                continue  # "username admin X": only with a password word or a "user / pass" slash
            if not _prose_value_ok(value) or _inside_url(text, m.start(g), m.start(g) + len(value)):
                continue
            out.append(Span(m.start(g), m.start(g) + len(value), "SECRET", self.score, self.name))
        return out


def _prose_value_ok(value: str) -> bool:
    """A single token with letters and a digit or symbol (``hunter2!x``), not a word, path,
    reference, URL or placeholder."""
    if len(value) < 6 or value.isalpha() or value.isdigit() or not any(c.isalpha() for c in value):
        return False
    if value.startswith(("$", "%", "<", "{", "[", "(", "*", "-", "@", "/", ".", "#")):
        return False
    if any(c in value for c in "=?&@") or "://" in value:
        return False  # a URL's path or query, an assignment: judged by their own rules
    if value.lower() in _WEAK_DEFAULTS or is_placeholder(value) or _REFERENCE.match(value):
        return False
    return not (_code_or_default(value) or re.fullmatch(r"[\w.-]+\.(?:[a-z]{2,4})", value))


PROSE_RULES: tuple[SecretRule, ...] = (
    _ProseRule(
        "credential_in_prose",
        ("pass", "pw", "pwd", "wifi", "wi-fi", "user", "login", "creds", "credentials"),
        _PROSE_CREDENTIAL,
        0,
        0.75,
        None,
        True,
    ),
)
