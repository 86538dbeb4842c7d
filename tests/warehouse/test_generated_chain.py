"""generate -> extract -> redact -> warehouse -> quality on simulated data.

The warehouse's numbers are checked against an independent computation in Python/polars over
the clean lake (the fix-loop walk is a plain event loop here, gaps-and-islands SQL in dbt).
"""

from __future__ import annotations

import duckdb
import polars as pl
import pytest

from transforms.config import Settings

pytestmark = pytest.mark.slow


def latest(settings: Settings, table: str, key: str) -> pl.DataFrame:
    """A clean-lake table deduplicated on its key (latest updated_at wins), like staging."""
    frame = pl.read_parquet(
        settings.clean_dir / table / "dt=*" / "*.parquet", hive_partitioning=False
    )
    return frame.sort("updated_at").unique(subset=[key], keep="last")


def walk_fix_loops(
    builds: pl.DataFrame, errors: pl.DataFrame, sessions: pl.DataFrame
) -> list[dict]:
    """Fix loops per the schema's event semantics, by walking each session's events in order."""
    events = pl.concat(
        [
            builds.select(
                "session_id",
                pl.col("build_id").alias("event_id"),
                "created_at",
                pl.col("status"),
                pl.lit(0).alias("kind_order"),
            ),
            errors.select(
                "session_id",
                pl.col("error_id").alias("event_id"),
                "created_at",
                pl.lit("runtime").alias("status"),
                pl.lit(1).alias("kind_order"),
            ),
        ]
    ).sort("session_id", "created_at", "kind_order", "event_id")
    ended = dict(zip(sessions["session_id"], sessions["ended_at"].is_not_null(), strict=True))
    loops, open_loop, current = [], None, None
    for ev in events.iter_rows(named=True):
        if ev["session_id"] != current:
            if open_loop:
                loops.append(open_loop)
            open_loop, current = None, ev["session_id"]
        if open_loop is None:
            if ev["status"] in ("failed", "runtime"):
                open_loop = {
                    "session_id": current,
                    "attempts": 0,
                    "opened_at": ev["created_at"],
                    "status": "abandoned" if ended.get(current) else "open",
                }
            continue
        if ev["status"] == "runtime":
            continue  # another error inside an open loop is part of it, not an attempt
        open_loop["attempts"] += 1
        if ev["status"] == "success":
            open_loop.update(status="resolved", resolving_build_id=ev["event_id"])
            loops.append(open_loop)
            open_loop = None
    if open_loop:
        loops.append(open_loop)
    return loops


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    from transforms.pipelines import extract, redact, warehouse
    from transforms.simulator.generator import generate

    s = Settings(data_dir=tmp_path_factory.mktemp("gen_chain"), workers=2)
    generate(s, users=30, days=3, seed=5)
    extract.run(None, s)
    redact.run(None, s)
    result = warehouse.run(None, s)
    return s, result


def test_fix_loops_match_an_independent_walk(chain):
    s, _ = chain
    builds = latest(s, "builds", "build_id")
    errors = latest(s, "runtime_errors", "error_id")
    sessions = latest(s, "chat_sessions", "session_id")
    loops = walk_fix_loops(builds, errors, sessions)
    resolved_le_2 = sum(1 for lp in loops if lp["status"] == "resolved" and lp["attempts"] <= 2)
    assert resolved_le_2 > 0
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    got = con.execute(
        "select count(*) filter (where loop_status = 'resolved' and attempts <= 2),"
        " count(*), sum(attempts) from int_fix_loops"
    ).fetchall()[0]
    assert got == (resolved_le_2, len(loops), sum(lp["attempts"] for lp in loops))
    by_status = dict(
        con.execute("select loop_status, count(*) from int_fix_loops group by 1").fetchall()
    )
    expected = {}
    for lp in loops:
        expected[lp["status"]] = expected.get(lp["status"], 0) + 1
    assert by_status == expected
    # the bug-fix pairs are the resolved loops whose passing build came from an edit
    edits = set(latest(s, "code_edits", "edit_id")["edit_id"])
    build_edit = dict(zip(builds["build_id"], builds["edit_id"], strict=True))
    pairs = sum(
        1
        for lp in loops
        if lp["status"] == "resolved" and build_edit.get(lp["resolving_build_id"]) in edits
    )
    assert con.execute("select count(*) from train_bugfix_pairs").fetchall() == [(pairs,)]
    con.close()


def test_consent_and_conversation_counts(chain):
    s, result = chain
    users = latest(s, "users", "user_key")
    deleted = set(latest(s, "deletion_requests", "request_id")["user_key"])
    analytics = {
        u
        for u, ok in zip(users["user_key"], users["analytics_ok"], strict=True)
        if ok and u not in deleted
    }
    training = sum(
        1
        for u, ok in zip(users["user_key"], users["training_ok"], strict=True)
        if ok and u not in deleted
    )
    messages = latest(s, "messages", "message_id")
    regenerated_away = set(messages["regenerated_from"].drop_nulls())
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    assert con.execute("select count(*) filter (where training_ok) from dim_users").fetchall() == [
        (training,)
    ]
    assert (
        result.counts["rows.fct_messages"]
        == messages.filter(pl.col("user_key").is_in(sorted(analytics))).height
    )
    sessions_with_turns = messages["session_id"].n_unique()
    kept_turns = messages.filter(~pl.col("message_id").is_in(sorted(regenerated_away))).height
    assert con.execute("select count(*), sum(n_turns) from train_sft_conversations").fetchall() == [
        (sessions_with_turns, kept_turns)
    ]
    assert con.execute("select count(*) from train_preference_pairs").fetchall()[0][0] <= len(
        regenerated_away
    )
    con.close()


def test_quality_gate_passes_on_generated_data(chain):
    from transforms.quality import run_gate

    s, _ = chain
    report, _ = run_gate(s)
    assert report.passed, [f"{n}: {e.type} {e.column}" for n, e in report.failed_expectations]
