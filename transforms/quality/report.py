"""Readable quality reports: which expectation failed, on how many rows, with masked examples.

Examples come from the clean lake or the warehouse, so they are already redacted; anything a
PII/secret pattern still matches is masked (``[MASKED:email]``) before it is written, and long
values are cut to a window around the first problem.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from transforms.io import write_json_atomic, write_text_atomic

EXAMPLE_CHARS = 160


@dataclass
class ExpectationOutcome:
    """One expectation over one batch (counts summed over chunks)."""

    type: str
    column: str | None
    kwargs: dict[str, Any]
    why: str
    passed: bool
    element_count: int = 0
    unexpected_count: int = 0
    missing_count: int = 0
    examples: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None

    @property
    def unexpected_percent(self) -> float:
        return 100.0 * self.unexpected_count / self.element_count if self.element_count else 0.0


@dataclass
class SuiteOutcome:
    """One suite over its batch."""

    name: str
    description: str
    source: str
    passed: bool
    rows: int = 0
    chunks: int = 0
    skipped: str | None = None
    row_count: dict[str, Any] | None = None
    expectations: list[ExpectationOutcome] = field(default_factory=list)


@dataclass
class GateReport:
    """A whole gate run."""

    run_id: str
    partition: str | None
    checked_at: str
    passed: bool
    suites: list[SuiteOutcome] = field(default_factory=list)
    error: str | None = None

    @property
    def failed_expectations(self) -> list[tuple[str, ExpectationOutcome]]:
        return [(s.name, e) for s in self.suites for e in s.expectations if not e.passed]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failed_expectations"] = len(self.failed_expectations)
        return d


class Masker:
    """Replace PII/secret pattern matches with ``[MASKED:<name>]`` and shorten long values."""

    def __init__(self, patterns: dict[str, str]):
        self._patterns = [(name, re.compile(rx)) for name, rx in patterns.items()]

    def __call__(self, value: Any, limit: int = EXAMPLE_CHARS) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "null"
        text = value if isinstance(value, str) else repr(value)
        first = None
        for name, rx in self._patterns:
            text, n = rx.subn(f"[MASKED:{name}]", text)
            if n and first is None:
                first = text.find(f"[MASKED:{name}]")
        text = text.replace("\n", "\\n")
        if len(text) <= limit:
            return text
        # show the window around the first masked match, else the start
        start = max(0, (first or 0) - limit // 3)
        return ("..." if start else "") + text[start : start + limit] + "..."


def _kwargs_summary(kwargs: dict[str, Any]) -> str:
    shown = {k: v for k, v in kwargs.items() if k not in ("column", "result_format")}
    if isinstance(shown.get("regex_list"), list):
        shown["regex_list"] = f"<{len(shown['regex_list'])} PII/secret patterns>"
    return ", ".join(f"{k}={v}" for k, v in shown.items())


def render_markdown(report: GateReport) -> str:
    """The report as Markdown: verdict, one line per suite, then every failure in detail."""
    verdict = "PASSED" if report.passed else "FAILED"
    lines = [
        f"# Quality gate {verdict}",
        "",
        f"- run: `{report.run_id}`  checked at {report.checked_at}",
        f"- partition: {report.partition or 'all'}",
        f"- failed expectations: {len(report.failed_expectations)}",
    ]
    if report.error:
        lines += ["", f"**Gate error:** {report.error}"]
    lines += ["", "| suite | source | rows | result |", "|---|---|---:|---|"]
    for s in report.suites:
        state = f"skipped ({s.skipped})" if s.skipped else ("pass" if s.passed else "**FAIL**")
        lines.append(f"| {s.name} | {s.source} | {s.rows} | {state} |")
    for s in report.suites:
        rc = s.row_count
        problems = [e for e in s.expectations if not e.passed]
        if not problems and (rc is None or rc["passed"]):
            continue
        lines += ["", f"## {s.name}", "", s.description]
        if rc is not None and not rc["passed"]:
            lines += [
                "",
                f"- **row count** {rc['rows']} outside [{rc['min']}, "
                f"{rc['max'] if rc['max'] is not None else 'inf'}] "
                f"(previous passing run: {rc['previous']})",
            ]
        for e in problems:
            col = f" on `{e.column}`" if e.column else ""
            lines += [
                "",
                f"### `{e.type}`{col}",
                "",
                f"- why: {e.why}" if e.why else "- why: (not documented)",
                f"- rule: {_kwargs_summary(e.kwargs) or '-'}",
                f"- unexpected rows: {e.unexpected_count} of {e.element_count} "
                f"({e.unexpected_percent:.2f}%)",
            ]
            if e.error:
                lines.append(f"- error: {e.error}")
            if e.examples:
                lines += ["- examples (masked):", ""]
                lines += [f"  - `{x['id']}`: `{x['value']}`" for x in e.examples]
    return "\n".join(lines) + "\n"


def write_report(report: GateReport, reports_dir: Path) -> tuple[Path, Path]:
    """Write ``<reports_dir>/quality/<time>_<run_id>.md`` and ``.json``; returns both paths."""
    out = Path(reports_dir) / "quality"
    stem = f"{report.checked_at[:19].replace(':', '').replace('-', '')}_{report.run_id}"
    md, js = out / f"{stem}.md", out / f"{stem}.json"
    write_json_atomic(report.to_dict(), js)
    write_text_atomic(render_markdown(report), md)
    return md, js
