"""Session 33 (s33-secleft): small documented secret shapes earlier rounds left over -- the
``vault login`` argument, URL passwords before a templated host, pgbouncer ``userlist.txt``
lines, Ethereum private keys named in prose -- and two look-alikes that are no secret (home
and relative paths, Ruby ``%w()`` arrays, lower-case Vault KV paths after a password word)."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.auth_files import userlist_password_ok
from transforms.privacy.secrets.detector import detect_secrets
from transforms.privacy.secrets.eth_keys import eth_private_key_ok
from transforms.privacy.secrets.vault_login import vault_login_token_ok

VAULT_UUID = "98df443c-65ee-d843-7f4b-9af8c426128d"  # a pre-0.10 Vault token is a UUID
ETH_KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_secrets(text)}


def _by(text: str, detector: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_secrets(text) if s.detector == detector}


# --- vault login ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("vault login -no-print 8Hq2kL9mXz4TnR7pWc1vB3yF", "8Hq2kL9mXz4TnR7pWc1vB3yF"),
        ("$ vault login s.8Hq2kL9mXz4TnR7pWc1vB3yF", "s.8Hq2kL9mXz4TnR7pWc1vB3yF"),
        (
            "vault login 98df443c-65ee-d843-7f4b-9af8c426128d",
            "98df443c-65ee-d843-7f4b-9af8c426128d",
        ),
        ("vault login -method=token 'b.AAAAAQKxq8sF2kL9mXz4TnR7'", "b.AAAAAQKxq8sF2kL9mXz4TnR7"),
    ],
)
def test_vault_login_token_found(text, token):
    assert _by(text, "vault_login_token") == {token}


@pytest.mark.parametrize(
    "text",
    [
        "vault login -method=github token=$GITHUB_TOKEN",
        "vault login -method=userpass username=alice",
        "vault login -method oidc",
        "vault login",
        "vault login $VAULT_TOKEN",
        "vault login <token>",
        "vault login s.xxxxxxxxxxxxxxxxxxxxxxxx",
        "vault login 00000000-0000-0000-0000-000000000000",
        "vault login YOUR_VAULT_TOKEN_HERE_1234",
        "vault login --help",
    ],
)
def test_vault_login_methods_and_placeholders_not_flagged(text):
    assert _values(text) == set()


def test_vault_token_variable_with_legacy_and_unprefixed_tokens():
    assert _values("export VAULT_TOKEN=s.8Hq2kL9mXz4TnR7pWc1vB3yF") == {
        "s.8Hq2kL9mXz4TnR7pWc1vB3yF"
    }
    assert _values("VAULT_TOKEN=8Hq2kL9mXz4TnR7pWc1vB3yF") == {"8Hq2kL9mXz4TnR7pWc1vB3yF"}
    assert _values("VAULT_TOKEN=$(cat ~/.vault-token)") == set()


def test_vault_login_token_ok_rejects_dummies():
    assert vault_login_token_ok("s.8Hq2kL9mXz4TnR7pWc1vB3yF")
    assert not vault_login_token_ok("s.aaaaaaaaaaaaaaaaaaaaaaaa")
    assert not vault_login_token_ok("your-vault-token-goes-here")


# --- URL passwords before a templated host -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgres://app:Kq7vR2p@${DB_HOST}/db",
        "url = 'postgres://app:Kq7vR2p@{host}:5432/db'",
        "redis://:Kq7vR2p@{{ redis_host }}:6379",
        "mysql://app:Kq7vR2p@$HOST/db",
        "amqp://app:Kq7vR2p@%(host)s:5672",
        "postgres://app:Kq7vR2p@<host>/db",
    ],
)
def test_url_password_before_template_host(text):
    assert _by(text, "url_credentials") == {"Kq7vR2p"}


@pytest.mark.parametrize(
    "text",
    [
        "postgres://app:${DB_PASS}@${DB_HOST}/db",
        "postgres://user:password@${DB_HOST}/db",
        "postgres://app:{password}@{host}/db",
        "postgres://app:<password>@<host>/db",
        "mongodb://admin:%(password)s@%(host)s",
        "postgres://$USER:$PASS@$HOST/db",
    ],
)
def test_templated_url_passwords_not_flagged(text):
    assert _values(text) == set()


# --- pgbouncer userlist.txt ----------------------------------------------------------------
def test_userlist_plain_md5_and_scram_passwords():
    scram = "SCRAM-SHA-256$4096:c2FsdHNhbHQ=$abc123abcABC=:def456defDEF="
    md5 = "md5a3b1c2d4e5f60718293a4b5c6d7e8f9"
    text = f'# /etc/pgbouncer/userlist.txt\n"alice" "Xk92mPq7rT"\n"bob" "{md5}"\n"app" "{scram}"'
    found = _values(text)
    assert {"Xk92mPq7rT", md5, scram} <= found
    assert "alice" not in found and "bob" not in found


def test_userlist_placeholders_not_flagged():
    text = '# userlist.txt\n"app" "<password>"\n"u" "${PGPASS}"\n"x" "password"\n"y" "md5<hash>"'
    assert _values(text) == set()


def test_two_quoted_words_without_userlist_context_not_flagged():
    # a shell line or CSV row: only a text naming userlist/auth_file is read as one
    assert _by('"alice" "Xk92mPq7rT"\n"bob" "Zr81qLw3"', "pgbouncer_userlist_password") == set()
    assert _values('auth_file = userlist.txt\nexec "$@" "--verbose"') == set()


def test_userlist_password_ok():
    assert userlist_password_ok("md5" + "0123456789abcdef" * 2)
    assert not userlist_password_ok("md5<hash>")
    assert not userlist_password_ok("SCRAM-SHA-256$<iterations>:<salt>")
    assert not userlist_password_ok("$PGPASSWORD")


# --- Ethereum private keys -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        f"The private key for the deployer wallet is {ETH_KEY}.",
        f"Private Key: {ETH_KEY}",
        f"PRIVATE_KEY={ETH_KEY}",
        f'{{"privateKey": "{ETH_KEY}"}}',
        f"forge script Deploy --private-key {ETH_KEY}",
    ],
)
def test_eth_private_key_under_a_key_name(text):
    assert ETH_KEY in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        f"txHash: {ETH_KEY}",
        f'blockHash = "{ETH_KEY}"',
        f"signed with my private key, tx hash {ETH_KEY}",
        f'bytes32 constant ADMIN_ROLE = keccak256("{ETH_KEY}");',
        "private key 0x0000000000000000000000000000000000000000000000000000000000000001",
        "private key: 0x" + "ab" * 32,
        f"storage slot {ETH_KEY}",
    ],
)
def test_other_32_byte_values_and_dummies_not_flagged(text):
    assert _by(text, "eth_private_key_prose") == set()
    assert ETH_KEY not in _values(text) or "private" in text.lower()


def test_eth_private_key_ok():
    assert eth_private_key_ok(ETH_KEY)
    assert not eth_private_key_ok("0x" + "0" * 63 + "1")
    assert not eth_private_key_ok("0x" + "1234" * 16)


# --- look-alikes: paths and Ruby word arrays -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "  keys: %w(~/.ssh/id_rsa)",
        "keys: %w(~/.ssh/id_rsa ~/.ssh/id_ed25519)",
        "ssh_keys = %w[/home/deploy/.ssh/id_rsa]",
        "secret_keys: %i(alpha beta gamma)",
        "keys: ~/.ssh/id_rsa",
        "private_key: ./certs/server-key.pem",
        "key_file: ~deploy/.ssh/deploy_key",
        "vault kv get -field=password secret/myapp",
        "the password lives in secret/data/ci",
    ],
)
def test_paths_and_word_arrays_are_no_secret(text):
    assert _values(text) == set()


def test_real_values_next_to_the_lookalikes_still_found():
    assert _values("password: ~Xk92mPq7rT") == {"~Xk92mPq7rT"}
    assert _values("password: hunter2/abc") == {"hunter2/abc"}


@pytest.mark.parametrize(
    "text",
    [
        f"slot {ETH_KEY}",
        f"storage slot {ETH_KEY}",
        f"keyHash: {ETH_KEY}",
        f"merkle_root = {ETH_KEY}",
    ],
)
def test_unnamed_32_byte_hex_is_no_secret(text):
    # the generic line rules read "word value" lines; a 32-byte chain value needs a key name
    assert _values(text) == set()


def test_named_32_byte_hex_still_found():
    assert _values(f"deployer_pk = {ETH_KEY}") == {ETH_KEY}
    assert _values(f"signer_secret: {ETH_KEY}") == {ETH_KEY}
