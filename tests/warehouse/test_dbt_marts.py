"""The dbt marts on the hand-specified lake (tests/warehouse/fixtures.py): numbers by hand."""

from __future__ import annotations

import statistics

import duckdb
import pytest
import yaml

from tests.warehouse import fixtures as fx
from transforms.contracts.platform import TABLES


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    settings = fx.built_fixture_warehouse(tmp_path_factory)
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    con.execute("set TimeZone = 'UTC'")
    yield con
    con.close()


def rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def by(items: list[dict], key: str) -> dict:
    return {r[key]: r for r in items}


def test_staging_keeps_the_latest_version_of_each_row(wh):
    text = wh.execute("select message_text from stg_platform__messages where message_id = 'm11'")
    assert text.fetchall()[0][0].endswith("(edited)")
    assert wh.execute("select count(*) from stg_platform__messages").fetchall()[0][0] == 31
    users = by(rows(wh, "select * from stg_platform__users"), "user_key")
    assert users[fx.BOB]["training_ok"] is False  # re-emitted on day 2
    app = rows(wh, "select * from stg_platform__apps where app_id = 'app_a1'")[0]
    assert app["app_status"] == "shipped"
    assert app["first_shipped_at"] == fx.ts("2026-11-01 12:00")


def test_fix_loops_attempts_status_and_time(wh):
    loops = by(rows(wh, "select * from int_fix_loops"), "loop_id")
    assert set(loops) == {"loop_b1", "loop_b7", "loop_r1", "loop_b13"}
    expected = {  # loop: (source, status, attempts, time_to_fix_s, resolving build)
        "loop_b1": ("build", "resolved", 2, 600.0, "b3"),
        "loop_b7": ("build", "abandoned", 1, None, None),
        "loop_r1": ("runtime", "resolved", 1, 180.0, "b10"),
        "loop_b13": ("build", "abandoned", 0, None, None),
    }
    for loop_id, (source, status, attempts, ttf, resolver) in expected.items():
        got = loops[loop_id]
        assert (
            got["error_source"],
            got["loop_status"],
            got["attempts"],
            got["time_to_fix_s"],
            got["resolving_build_id"],
        ) == (source, status, attempts, ttf, resolver), loop_id
    assert loops["loop_r1"]["failing_build_id"] == "b9"
    assert loops["loop_r1"]["error_log"].startswith("KeyError: 'id'\nTraceback")
    numbered = rows(
        wh,
        "select event_id, attempt_number from int_fix_attempts_numbered "
        "where loop_id = 'loop_b1' order by attempt_number",
    )
    assert [(r["event_id"], r["attempt_number"]) for r in numbered] == [
        ("b1", 0),
        ("b2", 1),
        ("b3", 2),
    ]


def test_edit_outcomes(wh):
    outcomes = {
        r["edit_id"]: r["edit_outcome"] for r in rows(wh, "select * from int_edits_resolved")
    }
    assert outcomes == {
        "e1": "superseded",
        "e2": "superseded",
        "e3": "kept",
        "e4": "regenerated",
        "e5": "kept",
        "e6": "kept",
        "e7": "kept",
        "e8": "reverted",
        "e9": "superseded",
        "e10": "kept",
        "e11": "reverted",
        "e12": "kept",
        "e13": "kept",
    }


def test_sft_conversations(wh):
    sft = by(rows(wh, "select * from train_sft_conversations"), "conversation_id")
    assert set(sft) == {"s1", "s2", "s3", "s4", "s5", "s6"}  # all users: consent is for exports
    # n_turns, kept, reverted, passed, failed, resolved, abandoned, up, down, outcome, pii
    expect = {
        "s1": (8, 2, 0, 3, 2, 1, 0, 1, 0, "success", 1),
        "s2": (2, 0, 0, 0, 0, 0, 0, 0, 0, "no_code", 0),
        "s3": (6, 2, 1, 1, 2, 0, 1, 0, 0, "unresolved", 1),
        "s4": (6, 2, 1, 4, 0, 1, 0, 1, 1, "success", 1),
        "s5": (4, 1, 0, 0, 1, 0, 1, 1, 1, "unresolved", 0),
        "s6": (2, 0, 0, 0, 0, 0, 0, 0, 0, "no_code", 0),
    }
    cols = (
        "n_turns",
        "edits_kept",
        "edits_reverted",
        "builds_passed",
        "builds_failed",
        "fix_loops_resolved",
        "fix_loops_abandoned",
        "thumbs_up",
        "thumbs_down",
        "outcome",
        "pii_placeholders",
    )
    for sid, values in expect.items():
        assert tuple(sft[sid][c] for c in cols) == values, sid
    s1 = sft["s1"]
    assert [m["role"] for m in s1["messages"]] == ["user", "assistant"] * 4
    texts = [m["content"] for m in s1["messages"]]
    assert "Added a toggle in the header." not in texts  # m8 was regenerated away
    assert texts[-1] == "Added a dark mode toggle with a theme context."
    assert sft["s1"]["stack"] == "react-ts" and sft["s1"]["template"] == "saas-dashboard"


def test_bugfix_pairs(wh):
    pairs = by(rows(wh, "select * from train_bugfix_pairs"), "loop_id")
    assert set(pairs) == {"loop_b1", "loop_r1"}
    b1 = pairs["loop_b1"]
    assert b1["error_source"] == "build" and b1["attempts"] == 2 and b1["time_to_fix_s"] == 600
    assert b1["error_log"] == fx.BUILDS[0]["error_log"]
    assert b1["failing_diff"] == fx.CODE_EDITS[0]["diff"]  # e1 broke the build
    assert b1["fix_diff"] == fx.CODE_EDITS[2]["diff"]  # e3 fixed it
    assert b1["fix_explanation"].startswith("Cast the value")
    assert b1["failing_file_path"] == "src/App.tsx"
    r1 = pairs["loop_r1"]
    assert (r1["error_source"], r1["attempts"], r1["stack"]) == ("runtime", 1, "python-fastapi")
    assert r1["failing_diff"] == fx.CODE_EDITS[8]["diff"]  # e9, the deployed build's edit
    assert r1["fix_diff"] == fx.CODE_EDITS[9]["diff"]
    assert r1["pair_id"].startswith("bugfix_")


def test_preference_pairs(wh):
    pairs = by(rows(wh, "select * from train_preference_pairs"), "rejected_message_id")
    assert {
        k: (v["chosen_message_id"], v["signal"], v["prompt_message_id"], len(v["context"]))
        for k, v in pairs.items()
    } == {
        "m8": ("m9", "regenerate", "m7", 6),
        "m23": ("m24", "revert", "m22", 4),
        "m26": ("m27", "thumbs", "m25", 0),
    }
    m8 = pairs["m8"]
    assert m8["prompt"].startswith("Works! Add a dark mode toggle")
    assert m8["context"][0] == {"role": "user", "content": "Build a dashboard with a sales chart."}
    assert m8["chosen"] != m8["rejected"]
    assert len({p["pair_id"] for p in pairs.values()}) == 3


def test_dim_users_current_consent(wh):
    users = by(rows(wh, "select * from dim_users"), "user_key")
    flags = {
        k: (v["analytics_ok"], v["training_ok"], v["deletion_requested"]) for k, v in users.items()
    }
    assert flags == {
        fx.ALICE: (True, True, False),
        fx.BOB: (True, False, False),  # revoked training on day 2
        fx.CARA: (False, True, False),
        fx.DAN: (False, False, True),  # asked for erasure: out of analytics and exports
        fx.ERIN: (False, True, False),  # revoked analytics on day 2
    }
    assert users[fx.BOB]["consent_updated_at"] == fx.ts("2026-11-02 08:00")


def test_analytics_facts_only_hold_consenting_users(wh):
    allowed = {fx.ALICE, fx.BOB}
    for table in ("fct_sessions", "fct_messages", "fct_code_edits", "fct_builds", "fct_fix_loops"):
        keys = {r[0] for r in wh.execute(f"select distinct user_key from {table}").fetchall()}
        assert keys <= allowed, table
    counts = {
        t: wh.execute(f"select count(*) from {t}").fetchall()[0][0]
        for t in ("fct_sessions", "fct_messages", "fct_code_edits", "fct_builds", "fct_fix_loops")
    }
    # everything except cara's session s4 (7 turns, 4 edits, 4 builds, loop r1)
    assert counts == {
        "fct_sessions": 4,
        "fct_messages": 22,
        "fct_code_edits": 9,
        "fct_builds": 9,
        "fct_fix_loops": 3,
    }


def test_fix_loop_funnel(wh):
    funnel = {
        (r["stack"], r["error_source"]): r for r in rows(wh, "select * from mart_fix_loop_funnel")
    }
    overall = funnel[("all", "all")]
    assert (
        overall["loops_opened"],
        overall["fixed_within_1"],
        overall["fixed_within_2"],
        overall["fixed_within_3"],
        overall["fixed_any"],
        overall["abandoned"],
    ) == (3, 0, 1, 1, 1, 2)
    assert funnel[("react-ts", "build")]["median_time_to_fix_s"] == 600
    assert funnel[("nextjs", "all")]["abandoned"] == 2


def test_daily_activity(wh):
    days = by(rows(wh, "select * from mart_daily_activity"), "activity_date")
    d1 = days[fx.ts("2026-11-01 00:00").date()]
    assert (
        d1["active_builders"],
        d1["sessions_started"],
        d1["messages"],
        d1["code_edits"],
        d1["builds"],
        d1["builds_failed"],
        d1["apps_created"],
        d1["apps_shipped"],
    ) == (2, 4, 19, 8, 8, 4, 1, 1)
    d2 = days[fx.ts("2026-11-02 00:00").date()]
    assert (d2["active_builders"], d2["messages"], d2["builds_failed"]) == (1, 3, 1)
    assert len(days) == 32  # 2026-10-02 (app_a1 created) .. 2026-11-02, gaps filled with zeros


def test_model_usage_matches_python(wh):
    analytics = {fx.ALICE, fx.BOB}
    latest = {}
    for m in fx.MESSAGES:  # dedupe like staging: latest updated_at wins
        if m["message_id"] not in latest or m["updated_at"] > latest[m["message_id"]]["updated_at"]:
            latest[m["message_id"]] = m
    groups: dict[tuple, list[dict]] = {}
    for m in latest.values():
        if m["role"] == "assistant" and m["user_key"] in analytics:
            groups.setdefault((m["created_at"].date(), m["model"]), []).append(m)
    got = {
        (r["usage_date"], r["model_name"]): r for r in rows(wh, "select * from mart_model_usage")
    }
    assert set(got) == set(groups)
    for key, msgs in groups.items():
        lat = sorted(m["latency_ms"] for m in msgs)
        q = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1 else lat * 99
        r = got[key]
        assert r["responses"] == len(msgs)
        assert r["latency_p50_ms"] == pytest.approx(statistics.median(lat))
        assert r["latency_p95_ms"] == pytest.approx(q[94])
        assert r["cost_usd"] == pytest.approx(sum(m["cost_usd"] for m in msgs))
        assert r["output_tokens"] == sum(m["output_tokens"] for m in msgs)


def test_pipeline_runs_mart(wh):
    runs = by(rows(wh, "select * from mart_pipeline_runs"), "run_id")
    assert set(runs) == {"run000000001", "run000000002"}
    assert runs["run000000002"]["run_status"] == "failed"
    assert runs["run000000002"]["error"] == "RuntimeError: boom"
    assert runs["run000000001"]["is_latest_for_stage"]


TRAINING_CONTRACT = {
    "train_sft_conversations": [
        ("conversation_id", "VARCHAR"),
        ("user_key", "VARCHAR"),
        ("app_id", "VARCHAR"),
        ("stack", "VARCHAR"),
        ("template", "VARCHAR"),
        ("started_at", "TIMESTAMP WITH TIME ZONE"),
        ("n_turns", "INTEGER"),
        ("messages", 'STRUCT("role" VARCHAR, "content" VARCHAR)[]'),
        ("edits_kept", "INTEGER"),
        ("edits_reverted", "INTEGER"),
        ("builds_passed", "INTEGER"),
        ("builds_failed", "INTEGER"),
        ("fix_loops_resolved", "INTEGER"),
        ("fix_loops_abandoned", "INTEGER"),
        ("thumbs_up", "INTEGER"),
        ("thumbs_down", "INTEGER"),
        ("outcome", "VARCHAR"),
        ("pii_placeholders", "INTEGER"),
    ],
    "train_bugfix_pairs": [
        ("pair_id", "VARCHAR"),
        ("loop_id", "VARCHAR"),
        ("user_key", "VARCHAR"),
        ("session_id", "VARCHAR"),
        ("app_id", "VARCHAR"),
        ("stack", "VARCHAR"),
        ("error_source", "VARCHAR"),
        ("error_log", "VARCHAR"),
        ("failing_file_path", "VARCHAR"),
        ("failing_diff", "VARCHAR"),
        ("fix_diff", "VARCHAR"),
        ("fix_explanation", "VARCHAR"),
        ("attempts", "INTEGER"),
        ("time_to_fix_s", "DOUBLE"),
        ("created_at", "TIMESTAMP WITH TIME ZONE"),
    ],
    "train_preference_pairs": [
        ("pair_id", "VARCHAR"),
        ("user_key", "VARCHAR"),
        ("session_id", "VARCHAR"),
        ("prompt_message_id", "VARCHAR"),
        ("prompt", "VARCHAR"),
        ("context", 'STRUCT("role" VARCHAR, "content" VARCHAR)[]'),
        ("chosen", "VARCHAR"),
        ("rejected", "VARCHAR"),
        ("chosen_message_id", "VARCHAR"),
        ("rejected_message_id", "VARCHAR"),
        ("signal", "VARCHAR"),
        ("chosen_builds_passed", "BOOLEAN"),
        ("rejected_builds_passed", "BOOLEAN"),
        ("chosen_endorsed", "BOOLEAN"),
        ("rejected_reverted", "BOOLEAN"),
        ("rejected_thumbed_down", "BOOLEAN"),
        ("created_at", "TIMESTAMP WITH TIME ZONE"),
    ],
}


@pytest.mark.parametrize("mart", sorted(TRAINING_CONTRACT))
def test_training_marts_have_exactly_the_shared_contract(wh, mart):
    got = [(r[0], r[1]) for r in wh.execute(f"describe {mart}").fetchall()]
    assert got == TRAINING_CONTRACT[mart]


def test_dim_users_contract_columns(wh):
    cols = {r[0]: r[1] for r in wh.execute("describe dim_users").fetchall()}
    assert {
        k: cols[k]
        for k in (
            "user_key",
            "signup_at",
            "plan",
            "country",
            "analytics_ok",
            "training_ok",
            "consent_updated_at",
        )
    } == {
        "user_key": "VARCHAR",
        "signup_at": "TIMESTAMP WITH TIME ZONE",
        "plan": "VARCHAR",
        "country": "VARCHAR",
        "analytics_ok": "BOOLEAN",
        "training_ok": "BOOLEAN",
        "consent_updated_at": "TIMESTAMP WITH TIME ZONE",
    }


def test_dbt_sources_mirror_the_clean_lake_contract():
    from pathlib import Path

    doc = yaml.safe_load(
        (Path(fx.__file__).parents[2] / "dbt/models/staging/_platform__sources.yml").read_text()
    )
    platform = next(s for s in doc["sources"] if s["name"] == "platform")
    declared = {t["name"]: [c["name"] for c in t["columns"]] for t in platform["tables"]}
    expected = {name: fx.clean_schema(t).names for name, t in TABLES.items()}
    assert declared == expected
