"""Passwords in the documented directives of server configuration files that write them with no
``password =`` of their own (session 31). Each rule cites the directive's documentation; no
other scanner's rule files were used. Values are judged as literal passwords
(:func:`~transforms.privacy.secrets.commands._literal_ok`: variables, templates, placeholders and
template words stay unflagged).

* ``haproxy_stats_auth``: ``stats auth <user>:<password>``
  (https://docs.haproxy.org/2.8/configuration.html#4.2-stats%20auth).
* ``keepalived_auth_pass``: VRRP ``auth_pass <password>``
  (https://keepalived.readthedocs.io/en/latest/configuration_synopsis.html).
* ``proftpd_sql_connect``: ``SQLConnectInfo db@host user password``
  (http://www.proftpd.org/docs/contrib/mod_sql.html#SQLConnectInfo).
* ``squid_peer_login``: ``cache_peer … login=user:password``
  (http://www.squid-cache.org/Doc/config/cache_peer/).
* ``pureftpd_sql_password``: ``MYSQLPassword`` / ``PGSQLPassword`` of pure-ftpd's SQL back ends
  (https://github.com/jedisct1/pure-ftpd/blob/master/README.MySQL).
* ``dovecot_plain_scheme``: a clear-text password under Dovecot's ``{PLAIN}`` / ``{CLEAR}`` /
  ``{CLEARTEXT}`` scheme prefix (https://doc.dovecot.org/main/core/config/auth/schemes.html).
* ``sbt_credentials``: ``Credentials("realm", "host", "user", "password")``
  (https://www.scala-sbt.org/1.x/docs/Publishing.html#Credentials).
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.commands import _literal_ok
from transforms.privacy.secrets.rules import SECRET, SecretRule
from transforms.privacy.spans import Span

_PW = r"(?:\"(?P<dq>[^\"\n]{1,128})\"|(?P<bare>[^\s\"#;]{1,128}))"


class _DirectiveRule(SecretRule):
    """The ``dq`` or ``bare`` value group of each match, judged by :func:`_literal_ok`."""

    def trigger_scope(self) -> tuple[tuple[str, ...], bool]:
        return self.triggers, True

    def find(self, text: str, lowered: str) -> list[Span]:
        if not any(t in lowered for t in self.triggers):
            return []
        out = []
        for m in self.pattern.finditer(text):
            g = "dq" if m.group("dq") is not None else "bare"
            value = m.group(g)
            if value.isdigit() or not _literal_ok(value, m, text):
                continue
            user = m.groupdict().get("user")
            if user is not None and user == value:
                continue
            if self.validate is not None and not self.validate(value, m, text):
                continue
            out.append(Span(m.start(g), m.end(g), SECRET, self.score, self.name))
        return out


def _d(name: str, triggers: tuple[str, ...], rx: str) -> SecretRule:
    return _DirectiveRule(name, triggers, re.compile(rx), 0, 0.85, None, True)


SERVICE_CONFIG_RULES: tuple[SecretRule, ...] = (
    _d(
        "haproxy_stats_auth",
        ("stats auth",),
        r"(?m)^[ \t]*stats[ \t]+auth[ \t]+(?P<user>[^\s:]{1,64}):" + _PW + r"[ \t]*$",
    ),
    _d("keepalived_auth_pass", ("auth_pass",), r"(?m)^[ \t]*auth_pass[ \t]+" + _PW + r"[ \t]*$"),
    _d(
        "proftpd_sql_connect",
        ("sqlconnectinfo",),
        r"(?m)^[ \t]*SQLConnectInfo[ \t]+\S+[ \t]+(?P<user>\S{1,64})[ \t]+" + _PW,
    ),
    _d(
        "squid_peer_login",
        ("cache_peer",),
        r"(?m)^[ \t]*cache_peer[ \t][^\n]*?[ \t]login=(?P<user>[^\s:]{1,64}):" + _PW,
    ),
    _d(
        "pureftpd_sql_password",
        ("mysqlpassword", "pgsqlpassword"),
        r"(?m)^[ \t]*(?:MYSQL|PGSQL)Password[ \t]+" + _PW + r"[ \t]*$",
    ),
    _d(
        "dovecot_plain_scheme",
        ("{plain}", "{clear"),
        # a passwd-file line "user:{PLAIN}password:uid:gid:…": the value stops at ":"
        r"(?<![\w$])\{(?:PLAIN|CLEAR|CLEARTEXT)\}"
        r"(?:\"(?P<dq>[^\"\n]{1,128})\"|(?P<bare>[^\s\"#;:]{1,128}))",
    ),
    _d(
        "sbt_credentials",
        ("credentials(",),
        r"\bCredentials\(\s*\"[^\"\n]*\"\s*,\s*\"[^\"\n]*\"\s*,\s*\"(?P<user>[^\"\n]*)\"\s*,\s*"
        r"\"(?P<dq>[^\"\n]{1,128})\"(?P<bare>(?!))?\s*\)",
    ),
)
