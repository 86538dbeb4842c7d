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
    ("sendmail", f'AuthInfo:smtp.acme.io "U:app" "P:{PW}" "M:PLAIN"\n'),
    ("rabbitmq", f'[{{rabbit, [{{default_user, <<"app">>}}, {{default_pass, <<"{PW}">>}}]}}].\n'),
    ("sentinel", f"sentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster {PW}\n"),
    ("redis_acl", f"user app on >{PW} ~cached:* +get\n"),
    ("redis_setuser", f"ACL SETUSER app on >{PW} ~* +@all\n"),
    ("chrony", f"1 SHA1 HEX:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b\n2 MD5 {PW}\n"),
    ("couchdb", f"[couchdb]\nuuid = x\n[admins]\nadmin = {PW}\n"),
    ("radius", f"client lan {{\n  ipaddr = 10.0.0.0/24\n  secret = {PW}\n}}\n"),
    (
        "fluentd",
        f"<match app.**>\n  @type elasticsearch\n  user elastic\n  password {PW}\n</match>\n",
    ),
    ("kickstart", "rootpw --plaintext sunflower\n"),
    ("preseed", f"d-i passwd/root-password password {PW}\n"),
    ("preseed_word", "mysql-server mysql-server/root_password password sunflower\n"),
    ("cloud_init", f"chpasswd:\n  expire: false\n  list: |\n    root:RANDOM\n    app:{PW}\n"),
    ("ovpn_inline", f"<auth-user-pass>\ndeploy\n{PW}\n</auth-user-pass>\n"),
    ("gradle", "credentials {\n  username 'deploy'\n  password 'sunflower'\n}\n"),
    ("fluentd_word", "<match **>\n  @type forward\n  shared_key sunflower\n</match>\n"),
]


@pytest.mark.parametrize(("case", "text"), FOUND, ids=[c[0] for c in FOUND])
def test_service_directive_found(case, text):
    value = "sunflower" if "sunflower" in text else PW
    if case == "chrony":
        assert _rule_hits(text) == ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", PW]
    else:
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
    ("redis_acl_nopass", "user default on nopass ~* &* +@all\n"),
    ("redis_acl_hash", "user worker on #e5e9fa1ba31ecd1ae84f75caaa474f3a663f05f4 ~jobs:* +@all\n"),
    ("shell_redirect", "user input > output.txt\n"),
    ("sentinel_env", "sentinel auth-pass mymaster ${REDIS_PASSWORD}\n"),
    ("couchdb_hash", "[admins]\nadmin = -pbkdf2-abc0123,def4567,10\n"),
    ("couchdb_other_section", "[log]\nlevel = info\n"),
    ("radius_var", 'client "vpn" {\n  secret = var.client_secret\n}\n'),
    ("fluentd_env", "<match **>\n  password ENV_PASSWORD\n</match>\n"),
    ("fluentd_ruby", "<match **>\n  password \"#{ENV['ES_PASS']}\"\n</match>\n"),
    ("ntp_table", "1 M 2 N\n"),
    ("kickstart_lock", "rootpw --lock\n"),
    ("kickstart_crypted", "rootpw --iscrypted\n"),
    ("preseed_empty", "d-i passwd/root-password password\n"),
    ("prose_password", "reset my password please\n"),
    ("cloud_init_random", "chpasswd:\n  list: |\n    root:RANDOM\n"),
    ("ovpn_file", "auth-user-pass /etc/openvpn/creds.txt\n"),
    ("gradle_var", "credentials {\n  username 'deploy'\n  password mavenPassword\n}\n"),
    ("gradle_template", "credentials {\n  password 'changeme'\n}\n"),
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
