"""Unit tests of secrets/config_formats.py (session 31): each documented config-file shape with
true positives, placeholders / near misses and code look-alikes. Values are made up."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.config_formats import CONFIG_FORMAT_RULES
from transforms.privacy.secrets.detector import detect_secrets
from transforms.privacy.secrets.pair_calls import PAIR_CALL_RULES


def _rule_hits(text: str) -> list[tuple[str, str]]:
    lowered = text.lower()
    return [
        (r.name, text[s.start : s.end])
        for r in CONFIG_FORMAT_RULES + PAIR_CALL_RULES
        for s in r.find(text, lowered)
    ]


FOUND = [
    ("htpasswd", "deploy:rqXexS6ZhobKA\nadmin:Zk4.pQ9/aBcDe\n", ["rqXexS6ZhobKA", "Zk4.pQ9/aBcDe"]),
    ("rocommunity", "rocommunity Xq7pL2mZ9wRt 10.0.0.0/8\n", ["Xq7pL2mZ9wRt"]),
    ("rwcommunity6", "rwcommunity6 sunflower\n", ["sunflower"]),
    ("com2sec", "com2sec local localhost s3cr3tHorse88\n", ["s3cr3tHorse88"]),
    (
        "createUser",
        'createUser admin SHA "authPass99x" AES "privPass77y"\n',
        ["authPass99x", "privPass77y"],
    ),
    ("trap2sink", "trap2sink 10.0.0.5 Xq7pL2mZ9wRt\n", ["Xq7pL2mZ9wRt"]),
    (
        "snmp_conf_defaults",
        "defAuthPassphrase Au7hPassw0rd\ndefPrivPassphrase Pr1vPassw0rd\n",
        ["Au7hPassw0rd", "Pr1vPassw0rd"],
    ),
    (
        "cisco_snmp_user",
        "snmp-server user admin NETADMINS v3 auth sha Au7hPassw0rd priv aes 128 Pr1vPassw0rd\n",
        ["Au7hPassw0rd", "Pr1vPassw0rd"],
    ),
    ("cisco_snmp_host", "snmp-server host 10.0.0.5 version 2c Xq7pL2mZ9wRt\n", ["Xq7pL2mZ9wRt"]),
    ("snmpwalk", "snmpwalk -v2c -c Xq7pL2mZ9wRt 10.0.0.1\n", ["Xq7pL2mZ9wRt"]),
    (
        "snmpget_v3",
        "snmpget -v3 -u admin -l authPriv -a SHA -A Au7hPassw0rd -x AES -X Pr1vPassw0rd h x\n",
        ["Au7hPassw0rd", "Pr1vPassw0rd"],
    ),
    ("yarnrc", 'npmAuthIdent: "deploy:s3cr3tHorse88"\n', ["s3cr3tHorse88"]),
    ("curlrc", 'user = "deploy:sunflower"\n', ["sunflower"]),
    ("curlrc_space", "--user deploy:s3cr3tHorse88\n", ["s3cr3tHorse88"]),
    ("sssd", "ldap_default_authtok = sunflower\n", ["sunflower"]),
    ("chap", '"deploy" * "s3cr3tHorse88" *\n', ["s3cr3tHorse88"]),
    ("chap_host", '"deploy" vpn.acme.io "s3cr3tHorse88" 10.0.0.0/24\n', ["s3cr3tHorse88"]),
    ("pap", '"deploy"\t"ppp0"\t"sunflower"\t10.0.0.2\n', ["sunflower"]),
    ("auth_json", '{"auth": "deploy:sunflower"}\n', ["sunflower"]),
    ("auth_js", "http.request({host: 'a.io', auth: 'deploy:s3cr3tHorse88'})\n", ["s3cr3tHorse88"]),
    (
        "props_phrase",
        "db.password=correct horse battery staple\n",
        ["correct horse battery staple"],
    ),
    ("props_space", "db.password sunflower\n", ["sunflower"]),
    ("set_property", 'System.setProperty("db.password", "hardc0ded5");\n', ["hardc0ded5"]),
    ("map_put", 'props.put("password", "hardc0ded5");\n', ["hardc0ded5"]),
    ("ruby_fetch", "ENV.fetch('DB_PASSWORD', 'hardc0ded5')\n", ["hardc0ded5"]),
    ("py_setdefault", 'os.environ.setdefault("DB_PASSWORD", "hardc0ded5")\n', ["hardc0ded5"]),
    ("shell_default", 'DB_PASSWORD="${DB_PASSWORD:-hardc0ded5}"\n', ["hardc0ded5"]),
    ("js_fallback", 'const pw = process.env.DB_PASSWORD || "hardc0ded5";\n', ["hardc0ded5"]),
    ("py_fallback", 'pw = os.getenv("DB_PASSWORD") or "hardc0ded5"\n', ["hardc0ded5"]),
    ("jinja_default", "{{ db_password | default('hardc0ded5') }}\n", ["hardc0ded5"]),
    (
        "sql_insert",
        "INSERT INTO users (name, password) VALUES ('app', 'hardc0ded5');\n",
        ["hardc0ded5"],
    ),
    (
        "yaml_phrase",
        "db:\n  password: correct horse battery staple\n",
        ["correct horse battery staple"],
    ),
    ("ini_phrase", "[db]\npassword = tiger lily moon\n", ["tiger lily moon"]),
    (
        "docker_env",
        "ENV DB_USER=app \\\n    DB_PASS=sunflower \\\n    DB_HOST=db\n",
        ["sunflower"],
    ),
]


@pytest.mark.parametrize(("case", "text", "values"), FOUND, ids=[c[0] for c in FOUND])
def test_config_format_found(case, text, values):
    found = [v for _, v in _rule_hits(text)]
    assert sorted(found) == sorted(values)
    spans = detect_secrets(text)
    for v in values:
        i = text.index(v)
        assert any(s.start <= i and i + len(v) <= s.end for s in spans), v


KEPT = [
    ("sql_alias", '  "name" AS "full_name"\n'),
    ("sensors_chips", '     "f71889fg-*" "f71889ed-*" "f71889a-*"\n'),
    ("c_strings", '    "usage:" "  -h" "  --help"\n'),
    # placeholders and templates in the same slots
    ("htpasswd_word", "deploy:HelloWorldFoo\n"),
    ("htpasswd_lower", "config:abcdefghijklm\n"),
    ("rocommunity_public", "rocommunity public default\n"),
    ("rocommunity_template", "rocommunity <community> 10.0.0.0/8\n"),
    ("snmpwalk_public", "snmpwalk -v2c -c public localhost\n"),
    ("snmpwalk_var", "snmpwalk -c $COMMUNITY host\n"),
    ("snmp_host_v3", "snmp-server host 10.0.0.5 version 3 priv admin\n"),
    ("gcc_c", "gcc -c main.c -o main.o\n"),
    ("grep_c", "snmpwalk host | grep -c ifDescr\n"),
    ("yarnrc_env", 'npmAuthIdent: "${NPM_USER}:${NPM_PASS}"\n'),
    ("curlrc_env", 'user = "deploy:$PASSWORD"\n'),
    ("curlrc_template", 'user = "name:password"\n'),
    ("sssd_type", "ldap_default_authtok_type = password\n"),
    ("sssd_placeholder", "ldap_default_authtok = <password>\n"),
    ("chap_placeholder", '"deploy" * "changeme" *\n'),
    ("auth_scheme", '{"auth": "bearer:required"}\n'),
    ("auth_same", '{"auth": "guest:guest"}\n'),
    ("props_label", "login.password=Enter your password\n"),
    ("props_label_fr", "form.password=Mot de passe\n"),
    ("yaml_label_fr", "login_password: mot de passe\n"),
    ("yaml_sentence", "password: must be at least eight characters\n"),
    ("prose_label", "Password: needs a reset now\n"),
    ("hint_field", "passwordHint = three blind mice\n"),
    ("two_words", "password: not set\n"),
    ("shell_default_template", "x: ${DB_PASSWORD:-changeme}\n"),
    ("shell_default_file", "echo ${PASSWORD_FILE:-/run/secrets/pw}\n"),
    ("shell_default_empty", "x = ${TOKEN:-}\n"),
    ("fallback_empty", 'os.getenv("DB_PASSWORD") or ""\n'),
    ("put_label", 'm.put("password_label", "Your password")\n'),
    ("set_label", 'labels.set("password", "Password")\n'),
    ("put_other_name", 'm.put("username", "hardc0ded5")\n'),
    ("jinja_var", "{{ db_password | default(vault_db_password) }}\n"),
    ("sql_insert_param", "INSERT INTO users (name, password) VALUES (%s, %s);\n"),
    ("sql_insert_func", "INSERT INTO users (name, password) VALUES ('app', crypt('x', 'y'));\n"),
    ("sql_insert_other", "INSERT INTO users (name, email) VALUES ('app', 'hardc0ded5');\n"),
    ("sql_insert_placeholder", "INSERT INTO users (name, password) VALUES ('app', 'changeme');\n"),
    ("props_ref", "db.password=${DB_PASSWORD}\n"),
    ("docker_env_ref", "ENV DB_USER=app \\\n    DB_PASS=$DB_PASS \\\n    DB_HOST=db\n"),
    ("docker_env_plain", "ENV PATH=/usr/local/bin:$PATH \\\n    LANG=C.UTF-8\n"),
    # code and config look-alikes
    ("compose_user", 'user: "1000:1000"\n'),
    ("compose_user_group", 'user: "www-data:www-data"\n'),
    ("dockerfile_user", "USER app:staff\n"),
    ("python_repeat", 'sep = "-" * "x"\n'),
    ("python_attr", "self.password = password or default_password\n"),
    ("python_attr_space", "obj.password = compute(a, b)\n"),
    ("url_scheme", "https:AbCdEfGh1jKlM\n"),
    ("yaml_key", "image: nginx:1.25-alpine\n"),
    ("props_code", "user.password = new_password if changed else old\n"),
]


@pytest.mark.parametrize(("case", "text"), KEPT, ids=[c[0] for c in KEPT])
def test_config_format_not_flagged(case, text):
    assert _rule_hits(text) == []
