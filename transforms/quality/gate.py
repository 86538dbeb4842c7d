"""The quality gate: validate the declared suites with Great Expectations and record a verdict.

Kept as one module: chunked validation, the sums across chunks and the verdict bound to the
warehouse hash form one decision; the reports and suite loading already live apart.

Batches come from DuckDB (views over the clean Parquet lake, the warehouse attached read-only)
and are validated as pandas dataframes in an ephemeral GE context (GE's own SQL route to DuckDB
does not work with this stack). Large batches are fetched in chunks of ``chunk_rows`` and the
per-expectation counts summed, so memory stays flat.

Every run writes a Markdown + JSON report under ``settings.reports_dir/quality/`` and the verdict
to ``settings.state_dir/quality/latest.json`` (``{"passed", "run_id", "report", ...}``) — the
export stage refuses to run when it says ``passed: false``. Row counts of a passing run are kept
in ``state/quality/row_counts.json`` for the next run's "vs previous" bounds.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.io import (
    duckdb_connect,
    partition_files,
    read_json,
    register_filesystems,
    sql_str,
    table_files,
    write_json_atomic,
)
from transforms.quality.report import (
    ExpectationOutcome,
    GateReport,
    Masker,
    SuiteOutcome,
    write_report,
)
from transforms.quality.suites import Suite, SuiteError, load_patterns, load_suites
from transforms.warehouse import lake_view_sql, latest_path, read_verdict

DEFAULT_CHUNK_ROWS = 200_000
# A chunk also ends at this many Arrow bytes: GE on a pandas chunk peaks at ~10x its Arrow size
# (regex expectations over long texts), so the chunk size, not the table, sets its memory.
DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024
# rows per DuckDB record batch: small, so a chunk can end close to ``chunk_bytes`` even for
# tables of whole conversations (2,048 preference pairs are ~12 MB of Arrow data)
_READ_ROWS = 256
MAX_EXAMPLES = 5


class QualityGateFailed(RuntimeError):
    """The data broke at least one expectation; ``report_path`` says which and where."""

    def __init__(self, message: str, report_path: Path, report: GateReport):
        super().__init__(message)
        self.report_path = report_path
        self.report = report


def _row_counts_path(settings: Settings) -> Path:
    return settings.state_dir / "quality" / "row_counts.json"


def _quiet_great_expectations() -> None:
    # its import and context creation log at INFO (one child logger even sets INFO itself)
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if name.startswith("great_expectations") and isinstance(logger, logging.Logger):
            logger.setLevel(logging.WARNING)
    logging.getLogger("great_expectations").setLevel(logging.WARNING)


def _clean_files(settings: Settings, table: str, partition: str | None) -> list[Path]:
    if partition:
        return partition_files(settings.clean_dir, table, partition)
    return table_files(settings.clean_dir, table)


def _connect(
    settings: Settings, suites: list[Suite], partition: str | None
) -> tuple[Any, dict[str, str]]:
    """In-memory DuckDB with ``lake.<table>`` views and the warehouse as ``wh``, under
    ``quality_memory_limit``: the gate only streams scans, and DuckDB keeps the warehouse
    blocks it read cached up to its limit.

    Returns the connection and, per suite that cannot run, why it is skipped.
    """

    con = duckdb_connect(config=settings.duckdb_config(settings.quality_memory_limit))
    con.execute("set TimeZone = 'UTC'")
    con.execute("create schema lake")
    skipped: dict[str, str] = {}
    lake_tables = sorted({t for s in suites if s.source == "clean_lake" for t in s.tables})
    missing_tables = set()
    register_filesystems(con, settings.clean_dir)
    for table in lake_tables:
        files = _clean_files(settings, table, partition)
        if not files:
            missing_tables.add(table)
            continue
        con.execute(lake_view_sql(f"lake.{table}", files))
    for s in suites:
        gone = [t for t in s.tables if t in missing_tables]
        if s.source == "clean_lake" and gone:
            where = f"partition {partition}" if partition else "the clean lake"
            skipped[s.name] = f"no {', '.join(gone)} files in {where}"
    if any(s.source == "warehouse" for s in suites):
        wh = settings.warehouse_path
        if not wh.exists():
            raise FileNotFoundError(
                f"no warehouse at {wh}: run the warehouse stage first (iw run warehouse)"
            )
        con.execute(f"attach {sql_str(str(wh))} as wh (read_only)")
    return con, skipped


def _chunks(
    con: Any, sql: str, chunk_rows: int, chunk_bytes: int = DEFAULT_CHUNK_BYTES
) -> Iterator[Any]:
    """The query's rows as pandas dataframes of at most about ``chunk_rows`` rows or
    ``chunk_bytes`` Arrow bytes, whichever comes first (the last smaller)."""
    import pyarrow as pa

    pending, size, nbytes = [], 0, 0
    # DuckDB hands out small batches: coalesce them, since every GE validation has a fixed cost
    for batch in con.sql(sql).to_arrow_reader(min(chunk_rows, _READ_ROWS)):
        if not batch.num_rows:
            continue
        if pending and (size + batch.num_rows > chunk_rows or nbytes + batch.nbytes > chunk_bytes):
            yield pa.Table.from_batches(pending).to_pandas()
            pending, size, nbytes = [], 0, 0
        pending.append(batch)
        size += batch.num_rows
        nbytes += batch.nbytes
    if pending:
        yield pa.Table.from_batches(pending).to_pandas()


def _release_memory() -> None:
    """Hand a validated chunk's memory back to the OS: pandas' string objects and GE's
    intermediate frames otherwise leave the C heap fragmented, and the resident set creeps up
    with the number of chunks (i.e. with the data) instead of staying at one chunk's worth."""
    import contextlib
    import ctypes
    import gc

    import pyarrow as pa

    gc.collect()
    pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _denominator(etype: str, element_count: int, missing_count: int) -> int:
    if etype in ("expect_column_values_to_not_be_null", "expect_column_values_to_be_null"):
        return element_count
    return element_count - missing_count


def _merge(outcome: ExpectationOutcome, result: Any, id_column: str, mask: Masker) -> None:
    """Add one chunk's GE result into the running outcome."""
    r = result.result or {}
    outcome.element_count += int(r.get("element_count") or 0)
    outcome.unexpected_count += int(r.get("unexpected_count") or 0)
    outcome.missing_count += int(r.get("missing_count") or 0)
    outcome.passed = outcome.passed and bool(result.success)
    info = result.exception_info or {}
    if info.get("raised_exception"):
        outcome.error = str(info.get("exception_message"))
    room = MAX_EXAMPLES - len(outcome.examples)
    if room > 0 and not result.success:
        indexed = r.get("partial_unexpected_index_list") or []
        if indexed:
            for row in indexed[:room]:
                value = {k: v for k, v in row.items() if k != id_column}
                # the checked column may be the id column itself (e.g. user_key)
                shown = next(iter(value.values())) if len(value) == 1 else value or row[id_column]
                outcome.examples.append({"id": str(row.get(id_column)), "value": mask(shown)})
        else:
            for v in (r.get("partial_unexpected_list") or [])[:room]:
                outcome.examples.append({"id": "?", "value": mask(v)})


LEAK_CHECKS = (
    "expect_column_values_to_not_match_regex_list",
    "expect_column_values_to_not_match_regex",
)


def _leak_checks(suite: Suite) -> dict[str, list[re.Pattern[str]]]:
    """Column -> the leak patterns a suite forbids in it."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for e in suite.expectations:
        if e["type"] not in LEAK_CHECKS:
            continue
        kw = e["kwargs"]
        regexes = kw.get("regex_list") or ([kw["regex"]] if kw.get("regex") else [])
        out.setdefault(kw["column"], []).extend(re.compile(rx) for rx in regexes)
    return out


def _mask_placeholders(df: Any, leak_checks: dict[str, list[re.Pattern[str]]]) -> Any:
    """Replace placeholder matches of the leak patterns (redaction's own placeholders and the
    documentation placeholders redaction keeps) so the gate judges only real leaks; the one
    vocabulary is :mod:`transforms.contracts.placeholders`."""
    from transforms.contracts.placeholders import mask_benign

    copied = False
    for column, patterns in leak_checks.items():
        if column not in df.columns:
            continue
        combined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
        values = df[column]
        hits = [i for i, v in enumerate(values) if isinstance(v, str) and combined.search(v)]
        if hits and not copied:
            df, copied = df.copy(), True
        col = df.columns.get_loc(column)
        for i in hits:
            df.iat[i, col] = mask_benign(values.iat[i], patterns)
    return df


def _validate_suite(
    context: Any, datasource: Any, suite: Suite, con: Any, chunk_rows: int, mask: Masker
) -> SuiteOutcome:
    """Run one suite over its batch, chunk by chunk."""
    ge_suite = context.suites.add(suite.ge_suite())
    batch_definition = datasource.add_dataframe_asset(
        suite.name
    ).add_batch_definition_whole_dataframe("batch")
    outcomes = [
        ExpectationOutcome(
            type=e["type"],
            column=e["kwargs"].get("column"),
            kwargs=e["kwargs"],
            why=e["meta"].get("why", ""),
            passed=True,
        )
        for e in suite.expectations
    ]
    mostly = [e["kwargs"].get("mostly") for e in suite.expectations]
    result_format = {
        "result_format": "SUMMARY",
        "partial_unexpected_count": MAX_EXAMPLES,
        "unexpected_index_column_names": [suite.id_column],
    }
    out = SuiteOutcome(
        name=suite.name, description=suite.description, source=suite.source, passed=True
    )
    leak_checks = _leak_checks(suite)
    for df in _chunks(con, suite.sql, chunk_rows):
        if suite.id_column not in df.columns:
            raise SuiteError(
                f"{suite.path or suite.name}: id_column {suite.id_column!r} is not "
                f"a column of the batch ({list(df.columns)})"
            )
        if out.chunks:  # a further chunk: hand the previous one's memory back first (a
            _release_memory()  # full gc costs ~1 s with GE loaded; one-chunk suites skip it)
        out.rows += len(df)
        out.chunks += 1
        df = _mask_placeholders(df, leak_checks)
        validation = batch_definition.get_batch(batch_parameters={"dataframe": df}).validate(
            ge_suite, result_format=result_format
        )
        for outcome, result in zip(outcomes, _ordered(validation.results, ge_suite), strict=True):
            _merge(outcome, result, suite.id_column, mask)
        del df, validation
    if out.chunks > 1:
        _release_memory()  # the last chunk's too, before the next suite reads its table
        # a chunk may fail a `mostly` threshold the whole batch meets: decide on the sums
        for outcome, m in zip(outcomes, mostly, strict=True):
            if m is not None and outcome.error is None:
                denom = _denominator(outcome.type, outcome.element_count, outcome.missing_count)
                outcome.passed = denom == 0 or outcome.unexpected_count / denom <= 1 - m
    out.expectations = outcomes
    out.passed = all(o.passed for o in outcomes)
    return out


def _ordered(results: list[Any], ge_suite: Any) -> list[Any]:
    """Validation results in the suite's expectation order (matched on expectation id)."""
    by_id = {r.expectation_config.id: r for r in results}
    ordered = []
    for exp in ge_suite.expectations:
        if exp.id not in by_id:
            raise RuntimeError(
                f"great_expectations returned no result for {exp.configuration.type}"
                f" {exp.configuration.kwargs}"
            )
        ordered.append(by_id[exp.id])
    return ordered


def _row_count_key(name: str, source: str, partition: str | None) -> str:
    # warehouse marts are compared run to run; lake batches only with the same partition
    return name if source == "warehouse" else f"{name}@{partition or 'all'}"


def validate(
    settings: Settings,
    partition: str | None = None,
    *,
    suites: list[str] | None = None,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    run_id: str | None = None,
    allow_shrink: bool = False,
) -> GateReport:
    """Validate the suites (all, or the named ones) and return the report (writes nothing).

    ``allow_shrink``: row counts may fall below the "vs previous run" floor (data deleted on
    purpose, e.g. by an erasure); every other bound and expectation still applies.
    """
    import great_expectations as gx

    _quiet_great_expectations()
    if partition is not None:
        dt.date.fromisoformat(partition)  # a clear error for a malformed partition
    loaded = load_suites(settings.expectations_dir, suites)
    mask = Masker(load_patterns(settings.expectations_dir))
    report = GateReport(
        run_id=run_id or uuid.uuid4().hex[:12],
        partition=partition,
        checked_at=dt.datetime.now(dt.UTC).isoformat(),
        passed=True,
    )
    previous = read_json(_row_counts_path(settings), default={}) or {}
    con, skipped = _connect(settings, loaded, partition)
    try:
        context = gx.get_context(mode="ephemeral")
        _disable_progress_bars(context)
        datasource = context.data_sources.add_pandas("iw_quality")
        for suite in loaded:
            if suite.name in skipped:
                report.suites.append(
                    SuiteOutcome(
                        name=suite.name,
                        description=suite.description,
                        source=suite.source,
                        passed=True,
                        skipped=skipped[suite.name],
                    )
                )
                continue
            outcome = _validate_suite(context, datasource, suite, con, chunk_rows, mask)
            if suite.row_count is not None:
                prev = previous.get(_row_count_key(suite.name, suite.source, partition))
                low, high = suite.row_count.bounds(prev, allow_shrink=allow_shrink)
                ok = outcome.rows >= low and (high is None or outcome.rows <= high)
                outcome.row_count = {
                    "rows": outcome.rows,
                    "previous": prev,
                    "min": low,
                    "max": high,
                    "passed": ok,
                    **({"shrink_allowed": True} if allow_shrink else {}),
                }
                outcome.passed = outcome.passed and ok
            report.suites.append(outcome)
    finally:
        con.close()
    report.passed = all(s.passed for s in report.suites)
    return report


def _disable_progress_bars(context: Any) -> None:
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)


def run_gate(
    settings: Settings,
    partition: str | None = None,
    *,
    suites: list[str] | None = None,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    run_id: str | None = None,
    allow_shrink: bool = False,
) -> tuple[GateReport, Path]:
    """Validate, write the report and the verdict; raise :class:`QualityGateFailed` on failure.

    Returns ``(report, markdown_path)`` when every suite passed. An error while validating
    (e.g. no warehouse yet) is recorded as a failed verdict too, then re-raised.
    """
    run_id = run_id or uuid.uuid4().hex[:12]
    judged = warehouse_identity(settings)  # the verdict is bound to the warehouse it judged
    try:
        report = validate(
            settings,
            partition,
            suites=suites,
            chunk_rows=chunk_rows,
            run_id=run_id,
            allow_shrink=allow_shrink,
        )
    except Exception as exc:
        report = GateReport(
            run_id=run_id,
            partition=partition,
            checked_at=dt.datetime.now(dt.UTC).isoformat(),
            passed=False,
            error=f"{type(exc).__name__}: {exc}",
        )
        md, js = write_report(report, settings.reports_dir)
        _record_verdict(settings, report, md, js, judged)
        raise
    if judged is not None and warehouse_identity(settings) != judged:
        report.passed = False
        report.error = "the warehouse was rebuilt while the gate ran; rerun the quality stage"
    md, js = write_report(report, settings.reports_dir)
    _record_verdict(settings, report, md, js, judged)
    if report.passed:
        counts = read_json(_row_counts_path(settings), default={}) or {}
        for s in report.suites:
            if s.skipped is None:
                counts[_row_count_key(s.name, s.source, partition)] = s.rows
        write_json_atomic(counts, _row_counts_path(settings))
        return report, md
    failed = report.failed_expectations
    names = sorted({f"{suite}: {e.type}({e.column or ''})" for suite, e in failed})
    rc_failed = [s.name for s in report.suites if s.row_count and not s.row_count["passed"]]
    summary = "; ".join(names[:8] + [f"{n}: row count" for n in rc_failed])
    raise QualityGateFailed(
        f"quality gate failed ({len(failed)} expectations, "
        f"{len(rc_failed)} row counts): {summary}. Report: {md}",
        md,
        report,
    )


def warehouse_identity(settings: Settings) -> str | None:
    """sha256 of the warehouse file (``None`` when there is none): what a verdict is bound to
    and what export compares before trusting it."""
    from transforms.io import sha256_file

    wh = settings.warehouse_path
    return sha256_file(wh) if wh.exists() else None


def _record_verdict(
    settings: Settings, report: GateReport, md: Path, js: Path, warehouse_sha256: str | None
) -> None:
    write_json_atomic(
        {
            "passed": report.passed,
            "warehouse_sha256": warehouse_sha256,
            "run_id": report.run_id,
            "partition": report.partition,
            "checked_at": report.checked_at,
            "report": str(md),
            "report_json": str(js),
            "failed_expectations": len(report.failed_expectations),
            "error": report.error,
            "suites": {s.name: ("skipped" if s.skipped else s.passed) for s in report.suites},
        },
        latest_path(settings),
    )


def require_passed_gate(settings: Settings) -> dict[str, Any]:
    """Raise unless the latest gate run passed (for stages that must not run on bad data)."""
    verdict = read_verdict(settings)
    if verdict is None:
        raise QualityGateMissing(
            f"no quality gate verdict at {latest_path(settings)}: "
            "run the quality stage first (iw run quality)"
        )
    if not verdict.get("passed"):
        raise QualityGateFailedBefore(
            f"the latest quality gate ({verdict.get('run_id')}) failed; see {verdict.get('report')}"
        )
    return verdict


class QualityGateMissing(RuntimeError):
    """The quality gate has not run yet."""


class QualityGateFailedBefore(RuntimeError):
    """The latest recorded gate verdict is a failure."""
