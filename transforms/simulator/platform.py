"""The platform simulation: users sign up, open sessions day by day, build apps, leave.

:class:`Simulator` runs the platform for a window of days and writes every row to a sink
(:mod:`transforms.simulator.sinks`); one chat session is
:class:`transforms.simulator.session.SessionSim`, the catalogue and per-user state are
:mod:`transforms.simulator.world`. The driver that picks the sink, shards big runs over
processes and writes the manifest is :mod:`transforms.simulator.generator`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

import numpy as np

from transforms.contracts.platform import TABLES
from transforms.simulator import pii
from transforms.simulator import texts as T
from transforms.simulator.conversation import Persona, Rates
from transforms.simulator.labelled_text import LabelledText
from transforms.simulator.session import SessionSim
from transforms.simulator.sinks import Sink, iso_ms
from transforms.simulator.world import (
    BUILD_MEDIAN_MS,
    COUNTRIES,
    MODELS,
    PLAN_WEIGHTS,
    PLANS,
    STACK_WEIGHTS,
    STACKS,
    AppState,
    ModelSpec,
    UserState,
)

DAY_MS = 86_400_000


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
