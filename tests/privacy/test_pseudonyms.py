"""Keyed pseudonyms: consistency, per-user separation, crypto-shredding, concurrent creation."""

from __future__ import annotations

import multiprocessing as mp
import re

import pyarrow.parquet as pq
import pytest

from transforms.privacy.pseudonyms import (
    KeyStore,
    master_key_material,
    pseudonymize_user_id,
    pseudonymize_value,
)
from transforms.privacy.redaction import redact_text
from transforms.privacy.spans import Span

MASTER = "test-master-key-0123456789"


def test_user_key_is_stable_and_16_hex(tmp_path):
    keys = KeyStore(tmp_path, MASTER)
    k1 = pseudonymize_user_id("u_000042", keys)
    assert re.fullmatch(r"[0-9a-f]{16}", k1)
    # A new process (new KeyStore) reads the stored salt and derives the same key.
    assert pseudonymize_user_id("u_000042", KeyStore(tmp_path, MASTER)) == k1
    assert pseudonymize_user_id("u_000043", keys) != k1


def test_user_key_depends_on_master_key(tmp_path):
    a = KeyStore(tmp_path, MASTER).user_key("u_1")
    assert KeyStore(tmp_path, "another-master-key").user_key("u_1") != a


def test_salt_table_holds_no_master_key_and_no_pseudonyms(tmp_path):
    keys = KeyStore(tmp_path, MASTER)
    key = keys.user_key("u_1")
    table = pq.read_table(tmp_path / "user_salts.parquet")
    assert table.column_names == ["user_id", "salt", "created_at"]
    blob = (tmp_path / "user_salts.parquet").read_bytes()
    assert MASTER.encode() not in blob and key.encode() not in blob


def test_value_pseudonyms_are_consistent_per_user_and_differ_across_users(tmp_path):
    keys = KeyStore(tmp_path, MASTER)
    m1, m2 = keys.key_material("u_1"), keys.key_material("u_2")
    p = pseudonymize_value("EMAIL_ADDRESS", "Maria.Garcia@gmail.com", m1)
    assert re.fullmatch(r"<EMAIL_ADDRESS_[0-9a-f]{6}>", p)
    assert pseudonymize_value("EMAIL_ADDRESS", "maria.garcia@gmail.com ", m1) == p
    assert pseudonymize_value("EMAIL_ADDRESS", "maria.garcia@gmail.com", m2) != p
    assert pseudonymize_value("PHONE_NUMBER", "+1 (415) 867-5309", m1) == pseudonymize_value(
        "PHONE_NUMBER", "+1 415-867-5309", m1
    )
    assert pseudonymize_value("PERSON", "Maria  Garcia", m1) == pseudonymize_value(
        "PERSON", "maria garcia", m1
    )


def test_value_pseudonym_rejects_bad_input():
    with pytest.raises(ValueError, match="not pseudonymised"):
        pseudonymize_value("SECRET", "x", master_key_material(MASTER))
    with pytest.raises(ValueError, match="at least 16 bytes"):
        pseudonymize_value("PERSON", "x", b"short")
    with pytest.raises(ValueError, match="IW_PSEUDONYM_KEY"):
        KeyStore("/tmp", "")


def test_erasure_deletes_the_salt_and_unlinks_the_user(tmp_path):
    keys = KeyStore(tmp_path, MASTER)
    before = keys.user_key("u_1")
    material = keys.key_material("u_1")
    other = keys.user_key("u_2")
    assert keys.erase(["u_1", "u_nobody"]) == 1
    fresh = KeyStore(tmp_path, MASTER)
    assert not fresh.has("u_1") and fresh.has("u_2")
    assert fresh.user_key("u_2") == other
    # Seen again, the user gets a new salt: neither the key nor value pseudonyms link back.
    assert fresh.user_key("u_1") != before
    assert fresh.key_material("u_1") != material


def _ensure(args):
    path, users = args
    keys = KeyStore(path, MASTER)
    keys.ensure(users)
    return {u: keys.user_key(u) for u in users}


def test_concurrent_creation_agrees_on_one_salt_per_user(tmp_path):
    users = [f"u_{i}" for i in range(40)]
    jobs = [(tmp_path, users[i:] + users[:i]) for i in range(0, 40, 5)]
    with mp.get_context("fork").Pool(4) as pool:
        results = pool.map(_ensure, jobs)
    assert all(r == results[0] for r in results)
    assert pq.read_table(tmp_path / "user_salts.parquet").num_rows == 40


def test_redact_text_placeholders_and_secret_removed_whole():
    text = "Maria Garcia <maria@gmail.com> key sk-live-ABCDEF123456 ip 10.0.0.7"

    def at(value: str, etype: str) -> Span:
        i = text.index(value)
        return Span(i, i + len(value), etype, 0.9, "test")

    spans = [
        at("Maria Garcia", "PERSON"),
        at("maria@gmail.com", "EMAIL_ADDRESS"),
        at("sk-live-ABCDEF123456", "SECRET"),
        at("10.0.0.7", "IP_ADDRESS"),
    ]
    material = master_key_material(MASTER)
    out = redact_text(text, spans, material)
    assert re.fullmatch(
        r"<PERSON_[0-9a-f]{6}> <<EMAIL_ADDRESS_[0-9a-f]{6}>> key <SECRET> "
        r"ip <IP_ADDRESS>",
        out,
    )
    assert "ABCDEF" not in out and "sk-" not in out
    with pytest.raises(ValueError, match="overlapping"):
        redact_text(text, [spans[0], Span(5, 20, "PERSON", 1, "n")], material)
    with pytest.raises(ValueError, match="unknown entity type"):
        redact_text(text, [Span(0, 3, "URL", 1, "u")], material)
