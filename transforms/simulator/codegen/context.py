"""What the generated code is about and how its templates are filled.

:class:`AppContext` (the app, stack and file a session works on) gives the plain template
slots; :func:`fill` substitutes them into ``string.Template`` sources; :class:`ErrorCase` is a
failure with the change that fixes it, shared by the build and runtime error generators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from transforms.simulator.labelled_text import LabelledText
from transforms.simulator.texts import AppIdea


@dataclass
class AppContext:
    """What the code in one session is about."""

    idea: AppIdea
    stack: str
    app_slug: str
    component: str = "App"
    path: str = "src/App.tsx"
    package: str | None = None
    supabase_ref: str = "abcdefghijklmnopqrst"

    @property
    def entity(self) -> str:
        return self.idea.entity

    @property
    def table(self) -> str:
        return self.idea.table

    def slots(self) -> dict[str, str]:
        """Plain (never labelled) template slots."""
        return {
            **_idea_slots(self.idea),
            "component": self.component,
            "path": self.path,
            "app_slug": self.app_slug,
            "package": self.package or "zod",
            "ref": self.supabase_ref,
        }


@lru_cache(maxsize=256)
def _idea_slots(idea: AppIdea) -> dict[str, str]:
    f = idea.fields
    return {
        "entity": idea.entity,
        "Entity": idea.entity,
        "table": idea.table,
        "Table": _pascal(idea.table),
        "entity_lc": _snake(idea.entity),
        "field0": f[0],
        "field1": f[1],
        "field2": f[2],
        "field3": f[3],
        "fields": ", ".join(f),
        "type0": ts_type(f[0]),
        "type1": ts_type(f[1]),
        "type2": ts_type(f[2]),
        "type3": ts_type(f[3]),
        "py0": py_type(f[0]),
        "py1": py_type(f[1]),
        "py2": py_type(f[2]),
        "py3": py_type(f[3]),
    }


def _pascal(name: str) -> str:
    return "".join(p.capitalize() for p in name.split("_"))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


_NUM = (
    "amount",
    "price",
    "count",
    "minutes",
    "stock",
    "sets",
    "reps",
    "weight",
    "clicks",
    "position",
    "points",
    "calories",
    "duration",
    "seats",
    "age",
    "budget",
    "rating",
    "level",
    "number",
    "index",
    "total",
    "salary",
    "cents",
    "every_days",
    "streak",
)
_BOOL = ("done", "is_", "confirmed", "adopted", "billable", "approved", "invited", "handled")


def ts_type(name: str) -> str:
    if any(name.startswith(b) or name == b for b in _BOOL):
        return "boolean"
    return "number" if any(k in name for k in _NUM) else "string"


def py_type(name: str) -> str:
    return {"boolean": "bool", "number": "float", "string": "str"}[ts_type(name)]


# ``string.Template`` syntax ($name, ${name}, $$), compiled once per source: substitute()
# re-scans the template with a regex callback on every call, a tenth of generation time.
_TOKEN = re.compile(r"\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\})")


@lru_cache(maxsize=1024)
def _compile(src: str) -> tuple[tuple[str, str | None], ...]:
    parts: list[tuple[str, str | None]] = []
    pos = 0
    literal = ""
    for m in _TOKEN.finditer(src):
        literal += src[pos : m.start()]
        pos = m.end()
        if m.group(1):  # "$$" is a literal dollar
            literal += "$"
            continue
        parts.append((literal, m.group(2) or m.group(3)))
        literal = ""
    parts.append((literal + src[pos:], None))
    return tuple(parts)


def fill(src: str, slots: dict[str, str]) -> str:
    """``string.Template(src).substitute(slots)``, precompiled (a missing slot raises KeyError)."""
    out = []
    for literal, name in _compile(src):
        out.append(literal)
        if name is not None:
            out.append(slots[name])
    return "".join(out)


@dataclass
class ErrorCase:
    """A failure the platform observed, with what fixes it."""

    source: str  # build | runtime
    kind: str
    log: LabelledText  # build: error_log; runtime: message (first line)
    cause: str  # assistant's explanation (ends without a period)
    fix_path: str
    fix_old: list[str]
    fix_new: list[str]
    error_type: str = "Error"
    stack_trace: LabelledText = field(default_factory=LabelledText)
    extra: dict[str, str] = field(default_factory=dict)
