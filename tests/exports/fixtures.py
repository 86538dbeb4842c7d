"""A small warehouse with exactly the training-mart contract, and planted cases.

``build_fixture_warehouse(path)`` creates ``main.train_sft_conversations``,
``main.train_bugfix_pairs``, ``main.train_preference_pairs`` and ``main.dim_users`` in a fresh
DuckDB file and returns ``Planted``: which ids are exact duplicates, near duplicates, eval
contamination, no-consent, unresolved, too short, non-text, PII-dense, leaked raw identifiers
or malformed - so tests can assert each one's fate. Ordinary items are distinct code-chat
exchanges (the benchmark's generator, fixed seed) spread over 60 consenting users so that all
three splits get users.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from transforms.bench.dedup import _exchange

T0 = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
EVAL_SOLUTION = (  # evl-010 of the shipped eval set, pasted by a "user"
    "class LRUCache:\n    def __init__(self, capacity: int):\n        self.capacity = capacity\n"
    "        self.entries = OrderedDict()\n\n    def get(self, key):\n"
    "        if key not in self.entries:\n            return -1\n"
    "        self.entries.move_to_end(key)\n        return self.entries[key]\n"
)
LEAKED_EMAIL = "jane.doe.fixture@example.org"


@dataclass
class Planted:
    """Ids of planted cases per dataset (``sft``, ``bugfix``, ``preference``)."""

    consenting_users: list[str] = field(default_factory=list)
    no_consent_users: list[str] = field(default_factory=list)
    unknown_user: str = "ffffffffffffffff"
    ids: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    distinct: dict[str, list[str]] = field(default_factory=dict)

    def of(self, dataset: str, case: str) -> list[str]:
        return self.ids[dataset][case]


def _user_key(i: int) -> str:
    return f"{i:016x}"


def _conversation(rng: random.Random, turns: int) -> list[dict]:
    msgs = []
    for _ in range(turns):
        user, assistant = _exchange(rng).split("\nassistant: ", 1)
        msgs += [
            {"role": "user", "content": user.removeprefix("user: ")},
            {"role": "assistant", "content": assistant},
        ]
    return msgs


def _sft_row(
    cid: str,
    user: str,
    msgs: list[dict],
    *,
    outcome: str = "success",
    thumbs_up: int = 0,
    edits_kept: int = 1,
    minute: int = 0,
) -> dict:
    text = "".join(m["content"] for m in msgs)
    return {
        "conversation_id": cid,
        "user_key": user,
        "app_id": f"app_{cid}",
        "stack": "react-ts",
        "template": "crud",
        "started_at": T0 + dt.timedelta(minutes=minute),
        "n_turns": len(msgs),
        "messages": msgs,
        "edits_kept": edits_kept,
        "edits_reverted": 0,
        "builds_passed": 1 if outcome == "success" else 0,
        "builds_failed": 0 if outcome == "success" else 1,
        "fix_loops_resolved": 0,
        "fix_loops_abandoned": 0 if outcome == "success" else 1,
        "thumbs_up": thumbs_up,
        "thumbs_down": 0,
        "outcome": outcome,
        "pii_placeholders": text.count("<"),
    }


def _sft(
    rng: random.Random, users: list[str], no_consent: list[str], planted: Planted
) -> list[dict]:
    rows, ids = [], {}
    for i in range(60):
        rows.append(
            _sft_row(f"sft_{i:03d}", users[i % len(users)], _conversation(rng, 2), minute=i)
        )
    planted.distinct["sft"] = [r["conversation_id"] for r in rows]
    base, near_base = rows[0], rows[1]
    # exact duplicate: same text up to case, whitespace and placeholder suffixes; worse quality
    dup_msgs = [
        {"role": m["role"], "content": "  " + m["content"].upper().replace(" ", "   ")}
        for m in base["messages"]
    ]
    rows.append(_sft_row("sft_exact_dup", users[5], dup_msgs, edits_kept=0))
    # near duplicate: one word changed in a long conversation; better quality than its twin
    near = [dict(m) for m in near_base["messages"]]
    near[1]["content"] = near[1]["content"].replace("Sure", "Okay", 1)
    rows.append(_sft_row("sft_near_dup", users[7], near, thumbs_up=3))
    ids["exact_dup"], ids["near_dup_pair"] = ["sft_exact_dup"], ["sft_near_dup", "sft_001"]
    contaminated = _conversation(rng, 1)
    contaminated[0]["content"] += (
        "\n\nHere is my cache class, can you add TTL support?\n" + EVAL_SOLUTION
    )
    rows.append(_sft_row("sft_contaminated", users[3], contaminated))
    ids["contaminated"] = ["sft_contaminated"]
    rows.append(_sft_row("sft_no_consent", no_consent[0], _conversation(rng, 2)))
    rows.append(_sft_row("sft_unknown_user", planted.unknown_user, _conversation(rng, 1)))
    ids["no_consent"] = ["sft_no_consent", "sft_unknown_user"]
    rows.append(_sft_row("sft_unresolved", users[2], _conversation(rng, 2), outcome="unresolved"))
    ids["unresolved"] = ["sft_unresolved"]
    rows.append(
        _sft_row(
            "sft_too_short",
            users[4],
            [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Hello!"}],
        )
    )
    ids["too_short"] = ["sft_too_short"]
    blob = "".join(f"{rng.getrandbits(64):016x}" for _ in range(60))
    rows.append(
        _sft_row(
            "sft_non_text",
            users[6],
            [
                {"role": "user", "content": f"what is this: {blob}"},
                {"role": "assistant", "content": f"It is hex: {blob[:400]}"},
            ],
        )
    )
    ids["non_text"] = ["sft_non_text"]
    dense = " ".join(
        f"<PERSON_{rng.getrandbits(24):06x}> <EMAIL_ADDRESS_{rng.getrandbits(24):06x}>"
        for _ in range(20)
    )
    rows.append(
        _sft_row(
            "sft_pii_dense",
            users[8],
            [
                {"role": "user", "content": f"invite these people to the team: {dense}"},
                {"role": "assistant", "content": "Done, I added an invite form for all of them."},
            ],
        )
    )
    ids["pii_dense"] = ["sft_pii_dense"]
    leak = _conversation(rng, 1)
    leak[0]["content"] += f" Send the report to {LEAKED_EMAIL} please."
    rows.append(_sft_row("sft_raw_email", users[9], leak))
    ids["raw_identifier"] = ["sft_raw_email"]
    bad = _conversation(rng, 1)[::-1]  # starts with the assistant
    rows.append(_sft_row("sft_malformed", users[10], bad))
    ids["malformed"] = ["sft_malformed"]
    planted.ids["sft"] = ids
    return rows


def _bugfix(
    rng: random.Random, users: list[str], no_consent: list[str], planted: Planted
) -> list[dict]:
    rows = []
    for i in range(40):
        name = f"{rng.choice(['Pricing', 'Invoice', 'Kanban', 'Profile'])}{i}"
        prop = rng.choice(["items", "rows", "cards", "plans"])
        err = (
            f"src/components/{name}.tsx:{rng.randint(3, 90)}:{rng.randint(2, 30)} - error "
            f"TS2339: Property '{prop}{i}' does not exist on type '{name}Props'.\n"
            f"Found 1 error in src/components/{name}.tsx"
        )
        rows.append(
            {
                "pair_id": f"bug_{i:03d}",
                "loop_id": f"loop_{i:03d}",
                "user_key": users[i % len(users)],
                "session_id": f"s_{i:03d}",
                "app_id": f"app_{i:03d}",
                "stack": "react-ts",
                "error_source": "build",
                "error_log": err,
                "failing_file_path": f"src/components/{name}.tsx",
                "failing_diff": f"--- a/src/components/{name}.tsx\n"
                f"+++ b/src/components/{name}.tsx\n"
                f"@@ -1,3 +1,3 @@\n-  const total = props.count;\n"
                f"+  const total = props.{prop}{i}.length;\n",
                "fix_diff": f"--- a/src/components/{name}.tsx\n+++ b/src/components/{name}.tsx\n"
                f"@@ -1,4 +1,5 @@\n+type {name}Props = {{ {prop}{i}: string[] }};\n"
                f"   export function {name}(props: {name}Props) {{\n",
                "fix_explanation": f"The props type of {name} did not declare `{prop}{i}`, so I "
                f"added it to {name}Props; the build passes now.",
                "attempts": 1 + i % 3,
                "time_to_fix_s": 30.0 + i,
                "created_at": T0 + dt.timedelta(hours=i),
            }
        )
    planted.distinct["bugfix"] = [r["pair_id"] for r in rows]
    dup = dict(rows[0], pair_id="bug_exact_dup", loop_id="loop_dup", attempts=4)
    rows.append(dup)
    rows.append(dict(rows[1], pair_id="bug_no_consent", user_key=no_consent[1]))
    rows.append(dict(rows[2], pair_id="bug_missing_fix", fix_diff=None))
    planted.ids["bugfix"] = {
        "exact_dup": ["bug_exact_dup"],
        "no_consent": ["bug_no_consent"],
        "malformed": ["bug_missing_fix"],
    }
    return rows


def _preference(
    rng: random.Random, users: list[str], no_consent: list[str], planted: Planted
) -> list[dict]:
    rows = []
    for i in range(40):
        conv = _conversation(rng, 2)
        alt = _conversation(rng, 1)[1]["content"]
        rows.append(
            {
                "pair_id": f"pref_{i:03d}",
                "user_key": users[i % len(users)],
                "session_id": f"s_{i:03d}",
                "prompt_message_id": f"m_{i:03d}_2",
                "prompt": conv[2]["content"],
                "context": conv[:2],
                "chosen": conv[3]["content"],
                "rejected": alt,
                "chosen_message_id": f"m_{i:03d}_3",
                "rejected_message_id": f"m_{i:03d}_3r",
                "signal": ["regenerate", "revert", "thumbs"][i % 3],
                "chosen_builds_passed": [True, None][i % 2],
                "rejected_builds_passed": [False, None, True][i % 3],
                "chosen_endorsed": i % 4 == 0,
                "rejected_reverted": i % 3 == 1,
                "rejected_thumbed_down": i % 3 == 2,
                "created_at": T0 + dt.timedelta(hours=i),
            }
        )
    planted.distinct["preference"] = [r["pair_id"] for r in rows]
    rows.append(dict(rows[0], pair_id="pref_identical", rejected=rows[0]["chosen"]))
    rows.append(dict(rows[1], pair_id="pref_no_consent", user_key=no_consent[0]))
    near = dict(
        rows[2],
        pair_id="pref_near_dup",
        signal="revert",  # a stronger signal than the twin's "thumbs": this one is kept
        chosen=rows[2]["chosen"].replace("Sure", "Okay", 1),
    )
    rows.append(near)
    # the kept answer broke the build, the regenerated-away one passed: label contradicted
    rows.append(
        dict(
            rows[3],
            pair_id="pref_contradicts",
            chosen_builds_passed=False,
            chosen_endorsed=False,
            rejected_builds_passed=True,
            rejected_reverted=False,
            rejected_thumbed_down=False,
        )
    )
    planted.ids["preference"] = {
        "contradicts": ["pref_contradicts"],
        "identical": ["pref_identical"],
        "no_consent": ["pref_no_consent"],
        "near_dup_pair": ["pref_near_dup", rows[2]["pair_id"]],
    }
    return rows


_DDL = {
    "dim_users": """user_key VARCHAR, signup_at TIMESTAMPTZ, plan VARCHAR, country VARCHAR,
        analytics_ok BOOLEAN, training_ok BOOLEAN, consent_updated_at TIMESTAMPTZ""",
    "train_sft_conversations": """conversation_id VARCHAR, user_key VARCHAR, app_id VARCHAR,
        stack VARCHAR, template VARCHAR, started_at TIMESTAMPTZ, n_turns INTEGER,
        messages STRUCT(role VARCHAR, content VARCHAR)[], edits_kept INTEGER,
        edits_reverted INTEGER, builds_passed INTEGER, builds_failed INTEGER,
        fix_loops_resolved INTEGER, fix_loops_abandoned INTEGER, thumbs_up INTEGER,
        thumbs_down INTEGER, outcome VARCHAR, pii_placeholders INTEGER""",
    "train_bugfix_pairs": """pair_id VARCHAR, loop_id VARCHAR, user_key VARCHAR,
        session_id VARCHAR, app_id VARCHAR, stack VARCHAR, error_source VARCHAR,
        error_log VARCHAR, failing_file_path VARCHAR, failing_diff VARCHAR, fix_diff VARCHAR,
        fix_explanation VARCHAR, attempts INTEGER, time_to_fix_s DOUBLE,
        created_at TIMESTAMPTZ""",
    "train_preference_pairs": """pair_id VARCHAR, user_key VARCHAR, session_id VARCHAR,
        prompt_message_id VARCHAR, prompt VARCHAR,
        context STRUCT(role VARCHAR, content VARCHAR)[], chosen VARCHAR, rejected VARCHAR,
        chosen_message_id VARCHAR, rejected_message_id VARCHAR, signal VARCHAR,
        chosen_builds_passed BOOLEAN, rejected_builds_passed BOOLEAN, chosen_endorsed BOOLEAN,
        rejected_reverted BOOLEAN, rejected_thumbed_down BOOLEAN, created_at TIMESTAMPTZ""",
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Create ``table`` with the contract DDL and insert ``rows`` (DuckDB casts on insert)."""
    con.execute(f"create table main.{table} ({_DDL[table]})")
    cols = [
        r[0]
        for r in con.execute(
            "select column_name from information_schema.columns where table_name = ? "
            "order by ordinal_position",
            [table],
        ).fetchall()
    ]
    incoming = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows])
    con.register("incoming", incoming)
    con.execute(f"insert into main.{table} select {', '.join(cols)} from incoming")
    con.unregister("incoming")


def build_fixture_warehouse(path: Path, *, seed: int = 3) -> Planted:
    """Create the fixture warehouse at ``path`` (overwrites) and return the planted ids."""
    path = Path(path)
    path.unlink(missing_ok=True)
    rng = random.Random(seed)
    planted = Planted()
    users = [_user_key(i) for i in range(1, 61)]
    no_consent = [_user_key(1000 + i) for i in range(2)]
    planted.consenting_users, planted.no_consent_users = users, no_consent
    dim_users = [
        {
            "user_key": u,
            "signup_at": T0 - dt.timedelta(days=30),
            "plan": "free",
            "country": "DE",
            "analytics_ok": True,
            "training_ok": u in users,
            "consent_updated_at": T0 - dt.timedelta(days=i % 7),
        }
        for i, u in enumerate(users + no_consent)
    ]
    con = duckdb.connect(str(path))
    try:
        _insert(con, "dim_users", dim_users)
        _insert(con, "train_sft_conversations", _sft(rng, users, no_consent, planted))
        _insert(con, "train_bugfix_pairs", _bugfix(rng, users, no_consent, planted))
        _insert(con, "train_preference_pairs", _preference(rng, users, no_consent, planted))
    finally:
        con.close()
    return planted
