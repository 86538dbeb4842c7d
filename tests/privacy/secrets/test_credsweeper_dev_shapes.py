"""Shapes found in the ``credsweeper-files`` dev corpus (issue #14, session 31): Cloudflare's
checksum alphabet, GitLab ``glrtr-``, NATS nkey seeds, libcurl credential options,
ConvertTo-SecureString switch orders, "pw" as a name, and "pass" / "token" inside ordinary words."""

from __future__ import annotations

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.values import credential_word_only_inside_a_word

# synthetic values (random letters, not from any upstream file)
_CF_BODY = "Qm7Rk2Xw9Lp4Tz8Vb3Nc6Hd1Jf5Gs0Ay7Ue2Io4Pa9Sd3Fg6Hj1Kl8Zx5Cv2Bn"[:48]
_SEED = "SUAQ3TZ7KXWMN4RBVH2DLPG6YFJC5EO7SI2UAKQ3ZT4MXWBN6HRL2DPVGYF"[:58]


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


def test_cloudflare_tokens_take_a_base62_checksum_but_no_word_ending():
    for prefix in ("cfk_", "cfut_", "cfat_"):
        assert prefix + _CF_BODY in _found(f"CLOUDFLARE={prefix}{_CF_BODY}\n")
    # a placeholder ending in a word, and a body one character short, are not tokens
    assert not _found("cfat_" + _CF_BODY[:36] + "tokenexample\n")
    assert not _found("cfut_" + _CF_BODY[:47] + "\n")


def test_gitlab_registration_runner_tokens():
    token = "glrtr-" + "Hq3ZxV7mK2pR9tW4nB8cL5dF1gJ6sY0aE"
    assert token in _found(f"token = {token} # runner\n")
    assert not _found("glrtr-mode is documented\n")


def test_nats_seeds_are_found_but_public_keys_and_words_are_not():
    assert _SEED in _found(f"// {_SEED}\n")
    assert _SEED in _found(f'seed: "{_SEED}"\n')
    public_key = "U" + _SEED[2:] + "Q"  # 56+ characters starting U: a public key
    assert not _found(f"{public_key[:56]}\n")
    assert not _found("SUPERCALIFRAGILISTICEXPIALIDOCIOUSSUPERCALIFRAGILISTICEXPI\n")
    assert not _found(f"SU{_SEED[2:]}X\n")  # 59 characters: not a seed


def test_libcurl_credential_options():
    assert _found('curl_easy_setopt(h, CURLOPT_PASSWORD, "Kq82vLmZx41T");') == ["Kq82vLmZx41T"]
    assert "Tr0ub4dor&3" in _found('c.setopt(pycurl.USERPWD, "alice:Tr0ub4dor&3")')
    assert "p4Ss!w0rd9" in _found('curl_setopt($ch, CURLOPT_PROXYUSERPWD, "bob:p4Ss!w0rd9");')
    # variables, interpolation, format slots and placeholders are not literals
    assert not _found("curl_easy_setopt(h, CURLOPT_PASSWORD, password);")
    assert not _found('curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");')
    assert not _found('curl_easy_setopt(h, CURLOPT_PASSWORD, "%s");')
    assert not _found('curl_easy_setopt(h, CURLOPT_USERPWD, "user:password");')
    assert not _found("curl_easy_setopt(h, CURLOPT_USERNAME, user);")


def test_convertto_securestring_in_any_switch_order():
    assert _found("ConvertTo-SecureString -String -Force dsk7E#$gq8s") == ["dsk7E#$gq8s"]
    assert _found('"ConvertTo-SecureString \\"8yd2~JKHmE3q\\""') == ["8yd2~JKHmE3q"]
    assert _found("$p = ConvertTo-SecureString 'Xk9Lm2Qr' -AsPlainText -Force") == ["Xk9Lm2Qr"]
    assert not _found("$p = ConvertTo-SecureString $pw -AsPlainText -Force")
    assert not _found("The ConvertTo-SecureString cmdlet converts plain text")
    assert not _found("ConvertTo-SecureString (Get-Content key.txt)")
    assert not _found("ConvertTo-SecureString -String $env:SVC_PW -AsPlainText -Force")


def test_pw_as_a_whole_name_in_notes_and_code():
    # two rules may find the same value (spans are merged downstream)
    assert set(_found("host 10.0.0.7 (pw:Ihq7Sb1Gg)")) == {"Ihq7Sb1Gg"}
    assert "dqpR10Gg" in " ".join(_found("ID:master,PW:dqpR10Gg!"))
    assert _found('pw = "Xk9Lm2Qr7T"')
    # code reading a password, types, references: no value
    for code in (
        "pw = getpass.getpass()",
        "pw: str = None",
        'pw := os.Getenv("PW")',
        "self.pw = pw",
        "pw: PasswordField",
        "pw: ${{ secrets.PW }}",
        "password: z.string().min(8),",
        "pwd: os.getcwd()",
        "$pw = Read-Host -AsSecureString",
        "$pw = ConvertTo-SecureString $plain -AsPlainText -Force",
        "$password = Get-Credential",
        "db:\n  password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n",
        "pw: !!binary",
    ):
        assert not _found(code), code


def test_pass_inside_an_ordinary_word_is_no_password_name():
    for name in ("bypass", "passed", "passes", "passing", "compass", "trespass", "PASSED"):
        assert credential_word_only_inside_a_word(name), name
        assert not _found(f'{name} = "cackle!"'), name
    for name in ("pass", "db_pass", "passwd", "userPass", "bypass_token", "passport_key"):
        assert not credential_word_only_inside_a_word(name), name
    assert _found('db_pass = "cackle!"') == ["cackle!"]


def test_token_inside_tokenize_is_no_credential_name():
    value = "b0f5d48j9X2dfjF0hb9sd8Guf5hWu2ia"
    for name in ("tokenized", "fp_tokenized_value", "TOKENIZER_STATE"):
        assert credential_word_only_inside_a_word(name), name
        assert not _found(f'{name} = "{value}"'), name
    assert not credential_word_only_inside_a_word("tokenizer_key")
    assert _found(f'api_token = "{value}"')
