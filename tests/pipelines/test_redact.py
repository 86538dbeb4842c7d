"""The redact stage on a small hand-built raw lake (two days, every table shape that matters)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.conftest import clean_id
from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import PartitionWriter, lake_tables, sha256_file, table_files
from transforms.pipelines import redact

DAY1, DAY2 = "2026-11-01", "2026-11-02"
EMAIL = "maria.garcia@gmail.com"
KEY = "sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt"
PASSWORD = "Xk9Lm2Qr7Tz4_Wv8"
PLANTED = [
    EMAIL,
    KEY,
    PASSWORD,
    "Maria Garcia",
    "(415) 867-5309",
    "4111 1111 1111 1111",
    "219-09-9999",
    "maria@x-example.io",
    "maria.g@outlook.com",
]

MESSAGE_TEXTS = [
    f"Hi, I'm Maria Garcia, mail me at {EMAIL}",
    f"my key is {KEY}, can you wire it up?",
    "Build me a habit tracker with Supabase. Use Tailwind.",
    f"Sure! I added `HabitList` in src/components/HabitList.tsx. Mail {EMAIL} again.",
    None,
    "call me at (415) 867-5309, card 4111 1111 1111 1111",
]


def _ts(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00+00:00")


def _write(settings: Settings, name: str, day: str, rows: list[dict]) -> None:
    schema = TABLES[name].schema
    table = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)
    with PartitionWriter(settings.raw_dir, name, day) as w:
        # Two files per partition so shards cross file boundaries.
        half = table.num_rows // 2
        w.write(table.slice(0, half))
        w.write(table.slice(half))


def build_raw_lake(settings: Settings) -> None:
    """users, messages, code_edits, feedback over two days; other tables absent."""
    for day in (DAY1, DAY2):
        _write(
            settings,
            "users",
            day,
            [
                {
                    "user_id": f"u_00000{i}",
                    "email": f"user{i}@acme.io",
                    "full_name": f"User {i}",
                    "phone": "+1 212 867 5309",
                    "signup_at": _ts(day),
                    "plan": "free",
                    "country": "DE",
                    "analytics_ok": True,
                    "training_ok": i != 2,
                    "updated_at": _ts(day),
                }
                for i in range(3)
            ],
        )
        msgs = []
        for i in range(60):
            msgs.append(
                {
                    "message_id": f"{day}-m{i:03d}",
                    "session_id": f"s{i // 6}",
                    "user_id": f"u_00000{(i // 7) % 3}",
                    "seq": i % 6,
                    "role": "user" if i % 2 == 0 else "assistant",
                    "text": MESSAGE_TEXTS[i % len(MESSAGE_TEXTS)],
                    "created_at": _ts(day),
                    "updated_at": _ts(day),
                }
            )
        _write(settings, "messages", day, msgs)
        _write(
            settings,
            "code_edits",
            day,
            [
                {
                    "edit_id": f"{day}-e{i}",
                    "message_id": f"{day}-m001",
                    "session_id": "s0",
                    "app_id": "a1",
                    "user_id": "u_000000",  # owns m001
                    "file_path": ".env.local",
                    "diff": f"+++ b/.env.local\n+DATABASE_URL=postgres://app:{PASSWORD}@db:5432/shop\n"
                    f"+SSN_SAMPLE=219-09-9999",
                    "lines_added": 2,
                    "lines_removed": 0,
                    "created_at": _ts(day),
                    "updated_at": _ts(day),
                }
                for i in range(4)
            ],
        )
        _write(
            settings,
            "feedback",
            day,
            [
                {
                    "feedback_id": f"{day}-f{i}",
                    "session_id": "s0",
                    "user_id": "u_000002",
                    "message_id": f"{day}-m001",
                    "kind": "thumbs_down",
                    "comment": "contact me at maria@x-example.io" if i == 0 else None,
                    "created_at": _ts(day),
                    "updated_at": _ts(day),
                }
                for i in range(2)
            ],
        )


@pytest.fixture
def lake(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1, pseudonym_key="redact-test-key")
    build_raw_lake(s)
    return s


def clean_files(s: Settings) -> list:
    """The active files of the current version of every clean and audit Delta table."""
    return [
        f
        for root in (s.clean_dir, s.audit_dir)
        for t in lake_tables(root)
        for f in table_files(root, t)
    ]


def digests(s: Settings) -> dict[str, str]:
    # Delta file names carry a fresh uuid per commit: key by partition, compare bytes
    return {
        f"{p.relative_to(s.lake_dir).parent}#{i}": sha256_file(p)
        for i, p in enumerate(clean_files(s))
    }


def test_clean_lake_contract(lake):
    result = redact.run(None, lake)
    assert result.status == "success"
    for name in ("users", "messages", "code_edits", "feedback"):
        for day in (DAY1, DAY2):
            part = pq.read_table(lake.clean_dir / name / f"dt={day}")
            assert part.schema == redact.clean_schema(TABLES[name])
            assert "user_id" not in part.column_names and "user_key" in part.column_names
            assert all(
                re.fullmatch(r"[0-9a-f]{16}", k) for k in part.column("user_key").to_pylist()
            )
    users = pq.read_table(lake.clean_dir / "users" / f"dt={DAY1}")
    assert not {"email", "full_name", "phone"} & set(users.column_names)
    assert not (lake.clean_dir / "apps").exists()  # no raw input, no output


def test_no_source_user_id_or_planted_value_in_clean_or_audit(lake):
    redact.run(None, lake)
    blob = "\n".join(
        json.dumps(pq.read_table(p).to_pylist(), default=str) for p in clean_files(lake)
    )
    assert "u_00000" not in blob
    for value in [*PLANTED, "user0@acme.io", "User 1", "+1 212 867 5309"]:
        assert value not in blob, value


def by_source_id(s: Settings, name: str, day: str) -> dict[str, dict]:
    """Clean rows of ``name``/``day`` keyed by their raw (source) primary key."""
    pk = TABLES[name].primary_key
    raw = pq.read_table(s.raw_dir / name / f"dt={day}").to_pylist()
    clean = {r[pk]: r for r in pq.read_table(s.clean_dir / name / f"dt={day}").to_pylist()}
    return {r[pk]: clean[clean_id(s, pk, r[pk], r["user_id"])] for r in raw}


def test_source_ids_become_keyed_pseudonyms(lake):
    redact.run(None, lake)
    blob = "\n".join(
        json.dumps(pq.read_table(p).to_pylist(), default=str) for p in clean_files(lake)
    )
    for source_id in (f"{DAY1}-m0", f"{DAY2}-e1", f"{DAY1}-f1", '"s0"', '"a1"'):
        assert source_id not in blob, source_id
    edits = pq.read_table(lake.clean_dir / "code_edits" / f"dt={DAY1}").to_pylist()
    for e in edits:
        assert re.fullmatch(r"edit_[0-9a-f]{16}", e["edit_id"])
        assert re.fullmatch(r"msg_[0-9a-f]{16}", e["message_id"])
        assert re.fullmatch(r"ses_[0-9a-f]{16}", e["session_id"])
        assert re.fullmatch(r"app_[0-9a-f]{16}", e["app_id"])
    # the same source id of the same user maps to one pseudonym in every table
    msgs = by_source_id(lake, "messages", DAY1)
    assert {e["message_id"] for e in edits} == {msgs[f"{DAY1}-m001"]["message_id"]}
    # stable across runs, keyed by the user's salt (another key -> other pseudonyms)
    redact.run(None, lake)
    assert (
        by_source_id(lake, "messages", DAY1)[f"{DAY1}-m001"]["message_id"]
        == (msgs[f"{DAY1}-m001"]["message_id"])
    )
    other = Settings(data_dir=lake.data_dir, workers=1, pseudonym_key="another-key")
    assert (
        clean_id(other, "message_id", f"{DAY1}-m001", "u_000000")
        != (msgs[f"{DAY1}-m001"]["message_id"])
    )


def test_text_is_redacted_with_consistent_pseudonyms(lake):
    redact.run(DAY1, lake)
    by_id = by_source_id(lake, "messages", DAY1)
    first = by_id[f"{DAY1}-m000"]["text"]  # user u_000000
    assert re.fullmatch(
        r"Hi, I'm <PERSON_[0-9a-f]{6}>, mail me at <EMAIL_ADDRESS_[0-9a-f]{6}>", first
    )
    email_placeholder = re.search(r"<EMAIL_ADDRESS_[0-9a-f]{6}>", first).group()
    # m003 is user u_000000 too and repeats the address; m009 is u_000001's message.
    assert email_placeholder in by_id[f"{DAY1}-m003"]["text"]
    assert by_id[f"{DAY1}-m009"]["text"].count("<EMAIL_ADDRESS_") == 1
    assert email_placeholder not in by_id[f"{DAY1}-m009"]["text"]
    assert by_id[f"{DAY1}-m001"]["text"] == "my key is <SECRET>, can you wire it up?"
    assert by_id[f"{DAY1}-m002"]["text"] == MESSAGE_TEXTS[2]
    assert by_id[f"{DAY1}-m004"]["text"] is None
    assert "<CREDIT_CARD>" in by_id[f"{DAY1}-m005"]["text"]
    diff = pq.read_table(lake.clean_dir / "code_edits" / f"dt={DAY1}").column("diff")[0].as_py()
    assert "postgres://app:<SECRET>@db:5432/shop" in diff and "<US_SSN>" in diff
    # Same user, same key in every table.
    keys_users = set(
        pq.read_table(lake.clean_dir / "users" / f"dt={DAY1}").column("user_key").to_pylist()
    )
    assert set(by_id[m]["user_key"] for m in by_id) == keys_users
    assert not (lake.clean_dir / "messages" / f"dt={DAY2}").exists()


def test_audit_rows_point_at_raw_offsets_and_hold_no_values(lake):
    redact.run(DAY1, lake)
    audit = pq.read_table(lake.audit_dir / "messages" / f"dt={DAY1}")
    assert audit.schema == redact.AUDIT_SCHEMA
    raw = {
        clean_id(lake, "message_id", r["message_id"], r["user_id"]): r["text"]
        for r in pq.read_table(lake.raw_dir / "messages" / f"dt={DAY1}").to_pylist()
    }
    rows = audit.to_pylist()
    assert {r["type"] for r in rows} >= {"PERSON", "EMAIL_ADDRESS", "SECRET", "PHONE_NUMBER"}
    for r in rows:
        assert r["table"] == "messages" and r["column"] == "text" and r["detector"]
        assert 0 <= r["start"] < r["end"] <= len(raw[r["row_id"]])
    assert any(raw[r["row_id"]][r["start"] : r["end"]] == KEY for r in rows)
    blob = json.dumps(rows)
    assert all(v not in blob for v in PLANTED)


def test_counts_and_run_record(lake):
    result = redact.run(None, lake)
    c = result.counts
    assert c["rows.messages"] == 120 and c["rows.users"] == 6 and c["rows.code_edits"] == 8
    assert c["rows.apps"] == 0
    assert c["spans.SECRET"] == 20 + 8  # 10 key messages per day + one password per diff
    assert c["spans.total"] == sum(
        v for k, v in c.items() if k.startswith("spans.") and k != "spans.total"
    )
    records = list((lake.state_dir / "runs" / "redact").glob("*.json"))
    assert len(records) == 1 and json.loads(records[0].read_text())["counts"] == c
    assert result.details["policy_hash"].startswith("sha256:")


def test_rerun_is_byte_identical(lake):
    redact.run(None, lake)
    first = digests(lake)
    redact.run(None, lake)
    assert digests(lake) == first
    assert not (lake.lake_dir / "_staging" / "redact" / "messages").exists() or not any(
        (lake.lake_dir / "_staging" / "redact" / "messages").rglob("*.parquet")
    )


def test_sharded_run_equals_single_process_run(lake):
    redact.run(None, lake)
    expected = digests(lake)
    plan = redact.plan_shards(None, lake, rows_per_shard=17)
    assert {p["table"] for p in plan} == {"users", "messages", "code_edits", "feedback"}
    assert max(p["shard_count"] for p in plan if p["table"] == "messages") == 4
    assert all(p["shard_count"] == 1 for p in plan if p["table"] == "users")
    for shard in reversed(plan):  # any order
        redact.run_shard(settings=lake, **shard)
    result = redact.merge(None, lake)
    assert digests(lake) == expected
    assert result.counts["rows.messages"] == 120


def test_merge_refuses_incomplete_or_stale_shards(lake):
    plan = [p for p in redact.plan_shards(DAY1, lake, tables=["messages"], rows_per_shard=20)]
    for shard in plan[:-1]:
        redact.run_shard(settings=lake, **shard)
    with pytest.raises(RuntimeError, match=r"missing shards \[2\]"):
        redact.merge(DAY1, lake, tables=["messages"])
    redact.run_shard(settings=lake, **plan[-1])
    # The raw partition changes after the shards ran: they are stale now.
    build_raw_lake(lake)
    with pytest.raises(RuntimeError, match="stale shards"):
        redact.merge(DAY1, lake, tables=["messages"])


def test_bad_arguments(lake):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        redact.run("yesterday", lake)
    with pytest.raises(KeyError, match="unknown table"):
        redact.run(None, lake, tables=["mesages"])
    with pytest.raises(ValueError, match="shard_index"):
        redact.run_shard(DAY1, "messages", 3, 3, lake)


def test_parallel_workers_give_the_same_bytes(lake):
    redact.run(DAY2, lake)
    expected = digests(lake)
    from dataclasses import replace

    redact.run(DAY2, replace(lake, workers=2))
    assert digests(lake) == expected


def test_ensure_user_keys_then_shards_only_read(lake):
    from transforms.privacy.pseudonyms import KeyStore

    assert redact.ensure_user_keys(None, lake) == 3
    salts = (lake.keys_dir / "user_salts.parquet").read_bytes()
    for shard in redact.plan_shards(DAY1, lake, rows_per_shard=25):
        redact.run_shard(settings=lake, **shard)
    redact.merge(DAY1, lake)
    assert (lake.keys_dir / "user_salts.parquet").read_bytes() == salts
    keys = KeyStore.from_settings(lake)
    users = pq.read_table(lake.clean_dir / "users" / f"dt={DAY1}").column("user_key").to_pylist()
    assert sorted(users) == sorted(keys.user_key(f"u_00000{i}") for i in range(3))
