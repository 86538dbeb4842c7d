"""Who and what the simulated platform is made of: models, stacks, plans, countries, state.

The fixed catalogue the simulation draws from (models with their speed, price and fix rates,
stacks with their build times, plans, countries with time zone and weight) and the mutable
per-user and per-app state that :class:`transforms.simulator.platform.Simulator` carries from
day to day and :mod:`transforms.simulator.session` updates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from transforms.simulator import texts as T
from transforms.simulator.conversation import Persona
from transforms.simulator.labelled_text import LabelledText


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
