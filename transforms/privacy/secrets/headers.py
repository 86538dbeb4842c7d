"""Credentials in addresses and headers, beside the structure rules (``secret_structures``):

* ``bare_userinfo_password``: ``user:password@host`` with no scheme (proxy settings,
  Redis/SMTP/rsync targets; RFC 3986 section 3.2.1 userinfo outside a URL);
* ``cookie_header_value``: the random values of ``Cookie`` / ``Set-Cookie`` headers
  (RFC 6265 sections 4.1 and 4.2), names and attributes kept.

Formats documented at https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1 and
https://www.rfc-editor.org/rfc/rfc6265. No other scanner's rule files were used.
"""

from __future__ import annotations

import re
from itertools import repeat

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.named_values import _wordy
from transforms.privacy.secrets.rules import LoweredTriggerRule, SecretRule
from transforms.privacy.secrets.url_passwords import (
    _WEAK_REAL_PASSWORDS,
    _url_password_ok,
    remote_host_at,
    weak_password_flagged,
)
from transforms.privacy.secrets.values import _code_or_default, looks_random

# --- user:password@host without a scheme (proxy settings, Redis/SMTP/rsync targets) ---------
# RFC 3986 section 3.2.1 userinfo ("user:password@host", deprecated but pasted everywhere)
# outside a URL: HTTP_PROXY=jdoe:Xy7…@proxy.acme.com:8080. The host must be a dotted name with a
# letter TLD or an IPv4 address; "scheme://" URLs are left to url_credentials.
_BARE_USERINFO = re.compile(
    r"(?<![\w.%+\-:/@])(?P<user>[\w.%+\-]{1,64}):(?P<pw>[^\s:@/'\"<>`]{6,128})@"
    r"(?=(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}\b|\d{1,3}(?:\.\d{1,3}){3}\b)"
)
# "mailto:jane.doe@acme.com", "email:jdoe99@…": a label, then an e-mail address.
_NAME_PART = re.compile(r"[A-Za-z._\-]+")
_ADDRESS_LABEL = re.compile(
    r"(?i)e-?mail|mailto|from|to|cc|bcc|sender|reply-to|contact|author|by|maintainer|owner"
    r"|login|user(?:name)?|account|address|addr|id"
)


class _UserinfoRule(SecretRule):
    """Runs the pattern only on the token ending at each ``@`` that follows a non-space
    character (decorators, ``@mentions`` and prose cost one ``str.find`` each); a text with
    hundreds of ``@`` is scanned by the pattern in one pass instead."""

    def find(self, text: str, lowered: str) -> list:
        from transforms.privacy.spans import Span

        if text.count("@") > 256:
            found = self.pattern.finditer(text)
        else:
            found = (m for m in map(self._match_before, repeat(text), _ats(text)) if m)
        return [
            Span(m.start(2), m.end(2), "SECRET", self.score, self.name)
            for m in found
            if self.validate(m.group(2), m, text)
        ]

    def _match_before(self, text: str, at: int) -> re.Match[str] | None:
        if text[at - 1].isspace() or ":" not in text[max(0, at - 200) : at]:
            return None
        lo = max(text.rfind(c, max(0, at - 200), at) for c in " \t\n\"'`=(,<>[@") + 1
        m = self.pattern.match(text, lo)
        return m if m and m.end() == at + 1 else None


def _ats(text: str):
    at = text.find("@", 1)
    while at != -1:
        yield at
        at = text.find("@", at + 1)


def _bare_userinfo_ok(value: str, m: re.Match[str], text: str) -> bool:
    if _ADDRESS_LABEL.fullmatch(m["user"]):
        return False  # "email:jdoe99@acme.com": a label, then an address
    if value.lower() in _WEAK_REAL_PASSWORDS:
        # Without a scheme "user:word@host" is no certain password position (an address after
        # a label looks the same), so a weak word is judged by the host it opens.
        at = m.end("pw") + 1
        return remote_host_at(text, at) and weak_password_flagged(value, text, at)
    if _NAME_PART.fullmatch(value) or value.isdigit():
        return False  # an e-mail's local part after a label, or a time ("10:30@…")
    if value.startswith(("$", "%", "{", "[", "(", "*", "#")) or "${" in value:
        return False
    return _url_password_ok(value, m, text) and not _code_or_default(value)


# --- HTTP Cookie / Set-Cookie headers (RFC 6265 sections 4.1 and 4.2) --------------------------
# A session cookie is a bearer credential: its random values are removed, names and the
# attributes (Path, Expires, SameSite, ...) kept. https://www.rfc-editor.org/rfc/rfc6265
_COOKIE_HEADER = re.compile(r"(?im)\b(?:set-)?cookie:[ \t]*([^\n'\"]{8,4000})")
_COOKIE_PAIR = re.compile(r"(?:^|;)[ \t]*([!#$%&*+.^_`|~0-9A-Za-z-]+)=([^;\s]{16,2000})")


class _CookieRule(LoweredTriggerRule):
    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for h in self.pattern.finditer(text):
            for p in _COOKIE_PAIR.finditer(h.group(1)):
                value = p.group(2).strip('"')
                if looks_random(value, 16) and not is_placeholder(value) and not _wordy(value):
                    start = h.start(1) + p.start(2) + p.group(2).find(value)
                    out.append(Span(start, start + len(value), "SECRET", self.score, self.name))
        return out


BARE_USERINFO_RULE = _UserinfoRule(
    "bare_userinfo_password", ("@",), _BARE_USERINFO, 2, 0.8, _bare_userinfo_ok
)
COOKIE_RULE = _CookieRule("cookie_header_value", ("cookie:",), _COOKIE_HEADER, 1, 0.8, None, True)
