"""Issue 15 item 9: source ids embed the user's number (``s_000003_...``); none may pass the raw
lake. Redaction replaces every id column with a keyed pseudonym from the owner's salt, stable
(joins hold) and gone with the salt. (The whole chain, warehouse and exports included, is
checked by ``tests/test_end_to_end.py::test_no_source_id_or_user_number_passes_the_raw_lake``.)
"""

from __future__ import annotations

import json
import re

import polars as pl

from tests.conftest import USER_NUMBERED_ID, raw_source_ids
from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import table_files
from transforms.pipelines import get_stage
from transforms.privacy.pseudonyms import KeyStore
from transforms.simulator.generator import generate


def _rows(root, name: str) -> list[dict]:
    files = table_files(root, name)
    return pl.read_parquet(files).to_dicts() if files else []


def test_no_source_id_reaches_the_clean_lake_or_audit_and_joins_still_hold(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    generate(s, users=4, days=1, seed=5)
    for stage in ("extract", "redact"):
        assert get_stage(stage)(None, s).status == "success"
    source_ids = raw_source_ids(s)
    assert any(i.startswith("s_") for i in source_ids)
    blob = "\n".join(
        json.dumps(_rows(root, name), default=str)
        for root in (s.clean_dir, s.audit_dir)
        for name in TABLES
    )
    assert not [i for i in source_ids if i in blob]
    assert not USER_NUMBERED_ID.findall(blob)
    # joins between tables still match: every message's session is a clean session
    sessions = {r["session_id"] for r in _rows(s.clean_dir, "chat_sessions")}
    messages = _rows(s.clean_dir, "messages")
    assert messages and {m["session_id"] for m in messages} <= sessions
    assert all(re.fullmatch(r"msg_[0-9a-f]{16}", m["message_id"]) for m in messages)
    # the audit's row ids are the clean rows' ids
    audit = _rows(s.audit_dir, "messages")
    assert audit and {a["row_id"] for a in audit} <= {m["message_id"] for m in messages}


def test_erasing_the_salt_makes_the_id_pseudonyms_unrecomputable(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    keys = KeyStore.from_settings(s)
    before = keys.id_material("u_000003")
    assert keys.id_material("u_000003") == before  # stable while the salt lives
    keys.erase(["u_000003"])
    assert KeyStore.from_settings(s).id_material("u_000003") != before  # a fresh salt
