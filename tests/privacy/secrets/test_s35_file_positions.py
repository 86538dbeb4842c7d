"""Session 35 (s35-secfiles): file positions and formats whose documentation makes the value a
credential: crypt-format password hashes with a word in the salt (only template shapes veto a
documented structure), a Tcl ``set password "…"`` directive and a ``SECRET KEY:`` label before a
short key; placeholders, references and look-alikes stay unflagged."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets

BCRYPT_WORDY = "$2a$10$fakefn2U3jfdByqbHc.fake9ejqu//fake9p8P222cdfwjdnMFdxS"


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # Jenkins users/*/config.xml stores "#jbcrypt:" + a bcrypt hash (Modular Crypt Format)
        (f"<passwordHash>#jbcrypt:{BCRYPT_WORDY}</passwordHash>", BCRYPT_WORDY),
        (f"admin:{BCRYPT_WORDY}", BCRYPT_WORDY),
        (
            "root:$6$testsalt$Kq8zXm3wNt6pLk3wQz8mXt2nRp6vYb4cQz8mXt2nRp6vYb4cQz8mXt2nRp6v:19000:0:::",
            "$6$testsalt$Kq8zXm3wNt6pLk3wQz8mXt2nRp6vYb4cQz8mXt2nRp6vYb4cQz8mXt2nRp6v",
        ),
        # Tcl "set varName value" holding a password literal
        ('SET password "n83.bat47Fy4"', "n83.bat47Fy4"),
        ('set password "n83.bat47Fy4"', "n83.bat47Fy4"),
        # a "SECRET KEY:" label (blank between the words) before a 12-15 character key
        ("SECRET KEY:AIhq5Xyb1Gga9Q3", "AIhq5Xyb1Gga9Q3"),
        ("Access Key: Xb7Kq2mZ9pLw4", "Xb7Kq2mZ9pLw4"),
    ],
)
def test_documented_positions_are_secrets(text: str, secret: str) -> None:
    assert secret in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        # template hashes: one repeated character after the scheme and cost
        "hash: $2a$10$" + "x" * 53,
        "<passwordHash>#jbcrypt:$2a$10$" + "." * 53 + "</passwordHash>",
        # Tcl set with references, fillers, switches
        "set password $env(DB_PASSWORD)",
        'set password "changeme"',
        "SET password OFF",
        "set password [lindex $argv 1]",
        # prose and identifiers after "secret key" / "private key"
        "the private key file is id_rsa",
        "Secret Key: see vault",
        "access key: abcd1234",
        "private key v1beta1 rotation",
    ],
)
def test_placeholders_and_lookalikes_stay_unflagged(text: str) -> None:
    assert _values(text) == set()
