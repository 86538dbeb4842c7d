"""Round-3 secret shapes (issue #14): keys of 8-11 characters after a credential word,
``user:password@host`` without a scheme, a bare "Password X", weak passwords on named remote
hosts and Jenkins crumbs: true positives, placeholders and code look-alikes.

Values below are made up for these tests.
"""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.prose import PROSE_RULES
from transforms.privacy.secrets.provider_tokens import PROVIDER_TOKEN_RULES
from transforms.privacy.secrets.providers import PROVIDER_RULES
from transforms.privacy.secrets.structures import STRUCTURE_RULES
from transforms.privacy.secrets.url_passwords import documentation_host_at, remote_host_at


def found(rules, text: str) -> set[tuple[str, str]]:
    lowered = text.lower()
    return {(s.detector, text[s.start : s.end]) for r in rules for s in r.find(text, lowered)}


def flagged(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


# --- short keys (8-11 characters) straight after a credential word --------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PRIVATE_TOKEN=42fc56d9", "42fc56d9"),  # Mockaroo-style 8 hex digits
        ('api_key = "Zx81kQ2p"', "Zx81kQ2p"),
        ("SECRET_KEY=Zx81kQ2pL", "Zx81kQ2pL"),
        ("access_key: 2fa4b6c8", "2fa4b6c8"),
    ],
)
def test_short_key_after_credential_word(text, value):
    assert ("short_credential_value", value) in found(PROVIDER_RULES, text)


@pytest.mark.parametrize(
    "text",
    [
        "mockaroo-secret-key=abcd1234",  # sequential filler: one letter/digit switch
        "api_key: sha256abc",
        'cache_key = "a1b2c3d4"',  # not a credential word
        "TOKEN_LEN = 32",
        "secret: tls-cert1",
        "token = 'Bearer12'",
        "api_key = 'xxxx1234'",
    ],
)
def test_short_key_lookalikes_not_flagged(text):
    assert not any(d == "short_credential_value" for d, _ in found(PROVIDER_RULES, text))


# --- user:password@host without a scheme ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("export HTTP_PROXY=jdoe:Xy7kq2Lm9@proxy.acme.com:8080", "Xy7kq2Lm9"),
        (
            "redis default:Xy7kq2Lm9w@redis-1.c1.us-east-1.ec2.cloud.redislabs.com:12345",
            "Xy7kq2Lm9w",
        ),
        ("rsync -av backup:Zq9w8e7r@files.acme.io::data /srv", "Zq9w8e7r"),
        ("proxy=admin:secret@proxy.acme.com:3128", "secret"),  # weak, but on a named host
    ],
)
def test_bare_userinfo_password(text, value):
    assert ("bare_userinfo_password", value) in found(STRUCTURE_RULES, text)


@pytest.mark.parametrize(
    "text",
    [
        "mailto:jane.doe@acme.com",
        "email:jdoe99@acme.com",  # a label, then an address
        "user: jdoe99@acme.com",
        "meet at 10:30am@acme.com",
        "proxy = user:${PROXY_PASS}@proxy.acme.com",  # a reference
        "image: node:18-alpine@sha256:0a1b2c",  # a digest-pinned image, no host
        "proxy=admin:secret@10.0.0.5:3128",  # weak password, private address
        "proxy=admin:secret@localhost:3128",
        "https://jdoe:Xy7kq2Lm9@git.acme.com/x",  # a URL: url_credentials judges it
    ],
)
def test_bare_userinfo_lookalikes_not_flagged(text):
    assert not any(d == "bare_userinfo_password" for d, _ in found(STRUCTURE_RULES, text))


# --- weak passwords in a URL: flagged whatever the host (session 33) -------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mongodb://admin:secret@prod-db.acme.com:27017", "secret"),
        # (user:password itself is the template pair: test_secret_template_pairs.py)
        ("postgresql://user:secret@[2a00:1450::1]/db", "secret"),
        ("postgresql://user:secret@localhost:5433/database", "secret"),
        ("postgres://postgres:postgres@db:5432/app", "postgres"),  # a Compose service name
        ("mysql://root:root@mysql.internal:3306", "root"),
        ("mongodb://admin:secret@192.168.1.4", "secret"),
        ("mysql://bob:tiger@localhost/foo", "tiger"),  # a weak word, not the demo logon
    ],
)
def test_weak_url_password_flagged_whatever_the_host(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "postgresql://user:none@db.acme.com/x",  # a template word, not a password
        # hosts reserved for documentation: only examples live there
        "https://username:secret@example.com/path",  # RFC 2606
        "postgresql://user:secret@[2001:db8::1234]/database",  # RFC 3849
        "mongodb://admin:secret@192.0.2.4",  # RFC 5737
        "smtp://admin:admin@mail.test",  # RFC 6761
        "jdbc:oracle:thin:scott/tiger@db.example.com:1521/orcl",
        "ftp://user:password@ftp.acme-corp.de/pub",  # the slot's own word: a template
        "https://user:pass@example.com",
        "mongodb+srv://user:passwd@cluster0.acme.net/db",
        "https://user:test@api.acme.com/v1",  # a test word, as in labelled positions
        "postgres://u:${DB_PASSWORD}@localhost/app",
    ],
)
def test_url_template_passwords_not_flagged(text):
    assert not flagged(text)


def test_documentation_host_at():
    text = "x@example.com y@db.example.org z@[2001:db8::1] w@api.test v@localhost u@db.acme.io"
    at = [i + 1 for i, c in enumerate(text) if c == "@"]
    assert [documentation_host_at(text, i) for i in at] == [True, True, True, True, False, False]


def test_remote_host_at():
    text = "x@db.acme.com y@localhost z@[::1] w@api.test"
    at = [i + 1 for i, c in enumerate(text) if c == "@"]
    assert [remote_host_at(text, i) for i in at] == [True, False, False, False]


# --- a bare "Password X" in prose -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Password Xy7#kq2Lm", "Xy7#kq2Lm"),
        ("the root password hunter2!x then reboot", "hunter2!x"),
    ],
)
def test_bare_password_in_prose(text, value):
    assert ("credential_in_prose", value) in found(PROSE_RULES, text)


@pytest.mark.parametrize(
    "text",
    [
        "password sha256 digest",
        "password VARCHAR(255) NOT NULL",
        "reset your password v2.0 now",
        "Password reset link sent",
        "password: str",
        "hash the password 3 times",
        "password 12345678",
        "password ${DB_PASSWORD}",
        "Password <your-password>",
    ],
)
def test_bare_password_lookalikes_not_flagged(text):
    assert not found(PROSE_RULES, text)


# --- Jenkins crumbs ---------------------------------------------------------------------------


def test_jenkins_crumb_header():
    text = "curl -X POST -H 'Jenkins-Crumb:440561953171ba44ace9740562d172bb' $URL/job/x/build"
    assert ("jenkins_crumb", "440561953171ba44ace9740562d172bb") in found(
        PROVIDER_TOKEN_RULES, text
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"crumb":"x","crumbRequestField":"Jenkins-Crumb"}',
        "Jenkins-Crumb: 00000000000000000000000000000000",
        'headers["Jenkins-Crumb"] = crumb',
    ],
)
def test_jenkins_crumb_lookalikes_not_flagged(text):
    assert not found(PROVIDER_TOKEN_RULES, text)


# --- a word as the whole value of a .env / shell / INI password line ----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DB_PASSWORD=open_sesame", "open_sesame"),
        ("export PGPASSWORD=correct-horse-battery", "correct-horse-battery"),
        ("[SupportSite]\nUsername=jdoe\nPassword=thisismypassword\n", "thisismypassword"),
        ("DB_PASSWORD=open_sesame # dev only", "open_sesame"),
    ],
)
def test_env_line_word_password(text, value):
    assert value in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "password = open_sesame",  # alone, Python: a variable (an INI file: see round 5 tests)
        "password=user_password,",  # a keyword argument on its own line
        "conn = connect(\n    user=user,\n    password=new_password\n)",
        "x(\npassword=user_password)",
        "PASSWORD=prompt",  # a setting word
        "password_hash_algo=bcrypt",  # the name does not end in a password word
        "DB_PASSWORD=$SECRET",
        "AUTO_SESSION_PASSWORD=mypassword",  # a template word
        "DB_PASSWORD=changeme",
    ],
)
def test_env_line_word_lookalikes_not_flagged(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Server=prod-sql.acme.com;Database=x;User Id=sa;Password=admin;", "admin"),
        ("Server=tcp:acme.database.windows.net,1433;User ID=app;Password=secret;", "secret"),
    ],
)
def test_weak_connection_string_password_on_remote_server(text, value):
    assert value in flagged(text)


# Round 5: an explicit password field holds a literal whatever the server (see
# secret_password_policy); only a password inside a URL is still judged by its host.
@pytest.mark.parametrize(
    "text",
    [
        "Server=localhost;Port=5432;User Id=username;Password=secret;",
        "Server=host;Port=5432;User Id=username;Password=secret;Database=db;",
        "Password=secret;",
    ],
)
def test_weak_connection_string_password_flagged_whatever_the_server(text):
    assert "secret" in flagged(text)


def test_weak_password_in_a_local_url_query_flagged():
    text = "postgresql:///mydb?host=localhost&port=5433&user=user&password=secret"
    assert "secret" in flagged(text)
    assert not flagged("postgresql:///mydb?host=localhost&user=user&password=password")


# --- "password" in other languages, wallet seed phrases, Cookie headers ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "contraseña: Xy7kq2Lm9w",
        "senha: Xy7kq2Lm9w",
        "пароль: Xy7kq2Lm9w",
        "wachtwoord = Xy7kq2Lm9w",
        "密码：Xy7kq2Lm9w",
        "hasło: Xy7kq2Lm9w.",
    ],
)
def test_foreign_password_label(text):
    assert ("foreign_password_label", "Xy7kq2Lm9w") in found(PROSE_RULES, text)


@pytest.mark.parametrize(
    "text",
    ["parola: ciao", "senha: 123456", "contraseña: <tu-contraseña>", "senha: ${SENHA_DB}"],
)
def test_foreign_password_label_lookalikes_not_flagged(text):
    assert not any(d == "foreign_password_label" for d, _ in found(PROSE_RULES, text))


SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident"


@pytest.mark.parametrize(
    "text", [f"my seed phrase: {SEED}", f'mnemonic = "{SEED}"', f"recovery phrase is {SEED}."]
)
def test_wallet_seed_phrase(text):
    assert ("wallet_seed_phrase", SEED) in found(PROSE_RULES, text)


@pytest.mark.parametrize(
    "text",
    [
        "the seed words are listed in the docs for you to read and then use for the setup of this",
        "mnemonic: mov is the mnemonic for the move instruction in x86 assembly language and more",
        f"seed phrase: {' '.join(SEED.split()[:10])}",  # too few words
    ],
)
def test_wallet_seed_phrase_lookalikes_not_flagged(text):
    assert not found(PROSE_RULES, text)


def test_cookie_header_values():
    sid, csrf = "9f3b2c7d1e8a4f6b0c5d2e9a7b3f1c8d", "q8Xv2LmP9rTz4KcW7bNf3HsJ"
    text = f"curl -H 'Cookie: sessionid={sid}; csrftoken={csrf}; theme=dark' https://x"
    got = found(STRUCTURE_RULES, text)
    assert {("cookie_header_value", sid), ("cookie_header_value", csrf)} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Secure; HttpOnly",
        "Set-Cookie: token=YOUR_SESSION_TOKEN_HERE_1234; Path=/",
        'headers["Cookie"] = f"session={sid}"',
        "Cookie: preferred_language=english_united_states_variant",
    ],
)
def test_cookie_header_lookalikes_not_flagged(text):
    assert not any(d == "cookie_header_value" for d, _ in found(STRUCTURE_RULES, text))


def test_oracle_jdbc_logon_password():
    text = "url=jdbc:oracle:thin:scott/Xy7kq2Lm9w@db.acme.com:1521/orcl"
    assert "Xy7kq2Lm9w" in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "jdbc:oracle:thin:@//db.acme.com:1521/svc",  # no credentials
        "jdbc:oracle:thin:scott/password@localhost:1521/orcl",  # the slot's own word
    ],
)
def test_oracle_templates_and_credential_free_urls_not_flagged(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # Oracle's published demonstration logon, reused by library docs: an example
        "jdbc:oracle:thin:scott/tiger@localhost:1521/orcl",
        "mysql+mysqldb://scott:tiger@localhost/foo",
        "sqlplus scott/tiger@orcl",
    ],
)
def test_documented_demo_logon_not_flagged(text):
    assert not flagged(text)


def test_weak_oracle_logon_of_another_user_flagged():
    assert "tiger" in flagged("jdbc:oracle:thin:app/tiger@localhost:1521/orcl")
    assert "Xy7kq2Lm9w" in flagged("mysql://scott:Xy7kq2Lm9w@db.acme.com/x")
    # the demo logon left enabled on a named server is live
    assert "tiger" in flagged("jdbc:oracle:thin:scott/tiger@db.acme.com:1521/orcl")


def test_demo_password_on_a_named_remote_host_is_flagged():
    assert "tiger" in flagged("postgresql://scott:tiger@db.acme.com/x")


@pytest.mark.parametrize(
    "text",
    [
        "password = auth[1]",  # a subscript
        "secret = iterator_dict[key]",
        "token = :paramref:`.Engine.url`",
        "db = 'mysql://scott:***@db.acme.com/test'",  # masked in a log line
        "'https://user:a%20secret@example.com'",  # an encoded phrase in docs
        "Driver={SQL Server};Server=db.acme.com;Pwd=(whatever)",
    ],
)
def test_code_lookalikes_from_library_source_not_flagged(text):
    assert not flagged(text)


def test_bare_userinfo_in_a_text_full_of_at_signs():
    text = "@decorator\n" * 300 + "HTTP_PROXY=jdoe:Xy7kq2Lm9w@proxy.acme.com:8080\n"
    assert ("bare_userinfo_password", "Xy7kq2Lm9w") in found(STRUCTURE_RULES, text)
