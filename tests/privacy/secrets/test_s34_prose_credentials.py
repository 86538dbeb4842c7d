"""Session 34: passwords, one-time-password seeds and backup codes stated in chat prose."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("use the password Tr0ub4dor&3 to log in", "Tr0ub4dor&3"),
        ("login with admin / Summer2024!", "Summer2024!"),  # the final "!" may be the password's
        ("you can log in using admin / Xk29fjq1", "Xk29fjq1"),
        ("sign in as jane.doe / Qw9rTz81", "Qw9rTz81"),
        ("the password should be Qw9rTz81", "Qw9rTz81"),
        ("the password to the server is Qw9rTz81", "Qw9rTz81"),
        ("password (for root) is Qw9rTz81", "Qw9rTz81"),
        ("la contraseña es Qw9rTz81", "Qw9rTz81"),
        ("das Passwort ist Qw9rTz81", "Qw9rTz81"),
        ("le mot de passe est Qw9rTz81", "Qw9rTz81"),
        ("a senha é Qw9rTz81", "Qw9rTz81"),
        ("il password è la2Wt9!zq", "la2Wt9!zq"),
        ("het wachtwoord is Qw9rTz81", "Qw9rTz81"),
    ],
)
def test_prose_passwords_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the example of https://github.com/google/google-authenticator/wiki/Key-Uri-Format
        (
            "otpauth://totp/ACME%20Co:john?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME",
            "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ",
        ),
        ("TOTP seed: JBSW Y3DP EHPK 3PXP", "JBSW Y3DP EHPK 3PXP"),
        ("my 2fa secret is jbswy3dpehpk3pxp", "jbswy3dpehpk3pxp"),
        (
            "the authenticator key is GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        ),
    ],
)
def test_otp_seeds_found(text: str, value: str) -> None:
    assert value in _values(text)


def test_backup_codes_each_found() -> None:
    assert {"8f3k-2j9d", "7h2m-9x4p", "3n8q-5w1z"} <= _values(
        "recovery codes: 8f3k-2j9d 7h2m-9x4p 3n8q-5w1z"
    )
    assert {"4829 1736", "9921 0442"} <= _values("Backup codes: 4829 1736, 9921 0442")
    text = "Recovery codes:\n- 4f8a2-b91c3\n- 77d1e-0a9f2\n"
    assert {"4f8a2-b91c3", "77d1e-0a9f2"} <= _values(text)
    assert "A7K2-9QXM-3P8L" in _values("here is my recovery code: A7K2-9QXM-3P8L")


@pytest.mark.parametrize(
    "text",
    [
        "the password field is required",
        "reset your password at https://example.com/reset",
        "use the password <password> here",
        "the password is changeme",
        "password: your-password",
        "password: ********",
        "password is xxx",
        "use the password manager",
        "login with admin / <password>",
        "login with your email / password",
        "login with Google / GitHub",
        "log in with SSO / SAML2",
        "the password should be at least 12 characters",
        "password must be 8chars",
        "the password will be hashed",
        "the password to the user is sent via email",
        "password (optional) is a string",
        "das Passwort ist falsch",
        "Passwort ist mindestens 8 Zeichen lang",
        "la contraseña es demasiado corta",
        "il password è troppo corto",
        "le mot de passe est incorrect",
        "The 2FA secret is stored in the database",
        "TOTP seed should be base32 encoded",
        "otp secret is BASE32SECRET3232",
        "otpauth://totp/Example:alice?secret=YOUR_SECRET&issuer=Example",
        "TOTP seed: <your-base32-secret>",
        "totp_secret = pyotp.random_base32()",
        "recovery codes are shown once after enabling 2FA",
        "backup codes: generate new ones in settings",
        "backup codes: backup-20240101 restore-2024",
        "backup code 2023-10-05",
        "backup codes: 12345678",
        "the recovery code is 6 digits",
        "mfa code: 482913",
        "Backup codes are stored in user_backup_codes table",
    ],
)
def test_placeholders_and_everyday_sentences_unflagged(text: str) -> None:
    assert _values(text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my openai key is odvunvprmqjwgh5gwxue", "odvunvprmqjwgh5gwxue"),
        ("the sentry api token is vha7sfijaenrltskewqt", "vha7sfijaenrltskewqt"),
        ("my sendgrid key is owkxdcf1gfuq7objvxml", "owkxdcf1gfuq7objvxml"),
        ("the mapbox api token is TFNGYJEMXB6JUUFSHSPW", "TFNGYJEMXB6JUUFSHSPW"),
        ("my mapbox key is oavc4hdnlqmursegnp2oytskwqxcflkl", "oavc4hdnlqmursegnp2oytskwqxcflkl"),
    ],
)
def test_single_case_keys_after_a_service_name(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "the stripe key is in the env file",
        "the github token expires in 90 days",
        "token type is bearer2",
        "the api key is webhooksecret2",
        "auth token expirationtimeout",
        "secret key transactionsync2",
    ],
)
def test_service_key_lookalikes_unflagged(text: str) -> None:
    assert _values(text) == set()
