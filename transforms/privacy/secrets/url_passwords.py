"""Which password in a URL's userinfo (``scheme://user:password@host``) is a credential.

Template words and fixed dummies (``x-oauth-basic``) never are, nor are the field names
themselves (``user:password@``) or one repeated character (``user:1111@``). Weak but real passwords
(``admin``, ``secret``, ``tiger``, ``postgres``) are, whatever host the URL names (session 33):
the userinfo's password component (RFC 3986 section 3.2.1) is a password position as explicit as
``Password=`` in a connection string, where
:mod:`~transforms.privacy.secrets.password_policy` already redacts weak words whatever the
server; ``localhost`` or a Compose service name in a snippet no more tells a demo from a
deployment than ``Server=host`` does; only a host reserved for documentation
(``example.com``, ``2001:db8::``) makes one an example. The password *slot words*
(``password``, ``pass``, ``passwd``: ``user:password@localhost`` is the docs' template) and
test-style words stay unflagged, as in labelled positions
(:func:`~transforms.privacy.secrets.password_policy.is_password_literal`).
:func:`remote_host_at` still tells named remote hosts from local ones (bare ``user:pw@host``).
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.values import _WEAK_DEFAULTS, b64_bytes

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


# Weak but real passwords (not template words like "none"/"string"): flagged in a URL whatever
# its host, unless the host is reserved for documentation (weak_password_flagged).
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
    import binascii

    if not 8 <= len(value) <= 64:
        return None
    try:
        return b64_bytes(value).decode("ascii")
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


# Names and addresses reserved for documentation, which no deployment can use: RFC 2606 /
# RFC 6761 (example.com/.net/.org, .example, .invalid, .test), RFC 3849 (2001:db8::/32) and
# RFC 5737 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).
_DOCUMENTATION_HOST = re.compile(
    r"(?i)^(?:\[2001:db8:.*|192\.0\.2\.\d+|198\.51\.100\.\d+|203\.0\.113\.\d+"
    r"|(?:[\w\-]+\.)*example\.(?:com|net|org)|(?:[\w\-]+\.)*(?:example|invalid|test))$"
)


def documentation_host_at(text: str, at: int) -> bool:
    """Whether the host starting at ``text[at]`` is reserved for documentation (see
    :data:`_DOCUMENTATION_HOST`): ``user:secret@example.com`` can only be an example."""
    m = _HOST.match(text, at)
    return bool(m) and bool(_DOCUMENTATION_HOST.match(m.group(0).rstrip(".-")))


# Logons a vendor publishes for its demonstration schema, like AWS's documented example keys:
# Oracle's ``scott``/``tiger`` ("a demonstration user/password, scott/tiger",
# https://docs.oracle.com/cd/B13789_01/win.101/b10118/o4o00067.htm), which library docs reuse
# throughout (SQLAlchemy's ``mysql://scott:tiger@localhost/test``): examples, unless they open
# a named remote server, where the demo account was left enabled.
_DOCUMENTED_DEMO_LOGONS = frozenset({("scott", "tiger")})


def documented_demo_logon(user: str, password: str) -> bool:
    """Whether ``user``/``password`` is a vendor's published demonstration logon."""
    return (user.lower(), password.lower()) in _DOCUMENTED_DEMO_LOGONS


def weak_password_flagged(value: str, text: str = "", host_at: int | None = None) -> bool:
    """A weak but real password (:data:`_WEAK_REAL_PASSWORDS`) in a password position: flagged
    whatever host it opens (loopback, private and service names included), unless it is a test
    word, the slot's own word (``password``) on a host that is not a named remote one, or the
    host at ``host_at`` is reserved for documentation (``user:secret@example.com``,
    ``[2001:db8::1]``)."""
    from transforms.privacy.secrets.password_policy import is_password_literal, is_slot_word

    if host_at is not None and documentation_host_at(text, host_at):
        return False
    if is_password_literal(value):
        return True
    # the slot's own word under a real user (``admin:password@``; ``user:password@`` is the
    # template pair, refused before this) is the docs' template on a local host but a default
    # left live on a named remote server
    return host_at is not None and is_slot_word(value) and remote_host_at(text, host_at)


def _url_password_ok(value: str, m: re.Match[str], text: str) -> bool:
    if is_userinfo_template(m.group("user"), value):
        return False
    if value.isupper() and is_field_word(value):
        return False  # USER:PASSWORD@HOST: an upper-case usage metavar, as after a CLI flag
    if len(value) >= 2 and len(set(value)) == 1:
        return False  # "1111", "aaaa": one repeated character carries no secret (NIST SP
        # 800-63B §3.1.1.2 lists repetitive strings among values a verifier rejects)
    if documented_demo_logon(m.group("user"), value):
        return remote_host_at(text, m.end("pw") + 1)  # left enabled on a named server: live
    if value.lower() in _WEAK_REAL_PASSWORDS:
        return weak_password_flagged(value, text, m.end("pw") + 1)
    if value.lower() in _URL_PASSWORD_DEFAULTS or value == m.group("user"):
        return False
    if not value.strip("*") or "%20" in value:
        return False  # masked ("***") or a phrase ("a%20secret"), not a password
    return not (is_placeholder(value) or value.startswith(("$", "%", "{", "[", "<", ":")))
