"""The platform simulator: layout, determinism, gold labels and the event semantics of schema.py."""

import base64
import datetime as dt
import gzip
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from transforms.config import Settings
from transforms.contracts.platform import ENTITY_TYPES, TABLES
from transforms.simulator.generator import DEFAULT_END_DATE, generate, size_for_messages
from transforms.simulator.sinks import read_gold

REPO = Path(__file__).resolve().parents[2]


def load_rows(source: Path) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for name in TABLES:
        rows[name] = []
        for f in sorted((source / name).glob("dt=*/*.jsonl.gz")):
            with gzip.open(f, "rt", encoding="utf-8") as fh:
                rows[name].extend(json.loads(line) for line in fh)
    return rows


def digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("gen")
    settings = Settings(data_dir=data)
    t0 = time.perf_counter()
    counts = generate(settings, progress=False)
    elapsed = time.perf_counter() - t0
    source = settings.source_dir
    return {
        "counts": counts,
        "elapsed": elapsed,
        "source": source,
        "rows": load_rows(source),
        "gold": read_gold(source),
    }


def test_demo_defaults_are_small_fast_and_counted(demo):
    counts, rows = demo["counts"], demo["rows"]
    assert 1000 <= counts["messages"] <= 3000
    assert demo["elapsed"] < 15  # ~0.4 s on an idle core; generous for a shared CI box
    for name in TABLES:
        assert counts[name] == len(rows[name]), name
    assert all(counts[name] > 0 for name in TABLES)
    manifest = json.loads((demo["source"] / "_manifest.json").read_text())
    assert manifest["counts"] == {n: counts[n] for n in TABLES}
    assert manifest["args"]["end_date"] == DEFAULT_END_DATE.isoformat()
    assert manifest["gold_labels"]["total"] == counts["gold_labels"] == len(demo["gold"])


def test_files_are_partitioned_by_the_partition_column(demo):
    source = demo["source"]
    for name, t in TABLES.items():
        for f in sorted((source / name).glob("*")):
            assert f.name.startswith("dt=")
            assert [p.name for p in f.iterdir()] == ["part-00000.jsonl.gz"]
            raw = (f / "part-00000.jsonl.gz").read_bytes()
            assert raw[4:8] == b"\0\0\0\0"  # gzip mtime 0: deterministic bytes
            with gzip.open(f / "part-00000.jsonl.gz", "rt") as fh:
                for line in fh:
                    row = json.loads(line)
                    assert list(row) == t.columns
                    assert row[t.partition_column][:10] == f.name[3:]


def test_timestamps_are_iso_utc_z_inside_the_window(demo):
    start = dt.datetime(2026, 11, 17, tzinfo=dt.UTC)
    end = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    for name, t in TABLES.items():
        ts_cols = [f.name for f in t.schema if str(f.type).startswith("timestamp")]
        for row in demo["rows"][name]:
            for c in ts_cols:
                if row[c] is None:
                    continue
                assert row[c].endswith("Z"), (name, c, row[c])
                assert start <= dt.datetime.fromisoformat(row[c]) < end, (name, c, row[c])


def test_gold_offsets_are_exact_and_types_known(demo):
    by_key = defaultdict(list)
    for name, t in TABLES.items():
        for row in demo["rows"][name]:
            by_key[(name, row[t.primary_key])].append(row)
    assert demo["gold"]
    for g in demo["gold"]:
        assert g["type"] in ENTITY_TYPES
        assert g["column"] in TABLES[g["table"]].text_columns
        versions = by_key[(g["table"], g["row_id"])]
        assert any(r[g["column"]][g["start"] : g["end"]] == g["value"] for r in versions), g


def test_most_messages_are_pii_free_and_every_type_is_planted(demo):
    messages = demo["rows"]["messages"]
    with_pii = {g["row_id"] for g in demo["gold"] if g["table"] == "messages"}
    assert 0.03 < len(with_pii) / len(messages) < 0.25
    assert {g["type"] for g in demo["gold"]} >= {"PERSON", "EMAIL_ADDRESS", "SECRET", "IP_ADDRESS"}


def _jwt_role(token: str) -> str:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["role"]


def test_service_role_jwts_are_labelled_and_anon_jwts_are_not(demo):
    secrets = {g["value"] for g in demo["gold"] if g["type"] == "SECRET"}
    labelled_jwts = [s for s in secrets if s.startswith("eyJ")]
    assert all(_jwt_role(s) == "service_role" for s in labelled_jwts)
    # anon keys appear in .env pastes and hard-negative prompts, never in gold
    import re

    texts = [m["text"] for m in demo["rows"]["messages"]]
    anon = {
        t
        for text in texts
        for t in re.findall(r"eyJ[\w-]+\.[\w-]+\.[\w-]+", text)
        if _jwt_role(t) == "anon"
    }
    assert not anon & secrets


def test_conversation_semantics(demo):
    rows = demo["rows"]
    msgs = {m["message_id"]: m for m in rows["messages"]}
    by_session = defaultdict(list)
    for m in rows["messages"]:
        by_session[m["session_id"]].append(m)
    for sid, ms in by_session.items():
        seqs = sorted({m["seq"] for m in ms})
        assert seqs == list(range(len(seqs))), sid  # dense from 0
        per_seq = defaultdict(list)
        for m in ms:
            assert m["role"] == ("user" if m["seq"] % 2 == 0 else "assistant")
            per_seq[m["seq"]].append(m)
        for seq, group in per_seq.items():
            originals = [m for m in group if m["regenerated_from"] is None]
            assert len(originals) == 1, (sid, seq)
            for m in group:
                if m["regenerated_from"]:
                    judged = msgs[m["regenerated_from"]]
                    assert judged["session_id"] == sid and judged["seq"] == seq
                    assert judged["created_at"] <= m["created_at"]
        for m in ms:
            if m["role"] == "user":
                assert m["model"] is None and m["cost_usd"] is None
            else:
                assert m["model"] and m["latency_ms"] > 0 and m["output_tokens"] > 0
                assert m["cost_usd"] >= 0


def test_edits_builds_errors_and_feedback_link_up(demo):
    rows = demo["rows"]
    msgs = {m["message_id"]: m for m in rows["messages"]}
    edits = {e["edit_id"]: e for e in rows["code_edits"]}
    builds = {b["build_id"]: b for b in rows["builds"]}
    for e in edits.values():
        m = msgs[e["message_id"]]
        assert m["role"] == "assistant" and m["session_id"] == e["session_id"]
        assert e["created_at"] >= m["created_at"]
        assert e["lines_added"] + e["lines_removed"] > 0
    assert sorted(b["edit_id"] for b in builds.values()) == sorted(edits)  # one build per edit
    for b in builds.values():
        assert (b["status"] == "failed") == (b["error_log"] is not None)
        assert b["status"] in ("success", "failed")
    for r in rows["runtime_errors"]:
        assert builds[r["build_id"]]["status"] == "success"
        assert builds[r["build_id"]]["session_id"] == r["session_id"]
    regenerated = {m["regenerated_from"] for m in msgs.values() if m["regenerated_from"]}
    kinds = Counter(f["kind"] for f in rows["feedback"])
    assert set(kinds) == {"accept", "revert", "regenerate", "thumbs_up", "thumbs_down"}
    for f in rows["feedback"]:
        judged = msgs[f["message_id"]]
        assert judged["role"] == "assistant" and judged["session_id"] == f["session_id"]
        if f["kind"] in ("accept", "revert"):
            assert edits[f["edit_id"]]["message_id"] == f["message_id"]
        else:
            assert f["edit_id"] is None
        if f["kind"] == "regenerate":
            assert f["message_id"] in regenerated


def test_failed_builds_are_pasted_and_fix_loops_resolve_or_are_abandoned(demo):
    rows = demo["rows"]
    by_session = defaultdict(list)
    for m in rows["messages"]:
        by_session[m["session_id"]].append(m)
    builds = defaultdict(list)
    for b in rows["builds"]:
        builds[b["session_id"]].append(b)
    pasted = checked = resolved = abandoned = 0
    for sid, bs in builds.items():
        bs.sort(key=lambda b: b["created_at"])
        statuses = [b["status"] for b in bs]
        if "failed" in statuses:
            first_fail = statuses.index("failed")
            if "success" in statuses[first_fail:]:
                resolved += 1
            if statuses[-1] == "failed":
                abandoned += 1
        users = sorted(
            (m for m in by_session[sid] if m["role"] == "user"), key=lambda m: m["created_at"]
        )
        for i, b in enumerate(bs):
            nxt = next((m for m in users if m["created_at"] > b["updated_at"]), None)
            last_before_turn = nxt is not None and all(
                later["created_at"] > nxt["created_at"] for later in bs[i + 1 :]
            )
            if b["status"] == "failed" and last_before_turn:
                checked += 1  # the loop is still open when the user speaks next
                pasted += b["error_log"].splitlines()[0] in nxt["text"]
    assert resolved and abandoned
    assert checked and pasted / checked > 0.9


def test_sessions_apps_users_consent_and_deletions(demo):
    rows = demo["rows"]
    users = defaultdict(list)
    for u in rows["users"]:
        users[u["user_id"]].append(u)
    apps = {a["app_id"]: a for a in rows["apps"]}
    sessions = {s["session_id"]: s for s in rows["chat_sessions"]}
    for m in rows["messages"]:
        s = sessions[m["session_id"]]
        assert s["started_at"] <= m["created_at"] <= s["ended_at"]
        assert m["user_id"] == s["user_id"]
    for s in sessions.values():
        assert apps[s["app_id"]]["user_id"] == s["user_id"]
        assert s["user_id"] in users
    consent = defaultdict(list)
    for c in rows["consent_events"]:
        consent[c["user_id"]].append(c)
    changed = 0
    for uid, versions in users.items():
        versions.sort(key=lambda u: u["updated_at"])
        events = sorted(consent[uid], key=lambda c: c["changed_at"])
        assert events[0]["changed_at"] == versions[0]["signup_at"]  # first event at signup
        latest, last_event = versions[-1], events[-1]
        assert (latest["analytics_ok"], latest["training_ok"]) == (
            last_event["analytics_ok"],
            last_event["training_ok"],
        )
        changed += len(events) > 1
        assert all(v["email"] and v["full_name"] and v["phone"] for v in versions)
    assert changed >= 1  # consent changes over time and users are re-emitted
    assert rows["deletion_requests"]
    for d in rows["deletion_requests"]:
        assert d["status"] in ("pending", "done")
        after = [
            m
            for m in rows["messages"]
            if m["user_id"] == d["user_id"] and m["created_at"] > d["requested_at"]
        ]
        assert not after  # erased users stop using the product


def test_text_has_code_blocks_product_names_and_non_english(demo):
    texts = [m["text"] for m in demo["rows"]["messages"]]
    assistant = [m["text"] for m in demo["rows"]["messages"] if m["role"] == "assistant"]
    assert sum("```" in t for t in assistant) / len(assistant) > 0.5
    joined = "\n".join(texts)
    for token in (
        "useState",
        "Supabase",
        "error TS",
        "npm ERR!",
        "Traceback",
        "getServerSideProps",
    ):
        assert token in joined, token
    diffs = [e["diff"] for e in demo["rows"]["code_edits"]]
    assert all(d.startswith("diff --git a/") and "\n@@ -" in d for d in diffs)
    assert any(word in joined for word in ("Kannst", "Quiero", "Peux-tu", "Você", "Kun je"))


def test_same_args_give_byte_identical_files_across_processes(tmp_path):
    """Run in fresh interpreters with different hash seeds: no dependence on str hashing."""
    for i, hashseed in enumerate(("1", "12345")):
        env = {**os.environ, "PYTHONHASHSEED": hashseed, "IW_DATA_DIR": str(tmp_path / f"r{i}")}
        env.pop("IW_SOURCE_DIR", None)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "transforms.cli",
                "generate",
                "--users",
                "12",
                "--days",
                "2",
                "--seed",
                "3",
            ],
            check=True,
            cwd=REPO,
            env=env,
            capture_output=True,
        )
    a, b = digest(tmp_path / "r0" / "source"), digest(tmp_path / "r1" / "source")
    assert a == b and len(a) > 10


def test_seed_changes_content_and_rerun_replaces(tmp_path):
    s = Settings(data_dir=tmp_path)
    generate(s, users=8, days=2, seed=1, progress=False)
    first = digest(s.source_dir)
    generate(s, users=8, days=1, seed=2, end_date="2026-01-05", progress=False)
    second = digest(s.source_dir)
    assert first != second
    days = {p.name for p in s.source_dir.glob("*/dt=*")}
    assert days == {"dt=2026-01-04"}  # nothing left over from the previous run


def test_end_date_env_anchors_the_window(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_SOURCE_END_DATE", "2025-03-01")
    s = Settings(data_dir=tmp_path)
    generate(s, users=6, days=2, progress=False)
    days = {p.name[3:] for p in s.source_dir.glob("*/dt=*")}
    assert days <= {"2025-02-27", "2025-02-28"}
    monkeypatch.setenv("IW_SOURCE_END_DATE", "soon")
    with pytest.raises(ValueError, match="IW_SOURCE_END_DATE"):
        generate(s, users=6, days=2, progress=False)


def test_messages_flag_sizes_the_run(tmp_path):
    counts = generate(Settings(data_dir=tmp_path), messages=4000, progress=False)
    assert 3000 <= counts["messages"] <= 5000
    users, days = size_for_messages(1_000_000, None, None)
    assert days == 30 and 3000 < users < 6000


def test_bad_arguments_are_clear_errors(tmp_path):
    s = Settings(data_dir=tmp_path)
    with pytest.raises(ValueError, match="at most two"):
        generate(s, users=5, days=2, messages=100)
    with pytest.raises(ValueError, match=">= 1"):
        generate(s, users=0, days=2)
    with pytest.raises(ValueError, match="positive"):
        generate(s, messages=0)
    assert not s.source_dir.exists()


def test_sharded_generation_writes_the_same_rows(tmp_path):
    """Users share no state, so splitting them over processes changes only the row order."""
    one, two = Settings(data_dir=tmp_path / "one"), Settings(data_dir=tmp_path / "two")
    c1 = generate(one, users=24, days=2, seed=13, shards=1, progress=False)
    c2 = generate(two, users=24, days=2, seed=13, shards=2, progress=False)
    assert c1 == c2
    r1, r2 = load_rows(one.source_dir), load_rows(two.source_dir)
    for name in TABLES:
        key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
        assert sorted(map(key, r1[name])) == sorted(map(key, r2[name])), name
    g1, g2 = read_gold(one.source_dir), read_gold(two.source_dir)
    assert sorted(map(json.dumps, g1)) == sorted(map(json.dumps, g2))
    m2 = json.loads((two.source_dir / "_manifest.json").read_text())
    assert m2["args"]["shards"] == 2 and m2["counts"]["messages"] == c2["messages"]
    assert not list((tmp_path / "two").glob(".*"))  # shard and staging dirs are cleaned up
