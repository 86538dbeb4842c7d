"""Expectation suites as declared in ``expectations/*.json`` (declarative, versioned with the code).

A suite file is a Great Expectations suite (``name``, ``expectations`` with ``type``/``kwargs``/
``meta``) plus what the gate needs to know about its batch, under ``meta``:

- ``meta.batch.source``: ``clean_lake`` (views ``lake.<table>`` over the clean Parquet lake, one
  partition or all) or ``warehouse`` (the DuckDB warehouse attached read-only as ``wh``);
- ``meta.batch.sql``: the DuckDB query producing the rows to validate (derive columns here,
  e.g. ``roles_alternate``, so every expectation is a row-level one);
- ``meta.batch.id_column``: the column that names a failing row in reports;
- ``meta.row_count`` (optional): ``min`` rows, and bounds relative to the row count of the last
  passing run, ``min_ratio_vs_previous`` / ``max_ratio_vs_previous``.

Expectations must be row-level ("map") expectations, because large batches are validated in
chunks and their counts summed; a kwarg value ``"@pii_regex_list"`` expands to every pattern of
``expectations/_shared.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SOURCES = ("clean_lake", "warehouse")
# row-level expectations whose counts can be summed over chunks of one batch
CHUNKABLE = frozenset(
    {
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_be_null",
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_not_be_in_set",
        "expect_column_values_to_be_between",
        "expect_column_value_lengths_to_be_between",
        "expect_column_values_to_match_regex",
        "expect_column_values_to_not_match_regex",
        "expect_column_values_to_match_regex_list",
        "expect_column_values_to_not_match_regex_list",
        "expect_column_pair_values_to_be_equal",
    }
)
SHARED_FILE = "_shared.json"


class SuiteError(ValueError):
    """A suite file is malformed (names the file and what is wrong)."""


@dataclass(frozen=True)
class RowCountRule:
    """Bounds on a batch's row count, absolute and relative to the last passing run."""

    min: int = 0
    min_ratio_vs_previous: float | None = None
    max_ratio_vs_previous: float | None = None

    def bounds(self, previous: int | None, *, allow_shrink: bool = False) -> tuple[int, int | None]:
        """(min, max) rows allowed given the previous passing run's count (None: no history).

        ``allow_shrink`` drops the floor relative to the previous run (the absolute ``min``
        stays): for a run after an intended deletion such as an erasure.
        """
        low, high = self.min, None
        if previous is not None and previous > 0:
            if self.min_ratio_vs_previous is not None and not allow_shrink:
                low = max(low, int(previous * self.min_ratio_vs_previous))
            if self.max_ratio_vs_previous is not None:
                high = int(previous * self.max_ratio_vs_previous + 0.999999)
        return low, high


@dataclass(frozen=True)
class Suite:
    """One declared suite: what to read, and the expectations to hold on it."""

    name: str
    description: str
    source: str
    sql: str
    id_column: str
    expectations: list[dict[str, Any]]
    row_count: RowCountRule | None = None
    path: Path | None = None
    tables: tuple[str, ...] = field(default=())

    def ge_suite(self) -> Any:
        """The Great Expectations ``ExpectationSuite`` (imported lazily)."""
        import great_expectations as gx
        from great_expectations.expectations.expectation_configuration import (
            ExpectationConfiguration,
        )

        expectations = []
        for i, e in enumerate(self.expectations):
            try:
                config = ExpectationConfiguration(
                    type=e["type"], kwargs=e["kwargs"], meta=e.get("meta", {})
                )
                expectations.append(config.to_domain_obj())
            except Exception as exc:  # pydantic/GE errors: say which suite and expectation
                raise SuiteError(
                    f"{self.path or self.name}: expectation #{i} {e['type']}: {exc}"
                ) from None
        return gx.ExpectationSuite(
            name=self.name, expectations=expectations, meta={"description": self.description}
        )


def load_patterns(expectations_dir: Path) -> dict[str, str]:
    """Named PII/secret patterns from ``_shared.json`` (compiled once to catch typos)."""
    path = Path(expectations_dir) / SHARED_FILE
    if not path.exists():
        raise SuiteError(f"{path}: missing (it holds pii_patterns)")
    patterns = json.loads(path.read_text()).get("pii_patterns") or {}
    for name, rx in patterns.items():
        try:
            re.compile(rx)
        except re.error as exc:
            raise SuiteError(f"{path}: pattern {name!r} does not compile: {exc}") from None
    if not patterns:
        raise SuiteError(f"{path}: no pii_patterns")
    return patterns


def _expand(value: Any, patterns: dict[str, str]) -> Any:
    if value == "@pii_regex_list":
        return list(patterns.values())
    if isinstance(value, str) and value.startswith("@"):
        raise SuiteError(f"unknown reference {value!r} (known: @pii_regex_list)")
    return value


def parse_suite(data: dict[str, Any], patterns: dict[str, str], path: Path | None = None) -> Suite:
    """Validate one suite document and resolve its ``@`` references."""
    where = str(path) if path else data.get("name", "<suite>")

    def fail(msg: str) -> SuiteError:
        return SuiteError(f"{where}: {msg}")

    name = data.get("name")
    if not name or not isinstance(name, str):
        raise fail("needs a string 'name'")
    meta = data.get("meta") or {}
    batch = meta.get("batch") or {}
    source, sql, id_column = batch.get("source"), batch.get("sql"), batch.get("id_column")
    if source not in SOURCES:
        raise fail(f"meta.batch.source must be one of {SOURCES}, got {source!r}")
    if not sql or not id_column:
        raise fail("meta.batch needs 'sql' and 'id_column'")
    prefix = "lake." if source == "clean_lake" else "wh."
    tables = tuple(sorted(set(re.findall(re.escape(prefix) + r"([a-z_]+)", sql))))
    if not tables:
        raise fail(f"meta.batch.sql must read from {prefix}<table>")
    expectations = []
    for i, exp in enumerate(data.get("expectations") or []):
        etype = exp.get("type")
        if etype not in CHUNKABLE:
            raise fail(
                f"expectation #{i} {etype!r} is not a row-level expectation the gate can "
                f"validate in chunks; use one of {sorted(CHUNKABLE)}"
            )
        kwargs = {k: _expand(v, patterns) for k, v in (exp.get("kwargs") or {}).items()}
        expectations.append({"type": etype, "kwargs": kwargs, "meta": exp.get("meta") or {}})
    if not expectations:
        raise fail("has no expectations")
    rc = meta.get("row_count")
    row_count = None
    if rc is not None:
        unknown = set(rc) - {"min", "min_ratio_vs_previous", "max_ratio_vs_previous"}
        if unknown:
            raise fail(f"meta.row_count has unknown keys {sorted(unknown)}")
        row_count = RowCountRule(**rc)
    return Suite(
        name=name,
        description=meta.get("description", ""),
        source=source,
        sql=sql,
        id_column=id_column,
        expectations=expectations,
        row_count=row_count,
        path=path,
        tables=tables,
    )


def load_suites(expectations_dir: Path, names: list[str] | None = None) -> list[Suite]:
    """Every suite in ``expectations_dir`` (``*.json`` except ``_shared.json``), sorted by name."""
    expectations_dir = Path(expectations_dir)
    patterns = load_patterns(expectations_dir)
    suites = []
    for path in sorted(expectations_dir.glob("*.json")):
        if path.name.startswith("_"):
            continue
        try:
            data = json.loads(path.read_text())
        except json.JSONDecodeError as exc:
            raise SuiteError(f"{path}: not valid JSON: {exc}") from None
        suites.append(parse_suite(data, patterns, path))
    seen: set[str] = set()
    for s in suites:
        if s.name in seen:
            raise SuiteError(f"two suites are named {s.name!r}")
        seen.add(s.name)
    if names is not None:
        missing = set(names) - seen
        if missing:
            raise SuiteError(f"unknown suites {sorted(missing)}; known: {sorted(seen)}")
        suites = [s for s in suites if s.name in names]
    return suites
