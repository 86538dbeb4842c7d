"""Access separation: the analyst's DuckDB session sees the clean lake and the warehouse only.

The raw (PII-bearing) lake lives under ``settings.raw_dir``; the analyst helper
:func:`connect_analyst` builds on :func:`transforms.warehouse.connect_privileged` (warehouse
attached read-only, ``lake.<table>`` views over the clean lake) and then locks the session:

- ``allowed_directories = [clean lake]``, ``allowed_paths = [warehouse file]`` and
  ``enable_external_access = false``: every other file (the raw lake, quarantine, keys,
  ``/etc/passwd``), ``ATTACH`` of other databases, extension install/load and remote URLs are
  refused by DuckDB itself (``PermissionException``).
- ``lock_configuration = true``: the session cannot switch those settings back.
- DuckDB's allow-list grants *write* access too (``COPY ... TO`` an allowed path), so the
  returned :class:`AnalystConnection` accepts only read statements (``SELECT``/``WITH``/
  ``DESCRIBE``/``SHOW``/``EXPLAIN`` without ``ANALYZE``), checked with DuckDB's own parser
  and tokenizer, and returns materialised results: no cursor, no relation (whose
  ``write_csv``/``to_parquet`` would write files), no attribute holding the connection.

This is defence in depth inside one process; the hard boundary is the OS: run analyst tools
as a user without read permission on ``raw_dir``, ``quarantine_dir`` and ``keys_dir``.
The pseudonym master key is never needed by, or given to, this session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from transforms.config import Settings
from transforms.io import sql_str
from transforms.paths import is_within, location_key

if TYPE_CHECKING:
    import duckdb

READ_STATEMENTS = ("SELECT", "EXPLAIN")


class AccessDenied(PermissionError):
    """A statement the analyst session does not allow (anything but a read)."""


def _words(sql: str) -> list[tuple[int, str]]:
    """``(offset, upper-cased word)`` of ``sql``'s tokens, comments skipped (DuckDB's own
    tokenizer, so a comment cannot hide a keyword)."""
    import duckdb

    tokens = duckdb.tokenize(sql)
    out = []
    for i, (pos, kind) in enumerate(tokens):
        if "COMMENT" in str(kind).upper():
            continue
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else len(sql)
        out.append((pos, sql[pos:nxt].strip().upper()))
    return out


def check_read_only(sql: str) -> None:
    """Raise :class:`AccessDenied` unless every statement in ``sql`` is a read.

    Uses DuckDB's parser for the statement type; ``EXPLAIN ANALYZE`` (which executes its
    statement) is refused and a plain ``EXPLAIN`` must wrap a read."""
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise AccessDenied(f"not a valid statement: {exc}") from None
    if not statements:
        raise AccessDenied("empty statement")
    for st in statements:
        kind = str(st.type).rsplit(".", 1)[-1]
        if kind not in READ_STATEMENTS:
            raise AccessDenied(
                f"analyst sessions are read-only: {kind} statements are refused "
                f"({st.query.strip()[:60]!r})"
            )
        if kind == "EXPLAIN":
            words = _words(st.query)
            if len(words) < 2 or words[1][1] in ("ANALYZE", "ANALYSE"):
                raise AccessDenied("EXPLAIN ANALYZE runs its statement: refused")
            check_read_only(st.query[words[1][0] :])


def _empty() -> Any:
    import pyarrow as pa

    return pa.table({})


class QueryResult:
    """A materialised query result (Arrow table): no connection, relation or writer in it."""

    __slots__ = ("_table",)

    def __init__(self, table: Any) -> None:
        self._table = table

    def fetchall(self) -> list[tuple]:
        cols = [c.to_pylist() for c in self._table.columns]
        return list(zip(*cols, strict=True)) if cols else []

    def fetchone(self) -> tuple | None:
        rows = self.fetchall()
        return rows[0] if rows else None

    def to_arrow_table(self) -> Any:
        return self._table

    arrow = to_arrow_table

    def pl(self) -> Any:
        import polars as pl

        return pl.from_arrow(self._table)

    def df(self) -> Any:
        return self._table.to_pandas()

    fetchdf = df

    @property
    def columns(self) -> list[str]:
        return list(self._table.column_names)


class AnalystConnection:
    """A locked, query-only DuckDB session: ``execute``/``sql`` accept reads only and return
    materialised :class:`QueryResult` objects. The DuckDB connection lives only in the
    closures below (no attribute holds it), so nothing hands out the raw connection."""

    __slots__ = ("_run", "_close")

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        def run(sql: str, parameters: Any = None) -> QueryResult:
            check_read_only(sql)
            rel = con.sql(sql, params=parameters) if parameters is not None else con.sql(sql)
            return QueryResult(rel.to_arrow_table() if rel is not None else _empty())

        def close() -> None:
            con.close()

        self._run = run
        self._close = close

    def execute(self, sql: str, parameters: Any = None) -> QueryResult:
        """Run a read statement (optionally with parameters); returns its rows."""
        return self._run(sql, parameters)

    def sql(self, sql: str) -> QueryResult:
        """The rows of a read query (``.pl()``, ``.df()``, ``.to_arrow_table()``)."""
        return self._run(sql)

    def close(self) -> None:
        self._close()

    def __enter__(self) -> AnalystConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect_analyst(settings: Settings | None = None) -> AnalystConnection:
    """The analyst session: warehouse (read-only) + clean lake views, nothing else reachable."""
    from transforms.warehouse import connect_privileged

    settings = settings or Settings.from_env()
    clean = location_key(settings.clean_dir)
    for private in (settings.raw_dir, settings.quarantine_dir, settings.keys_dir):
        p = location_key(private)
        if is_within(clean, p) or is_within(p, clean):
            raise ValueError(f"clean lake {clean} overlaps private data {p}; refusing to expose it")
    con = connect_privileged(settings)
    try:
        con.execute(f"set allowed_directories = [{sql_str(clean + '/')}]")
        con.execute(f"set allowed_paths = [{sql_str(str(settings.warehouse_path.resolve()))}]")
        con.execute("set enable_external_access = false")
        con.execute("set autoinstall_known_extensions = false")
        con.execute("set autoload_known_extensions = false")
        con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return AnalystConnection(con)
