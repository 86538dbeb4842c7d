"""The platform simulator: users build apps by chatting; we log everything they do.

``generate(settings, ...)`` writes every table of :mod:`transforms.source.schema` to NDJSON
export files (default, ``settings.source_dir``) or a PostgreSQL schema (``to="postgresql://..."``)
plus gold labels for every planted PII/secret span. Same arguments -> byte-identical files.

How the simulation runs (day by day, user by user, streaming to the sink; nothing is held
for more than one session):
- Users sign up inside the window (a launch cohort in the first days, then a trickle); each
  has a heavy-tailed activity level (a few power users), a home country (time zone, language),
  a preferred model and stack. Signup emits a ``users`` row and the first ``consent_events`` row.
- Each day, active users open 1..n sessions at local-time-of-day peaks (late morning, evening).
  A session belongs to one app (an existing one, or a new one: ``apps`` row, status ``draft``).
- Turns alternate user (even ``seq``) / assistant (odd ``seq``). Session length is heavy-tailed.
  Assistant turns make code edits; each edit triggers a build. A failed build's log is pasted
  by the user in the next turn and the assistant attempts a fix (new edit, new build) until a
  build passes (loop resolved) or the user gives up (session ends: loop abandoned). Successful
  builds occasionally raise runtime errors, which open a loop the same way.
- Feedback on assistant turns: accept / revert (with ``edit_id``), thumbs up/down (optional
  comment), regenerate: a new assistant message with ``regenerated_from`` = the judged message
  and **the same seq** (it answers the same user prompt at the same position, so seq stays dense
  and role parity holds; the latest message at a seq is the one the user kept).
- Mutable entities are re-emitted with a newer ``updated_at``: users on consent change or plan
  upgrade, apps on status change (draft -> building -> shipped / archived).
- A few users file deletion requests and stop being active afterwards.

Planted content (see :mod:`transforms.simulator.pii` for labelling rules): most messages carry no
PII; some user turns carry personal data or pasted credentials, error logs sometimes leak IPs
or emails, assistants sometimes echo what users pasted, ``.env.local`` diffs carry secrets.
Every user's first message plants one entity type (rotating by user index), so even a dozen
users cover the common types. Gold labels: ``<source>/_gold/labels.jsonl.gz`` (files) or
``<schema>._gold_labels`` (PostgreSQL). A share of sessions carries one planted low-quality
assistant turn (:mod:`transforms.simulator.low_quality`), labelled in
``<source>/_gold/low_quality.jsonl.gz`` (file sources only).

Sessions are simulated by :mod:`transforms.simulator.session`, text by
:mod:`transforms.simulator.conversation`. Runs with 1,500+ users are split by user over two
processes (users share no state); each partition file is then the shards' gzip members
concatenated in shard order: still one valid ``part-00000.jsonl.gz``, same rows as one process.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from transforms.config import Settings
from transforms.simulator import pii
from transforms.simulator import texts as T
from transforms.simulator.conversation import Persona, Rates
from transforms.simulator.labelled_text import LabelledText
from transforms.simulator.session import SessionSim
from transforms.simulator.sinks import NdjsonSink, Sink, iso_ms
from transforms.source.schema import TABLES

DEFAULT_END_DATE = dt.date(2026, 11, 20)
DEFAULT_USERS = 40
DEFAULT_DAYS = 3
# Messages per user per day of the window, measured on this simulator (mean of two seeds at
# 1000 users; 500 at 30 days): it falls with longer windows (weekends, later signups, users
# who leave after an erasure request). Used to size users for --messages.
RATE_BY_DAYS = ((1, 9.8), (3, 9.5), (6, 8.6), (10, 8.5), (30, 7.95), (365, 7.9))
GENERATOR_VERSION = "1"
# Big runs are split over processes by user (users share no state). The count depends only on
# the arguments, never on the machine, so the output bytes do too.
SHARDS = 2
SHARD_MIN_USERS = 1500
DAY_MS = 86_400_000


@dataclass(frozen=True)
class ModelSpec:
    name: str
    weight: float
    ttft_ms: float  # median time to first token
    tokens_per_s: float
    usd_in_per_m: float
    usd_out_per_m: float
    fix_success: float  # chance one fix attempt makes the build pass
    feature_fail: float  # chance a feature edit breaks the build


MODELS = (
    ModelSpec("claude-sonnet-4.5", 0.34, 1400, 75, 3.0, 15.0, 0.62, 0.17),
    ModelSpec("gpt-4.1", 0.22, 900, 90, 2.0, 8.0, 0.55, 0.21),
    ModelSpec("gpt-4.1-mini", 0.18, 500, 140, 0.4, 1.6, 0.42, 0.29),
    ModelSpec("gemini-2.5-pro", 0.14, 2500, 110, 1.25, 10.0, 0.55, 0.22),
    ModelSpec("claude-haiku-4.5", 0.12, 450, 160, 1.0, 5.0, 0.45, 0.26),
)
STACKS = ("react-ts", "nextjs", "python-fastapi", "vue", "svelte")
STACK_WEIGHTS = (0.35, 0.30, 0.12, 0.12, 0.11)
BUILD_MEDIAN_MS = {
    "react-ts": 9000,
    "nextjs": 24000,
    "python-fastapi": 6000,
    "vue": 8000,
    "svelte": 7000,
}
PLANS = ("free", "pro", "team", "enterprise")
PLAN_WEIGHTS = (0.62, 0.25, 0.09, 0.04)
COUNTRIES = (
    ("US", -6, 30),
    ("GB", 0, 8),
    ("DE", 1, 9),
    ("IN", 5.5, 8),
    ("BR", -3, 6),
    ("FR", 1, 5),
    ("ES", 1, 4),
    ("NL", 1, 3),
    ("CA", -5, 4),
    ("AU", 10, 3),
    ("IT", 1, 3),
    ("MX", -6, 3),
    ("PL", 1, 2),
    ("SE", 1, 2),
    ("JP", 9, 3),
    ("NG", 1, 2),
    ("KE", 3, 1),
    ("PT", 0, 2),
    ("AT", 1, 1),
    ("ZA", 2, 1),
)
APP_STATUSES = ("draft", "building", "shipped", "archived")


def size_for_messages(messages: int, users: int | None, days: int | None) -> tuple[int, int]:
    """Users and days that produce about ``messages`` messages."""
    if messages <= 0:
        raise ValueError(f"--messages must be positive, got {messages}")
    if days is None and users is None:
        days = 3 if messages <= 10_000 else min(30, max(3, round(messages / 33_000)))
    if users is None:
        users = max(1, round(messages / (days * _rate(days))))  # type: ignore[arg-type]
    if days is None:
        days = max(1, round(messages / (users * _rate(3))))
        days = max(1, round(messages / (users * _rate(days))))
    return users, days


def _rate(days: int) -> float:
    xs, ys = zip(*RATE_BY_DAYS, strict=True)
    return float(np.interp(days, xs, ys))


# --- per-user state -----------------------------------------------------------------------------
@dataclass
class AppState:
    app_id: str
    idea: T.AppIdea
    stack: str
    name: str
    slug: str
    ref: str
    status: str
    created_ms: int
    updated_ms: int
    name_lt: LabelledText = field(default_factory=LabelledText)


@dataclass
class UserState:
    idx: int
    user_id: str
    persona: Persona
    signup_ms: int
    plan: str
    activity: float
    model: int
    stack: str
    analytics_ok: bool
    training_ok: bool
    updated_ms: int
    # (time, kind, payload) user-level events scheduled inside the window
    events: list[tuple[int, str, Any]] = field(default_factory=list)
    deleted_ms: int | None = None
    apps: list[AppState] = field(default_factory=list)
    n_sessions: int = 0
    n_consent: int = 0
    busy_until: int = 0


class Simulator:
    """Runs the platform for ``days`` days ending at ``end`` and writes every row to ``sink``."""

    def __init__(
        self,
        sink: Sink,
        *,
        users: int,
        days: int,
        seed: int,
        end: dt.date,
        rates: Rates | None = None,
        on_day: Callable[[int], None] | None = None,
        shard: tuple[int, int] = (0, 1),
    ) -> None:
        if users < 1 or days < 1:
            raise ValueError(f"users and days must be >= 1 (got users={users}, days={days})")
        self.sink = sink
        self.n_users, self.days, self.seed, self.end = users, days, seed, end
        self.start = end - dt.timedelta(days=days)
        self.start_ms = int(
            dt.datetime(
                self.start.year, self.start.month, self.start.day, tzinfo=dt.UTC
            ).timestamp()
            * 1000
        )
        self.end_ms = self.start_ms + days * DAY_MS
        self.rates = rates or Rates()
        self.on_day = on_day
        self.shard = shard  # (index, count): simulate only users with idx % count == index
        self.users: list[UserState] = []

    # --- emitting ---------------------------------------------------------------------------
    def ts(self, ms: int) -> str:
        """ISO timestamp clipped into the window (a reply may land after the end instant)."""
        return iso_ms(min(ms, self.end_ms - 1))

    def emit(
        self, table: str, row: dict[str, Any], texts: dict[str, LabelledText | None] | None = None
    ) -> None:
        self.sink.write(table, row)
        if texts:
            pk = row[TABLES[table].primary_key]
            for col, lt in texts.items():
                if lt is not None and lt.spans:
                    self.sink.gold(table, pk, col, lt.spans)

    def low_quality(self, session_id: str, message_id: str, seq: int, kind: str) -> None:
        """Record a planted low-quality assistant turn (gold for curation eval)."""
        record = {"session_id": session_id, "message_id": message_id, "seq": seq, "kind": kind}
        self.sink.low_quality(record)

    def _emit_user(self, u: UserState, at_ms: int) -> None:
        u.updated_ms = at_ms
        self.emit(
            "users",
            {
                "user_id": u.user_id,
                "email": u.persona.email,
                "full_name": u.persona.full_name,
                "phone": u.persona.phone,
                "signup_at": iso_ms(u.signup_ms),
                "plan": u.plan,
                "country": u.persona.country,
                "analytics_ok": u.analytics_ok,
                "training_ok": u.training_ok,
                "updated_at": iso_ms(at_ms),
            },
        )

    def _emit_consent(self, u: UserState, at_ms: int) -> None:
        u.n_consent += 1
        ts = iso_ms(at_ms)
        self.emit(
            "consent_events",
            {
                "event_id": f"c_{u.idx:06d}_{u.n_consent:02d}",
                "user_id": u.user_id,
                "analytics_ok": u.analytics_ok,
                "training_ok": u.training_ok,
                "changed_at": ts,
                "updated_at": ts,
            },
        )

    def emit_app(self, app: AppState, user: UserState) -> None:
        self.emit(
            "apps",
            {
                "app_id": app.app_id,
                "user_id": user.user_id,
                "name": app.name,
                "template": app.idea.template,
                "stack": app.stack,
                "status": app.status,
                "created_at": self.ts(app.created_ms),
                "updated_at": self.ts(app.updated_ms),
            },
            # gold once per app: re-emitted versions carry the same name
            {"name": app.name_lt} if app.created_ms == app.updated_ms else None,
        )

    # --- users --------------------------------------------------------------------------------
    def _make_users(self) -> None:
        n = self.n_users
        g = np.random.default_rng([self.seed, 0])
        window = self.end_ms - self.start_ms
        cohort = g.random(n) < 0.6
        early = g.random(n) * min(window * 0.08, 1.5 * DAY_MS)
        late = g.random(n) * window * 0.9
        signup = self.start_ms + np.where(cohort, early, late).astype(np.int64)
        activity = g.lognormal(0.0, 0.8, n)
        activity /= activity.mean()
        power = g.random(n) < 0.03
        activity = np.where(power, activity * 4.0, activity)
        plan = g.choice(len(PLANS), n, p=PLAN_WEIGHTS)
        cweights = np.array([c[2] for c in COUNTRIES], float)
        country = g.choice(len(COUNTRIES), n, p=cweights / cweights.sum())
        model = g.choice(len(MODELS), n, p=np.array([m.weight for m in MODELS]))
        stack = g.choice(len(STACKS), n, p=STACK_WEIGHTS)
        analytics = g.random(n) < 0.92
        training = g.random(n) < 0.74
        n_changes = np.minimum(g.poisson(min(0.6, 0.06 + 0.01 * self.days), n), 3)
        forced = g.permutation(n)[: max(1, n // 15)] if n >= 10 else []
        n_changes[forced] = np.maximum(n_changes[forced], 1)  # consent always changes for some
        upgrade = g.random(n) < 0.05
        deletion = g.random(n) < 0.015
        if n >= 10 and not deletion.any():
            deletion[int(g.integers(0, n))] = True  # always exercise the erasure path
        for i in range(n):
            rng = random.Random(f"{self.seed}/user/{i}")
            name = pii.person_name(rng)
            code, _, _ = COUNTRIES[country[i]]
            persona = Persona(
                f"u_{i:06d}",
                name,
                pii.email(rng, name),
                pii.phone(rng),
                code,
                T.COUNTRY_LANG.get(code),
            )
            s_ms = int(signup[i])
            u = UserState(
                i,
                persona.user_id,
                persona,
                s_ms,
                PLANS[plan[i]],
                float(activity[i]),
                int(model[i]),
                STACKS[stack[i]],
                bool(analytics[i]),
                bool(training[i]),
                s_ms,
            )
            remaining = self.end_ms - s_ms
            for _ in range(int(n_changes[i])):
                u.events.append((s_ms + int(rng.random() * remaining), "consent", None))
            if upgrade[i] and u.plan == "free":
                u.events.append((s_ms + int(rng.random() * remaining), "upgrade", None))
            if deletion[i]:
                req = s_ms + int((0.3 + 0.7 * rng.random()) * remaining)
                u.events.append((req, "deletion", None))
            u.events.sort(key=lambda e: (e[0], e[1]))
            self.users.append(u)

    def _user_events(self, u: UserState, day_end_ms: int) -> None:
        """Emit signup and scheduled user-level events that fall before ``day_end_ms``."""
        while u.events and u.events[0][0] < day_end_ms:
            at, kind, _ = u.events.pop(0)
            if u.deleted_ms is not None:
                continue  # nothing happens to an account after its erasure request
            rng = random.Random(f"{self.seed}/event/{u.idx}/{at}")
            if kind == "consent":
                if rng.random() < 0.75:
                    u.training_ok = not u.training_ok
                else:
                    u.analytics_ok = not u.analytics_ok
                self._emit_consent(u, at)
                self._emit_user(u, at)
            elif kind == "upgrade":
                u.plan = rng.choice(("pro", "pro", "team"))
                self._emit_user(u, at)
            elif kind == "deletion":
                u.deleted_ms = at
                done = at < self.end_ms - 2 * DAY_MS
                processed = at + int(rng.uniform(0.5, 30) * 3_600_000) if done else at
                self.emit(
                    "deletion_requests",
                    {
                        "request_id": f"d_{u.idx:06d}",
                        "user_id": u.user_id,
                        "requested_at": iso_ms(at),
                        "status": "done" if done else "pending",
                        "updated_at": iso_ms(min(processed, self.end_ms - 1)),
                    },
                )

    def build_median_ms(self, stack: str) -> int:
        return BUILD_MEDIAN_MS[stack]

    # --- the run ----------------------------------------------------------------------------------
    def run(self) -> None:
        self._make_users()
        signed_up = [False] * self.n_users
        for d in range(self.days):
            day_start = self.start_ms + d * DAY_MS
            day_end = day_start + DAY_MS
            g = np.random.default_rng([self.seed, 1, d])
            weekday = (self.start + dt.timedelta(days=d)).weekday()
            week_factor = 0.65 if weekday >= 5 else 1.0
            acts = np.array([u.activity for u in self.users])
            p_active = np.clip(0.6 * acts * week_factor, 0.02, 0.95)
            active = g.random(self.n_users) < p_active
            n_sessions = np.minimum(1 + g.poisson(0.8 * acts), 8)
            hours = g.random((self.n_users, 8))
            for u in self.users:
                if u.idx % self.shard[1] != self.shard[0]:
                    continue  # another process simulates this user (users share no state)
                if not signed_up[u.idx] and u.signup_ms < day_end:
                    signed_up[u.idx] = True
                    self._emit_user(u, u.signup_ms)
                    self._emit_consent(u, u.signup_ms)
                if not signed_up[u.idx]:
                    continue
                if not active[u.idx]:
                    self._user_events(u, day_end)
                    continue
                tz = next(c[1] for c in COUNTRIES if c[0] == u.persona.country)
                starts = sorted(
                    day_start + int((_local_hour(h) - tz) % 24 * 3_600_000)
                    for h in hours[u.idx, : int(n_sessions[u.idx])]
                )
                for k, start in enumerate(starts):
                    start = max(start, u.busy_until + 60_000, u.signup_ms + 30_000)
                    self._user_events(u, start)
                    if u.deleted_ms is not None or start >= min(day_end, self.end_ms):
                        break
                    SessionSim(self, u, start, d, k).run()
                self._user_events(u, day_end)
            self.sink.end_day(self.start + dt.timedelta(days=d))
            if self.on_day:
                self.on_day(d)

    # --- one session ----------------------------------------------------------------------------
    def pick_model(self, rng: random.Random, u: UserState) -> ModelSpec:
        """The user's usual model most of the time, else one drawn by market share."""
        if rng.random() < 0.7:
            return MODELS[u.model]
        return rng.choices(MODELS, weights=[m.weight for m in MODELS])[0]

    def new_app(self, rng: random.Random, u: UserState, at: int) -> AppState:
        """Create (not emit) a new app for ``u`` with a generated, sometimes personal, name."""
        idea = rng.choice(T.APP_IDEAS)
        stack = u.stack if rng.random() < 0.75 else rng.choices(STACKS, STACK_WEIGHTS)[0]
        word = rng.choice(idea.words)
        name_lt = LabelledText()
        r = rng.random()
        if r < 0.04:  # "Maria's Bakery Orders": a first name in a text column
            name_lt.entity("PERSON", pii.first_name(rng)).add(
                f"'s {word} {rng.choice(('App', 'Tracker', 'Orders', 'Site'))}"
            )
        elif r < 0.45:
            name_lt.add(f"{word}{rng.choice(T.APP_NAME_SUFFIXES)}")
        elif r < 0.75:
            name_lt.add(f"{idea.table.replace('_', '-')}-app" + rng.choice(("", "", "-v2", "-mvp")))
        else:
            name_lt.add(f"My {word} {rng.choice(('App', 'Project', 'Dashboard', 'Site'))}")
        name = name_lt.text()
        slug = "".join(c for c in name.lower().replace(" ", "-") if c.isalnum() or c == "-")[:30]
        app = AppState(
            f"a_{u.idx:06d}_{len(u.apps) + 1:03d}",
            idea,
            stack,
            name,
            slug or "app",
            pii.supabase_ref(rng),
            "draft",
            at,
            at,
            name_lt,
        )
        u.apps.append(app)
        return app

    def set_app_status(self, u: UserState, app: AppState, status: str, at: int) -> None:
        if app.status == status or at >= self.end_ms:
            return
        app.status, app.updated_ms = status, at
        self.emit_app(app, u)


def _local_hour(u: float) -> float:
    """Map a uniform draw to a local hour with late-morning and evening peaks."""
    if u < 0.45:
        return 9 + (u / 0.45) * 4  # 09-13
    if u < 0.75:
        return 14 + ((u - 0.45) / 0.3) * 4  # 14-18
    if u < 0.95:
        return 19 + ((u - 0.75) / 0.2) * 4  # 19-23
    return ((u - 0.95) / 0.05) * 9  # night owls 00-09


# --- public API -----------------------------------------------------------------------------------
def generate(
    settings: Settings,
    *,
    users: int | None = None,
    days: int | None = None,
    messages: int | None = None,
    seed: int | None = None,
    to: str | Path | None = None,
    schema: str | None = None,
    end_date: dt.date | str | None = None,
    bad_rows: bool = False,
    progress: bool | None = None,
    shards: int | None = None,
) -> dict[str, int]:
    """Generate a deterministic platform dataset; returns rows written per table.

    ``to``: a directory (default ``settings.source_dir``) or a ``postgresql://`` URL (``schema``
    or the URL's ``?schema=`` names the PostgreSQL schema; it is recreated). ``messages`` sizes
    users/days to produce about that many messages. ``end_date`` (exclusive; default
    ``IW_SOURCE_END_DATE`` or 2026-11-20) anchors the window. ``bad_rows`` plants malformed
    rows for quarantine tests (files only; counts under ``bad_rows.*``). ``progress``: rich bar
    on stderr (default: only when stderr is a TTY). ``shards``: processes for file output
    (default: 2 from 1,500 users, else 1); rows are identical whatever the shard count, only
    their order within a file differs.
    """
    seed = settings.seed if seed is None else int(seed)
    if messages is not None:
        if users is not None and days is not None:
            raise ValueError("give at most two of users / days / messages")
        users, days = size_for_messages(int(messages), users, days)
    users = DEFAULT_USERS if users is None else int(users)
    days = DEFAULT_DAYS if days is None else int(days)
    if isinstance(end_date, str):
        end_date = dt.date.fromisoformat(end_date)
    end = end_date or settings.source_end_date or DEFAULT_END_DATE
    target = settings.source_dir if to is None else to
    from transforms.simulator.postgres_sink import PostgresSink
    from transforms.source.postgres import is_postgres_url, parse_url

    show = sys.stderr.isatty() if progress is None else progress
    to_postgres = is_postgres_url(str(target))
    if to_postgres and bad_rows:
        raise ValueError(
            "bad_rows=True plants into export files; for PostgreSQL use "
            "transforms.simulator.bad_rows.plant_bad_rows_postgres"
        )
    if shards is None:
        shards = 1 if to_postgres or users < SHARD_MIN_USERS else SHARDS
    elif shards < 1 or (to_postgres and shards > 1):
        raise ValueError(f"shards must be >= 1 (and 1 for PostgreSQL), got {shards}")
    start = end - dt.timedelta(days=days)
    args = {
        "users": users,
        "days": days,
        "seed": seed,
        "messages_target": messages,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "shards": shards,
    }
    t0 = time.perf_counter()
    with _progress(show, days * shards, f"generating {users} users x {days} days") as tick:
        if shards > 1:
            counts, gold = _generate_sharded(Path(target), args, tick)
            where = str(Path(target))
        else:
            sink: Sink
            if to_postgres:
                sink = PostgresSink(str(target), schema)
                where = "postgresql:" + parse_url(str(target), schema)[1]
            else:
                sink = NdjsonSink(Path(target))
                where = str(Path(target))
            sim = Simulator(sink, users=users, days=days, seed=seed, end=end, on_day=tick)
            try:
                sim.run()
            except BaseException:
                sink.abort()
                raise
            counts = dict(sink.counts)  # type: ignore[attr-defined]
            gold = dict(sink.gold_counts)  # type: ignore[attr-defined]
            sink.close(_manifest(args, counts, gold))
    result = {t: counts.get(t, 0) for t in TABLES}
    result["gold_labels"] = sum(gold.values())
    if bad_rows:
        from transforms.simulator.bad_rows import plant_bad_rows

        planted = plant_bad_rows(Path(target), seed=seed)
        result.update({f"bad_rows.{k}": v for k, v in planted.items()})
    _log(show, f"wrote {sum(counts.values()):,} rows to {where} in {time.perf_counter() - t0:.1f}s")
    return result


def _manifest(args: dict[str, Any], counts: dict[str, int], gold: dict[str, int]) -> dict[str, Any]:
    return {
        "generator_version": GENERATOR_VERSION,
        "args": args,
        "counts": {t: counts.get(t, 0) for t in TABLES},
        "gold_labels": {"total": sum(gold.values()), "by_type": dict(sorted(gold.items()))},
    }


def _shard_main(root: str, args: dict[str, Any], shard: int, ticks: Any) -> dict[str, Any]:
    """One generator process: simulate every ``shards``-th user into its own directory."""
    sink = NdjsonSink(Path(root), atomic=False)
    sim = Simulator(
        sink,
        users=args["users"],
        days=args["days"],
        seed=args["seed"],
        end=dt.date.fromisoformat(args["end_date"]),
        on_day=lambda _d: ticks.put(1),
        shard=(shard, args["shards"]),
    )
    sim.run()
    sink.close(None)
    return {
        "counts": dict(sink.counts),
        "gold": dict(sink.gold_counts),
        "partitions": {t: sorted(d) for t, d in sink.partitions.items()},
    }


def _generate_sharded(
    target: Path, args: dict[str, Any], tick: Callable[[int], None] | None
) -> tuple[dict[str, int], dict[str, int]]:
    """Run the shards in parallel processes, then merge their files in shard order."""
    import multiprocessing as mp
    import queue
    import shutil
    import uuid
    from concurrent.futures import ProcessPoolExecutor, wait

    from transforms.simulator.sinks import merge_shards

    token = uuid.uuid4().hex[:8]
    dirs = [target.with_name(f".{target.name}.{token}.shard{k}") for k in range(args["shards"])]
    ctx = mp.get_context("spawn")  # no fork of a process that may run a progress thread
    try:
        with ctx.Manager() as manager, ProcessPoolExecutor(args["shards"], mp_context=ctx) as pool:
            ticks = manager.Queue()
            futures = [pool.submit(_shard_main, str(d), args, k, ticks) for k, d in enumerate(dirs)]
            pending = set(futures)
            while pending:
                _, pending = wait(pending, timeout=0.5)
                while True:
                    try:
                        ticks.get_nowait()
                    except queue.Empty:
                        break
                    if tick:
                        tick(0)
            outs = [f.result() for f in futures]  # re-raises a shard's exception
        counts: dict[str, int] = {}
        gold: dict[str, int] = {}
        partitions: dict[str, set[str]] = {}
        for o in outs:
            for k, v in o["counts"].items():
                counts[k] = counts.get(k, 0) + v
            for k, v in o["gold"].items():
                gold[k] = gold.get(k, 0) + v
            for t, days in o["partitions"].items():
                partitions.setdefault(t, set()).update(days)
        manifest = _manifest(args, counts, gold)
        manifest["partitions"] = {t: sorted(d) for t, d in partitions.items()}
        merge_shards(dirs, target, manifest)
        return counts, gold
    finally:
        for d in dirs:
            shutil.rmtree(d, ignore_errors=True)


class _progress:
    """A rich progress bar over days on stderr, or a no-op."""

    def __init__(self, show: bool, total: int, label: str) -> None:
        self.show, self.total, self.label = show, total, label
        self._bar: Any = None

    def __enter__(self) -> Callable[[int], None] | None:
        if not self.show:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self._bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._bar.start()
        task = self._bar.add_task(self.label, total=self.total)
        return lambda _day: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def _log(show: bool, msg: str) -> None:
    if show:
        sys.stderr.write(msg + "\n")


# --- labelled corpus for the privacy team ---------------------------------------------------------
class _ListSink:
    """Collects messages in memory (for :func:`generate_labelled_messages`)."""

    def __init__(self) -> None:
        self.messages: list[dict[str, str]] = []
        self.spans: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self.gold_counts: dict[str, int] = {}
        self._texts: dict[str, str] = {}

    def write(self, table: str, row: dict[str, Any]) -> None:
        if table == "messages":
            self.messages.append({"id": row["message_id"], "text": row["text"]})

    def gold(self, table: str, row_id: str, column: str, spans: list[Any]) -> None:
        if table == "messages":
            self.spans.extend(
                {"id": row_id, "start": s, "end": e, "type": t, "value": v} for s, e, t, v in spans
            )

    def low_quality(self, record: dict[str, Any]) -> None:
        pass

    def end_day(self, day: dt.date) -> None:
        pass

    def close(self, manifest: dict[str, Any]) -> None:
        pass

    def abort(self) -> None:
        pass


def generate_labelled_messages(n: int, seed: int) -> tuple[list[dict], list[dict]]:
    """``n`` chat messages with gold spans, for PII/secret detection eval and benchmarks.

    Same simulator and text as the platform data, with planting rates scaled up (5x,
    capped) so a few hundred messages cover every entity type, while about two thirds of the
    messages still carry no PII (to measure the flag rate on clean text). Returns
    ``(messages [{"id","text"}], spans [{"id","start","end","type","value"}])``; deterministic
    in ``(n, seed)``.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    sink = _ListSink()
    users = max(4, math.ceil(n / (_rate(3) * 3)))
    rates = Rates().scaled(5.0)
    sim = Simulator(sink, users=users, days=3, seed=seed, end=DEFAULT_END_DATE, rates=rates)
    sim.run()
    extra = 0
    while len(sink.messages) < n:  # top up deterministically if the draw came out short
        extra += 1
        more = _ListSink()
        Simulator(
            more, users=users, days=3, seed=seed * 1000 + extra, end=DEFAULT_END_DATE, rates=rates
        ).run()
        offset = f"x{extra}_"
        sink.messages.extend({"id": offset + m["id"], "text": m["text"]} for m in more.messages)
        sink.spans.extend({**s, "id": offset + s["id"]} for s in more.spans)
    messages = sink.messages[:n]
    keep = {m["id"] for m in messages}
    spans = [s for s in sink.spans if s["id"] in keep]
    return messages, spans
