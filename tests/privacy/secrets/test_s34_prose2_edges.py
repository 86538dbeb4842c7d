"""Session 34 (2): a password's own final "!", Russian/Ukrainian/Polish prose, past tense."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


def _covered(text: str, value: str) -> bool:
    """Every character of ``value`` lies inside a detected span (spans are merged on redaction)."""
    start = text.index(value)
    spans = detect_own_secrets(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password is Summer2024!", "Summer2024!"),
        ("the password is Summer2024!.", "Summer2024!"),
        ("my password is Xk9#q2mL?", "Xk9#q2mL?"),
        ("the password is hunter2!!", "hunter2!!"),
        ("login with admin / Summer2024!", "Summer2024!"),
        ("use password Qw9rTz81! to log in", "Qw9rTz81!"),
        ("das Passwort ist Sommer2024!", "Sommer2024!"),
        ("the wifi password is Kx7-qq2.", "Kx7-qq2."),
        ("the old password was Summer2023!", "Summer2023!"),
        ("moje hasło to Lato2024!", "Lato2024!"),
        ("пароль к базе Qw9rTz81!", "Qw9rTz81!"),
    ],
)
def test_final_punctuation_of_the_password_is_redacted(text: str, value: str) -> None:
    assert _covered(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password is Qw9rTz81.", "Qw9rTz81"),  # a sentence's "." after letters and digits
        ("(the password is Tr0ub4dor&3)", "Tr0ub4dor&3"),  # a ")" that opens nothing
        ("my previous password was Qw9rTz81, then", "Qw9rTz81"),
        ("the password is Summer2024!, then", "Summer2024!"),
    ],
)
def test_sentence_punctuation_stays_outside(text: str, value: str) -> None:
    assert value in _values(text)
    assert not any(v.startswith(value) and len(v) > len(value) for v in _values(text))


@pytest.mark.parametrize(
    "text",
    [
        "пароль от сервера Qw9rTz81",
        "пароль от сервера: Qw9rTz81",
        "пароль: Qw9rTz81",
        "мой пароль Qw9rTz81",
        "пароль от вайфая — Qw9rTz81",
        "пароль для входа: Qw9rTz81",
        "новый пароль - Qw9rTz81",
        "пароль был Qw9rTz81",
        "пароль від сервера Qw9rTz81",
        "пароль до бази: Qw9rTz81",
        "мій пароль Qw9rTz81",
        "hasło to Qw9rTz81",
        "hasło do serwera: Qw9rTz81",
        "hasło do serwera to Qw9rTz81",
        "haslo to Qw9rTz81",
        "hasło: Qw9rTz81",
        "the password I used was Qw9rTz81",
        "my old password was Qw9rTz81",
        "the password we used to use was Qw9rTz81",
        "the password I set is Qw9rTz81",
        "the password you gave me was Qw9rTz81",
        "the password I typed in was Qw9rTz81",
        "i think the password they gave us was Qw9rTz81",
    ],
)
def test_other_languages_and_past_tense(text: str) -> None:
    assert "Qw9rTz81" in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "the password is stored in vault.",
        "the password is hashed with bcrypt!",
        "the password is <your-password>!",
        "the password is YOUR_PASSWORD!",
        "the password I used was wrong.",
        "the password I used was too short!",
        "my old password was leaked in 2019.",
        "the password I used was the same as before.",
        "the password I used was from 2019.",
        "the password I used was the one from the README.",
        "What was the password I used yesterday?",
        "the password is changeme!",
        "the password is correct!",
        "the password is 12345678!",
        "my old password was example123",
        "пароль от сервера потерян",
        "пароль: ********",
        "пароль от сервера в менеджере паролей",
        "пароль: <пароль>",
        "пароль от сервера 2024 года",
        "пароль должен быть не короче 8 символов",
        "пароль md5 хеш",
        "hasło to tajemnica",
        "hasło do serwera jest w sejfie",
        "hasło: ${DB_PASSWORD}",
        "hasło musi mieć 8 znaków",
    ],
)
def test_sentences_and_placeholders_unflagged(text: str) -> None:
    assert not _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is P@ss(w0rd)", "P@ss(w0rd)"),
        ("the password is P@ss(w0rd) ok", "P@ss(w0rd)"),
        ("(my password is hunter22)", "hunter22"),
    ],
)
def test_bracket_inside_a_prose_password_is_kept_whole(text, value):
    # a ")" closing a bracket inside the value belongs to it; a lone one closes the sentence's
    assert _values(text) == {value}
