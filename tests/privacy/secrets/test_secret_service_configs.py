"""Unit tests of secrets/service_configs.py and the reversed hard-coded password comparison
(session 31): true positives, placeholders / near misses and code look-alikes. Values are made
up."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_secrets
from transforms.privacy.secrets.service_configs import SERVICE_CONFIG_RULES

PW = "k33p4l1v3"


def _rule_hits(text: str) -> list[str]:
    lowered = text.lower()
    return [text[s.start : s.end] for r in SERVICE_CONFIG_RULES for s in r.find(text, lowered)]


def _covered(text: str, value: str) -> bool:
    i = text.index(value)
    return any(s.start <= i and i + len(value) <= s.end for s in detect_secrets(text))


FOUND = [
    ("haproxy", f"listen stats\n  stats enable\n  stats auth admin:{PW}\n"),
    ("keepalived", f"authentication {{\n    auth_type PASS\n    auth_pass {PW}\n}}\n"),
    ("proftpd", f"SQLConnectInfo ftpdb@db.acme.io proftpd {PW}\n"),
    ("squid", f"cache_peer parent.acme.io parent 3128 0 no-query login=app:{PW}\n"),
    ("pureftpd", f"MYSQLUser ftp\nMYSQLPassword {PW}\n"),
    ("dovecot", f"app:{{PLAIN}}{PW}:1000:1000::/home/app\n"),
    ("sbt", f'credentials += Credentials("Nexus", "repo.acme.io", "deploy", "{PW}")\n'),
    ("sunflower_word", "  stats auth admin:sunflower\n"),
]


@pytest.mark.parametrize(("case", "text"), FOUND, ids=[c[0] for c in FOUND])
def test_service_directive_found(case, text):
    value = "sunflower" if "sunflower" in text else PW
    assert _rule_hits(text) == [value]
    assert _covered(text, value)


KEPT = [
    ("haproxy_env", '  stats auth admin:"${STATS_PASSWORD}"\n'),
    ("haproxy_same", "  stats auth admin:admin\n"),
    ("keepalived_digits", "    auth_pass 1111\n"),
    ("keepalived_template", "    auth_pass <password>\n"),
    ("proftpd_template", "SQLConnectInfo db@host user password\n"),
    ("squid_env", "cache_peer p.acme.io parent 3128 0 login=PASSTHRU\n"),
    ("pureftpd_placeholder", "MYSQLPassword changeme\n"),
    ("dovecot_doc", "the {PLAIN} scheme stores clear text\n"),
    ("dovecot_code", 'scheme = "{PLAIN}" + value\n'),
    ("sbt_file", 'credentials += Credentials(Path.userHome / ".sbt" / ".credentials")\n'),
    ("sbt_env", 'Credentials("R", "h", "u", sys.env("NEXUS_PASSWORD"))\n'),
]


@pytest.mark.parametrize(("case", "text"), KEPT, ids=[c[0] for c in KEPT])
def test_service_directive_not_flagged(case, text):
    assert _rule_hits(text) == []


COMPARED = [
    'if ("t3am10x".equals(password)) {\n',
    'if "t3am10x" == password:\n',
    'if "{}".format("t3am10x") != PASSWORD:\n',
    'assert "hunter2" == user.password\n',
]
NOT_COMPARED = [
    'is_sensitive = schema.get("format") == "password"\n',
    'login("t3am10x", password)\n',
    'if ("undefined" == password) {\n',
    'if "opaque" == secret_type:\n',
    'if "x" + "abcdef" == password_hash(y):\n',
    'if ("*****" == password) {\n',
]


@pytest.mark.parametrize("text", COMPARED)
def test_reversed_password_comparison_found(text):
    value = text.split('"')[1] if "format" not in text else "t3am10x"
    assert any(s.detector == "password_comparison_reversed" for s in detect_secrets(text))
    assert _covered(text, value)


@pytest.mark.parametrize("text", NOT_COMPARED)
def test_reversed_comparison_look_alikes_kept(text):
    assert not any(s.detector == "password_comparison_reversed" for s in detect_secrets(text))
