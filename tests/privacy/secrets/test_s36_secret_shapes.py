"""Shapes from the secret corpora's dev splits (issue #14, session 36): a pre-signature Azure
storage account key (88 base64 characters) under an Azure or storage name; the Maven
encryption guide's example ciphertexts are vendor examples (placeholders)."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_secrets

# 88 base64 characters ending "==" (a 512-bit storage account key), no "+ASt" signature.
_AZURE_88 = (
    "q8Hk2MvP0xR7nWc3LzT9bY5aJf1sDg6eUi4oK0pNhQr7vXw2mZ1tC8yB3lE5uS9dA6gF0jH4kV7cI2nO1qW8rT3y=="
)


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_secrets(text)}


@pytest.mark.parametrize(
    "line",
    [
        f'AZURE_ACCESS_KEY: "{_AZURE_88}"',
        f"azure_storage_account_key = {_AZURE_88}",
        'AZURE_ACCESS_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        '0123456789abcdefghijklmn=="',
    ],
)
def test_azure_storage_key_under_an_azure_name_is_found(line):
    value = line.split('"')[1] if '"' in line else line.split("= ")[1]
    assert value in _found(line)


@pytest.mark.parametrize(
    "line",
    [
        f'const blob = "{_AZURE_88[:-2]}=="',  # no Azure or storage word on the line
        "AZURE_STORAGE_KEY=" + "x" * 86 + "==",  # a template
        "AZURE_STORAGE_KEY=" + "A" * 86 + "==",
    ],
)
def test_88_character_base64_without_azure_context_or_as_template_is_not_the_azure_rule(line):
    assert not any(s.detector == "azure_storage_key_named" for s in detect_secrets(line))


@pytest.mark.parametrize(
    "line",
    [
        "<password>{COQLCE6DU6GtcS5P=}</password>",
        "<passphrase>{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}</passphrase>",
        "<master>{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}</master>",
    ],
)
def test_maven_guide_example_ciphertexts_are_placeholders(line):
    assert _found(line) == set()


def test_other_maven_encrypted_passwords_stay_flagged():
    value = "{JhJfPXeAJm0HU9VwsWngQS5qGreK29EQ3fdm/7Q7A7c=}"
    assert any(value in f or f in value for f in _found(f"<password>{value}</password>"))
