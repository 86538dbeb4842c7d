"""Enforce the source contract on incoming rows: what loads, what is quarantined, and why.

A row loads only if every non-null value it carries fits the contract of
:mod:`transforms.contracts.platform`. Otherwise it goes to quarantine with one reason, checked in
this order (so each bad row is counted exactly once):

``malformed_json``   the line is not valid JSON, or not a JSON object
``unknown_columns``  it carries a non-null value in a column the contract does not know
                     (schema drift; see below)
``missing_required`` a required column is absent or null
``wrong_type``       a value does not fit its column type (string, int32 in range, float,
                     bool, ISO-8601 timestamp)
``unreadable_file``  the file's compression stream is corrupt from this line on (rows before
                     it load; one record marks the break)

Schema drift contract: new columns are *reported* (per table: column, rows with a value, rows
with null) and rows carrying a value in them are *quarantined whole* (raw line kept), never
loaded with the value dropped. Why: the raw lake's columns are the contract the redactor
relies on, and an unknown column may hold unredacted free text; failing closed keeps it out of
the clean lake while nothing is lost (replay the quarantine after the contract is extended).
A drifted column that is null in every row carries no information and does not block the row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from transforms.contracts.platform import TS, Table

REASONS = ("malformed_json", "unknown_columns", "missing_required", "wrong_type", "unreadable_file")

QUARANTINE_SCHEMA = pa.schema(
    [
        pa.field("table", pa.string()),
        pa.field("source", pa.string()),  # file path relative to the source root, or pg table
        pa.field("line_number", pa.int64()),  # 1-based line in the decompressed file (files only)
        pa.field("row_id", pa.string()),  # primary key when it could be read
        pa.field("reason", pa.string()),  # one of REASONS
        pa.field("detail", pa.string()),
        pa.field("raw", pa.string()),  # the line / row as received
    ]
)


@dataclass
class Quarantined:
    source: str
    line_number: int | None
    row_id: str | None
    reason: str
    detail: str
    raw: str


@dataclass
class DriftReport:
    """Unknown columns seen in one table: rows with a value vs rows with null."""

    with_value: Counter[str] = field(default_factory=Counter)
    null_only: Counter[str] = field(default_factory=Counter)
    missing: set[str] = field(default_factory=set)  # contract columns absent at the source

    def to_dict(self) -> dict[str, Any]:
        cols = sorted(set(self.with_value) | set(self.null_only))
        out: dict[str, Any] = {
            c: {"rows_with_value": self.with_value[c], "rows_null": self.null_only[c]} for c in cols
        }
        if self.missing:
            out["_missing_columns"] = sorted(self.missing)
        return out

    def __bool__(self) -> bool:
        return bool(self.with_value or self.null_only or self.missing)

    def merge(self, other: DriftReport) -> None:
        self.with_value.update(other.with_value)
        self.null_only.update(other.null_only)
        self.missing |= other.missing


def quarantine_table(table: str, records: list[Quarantined]) -> pa.Table:
    return pa.table(
        {
            "table": [table] * len(records),
            "source": [r.source for r in records],
            "line_number": [r.line_number for r in records],
            "row_id": [r.row_id for r in records],
            "reason": [r.reason for r in records],
            "detail": [r.detail for r in records],
            "raw": [r.raw for r in records],
        },
        schema=QUARANTINE_SCHEMA,
    )


# --- per-value checks (slow path) -----------------------------------------------------------------
def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_int32(v: Any) -> bool:
    return type(v) is int and -(2**31) <= v < 2**31


def _is_float(v: Any) -> bool:
    return type(v) in (int, float)


def _is_bool(v: Any) -> bool:
    return type(v) is bool


def _is_timestamp(v: Any) -> bool:
    if not isinstance(v, str) or len(v) < 10:
        return False
    try:
        dt.datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def _checker(t: pa.DataType) -> Callable[[Any], bool]:
    if pa.types.is_string(t):
        return _is_str
    if pa.types.is_int32(t):
        return _is_int32
    if pa.types.is_float64(t):
        return _is_float
    if pa.types.is_boolean(t):
        return _is_bool
    if t == TS:
        return _is_timestamp
    raise TypeError(f"no checker for {t}")


class RowValidator:
    """Validate one decoded JSON line at a time (used only where the columnar path failed)."""

    def __init__(self, t: Table) -> None:
        self.t = t
        self.known = set(t.columns)
        self.required = t.required
        self.checks = [(f.name, _checker(f.type)) for f in t.schema]

    def check(self, line: str, drift: DriftReport) -> tuple[str, str, str | None] | None:
        """``None`` when the line loads, else ``(reason, detail, row_id)``."""
        try:
            obj = json.loads(line)
        except ValueError as exc:
            return "malformed_json", str(exc)[:200], None
        if not isinstance(obj, dict):
            return "malformed_json", f"expected a JSON object, got {type(obj).__name__}", None
        pk = obj.get(self.t.primary_key)
        row_id = pk if isinstance(pk, str) else None
        extra = [k for k in obj if k not in self.known]
        if extra:
            valued = [k for k in extra if obj[k] is not None]
            for k in extra:
                (drift.with_value if obj[k] is not None else drift.null_only)[k] += 1
            if valued:
                return "unknown_columns", ",".join(sorted(valued)), row_id
        missing = [c for c in self.required if obj.get(c) is None]
        if missing:
            return "missing_required", ",".join(missing), row_id
        wrong = [name for name, ok in self.checks if (v := obj.get(name)) is not None and not ok(v)]
        if wrong:
            return "wrong_type", ",".join(wrong), row_id
        return None


# --- columnar checks (fast path) ---------------------------------------------------------------
def bad_row_mask(
    table: pa.Table, t: Table, drift: DriftReport
) -> tuple[pa.Array | None, dict[int, tuple[str, str]]]:
    """Rows a parsed block cannot load (required nulls, valued unknown columns), columnar.

    Returns ``(mask or None when every row is fine, {row index: (reason, detail)})``. Types
    were already enforced by the typed parse; drift counts are added to ``drift``.
    """
    extra = [c for c in table.column_names if c not in t.columns]
    masks = []
    reasons: dict[int, tuple[str, str]] = {}
    if extra:
        valued_cols = []
        for c in extra:
            nonnull = table.num_rows - table[c].null_count
            drift.with_value[c] += nonnull
            drift.null_only[c] += table[c].null_count
            if nonnull:
                valued_cols.append(c)
        for c in valued_cols:
            m = pc.is_valid(table[c])
            masks.append(m)
            for i in pc.indices_nonzero(m).to_pylist():
                reasons.setdefault(i, ("unknown_columns", c))
        # several valued drift columns on one row: list them all, like the slow path
        if len(valued_cols) > 1:
            for i in list(reasons):
                cols = [c for c in valued_cols if table[c][i].is_valid]
                reasons[i] = ("unknown_columns", ",".join(sorted(cols)))
    for c in t.required:
        col = table[c]
        if col.null_count:
            m = pc.is_null(col)
            masks.append(m)
            for i in pc.indices_nonzero(m).to_pylist():
                if i not in reasons:
                    reasons[i] = ("missing_required", c)
                elif reasons[i][0] == "missing_required":
                    reasons[i] = ("missing_required", reasons[i][1] + "," + c)
    if not masks:
        return None, {}
    mask = masks[0]
    for m in masks[1:]:
        mask = pc.or_(mask, m)
    return mask, reasons


def row_day(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """Partition day (``YYYY-MM-DD``) of UTC timestamps."""
    return pc.strftime(values, format="%Y-%m-%d")


def group_counts(records: list[Quarantined]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for r in records:
        out[r.reason] += 1
    return dict(out)
