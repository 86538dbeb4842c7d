"""Shapes found in the ``earlybird-cases`` dev corpus (issue #14, session 35): localised UI
strings in credential slots (the word "password" in another language, CJK text, HTML character
references) and Swift type annotations (``var pwField: UITextField! = nil``)."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets
from transforms.privacy.secrets.password_policy import is_slot_word, is_ui_text


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_own_secrets(text)]


@pytest.mark.parametrize(
    "line",
    [
        '"Password": "Lösenord"',
        '"Password"= "Lösenord"',
        "password: Salasana",
        '"password": "L&#246;senord"',
        '"secret": "&#12497;&#12473;&#12527;&#12540;&#12489"',
        '"password": "VeryStrong$$你好"',
        '"password"= "Informationsb你好世界"',
        "password: パスワードを入力",
        'password_label = "비밀번호 확인"',
    ],
)
def test_a_localised_ui_string_in_a_credential_slot_is_not_a_secret(line):
    assert not _found(line)


def test_ui_text_covers_every_password_translation_and_encoded_text():
    for word in ("Lösenord", "Adgangskode", "Heslo", "Jelszó", "Şifre", "Κωδικός", "Parola"):
        assert is_slot_word(word) and is_ui_text(word), word
    assert is_ui_text("&#12497;&#12473;&#12527;&#12540;&#12489")  # パスワード, last ";" left out
    assert is_ui_text("L&#246;senord")
    for value in ("Prl23Db#@", "s3cr3t&#x41;bcXyz9Kq", "Tr0ub4dor&3", "Prl23Db#@,비번:Prl23Db#@"):
        assert not is_ui_text(value), value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ('password = "StrongFinding5813!"', "StrongFinding5813!"),
        ("<Password>Qx9-Lm2#tz</Password>", "Qx9-Lm2#tz"),
        ("authKey: V3RyStr0nG@uThk3Y", "V3RyStr0nG@uThk3Y"),
        ('api_secret = "s3cr3t&#x41;bcXyz9Kq"', "s3cr3t&#x41;bcXyz9Kq"),
        ("password: VeryStrong857!@$^&*#", "VeryStrong857!@$^&*#"),
    ],
)
def test_credentials_beside_those_strings_are_still_found(line, value):
    assert value in _found(line)


def test_a_password_that_runs_on_into_a_cjk_labelled_field_is_still_found():
    found = _found("password:Prl23Db#@,비번:Prl23Db#@")
    assert found and all("Prl23Db#@" in f for f in found)


def test_a_swift_declaration_type_is_not_a_value():
    assert not _found("\t\tvar txtFieldPassword: UITextField! = nil")
    assert not _found("private var dbPassword: String? = nil")
    assert not _found("let apiToken: ImplicitlyUnwrapped! = loadToken()")


def test_a_swift_implicitly_unwrapped_declaration_keeps_its_literal():
    assert set(_found('\t\tlet password: String! = "Xk9#q2mLpz"')) == {"Xk9#q2mLpz"}
    assert "Xk9#q2mLpz" in _found('const password: string = "Xk9#q2mLpz";')
    # a YAML or prose value after a colon, with no assignment after it, is still the value
    assert "Xk9q2mLpz" in _found("password: Xk9q2mLpz")
