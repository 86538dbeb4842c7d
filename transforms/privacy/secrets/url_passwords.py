"""Which password in a URL's userinfo (``scheme://user:password@host``) is a credential.

Template words and fixed dummies (``x-oauth-basic``) never are, nor are the field names
themselves (``user:password@``) or one repeated character (``user:1111@``); weak but real passwords
(``admin``, ``secret``) are public knowledge on a local, private or example host and a live
credential on a named remote one (``admin:secret@db.acme.io``).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.values import _WEAK_DEFAULTS

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


# The userinfo field names themselves: ``user:password@`` is the template of RFC 3986 §3.2.1
# (``user:password``, https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1) and of the
# providers' own connection-string docs with the angle brackets dropped
# (``mongodb+srv://<username>:<password>@cluster0…``,
# https://www.mongodb.com/docs/manual/reference/connection-string/), not a chosen password.
# "" too: user-less schemes write the template as ``redis://:password@host``
# (https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url)
_USER_FIELD_WORDS = frozenset(
    {"", "user", "username", "usr", "login", "dbuser", "db_user", "myuser"}
)
_PASSWORD_FIELD_WORDS = frozenset({"password", "passwd", "pass", "pwd", "pw", "mypassword"})


def is_userinfo_template(user: str, password: str) -> bool:
    """``user:password``, ``username:pass``: both halves are the fields' own names."""
    return user.lower() in _USER_FIELD_WORDS and password.lower() in _PASSWORD_FIELD_WORDS


def is_field_word(value: str) -> bool:
    """``password``, ``username``: the name of a credential field, given as its value."""
    return bool(value) and value.lower() in _USER_FIELD_WORDS | _PASSWORD_FIELD_WORDS


def _basic_text(value: str) -> str | None:
    """The ASCII text a short base64 value (8-64 characters) decodes to, or None."""
    import base64
    import binascii

    if not 8 <= len(value) <= 64:
        return None
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def encodes_userinfo_template(value: str) -> bool:
    """``dXNlcm5hbWU6cGFzc3dvcmQ=``: HTTP Basic credentials (base64 of ``user-id:password``,
    RFC 7617 §2, https://www.rfc-editor.org/rfc/rfc7617#section-2) that decode to the
    template pair ``username:password``."""
    user, sep, password = (_basic_text(value) or "").partition(":")
    return bool(sep) and is_userinfo_template(user, password)


def encodes_field_word(value: str) -> bool:
    """``cGFzc3dvcmQ=``: base64 of a credential field's own name (``password``)."""
    return is_field_word(_basic_text(value) or "")


def _url_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    if is_userinfo_template(m.group("user"), value):
        return False
    if value.isupper() and is_field_word(value):
        return False  # USER:PASSWORD@HOST: an upper-case usage metavar, as after a CLI flag
    if len(value) >= 2 and len(set(value)) == 1:
        return False  # "1111", "aaaa": one repeated character carries no secret (NIST SP
        # 800-63B §3.1.1.2 lists repetitive strings among values a verifier rejects)
    if value.lower() in _WEAK_REAL_PASSWORDS:
        return remote_host_at(text, m.end("pw") + 1)
    if value.lower() in _URL_PASSWORD_DEFAULTS or value == m.group("user"):
        return False
    if not value.strip("*") or "%20" in value:
        return False  # masked ("***") or a phrase ("a%20secret"), not a password
    return not (is_placeholder(value) or value.startswith(("$", "%", "{", "[", "<", ":")))
