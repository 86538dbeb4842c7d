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
* ``kickstart_rootpw``, ``debconf_preseed_password``: Kickstart ``rootpw [--plaintext] …``
  (https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html#rootpw) and a debconf
  preseed line of type ``password`` (``d-i passwd/root-password password …``;
  https://www.debian.org/releases/stable/amd64/apbs04.en.html).
* ``sendmail_authinfo``: the ``"P:password"`` field of a sendmail ``AuthInfo:`` entry
  (https://www.sendmail.org/~ca/email/auth.html).
* ``rabbitmq_default_pass``: ``{default_pass, <<"…">>}`` in RabbitMQ's Erlang-term config
  (https://www.rabbitmq.com/docs/configure#erlang-term-config-file).
* ``redis_sentinel_auth_pass`` and ``redis_acl_password``: ``sentinel auth-pass <master> <pw>``
  (https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/) and an ACL rule's
  ``>password`` (``user app on >pw ~* +@all``, ``ACL SETUSER``;
  https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/).
* ``ntp_symmetric_key``: a chrony / ntpd key file line ``ID TYPE KEY`` (``1 SHA1 HEX:…``;
  https://chrony-project.org/doc/4.5/chrony.conf.html#keyfile,
  https://www.ntp.org/documentation/4.2.8-series/authopt/).
* ``section_credential``: a plain value in a section or block whose documented keys are
  credentials: CouchDB's ``[admins]`` ``name = password``
  (https://docs.couchdb.org/en/stable/config/auth.html#config-admins), FreeRADIUS
  ``client … { secret = … }``
  (https://www.freeradius.org/documentation/freeradius-server/4.0.0/reference/raddb/clients.conf.html)
  a Fluentd ``<match>``/``<source>``/``<store>`` directive ``password value``
  (https://docs.fluentd.org/configuration/config-file) and Gradle's ``credentials { password
  "…" }`` (https://docs.gradle.org/current/userguide/declaring_repositories.html), cloud-init's
  ``chpasswd: list: |`` lines ``user:password``
  (https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords) and the
  second line of OpenVPN's inline ``<auth-user-pass>``
  (https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/).
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.commands import _literal_ok
from transforms.privacy.secrets.config_formats import reference_like
from transforms.privacy.secrets.rules import SECRET, LoweredTriggerRule, SecretRule, value_group
from transforms.privacy.spans import Span

_PW = r"(?:\"(?P<dq>[^\"\n]{1,128})\"|(?P<bare>[^\s\"#;]{1,128}))"


class _DirectiveRule(LoweredTriggerRule):
    """The ``dq`` or ``bare`` value group of each match, judged by :func:`_literal_ok`."""

    def spans(self, text: str) -> list[Span]:
        out = []
        for m in self.pattern.finditer(text):
            g = value_group(m, ("dq", "bare"))
            value = m.group(g)
            if value.isdigit() or reference_like(value) or not _literal_ok(value, m, text):
                continue
            user = m.groupdict().get("user")
            if user is not None and user == value:
                continue
            if self.validate is not None and not self.validate(value, m, text):
                continue
            out.append(Span(m.start(g), m.end(g), SECRET, self.score, self.name))
        return out


_ACL_RULES = r"(?:(?:[~%&#][^\s>]*|[+-]@?[^\s>]+|reset\w*|nopass|all\w+|nocommands|nokeys)[ \t]+)*"


def _d(name: str, triggers: tuple[str, ...], rx: str) -> SecretRule:
    return _DirectiveRule(name, triggers, re.compile(rx), 0, 0.85, None, True)


# (block pattern, the credential lines inside it)
_SECTIONS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (  # cloud-init set_passwords: chpasswd: list: | "user:password" lines
        # https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords
        re.compile(
            r"(?m)^[ \t]*chpasswd:[ \t]*\n(?:[ \t]+[^\n]*\n){0,6}?[ \t]+list:[ \t]*\|[ \t]*\n"
            r"((?:[ \t]+[\w.-]+:[^\s:]+[ \t]*(?:\n|$))+)"
        ),
        re.compile(r"(?m)^[ \t]+[\w.-]+:(?!RANDOM\b|R\b)(?P<bare>[^\s:]{1,128})[ \t]*$"),
    ),
    (  # OpenVPN inline <auth-user-pass>: user name, then password
        # https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/
        re.compile(r"<auth-user-pass>[ \t]*\n([^<\n]*\n[^<\n]*)\n</auth-user-pass>"),
        re.compile(r"\n(?P<bare>[^\s<]{1,128})[ \t]*$"),
    ),
    (  # CouchDB local.ini [admins]: every "name = password" until the next section
        re.compile(r"(?ms)^\[admins\][ \t]*\n(.*?)(?=^\[|\Z)"),
        re.compile(r"(?m)^[ \t]*[^\s=;#\[]+[ \t]*=[ \t]*(?P<bare>[^\s;#]{1,128})[ \t]*$"),
    ),
    (  # FreeRADIUS clients.conf: client NAME { secret = … }
        re.compile(r"(?m)^[ \t]*client[ \t]+[^\s{]+[ \t]*\{([^{}]{0,2000})\}"),
        re.compile(
            r"(?m)^[ \t]*secret[ \t]*=[ \t]*"
            r"(?:\"(?P<dq>[^\"\n]{1,128})\"|(?P<bare>[^\s\"#]{1,128}))"
        ),
    ),
    (  # Gradle repository credentials { username "…" password "…" } (Groovy DSL call syntax):
        # https://docs.gradle.org/current/userguide/declaring_repositories.html
        re.compile(r"\bcredentials[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*\{([^{}]{0,1000})\}"),
        re.compile(
            r"(?m)^[ \t]*password[ \t]*(?:=[ \t]*|\([ \t]*)?"
            r"(?:\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})')"
        ),
    ),
    (  # Fluentd: <match …> … password value … </match>
        re.compile(r"(?s)<(match|source|store|filter|server|security)\b[^>\n]*>(.{0,4000}?)</\1>"),
        re.compile(
            r"(?m)^[ \t]*(?:password|shared_key|\w*_passphrase)[ \t]+"
            r"(?:\"(?P<dq>[^\"\n]{1,128})\"|(?P<bare>[^\s\"#]{1,128}))[ \t]*$"
        ),
    ),
)


class _SectionRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for block_rx, line_rx in _SECTIONS:
            for block in block_rx.finditer(text):
                body = block.lastindex or 0
                for m in line_rx.finditer(text, block.start(body), block.end(body)):
                    g = value_group(m)
                    value = m.group(g)
                    if value.isdigit() or reference_like(value) or not _literal_ok(value, m, text):
                        continue
                    out.append(Span(m.start(g), m.end(g), SECRET, self.score, self.name))
        return out


SERVICE_CONFIG_RULES: tuple[SecretRule, ...] = (
    _SectionRule(
        "section_credential",
        ("[admins]", "client", "</", "credentials", "chpasswd"),
        re.compile(""),
        score=0.85,
    ),
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
    # Kickstart rootpw [--plaintext] <password> (not --iscrypted/--lock alone):
    # https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html#rootpw
    _d(
        "kickstart_rootpw",
        ("rootpw",),
        r"(?m)^[ \t]*rootpw[ \t]+(?:--(?:plaintext|allow-ssh)[ \t]+)*(?!--)" + _PW + r"[ \t]*$",
    ),
    # debconf preseeding "owner question type value" with type "password":
    # https://www.debian.org/releases/stable/amd64/apbs04.en.html
    _d(
        "debconf_preseed_password",
        ("password",),
        # the question is always "owner/name": "reset my password please" is not a preseed line
        r"(?m)^[ \t]*[\w.-]+[ \t]+[\w.-]+/[\w./-]+[ \t]+password[ \t]+" + _PW + r"[ \t]*$",
    ),
    _d(
        "sendmail_authinfo",
        ("authinfo:",),
        r"(?m)^AuthInfo:[^\n]*?\"P:(?P<dq>[^\"\n]{1,128})\"(?P<bare>(?!))?",
    ),
    _d(
        "rabbitmq_default_pass",
        ("default_pass",),
        r"\{\s*default_pass\s*,\s*<<\"(?P<dq>[^\"\n]{1,128})\">>(?P<bare>(?!))?",
    ),
    _d(
        "redis_sentinel_auth_pass",
        ("auth-pass",),
        r"(?m)^[ \t]*sentinel[ \t]+auth-pass[ \t]+\S+[ \t]+" + _PW + r"[ \t]*$",
    ),
    _d(
        "redis_acl_password",
        ("user",),
        # the rule list holds "on" or "off" and only ACL rules before ">"
        r"(?m)^[ \t]*(?:(?i:ACL[ \t]+SETUSER)|user)[ \t]+\S+[ \t]+"
        + _ACL_RULES
        + r"(?:on|off)[ \t]+"
        + _ACL_RULES
        + r">(?P<bare>[^\s\"]{1,128})(?P<dq>(?!))?",
    ),
    _d(
        "ntp_symmetric_key",
        (" md5 ", " sha1 ", " sha256 ", " sha512 ", " aes128", " aes256", " m "),
        r"(?m)^[ \t]*\d{1,5}[ \t]+(?:M|MD5|SHA1|SHA256|SHA384|SHA512|AES128|AES256)[ \t]+"
        r"(?:HEX:|ASCII:)?(?P<bare>[^\s#]{4,128})(?P<dq>(?!))?[ \t]*(?:#[^\n]*)?$",
    ),
)
