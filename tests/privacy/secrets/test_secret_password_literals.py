"""Round 5 (issue #14): literal passwords in explicit password positions.

A literal given as a password (assignment, config key, connection-string field, CLI flag,
documented credential argument, hard-coded comparison, quoted prose) is redacted, weak words
included; placeholders, templates, variables, types and masks are not
(``transforms/privacy/secrets/password_policy.py``).
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.password_args import split_arguments
from transforms.privacy.secrets.password_policy import (
    config_line_value,
    in_connection_string,
    is_password_field,
    is_password_literal,
    is_slot_word,
)


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # config files: INI beside a user line or a section, .env, YAML, .properties
        ("user = Aladdin\npassword = open_sesame\n", "open_sesame"),
        (
            "user = Aladdin\n// some comment\n// some other comment\npassword = open_sesame\n",
            "open_sesame",
        ),
        ("[database]\npassword = open_sesame\n", "open_sesame"),
        ("DB_PASSWORD=secret", "secret"),
        ("spring.datasource.password=admin", "admin"),
        ("services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n", "postgres"),
        ("password: admin", "admin"),
        # quoted literals under a password name, weak words included
        ("user = 'Aladdin'\npassword = 'open_sesame'\n", "open_sesame"),
        ("$mail->Password   = 'secret';", "secret"),
        ('"AdminPassword" : "root"', "root"),
        # connection strings: a password equal to the user name, weak words, any server
        (
            'adoConn.Open("Provider=SQLOLEDB.1;User ID=specialbill_user; " & '
            '"Password =specialbill_user;Initial Catalog=SpecialBill_PROD;Data Source=uszdba01;")',
            "specialbill_user",
        ),
        ("Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;", "secret"),
        ("Data Source=.;Initial Catalog=shop;User ID=sa;Password=tiger;", "tiger"),
        # command lines and documented SQL syntax
        ('Connect-VIServer -Server vc01 -User root -Password "secret"', "secret"),
        (
            "Connect-VIServer -Server 192.168.1.51 -User administrator -Password VMware1!",
            "VMware1!",
        ),
        ("CREATE USER bob IDENTIFIED BY admin;", "admin"),
        # documented credential arguments
        (
            "$d = New-Object DirectoryServices.DirectoryEntry("
            '"LDAP://10.10.10.1","domain\\\\user", "secret")',
            "secret",
        ),
        ('conn = DriverManager.getConnection("jdbc:mysql://db/x", "app", "s3cretPw");', "s3cretPw"),
        ('return new PasswordAuthentication("bob", "hunter".toCharArray());', "hunter"),
        ('$link = mysqli_connect("localhost", "root", "admin", "shop");', "admin"),
        ('$db = new PDO("mysql:host=h;dbname=d", "web", "webpass1");', "webpass1"),
        ('r = requests.get(url, auth=("alice", "wonderland"))', "wonderland"),
        ('server.login("me@gmail.com", "app-pass-123")', "app-pass-123"),
        # hard-coded comparisons
        ('if creds.Secret != "open-sesame" {\n  http.Error(rw, "no", 401)\n}\n', "open-sesame"),
        ('if password == "letmein":', "letmein"),
        # prose with quotes
        ('The default password for the user "pyne-user" is "pyne".\n', "pyne"),
        ("2. Ensure the password for user 'postgres' is 'admin' or change .env file.\n", "admin"),
    ],
)
def test_literal_in_a_password_position_flagged(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # code look-alikes
        "password = getpass()",
        "password: str",
        "    password: SecretStr",
        "password: string",
        "if password == confirm_password:",
        "password=None",
        '{"password": ""}',
        'data["password"]',
        "password = open_sesame",  # alone: a Python variable
        "    password = open_sesame",  # indented: code in a block
        "const password = 'password_confirmation'",
        "password = request.form['password']",
        "password = os.environ['DB_PASSWORD']",
        "self.password = password",
        "conn = connect(\n    user=user,\n    password=new_password\n)",
        "if (len < ulen)\n  break;\npwd = (char *) (p + ulen + 2);\n",
        "if secret_kind == 'opaque':",
        'if secret.type != "kubernetes.io/tls":',
        "const user = new User({\n  email,\n  password: hash\n});",
        "db:\n  password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n",
        "password: '{{ vault_db_password }}'",
        "password = super$ecret",  # an expansion (shell, Compose) or a JS identifier
        "client.login(username, password)",
        'server.login("me@gmail.com", os.environ["PW"])',
        "DriverManager.getConnection(url, user, pass)",
        "new DirectoryEntry(path, user, password)",
        'Connect-VIServer "$endpoint" -User "$username" -Password "$password"',
        "usage: tool [--password SECRET]",
        # i18n strings and labels
        '"Enter your password"',
        'msgid "Enter your password"',
        '"password": "Contraseña"',
        "label = 'Password'",
        # placeholders and templates
        'password = "password"',
        'password = "<password>"',
        'password = "${PW}"',
        'password = "%s"',
        'password = "****"',
        "PASSWORD=YOUR_PASSWORD",
        "password: changeme",
        'password = "xxxx"',
        "AUTO_SESSION_PASSWORD=mypassword",
        "Server=x;User ID=myUsername;Password=myPassword;",
        "host=db_host port=3306 user=apache password=###### dbname=apache_auth",
        "curl -i -u 'test:test'",
        'r = requests.get(url, auth=("user", "password"))',
        # a URL's password slot word is its template, whatever the host
        "postgresql://user:password@localhost/db",
        "ftp://user:password@ftp.acme-corp.de/pub",
    ],
)
def test_placeholders_variables_and_look_alikes_not_flagged(text):
    assert flagged(text) == set()


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("secret", True),
        ("admin", True),
        ("password1", True),
        ("open_sesame", True),
        ("password", False),
        ("myPassword", False),
        ("your_pwd", False),
        ("Contraseña", False),
        ("${PW}", False),
        ("%s", False),
        ("{0}", False),
        ("****", False),
        ("######", False),
        ("none", False),
        ("prompt", False),
        ("123456", False),
        ("password_confirmation", False),
    ],
)
def test_password_literal_policy(value, literal):
    assert is_password_literal(value) is literal


def test_bare_identifiers_are_variables_in_code():
    assert not is_password_literal("open_sesame", code=True)
    assert not is_password_literal("get_pw()", code=True)


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("password", True),
        ("DB_PASSWORD", True),
        ("AdminPassword", True),
        ("spring.datasource.password", True),
        ("db_pass", True),
        ("dbPass", True),
        ("$mail->Password", True),
        ("password_field", False),
        ("passwordPolicy", False),
        ("bypass", False),
        ("compass", False),
    ],
)
def test_password_field_names(name, field):
    assert is_password_field(name) is field


def test_slot_words():
    assert is_slot_word("my_password") and is_slot_word("PASSWORD") and is_slot_word("Senha")
    assert not is_slot_word("secret") and not is_slot_word("open_sesame")


def test_config_line_value():
    text = "[db]\npassword = open_sesame\nkey: Foo\nx: admin1\n"
    at = text.index("open_sesame")
    assert config_line_value(text, at, at + len("open_sesame"))
    at = text.index("Foo")
    assert not config_line_value(text, at, at + 3)  # a type name
    at = text.index("admin1")
    assert config_line_value(text, at, at + 6)


def test_in_connection_string():
    text = "Server=host;User Id=u;Password=specialbill;Database=d;"
    at = text.index("specialbill")
    assert in_connection_string(text, at, at + len("specialbill"))
    code = "connect(user=u, password=pw_var)"
    at = code.index("pw_var")
    assert not in_connection_string(code, at, at + len("pw_var"))


def test_split_arguments():
    text = 'f("a, b", g(1, 2), [3, 4])'
    args = split_arguments(text, text.index("(") + 1)
    assert [text[a:b].strip() for a, b in args] == ['"a, b"', "g(1, 2)", "[3, 4]"]
    assert split_arguments("f(a, b", 2) == []  # no closing parenthesis
