"""Plain-word passwords in slots whose syntax makes the value a literal (session 30): a
``.netrc`` entry, an XML ``value=`` under ``ClearTextPassword``, ``--password=word``,
``ENV``/``set``/``- NAME=word`` lines, Make's ``:=``, quoted YAML keys and anchors, SQL
``PASSWORD 'word'``, libpq and mount options, Ansible host parameters. Variables, templates,
flags named in prose and usage lines stay unflagged."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_secrets

W = "sunflower"

FOUND = [
    f"machine api.acme.io login deploy password {W}",
    f"default login anonymous password {W}",
    f'<add key="ClearTextPassword" value="{W}" />',
    f'<property name="password" value="{W}"/>',
    f"variables:\n  - name: dbPassword\n    value: {W}\n",
    f"wget --user=deploy --password={W} https://files.acme.io/a",
    f"svn checkout https://svn.acme.io/r --username deploy --password {W}",
    f"kubectl create secret docker-registry r --docker-password={W}",
    f"FROM python:3.12\nENV DB_PASSWORD={W}\n",
    f"services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD={W}\n",
    f"set DB_PASSWORD={W}",
    f"PGPASSWORD={W} psql -h db.acme.io -U app",
    f"DB_PASSWORD := {W}",
    f'"password": {W}',
    f"defaults: &defaults\n  password: &pw {W}\n",
    f"ALTER USER app WITH PASSWORD '{W}';",
    f"CREATE USER MAPPING FOR app SERVER s OPTIONS (user 'rep', password '{W}');",
    f'psql "host=db.acme.io user=app password={W} dbname=app"',
    f"mount -t cifs //fs/share /mnt -o username=deploy,password={W}",
    f"web1 ansible_host=10.0.0.5 ansible_password={W}",
    f'[Service]\nEnvironment="DB_PASSWORD={W}"\n',
    f"kubectl create secret generic db --from-literal=password={W}",
    f"vault kv put secret/app db_password={W}",
    f"account default\nhost smtp.acme.io\npassword {W}\n",
    f'poll mail.acme.io protocol imap user "me" password "{W}"',
    f'DataSourceBuilder.create().username("app").password("{W}").build();',
]


@pytest.mark.parametrize("text", FOUND)
def test_word_password_found(text):
    spans = detect_secrets(text)
    at = text.index(W)
    assert any(s.start <= at and at + len(W) <= s.end for s in spans)


NOT_FOUND = [
    "password = sunflower",  # Python: a variable
    "use the --password flag to set it",
    "pass --password foobar to the command",
    "run it with --password and --user flags",
    "   --password string   the password to use",
    "  -p, --password TEXT  Password",
    "kubectl create secret generic x --from-literal=password=$PW",
    "PASSWORD := $(shell cat pw)",
    "- name: password\n  value: password",
    'x = {\n  "password": pass\n}',
    "ENV PASSWORD=",
    'declare -x PASSWORD="$1"',
    "web ansible_password={{ vault_pw }}",
    '<property name="password" value="${db.pw}"/>',
    "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
    "  - PASSWORD=${PASSWORD}",
    'psql "host=db user=app password=$PGPASS"',
    "mount -o username=u,password=$PW //a/b /mnt",
    "ALTER USER app WITH PASSWORD $1;",
    "if args.password is None:\n    args.password = getpass()",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_variables_and_usage_not_flagged(text):
    assert not detect_secrets(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the host follows the authority's last "@", as URL parsers read it
        ("https://deploy:p@ssw0rd@git.acme.io", "p@ssw0rd"),
        ("amqp://app:p@ss#w0rd@mq.acme.io:5672/vhost", "p@ss#w0rd"),
        # "$$" is an escaped "$" in Compose and Make, no expansion
        ("DB_PASSWORD=Pa$$w0rd!", "Pa$$w0rd!"),
        ("[db]\npassword = Pa$$w0rd!\n", "Pa$$w0rd!"),
        # "&" belongs to a config line's value; in a URL query it starts the next parameter
        ("DB_PASSWORD=x7&k2pw9", "x7&k2pw9"),
        ("https://api.acme.io/login?password=Qx7k2Pw9z&user=app", "Qx7k2Pw9z"),
        # "," too: inside a config line's value, but a call's next argument in code
        ("password: Xk7,q2pw", "Xk7,q2pw"),
        ("[db]\npassword = Xk7,q2pw ; rotated\n", "Xk7,q2pw"),
    ],
)
def test_symbols_inside_passwords(text, value):
    assert value in {text[s.start : s.end] for s in detect_secrets(text)}


@pytest.mark.parametrize(
    "text",
    [
        "see https://a:${PW}@c.com/x@y",
        "PASSWORD=$DB_PASSWORD",
        "DB_PASSWORD=${DB_PASSWORD}&&echo ok",
        "x = dict(password=user_pw, token=tok)",
        "run(password=args.pw,verbose=True)",
        "{password: foo, user: bar}",
    ],
)
def test_symbols_not_secrets(text):
    assert not detect_secrets(text)


@pytest.mark.parametrize(
    "name", ["smtppass", "dbpass", "rootpass", "storepass", "keypass", "pswd", "passw"]
)
def test_run_together_password_names(name):
    text = f"[db]\nuser = app\n{name} = {W}\n"
    assert W in {text[s.start : s.end] for s in detect_secrets(text)}


@pytest.mark.parametrize("name", ["bypass", "proxy_bypass", "compass", "multipass"])
def test_words_ending_in_pass_are_no_password_names(name):
    assert not detect_secrets(f"[net]\nuser = app\n{name} = localhost\n")
