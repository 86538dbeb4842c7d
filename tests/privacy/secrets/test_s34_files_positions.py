"""Session 34 (s34-secfiles): credentials whose position in a config or source file says what
they are (``secrets/file_values.py``, ``_pw`` names and numeric passwords in
``secrets/assignments.py``, dotted ``vault login`` tokens): true positives, placeholders and
code look-alikes."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

ETH_KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # Ruby %w() word arrays under a secret name: each random element
        (
            "API_KEYS = %w(q7Vx2LmP9sKd4RtY8wZn3JbH Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9)",
            "q7Vx2LmP9sKd4RtY8wZn3JbH",
        ),
        (
            "API_KEYS = %w(q7Vx2LmP9sKd4RtY8wZn3JbH Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9)",
            "Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9",
        ),
        (
            "config.tokens = %w[a8f5f167f44f4964e6c998dee827110c]",
            "a8f5f167f44f4964e6c998dee827110c",
        ),
        # keyword-value directives: msmtp, nslcd, ldap.conf
        ("account default\nhost smtp.corp.io\nuser bob\npassword Tr0ub4dor&3x\n", "Tr0ub4dor&3x"),
        ("uri ldap://ldap.corp.io\nbindpw Xk29sLq0aPw!\n", "Xk29sLq0aPw!"),
        ("BINDPW Xk29sLq0aPw\n", "Xk29sLq0aPw"),
        ('passphrase "g7Lm2pQx9vRt"\n', "g7Lm2pQx9vRt"),
        # wallet constructors and key imports take the private key itself
        (f'const w = new ethers.Wallet("{ETH_KEY}", provider);', ETH_KEY),
        (f"const account = privateKeyToAccount('{ETH_KEY}')", ETH_KEY),
        (f'acct = Account.from_key("{ETH_KEY[2:]}")', ETH_KEY[2:]),
        (f'web3.eth.accounts.wallet.add("{ETH_KEY}");', ETH_KEY),
        # ssh-keygen -N new passphrase / -P old passphrase
        ('ssh-keygen -t ed25519 -N "Tr0ub4dor&3x" -f ~/.ssh/id_deploy', "Tr0ub4dor&3x"),
        ("ssh-keygen -p -P 0ldPassphr4se -N n3wPassphr4se -f key", "0ldPassphr4se"),
        ("ssh-keygen -p -P 0ldPassphr4se -N n3wPassphr4se -f key", "n3wPassphr4se"),
        # name/value pairs: C# collection initializers, tuples
        ('{ "ApiKey", "q7Vx2LmP9sKd4RtY8wZn3JbH" },', "q7Vx2LmP9sKd4RtY8wZn3JbH"),
        ('("password", "Tr0ub4dor&3x"),', "Tr0ub4dor&3x"),
        ('{"client_secret", "Zq8Lm2Vx7Kp4Rt9Wn3Jb6Hd"}', "Zq8Lm2Vx7Kp4Rt9Wn3Jb6Hd"),
        ('mapOf("user" to "bob", "password" to "Tr0ub4dor&3x")', "Tr0ub4dor&3x"),
        ('Map("password" -> "Tr0ub4dor&3x")', "Tr0ub4dor&3x"),
        # "_pw" names with a bare value in code-like spacing
        ("bind_pw = Xk29sLq0aPw", "Xk29sLq0aPw"),
        ("smtp_pw = Xk29sLq0aPw", "Xk29sLq0aPw"),
        # numeric passwords of six or more digits in a password field
        ("DB_PASSWORD=839274615", "839274615"),
        ("database:\n  password: 4728193\n", "4728193"),
        ('{"password": "582947"}', "582947"),
        # value attribute / member before the one naming it
        ('<add value="q7Vx2LmP9sKd4RtY8wZn3JbH" key="ApiSecret" />', "q7Vx2LmP9sKd4RtY8wZn3JbH"),
        ('<param value="Tr0ub4dor&3x" name="password"/>', "Tr0ub4dor&3x"),
        ('{"value": "Tr0ub4dor&3x", "name": "DB_PASSWORD"}', "Tr0ub4dor&3x"),
        # passwords piped to sudo -S / passwd --stdin
        ("echo 'Tr0ub4dor&3x' | sudo -S apt update", "Tr0ub4dor&3x"),
        ('echo "Tr0ub4dor&3x" | passwd --stdin bob', "Tr0ub4dor&3x"),
        # documented password arguments: Go SetBasicAuth, Perl DBI->connect
        ('req.SetBasicAuth("bob", "Tr0ub4dor&3x")', "Tr0ub4dor&3x"),
        ("DBI->connect('dbi:Pg:dbname=app', 'bob', 'Tr0ub4dor&3x')", "Tr0ub4dor&3x"),
        # ODBC braced values, Neo4j's initial password
        ("Driver={ODBC Driver 17};Server=db;UID=sa;PWD={Tr0ub4dor&3x};", "Tr0ub4dor&3x"),
        ("NEO4J_AUTH=neo4j/sunflower77", "sunflower77"),
        # multi-line displays under a secret name
        (
            'TOKENS = [\n  "q7Vx2LmP9sKd4RtY8wZn3JbH",\n  "Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9",\n]',
            "Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9",
        ),
        (
            'SECRET_KEY = (\n    "q7Vx2LmP9sKd4RtY8wZn3JbH"\n    "Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9"\n)',
            "Lk3Vb9Pz4Kd8Rt5Yw1Nm3Xa9",
        ),
        ('api_keys = {\n  "prod": "q7Vx2LmP9sKd4RtY8wZn3JbH",\n}', "q7Vx2LmP9sKd4RtY8wZn3JbH"),
        # a member of a one-line JSON object, judged as if alone on its line
        ('{"bearer": "q7Vx2LmP9sKd4RtY8wZn3JbH", "expires": 3600}', "q7Vx2LmP9sKd4RtY8wZn3JbH"),
        ('{"user": "bob", "jwt": "q7Vx2LmP9sKd4RtY8wZn3JbH"}', "q7Vx2LmP9sKd4RtY8wZn3JbH"),
        # vault login tokens with a dot inside the body
        ("vault login 7f1e2c3d.Kq9xLmP2vR8sT4wY", "7f1e2c3d.Kq9xLmP2vR8sT4wY"),
    ],
)
def test_position_secret_found(text, secret):
    assert secret in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        # paths, identifiers and placeholders in %w arrays
        "keys: %w(~/.ssh/id_rsa ~/.ssh/id_ed25519)",
        "SECRET_FIELDS = %w(password password_confirmation api_token)",
        "tokens = %w(xxxxxxxxxxxxxxxxxxxxxxxx)",
        # types, code and references after a password word
        "type User struct {\n\tPassword string\n}",
        "password VARCHAR(255) NOT NULL,",
        "password $(DB_PASSWORD)",
        "proxy_pass http://backend;",
        "fastcgi_pass php_upstream;",
        "Password Reset",
        "password combination.\n\nR5: Regulatory--21",
        "password <your-password>",
        "password changeme",
        # wallets from variables, dummies, hashes not passed to a wallet
        "const w = new ethers.Wallet(process.env.PRIVATE_KEY);",
        'new Wallet("0x0000000000000000000000000000000000000000000000000000000000000001")',
        f'const txHash = "{ETH_KEY}";',
        # ssh-keygen with an empty or referenced passphrase
        'ssh-keygen -t rsa -N "" -f key',
        'ssh-keygen -t rsa -N "$PASSPHRASE" -f key',
        # pairs of a name and another name, a label, a translation or a header name
        '("password", "password_confirmation")',
        '("Password", "Passwort")',
        '{ "ApiKey", "X-Api-Key" }',
        '("token", "access_token")',
        'mapOf("password" to "Passwort")',
        '"token" to "access_token"',
        # numbers that are lengths or weak fillers, and settings about the password
        "password: 111111",
        "password_min_length: 123456",
        "PASSWORD_TTL=864000",
        # value-first elements that are form buttons, templates; piped non-passwords
        '<input value="Submit" name="password"/>',
        '{"value": "${DB_PW}", "name": "DB_PASSWORD"}',
        "echo $PW | sudo -S ls",
        'echo "deb http://deb.corp.io stable main" | sudo tee /etc/apt/sources.list.d/x.list',
        "my $dbh = DBI->connect($dsn, $user, $pass);",
        # format slots in braces, Neo4j without auth or with the slot word
        'conn = f"Server=x;PWD={db_password};"',
        "NEO4J_AUTH=none",
        "NEO4J_AUTH=neo4j/password",
        # displays of field names, patterns, calls under secret names
        'SECRET_FIELDS = [\n  "password_confirmation",\n  "client_secret_expires_at",\n]',
        'TOKEN_PATTERNS = [\n  r"ghp_[A-Za-z0-9]{36}",\n]',
        'api_key = getenv(\n  "API_KEY_q7Vx2LmP9sKd4RtY"\n)',
        'API_KEYS = {\n  "q7Vx2LmP9sKd4RtY8wZn3JbH": "prod",\n}',
        # one-line JSON members without a credential name, or named as a hash
        '{"keyboard_layout": "q7Vx2LmP9sKd4RtY8wZn3JbH", "x": 1}',
        '{"cookie_hash": "q7Vx2LmP9sKd4RtY8wZn3JbH", "x": 1}',
        # vault login file names and other methods
        "vault login my_root_token_file.txt",
        "vault login -method=userpass username=bob",
    ],
)
def test_position_lookalike_not_flagged(text):
    assert not _values(text), _values(text)
