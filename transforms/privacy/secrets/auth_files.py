"""pgbouncer's authentication file (``auth_file``, usually ``userlist.txt``): one user per line,
``"username" "password"``, where the password is plain text, an MD5 hash (``md5`` followed by 32
hex digits) or a SCRAM secret (``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>``).
All three log in (a SCRAM secret or MD5 hash is enough to authenticate to pgbouncer and the
server behind it), so all are secrets: https://www.pgbouncer.org/config.html#authentication-file-format

Two quoted words on a line are common elsewhere (shell arguments, CSV, Tcl), so the rule runs
only when the text names the file (``userlist`` or ``auth_file``) and takes the line's second
field; placeholders and references stay out (``"app" "<password>"``, ``"app" "${PW}"``).
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.password_policy import is_password_literal
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule
from transforms.privacy.spans import Span

# A quote inside a field is doubled ("a""b"); pgbouncer ignores the rest of the line after the
# second field (same page).
_USERLIST_LINE = re.compile(
    r'(?m)^[ \t]*"(?P<user>(?:[^"\n]|""){1,128})"[ \t]+"(?P<pw>(?:[^"\n]|""){1,512})"'
    r"(?=[ \t]|\r?$)"
)
_MD5 = re.compile(r"md5[0-9a-f]{32}")
_SCRAM = re.compile(r"SCRAM-SHA-256\$\d{1,7}:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")


def userlist_password_ok(value: str) -> bool:
    """Whether the second field of a ``userlist.txt`` line is a credential: a documented hash
    shape, or a plain-text password judged as any literal in a password position."""
    if _MD5.fullmatch(value) or _SCRAM.fullmatch(value):
        return True
    if value.startswith(("md5", "SCRAM-")):
        return False  # a truncated or templated hash ("md5<hash>", "SCRAM-SHA-256$...")
    return not value.startswith(("$", "%", "<", "{")) and is_password_literal(value)


class _UserlistRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _USERLIST_LINE.finditer(text):
            if userlist_password_ok(m.group("pw").replace('""', '"')):
                out.append(Span(m.start("pw"), m.end("pw"), SECRET, self.score, self.name))
        return out


AUTH_FILE_RULES: tuple[LoweredTriggerRule, ...] = (
    _UserlistRule(
        "pgbouncer_userlist_password", ("userlist", "auth_file"), _USERLIST_LINE, 1, 0.85
    ),
)
