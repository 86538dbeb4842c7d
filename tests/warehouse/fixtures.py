"""A small, hand-specified clean lake: five users, five apps, six sessions.

Small enough to compute every mart by hand. The story of each session, and what the marts
must say about it, is written next to its rows; tests assert those numbers.

- S1 (alice): dashboard; build b1 fails, b2 fails, b3 passes -> loop L1 resolved in 2 attempts
  (600 s); assistant m8 regenerated into m9 (edit e4 -> e5); thumbs up. Outcome: success.
- S2 (alice): a question, no code. Outcome: no_code. Message m11 is stored twice (the later
  ``updated_at`` wins: text ends with "(edited)").
- S3 (bob): cart; b7 fails, b8 fails, edit e8 reverted, session ends -> loop L2 abandoned
  (1 attempt). Outcome: unresolved.
- S4 (cara, analytics_ok = false): FastAPI; runtime error r1 after b9 -> b10 passes -> loop L3
  resolved in 1 attempt (180 s); m23's edit e11 reverted + thumbs down, regenerated into m24.
  Outcome: success. Excluded from analytics facts, present in training marts.
- S5 (bob): spans midnight 2026-11-01 -> 2026-11-02. m26 thumbs down + regenerated into m27
  (day 2); e13's build b13 fails and the session ends -> loop L4 abandoned (0 attempts).
  Outcome on the full lake: unresolved; on day 1 alone: no_code.
- S6 (erin): one question on day 1, no code. Erin revokes analytics consent on day 2, so
  her rows leave the analytics facts (incremental runs must delete them too).
- bob revokes training consent on day 2; dan asks for deletion on day 2.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from transforms.config import Settings
from transforms.contracts.platform import TABLES, Table
from transforms.io import PartitionWriter

UTC = dt.UTC
DAY1 = "2026-11-01"
DAY2 = "2026-11-02"

ALICE, BOB, CARA, DAN, ERIN = (k * 8 for k in ("a1", "b2", "c3", "d4", "e5"))  # 16 hex chars


def ts(text: str) -> dt.datetime:
    """``'2026-11-01 10:02'`` -> aware UTC datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def clean_schema(table: Table) -> pa.Schema:
    """The clean-lake schema: identifiers dropped, ``user_id`` -> ``user_key`` (string)."""
    fields = []
    for f in table.schema:
        if f.name in table.identifier_columns:
            continue
        fields.append(pa.field("user_key", pa.string()) if f.name == "user_id" else f)
    return pa.schema(fields)


# --- rows -------------------------------------------------------------------------------------
# Small row builders: one call per row, the columns every row of a table shares filled in.


def _user(
    user_key: str,
    signup: str,
    plan: str,
    country: str,
    *,
    analytics_ok: bool = True,
    training_ok: bool = True,
    updated: str | None = None,
) -> dict[str, Any]:
    return dict(
        user_key=user_key,
        signup_at=ts(signup),
        plan=plan,
        country=country,
        analytics_ok=analytics_ok,
        training_ok=training_ok,
        updated_at=ts(updated or signup),
    )


USERS = [
    _user(ALICE, "2026-10-01 09:00", "pro", "DE"),
    _user(BOB, "2026-10-15 12:00", "free", "US"),
    # bob revokes training consent on day 2: re-emitted row, later updated_at wins
    _user(BOB, "2026-10-15 12:00", "free", "US", training_ok=False, updated="2026-11-02 08:00"),
    _user(CARA, "2026-11-01 09:00", "team", "FR", analytics_ok=False),
    _user(DAN, "2026-11-01 10:30", "free", "GB"),
    _user(ERIN, "2026-10-20 10:00", "pro", "NL"),
    # erin revokes analytics consent on day 2
    _user(ERIN, "2026-10-20 10:00", "pro", "NL", analytics_ok=False, updated="2026-11-02 09:30"),
]


def _consent(
    event_id: str, user_key: str, at: str, *, analytics_ok: bool = True, training_ok: bool = True
) -> dict[str, Any]:
    return dict(
        event_id=event_id,
        user_key=user_key,
        analytics_ok=analytics_ok,
        training_ok=training_ok,
        changed_at=ts(at),
    )


CONSENT_EVENTS = [
    _consent("ce1", ALICE, "2026-10-01 09:00"),
    _consent("ce2", BOB, "2026-10-15 12:00"),
    _consent("ce3", CARA, "2026-11-01 09:00", analytics_ok=False),
    _consent("ce4", DAN, "2026-11-01 10:30"),
    _consent("ce5", BOB, "2026-11-02 08:00", training_ok=False),
    _consent("ce6", ERIN, "2026-10-20 10:00"),
    _consent("ce7", ERIN, "2026-11-02 09:30", analytics_ok=False),
]


def _app(
    app_id: str,
    user_key: str,
    name: str,
    template: str,
    stack: str,
    status: str,
    created: str,
    updated: str | None = None,
) -> dict[str, Any]:
    return dict(
        app_id=app_id,
        user_key=user_key,
        name=name,
        template=template,
        stack=stack,
        status=status,
        created_at=ts(created),
        updated_at=ts(updated or created),
    )


_DASHBOARD = ("app_a1", ALICE, "Acme dashboard", "saas-dashboard", "react-ts")
APPS = [
    _app(*_DASHBOARD, "building", "2026-10-02 08:00"),
    # shipped later: the app row is re-emitted
    _app(*_DASHBOARD, "shipped", "2026-10-02 08:00", "2026-11-01 12:00"),
    _app("app_b1", BOB, "Bob's shop", "shop", "nextjs", "building", "2026-11-01 10:55"),
    _app("app_c1", CARA, "Todo API", "crud", "python-fastapi", "draft", "2026-11-01 12:55"),
    _app("app_d1", DAN, "Landing", "landing-page", "vue", "draft", "2026-11-01 11:00"),
    _app("app_e1", ERIN, "Notes", "blank", "svelte", "draft", "2026-11-01 16:00"),
]


def _session(
    session_id: str, app_id: str, user_key: str, started: str, ended: str
) -> dict[str, Any]:
    return dict(
        session_id=session_id,
        app_id=app_id,
        user_key=user_key,
        started_at=ts(started),
        ended_at=ts(ended),
    )


SESSIONS = [
    _session("s1", "app_a1", ALICE, "2026-11-01 10:00", "2026-11-01 10:30"),
    _session("s2", "app_a1", ALICE, "2026-11-01 15:00", "2026-11-01 15:05"),
    _session("s3", "app_b1", BOB, "2026-11-01 11:00", "2026-11-01 11:40"),
    _session("s4", "app_c1", CARA, "2026-11-01 13:00", "2026-11-01 13:30"),
    _session("s5", "app_b1", BOB, "2026-11-01 23:50", "2026-11-02 00:20"),
    _session("s6", "app_e1", ERIN, "2026-11-01 16:00", "2026-11-01 16:05"),
]

_SESSION_OWNER = {s["session_id"]: (s["user_key"], s["app_id"]) for s in SESSIONS}

GPT, CLAUDE = "gpt-4.1", "claude-sonnet-4"


def message_row(
    mid: str,
    sid: str,
    seq: int,
    role: str,
    at: str,
    text: str,
    *,
    model: str | None = None,
    latency: int | None = None,
    tin: int | None = None,
    tout: int | None = None,
    cost: float | None = None,
    regen: str | None = None,
    updated: str | None = None,
) -> dict[str, Any]:
    """One chat turn of session ``sid``, its owner filled in."""
    return dict(
        message_id=mid,
        session_id=sid,
        user_key=_SESSION_OWNER[sid][0],
        seq=seq,
        role=role,
        text=text,
        model=model,
        latency_ms=latency,
        input_tokens=tin,
        output_tokens=tout,
        cost_usd=cost,
        regenerated_from=regen,
        created_at=ts(at),
        updated_at=ts(updated or at),
    )


def _ask(mid: str, sid: str, seq: int, at: str, text: str) -> dict[str, Any]:
    return message_row(mid, sid, seq, "user", at, text)


def _answer(mid: str, sid: str, seq: int, at: str, text: str, **usage: Any) -> dict[str, Any]:
    return message_row(mid, sid, seq, "assistant", at, text, **usage)


# MESSAGES and BUILDS are tables, one row per call (ruff would give every argument a line).
# fmt: off
MESSAGES = [
    # S1 alice: fix loop L1 (2 attempts), m8 regenerated into m9
    _ask("m1", "s1", 0, "2026-11-01 10:00", "Build a dashboard with a sales chart."),
    _answer("m2", "s1", 1, "2026-11-01 10:01", "Here is a dashboard with a `Chart` component.",
        model=GPT, latency=1200, tin=300, tout=500, cost=0.010),
    _ask("m3", "s1", 2, "2026-11-01 10:05", "It fails: TS2304: Cannot find name 'Chart'."),
    _answer("m4", "s1", 3, "2026-11-01 10:06", "Import Chart from the chart library.",
        model=GPT, latency=800, tin=900, tout=200, cost=0.006),
    _ask("m5", "s1", 4, "2026-11-01 10:10", "Still failing with TS2322."),
    _answer("m6", "s1", 5, "2026-11-01 10:11",
        "Cast the value to a number before passing it to the chart.",
        model=GPT, latency=1000, tin=1200, tout=150, cost=0.007),
    _ask("m7", "s1", 6, "2026-11-01 10:20",
        "Works! Add a dark mode toggle and email me at <EMAIL_ADDRESS_ab12cd>."),
    _answer("m8", "s1", 7, "2026-11-01 10:21", "Added a toggle in the header.",
        model=CLAUDE, latency=2000, tin=1500, tout=400, cost=0.012),
    _answer("m9", "s1", 8, "2026-11-01 10:24", "Added a dark mode toggle with a theme context.",
        model=CLAUDE, latency=3000, tin=1500, tout=600, cost=0.015, regen="m8"),
    # S2 alice: no code; m11 re-emitted with a later updated_at (dedupe keeps the edit)
    _ask("m10", "s2", 0, "2026-11-01 15:00", "What is the difference between props and state?"),
    _answer("m11", "s2", 1, "2026-11-01 15:01", "Props come from the parent.",
        model=CLAUDE, latency=900, tin=100, tout=200, cost=0.004),
    _answer("m11", "s2", 1, "2026-11-01 15:01",
        "Props come from the parent; state is owned by the component. (edited)",
        model=CLAUDE, latency=900, tin=100, tout=200, cost=0.004, updated="2026-11-01 15:30"),
    # S3 bob: loop L2 abandoned, e8 reverted
    _ask("m12", "s3", 0, "2026-11-01 11:00",
        "Create a product page with Stripe checkout, my key is <SECRET>."),
    _answer("m13", "s3", 1, "2026-11-01 11:01",
        "Here is the product page; keep the key in an env var.",
        model=GPT, latency=1500, tin=400, tout=700, cost=0.011),
    _ask("m14", "s3", 2, "2026-11-01 11:10", "Add a cart."),
    _answer("m15", "s3", 3, "2026-11-01 11:11", "Added a cart store with zustand.",
        model=GPT, latency=1100, tin=1100, tout=300, cost=0.008),
    _ask("m16", "s3", 4, "2026-11-01 11:15",
        "Build broke: Module not found: Can't resolve 'zustand'."),
    _answer("m17", "s3", 5, "2026-11-01 11:16", "Add zustand to package.json.",
        model=GPT, latency=700, tin=1300, tout=100, cost=0.005),
    # S4 cara (no analytics consent): runtime error loop L3, e11 reverted, m23 -> m24
    _ask("m18", "s4", 0, "2026-11-01 13:00", "Make a FastAPI CRUD for todos."),
    _answer("m19", "s4", 1, "2026-11-01 13:01", "Here is a todos router.",
        model=CLAUDE, latency=2500, tin=200, tout=900, cost=0.020),
    _ask("m20", "s4", 2, "2026-11-01 13:06", "I get KeyError: 'id' when I create a todo."),
    _answer("m21", "s4", 3, "2026-11-01 13:07",
        "Generate the id server-side instead of reading it from the body.",
        model=CLAUDE, latency=1800, tin=1000, tout=300, cost=0.009),
    _ask("m22", "s4", 4, "2026-11-01 13:10", "Now add auth for <PERSON_0f3e21>."),
    _answer("m23", "s4", 5, "2026-11-01 13:11", "Added basic auth with a hard-coded user.",
        model=CLAUDE, latency=2200, tin=1300, tout=500, cost=0.013),
    _answer("m24", "s4", 6, "2026-11-01 13:15", "Added OAuth2 password flow with hashed passwords.",
        model=CLAUDE, latency=2600, tin=1300, tout=800, cost=0.018, regen="m23"),
    # S5 bob: crosses midnight; m26 thumbs down + regenerated into m27; loop L4 abandoned
    _ask("m25", "s5", 0, "2026-11-01 23:50", "Write a SQL query for monthly revenue."),
    _answer("m26", "s5", 1, "2026-11-01 23:51", "SELECT sum(total) FROM orders;",
        model=GPT, latency=600, tin=150, tout=50, cost=0.002),
    _answer("m27", "s5", 2, "2026-11-02 00:03",
        "SELECT date_trunc('month', created_at) AS month, sum(total) FROM orders GROUP BY 1;",
        model=GPT, latency=900, tin=150, tout=80, cost=0.003, regen="m26"),
    _ask("m28", "s5", 3, "2026-11-02 00:10", "Thanks! Now add it to the dashboard."),
    _answer("m29", "s5", 4, "2026-11-02 00:11", "Added a Revenue card.",
        model=GPT, latency=1300, tin=600, tout=400, cost=0.009),
    # S6 erin: a question; she revokes analytics consent on day 2
    _ask("m30", "s6", 0, "2026-11-01 16:00", "How do I center a div?"),
    _answer("m31", "s6", 1, "2026-11-01 16:01", "Use flexbox on the parent.",
        model=CLAUDE, latency=1000, tin=100, tout=60, cost=0.002),
]
# fmt: on

_MESSAGE_AT = {m["message_id"]: (m["session_id"], m["created_at"]) for m in MESSAGES}


def _edit(eid: str, mid: str, path: str, line: str, added: int, removed: int) -> dict[str, Any]:
    """An edit made by turn ``mid`` (30 s after it) replacing a ``// todo`` line of ``path``."""
    sid, turn_at = _MESSAGE_AT[mid]
    user_key, app_id = _SESSION_OWNER[sid]
    return dict(
        edit_id=eid,
        message_id=mid,
        session_id=sid,
        app_id=app_id,
        user_key=user_key,
        file_path=path,
        diff=f"--- a/{path}\n+++ b/{path}\n@@ -1 +1 @@\n-// todo\n+{line}\n",
        lines_added=added,
        lines_removed=removed,
        created_at=turn_at + dt.timedelta(seconds=30),
    )


CODE_EDITS = [
    _edit("e1", "m2", "src/App.tsx", "<Chart data={sales} />", 40, 2),
    _edit("e2", "m4", "src/App.tsx", "import { Chart } from 'chart-lib';", 1, 0),
    _edit("e3", "m6", "src/App.tsx", "<Chart data={sales.map(Number)} />", 1, 1),
    _edit("e4", "m8", "src/Theme.tsx", "export const dark = true;", 10, 0),
    _edit("e5", "m9", "src/Theme.tsx", "export const ThemeContext = createContext('dark');", 25, 0),
    _edit(
        "e6", "m13", "pages/product.tsx", "const stripe = Stripe(process.env.STRIPE_KEY);", 60, 0
    ),
    _edit("e7", "m15", "pages/cart.tsx", "import create from 'zustand';", 30, 0),
    _edit("e8", "m17", "package.json", '"zustand": "^4.5.0",', 1, 0),
    _edit("e9", "m19", "app/main.py", "todo_id = body['id']", 30, 0),
    _edit("e10", "m21", "app/main.py", "todo_id = uuid4().hex", 1, 1),
    _edit("e11", "m23", "app/auth.py", "USERS = {'admin': 'admin'}", 12, 0),
    _edit("e12", "m24", "app/auth.py", "oauth2 = OAuth2PasswordBearer(tokenUrl='token')", 40, 0),
    _edit("e13", "m29", "src/Revenue.tsx", "<Card value={revenue} />", 15, 0),
]

_EDIT_SESSION = {e["edit_id"]: e["session_id"] for e in CODE_EDITS}


def _build(
    bid: str, eid: str, at: str, status: str, ms: int, error: str | None = None
) -> dict[str, Any]:
    sid = _EDIT_SESSION[eid]
    user_key, app_id = _SESSION_OWNER[sid]
    return dict(
        build_id=bid,
        session_id=sid,
        app_id=app_id,
        user_key=user_key,
        edit_id=eid,
        status=status,
        duration_ms=ms,
        error_log=error,
        created_at=ts(at),
    )


# fmt: off
BUILDS = [
    _build("b1", "e1", "2026-11-01 10:02", "failed", 4000,
        "src/App.tsx(3,5): error TS2304: Cannot find name 'Chart'."),
    _build("b2", "e2", "2026-11-01 10:07", "failed", 4200,
        "src/App.tsx(3,17): error TS2322: Type 'string' is not assignable to type 'number'."),
    _build("b3", "e3", "2026-11-01 10:12", "success", 3900),
    _build("b4", "e4", "2026-11-01 10:22", "success", 3000),
    _build("b5", "e5", "2026-11-01 10:25", "success", 3100),
    _build("b6", "e6", "2026-11-01 11:03", "success", 8000),
    _build("b7", "e7", "2026-11-01 11:12", "failed", 6000,
        "Module not found: Error: Can't resolve 'zustand' in '/app/pages'"),
    _build("b8", "e8", "2026-11-01 11:20", "failed", 6500,
        "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree"),
    _build("b9", "e9", "2026-11-01 13:02", "success", 2000),
    _build("b10", "e10", "2026-11-01 13:08", "success", 2100),
    _build("b11", "e11", "2026-11-01 13:12", "success", 2200),
    _build("b12", "e12", "2026-11-01 13:16", "success", 2300),
    _build("b13", "e13", "2026-11-02 00:12", "failed", 5000,
        "src/Revenue.tsx(1,10): error TS2305: Module '\"./Card\"' has no exported member 'Card'."),
]
# fmt: on

RUNTIME_ERRORS = [
    dict(
        error_id="r1",
        session_id="s4",
        app_id="app_c1",
        user_key=CARA,
        build_id="b9",
        error_type="KeyError",
        message="'id'",
        stack_trace='Traceback (most recent call last):\n  File "app/main.py", line 12, in '
        "create_todo\n    todo_id = body['id']\nKeyError: 'id'",
        created_at=ts("2026-11-01 13:05"),
    ),
]


def _fb(
    fid: str,
    sid: str,
    mid: str | None,
    kind: str,
    at: str,
    edit: str | None = None,
    comment: str | None = None,
) -> dict[str, Any]:
    return dict(
        feedback_id=fid,
        session_id=sid,
        user_key=_SESSION_OWNER[sid][0],
        message_id=mid,
        edit_id=edit,
        kind=kind,
        comment=comment,
        created_at=ts(at),
    )


FEEDBACK = [
    _fb("f1", "s1", "m8", "regenerate", "2026-11-01 10:23"),
    _fb("f2", "s1", "m9", "thumbs_up", "2026-11-01 10:26"),
    _fb("f3", "s1", "m9", "accept", "2026-11-01 10:26", edit="e5"),
    _fb("f4", "s3", "m17", "revert", "2026-11-01 11:25", edit="e8"),
    _fb("f5", "s4", "m23", "revert", "2026-11-01 13:13", edit="e11"),
    _fb("f6", "s4", "m23", "thumbs_down", "2026-11-01 13:13", comment="not secure"),
    _fb("f7", "s4", "m23", "regenerate", "2026-11-01 13:14"),
    _fb("f8", "s4", "m24", "thumbs_up", "2026-11-01 13:17"),
    _fb(
        "f9",
        "s5",
        "m26",
        "thumbs_down",
        "2026-11-02 00:01",
        comment="wrong table, ask <PERSON_0f3e21>",
    ),
    _fb("f10", "s5", "m26", "regenerate", "2026-11-02 00:02"),
    _fb("f11", "s5", "m27", "thumbs_up", "2026-11-02 00:04"),
]

DELETION_REQUESTS = [
    dict(request_id="dr1", user_key=DAN, requested_at=ts("2026-11-02 09:00"), status="pending"),
]

ROWS: dict[str, list[dict[str, Any]]] = {
    "users": USERS,
    "consent_events": CONSENT_EVENTS,
    "apps": APPS,
    "chat_sessions": SESSIONS,
    "messages": MESSAGES,
    "code_edits": CODE_EDITS,
    "builds": BUILDS,
    "runtime_errors": RUNTIME_ERRORS,
    "feedback": FEEDBACK,
    "deletion_requests": DELETION_REQUESTS,
}


def _with_updated_at(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    # immutable events are stamped at their partition time unless a row says otherwise
    return {"updated_at": row[table.partition_column], **row}


def write_clean_lake(
    settings: Settings,
    *,
    through: str | None = None,
    extra: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, int]:
    """Write the fixture as ``clean_dir/<table>/dt=.../part-*.parquet``; returns rows per table.

    ``through`` keeps only partitions up to that day (to replay day-by-day loads); ``extra``
    appends rows (e.g. a deliberately broken message) before writing.
    """
    counts: dict[str, int] = {}
    for name, table in TABLES.items():
        schema = clean_schema(table)
        rows = [_with_updated_at(table, r) for r in ROWS[name] + (extra or {}).get(name, [])]
        by_day: dict[str, list[list[dict[str, Any]]]] = {}
        for r in rows:
            day = r[table.partition_column].date().isoformat()
            if through is not None and day > through:
                continue
            parts = by_day.setdefault(day, [[]])
            # a re-emitted primary key goes to a second part file, as a later load would
            key = "user_key" if table.primary_key == "user_id" else table.primary_key
            target = next((p for p in parts if all(x[key] != r[key] for x in p)), None)
            if target is None:
                target = []
                parts.append(target)
            target.append(r)
        counts[name] = 0
        for day, parts in sorted(by_day.items()):
            with PartitionWriter(settings.clean_dir, name, day) as w:
                for part in parts:
                    w.write(pa.Table.from_pylist(part, schema=schema))
            counts[name] += sum(len(p) for p in parts)
    return counts


def _run_record(
    stage: str, run_id: str, started: str, seconds: float, status: str, **fields: Any
) -> dict[str, Any]:
    start = dt.datetime.fromisoformat(started)
    return dict(
        stage=stage,
        partition=DAY1,
        run_id=run_id,
        started_at=start.isoformat(),
        finished_at=(start + dt.timedelta(seconds=seconds)).isoformat(),
        duration_s=seconds,
        status=status,
        inputs=[],
        outputs=[],
        **fields,
    )


def write_run_records(settings: Settings) -> int:
    """Two run records (extract, redact) in the ``StageResult`` JSON shape; returns how many."""
    records = [
        _run_record(
            "extract",
            "run000000001",
            "2026-11-02T01:00:00+00:00",
            5.0,
            "success",
            counts={"rows.messages": 26},
            details={},
        ),
        _run_record(
            "redact",
            "run000000002",
            "2026-11-02T01:01:00+00:00",
            30.0,
            "failed",
            counts={"spans.total": 4, "rows.messages": 26},
            details={"error": "RuntimeError: boom"},
        ),
    ]
    for r in records:
        path = settings.state_dir / "runs" / r["stage"] / f"{r['run_id']}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(r, indent=2, sort_keys=True))
    return len(records)


def fixture_settings(data_dir: Path) -> Settings:
    """Settings rooted at ``data_dir`` (no environment leakage from the developer's shell)."""
    return Settings(data_dir=Path(data_dir), workers=2)


# --- a built warehouse shared by the test modules of one pytest process -------------------------
_BUILT: dict[str, Path] = {}


def built_fixture_warehouse(tmp_path_factory: Any) -> Settings:
    """The fixture lake + run records, built once per test session with the warehouse stage.

    Shared and read-only: tests that write (reports, state, lake rows) take a ``copy_data_dir``.
    """
    if "full" not in _BUILT:
        from transforms.pipelines import warehouse

        data_dir = tmp_path_factory.mktemp("iw_fixture_wh")
        s = fixture_settings(data_dir)
        write_clean_lake(s)
        write_run_records(s)
        warehouse.run(None, s)
        _BUILT["full"] = data_dir
    return fixture_settings(_BUILT["full"])


def copy_data_dir(settings: Settings, dest: Path) -> Settings:
    """A private copy of a fixture data dir (lake, state, warehouse) rooted at ``dest``."""
    import shutil

    shutil.copytree(settings.data_dir, dest, ignore=shutil.ignore_patterns("*.lock", "dbt"))
    return fixture_settings(dest)
