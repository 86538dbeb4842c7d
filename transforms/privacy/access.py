"""Access separation: the analyst's DuckDB session sees the clean lake and the warehouse only.

The raw (PII-bearing) lake lives under ``settings.raw_dir``; the analyst helper
:func:`connect_analyst` builds on :func:`transforms.warehouse.connect_readonly` (warehouse
attached read-only, ``lake.<table>`` views over the clean lake) and then locks the session:

- ``allowed_directories = [clean lake]``, ``allowed_paths = [warehouse file]`` and
  ``enable_external_access = false``: every other file (the raw lake, quarantine, keys,
  ``/etc/passwd``), ``ATTACH`` of other databases, extension install/load and remote URLs are
  refused by DuckDB itself (``PermissionException``).
- ``lock_configuration = true``: the session cannot switch those settings back.
- DuckDB's allow-list grants *write* access too (``COPY ... TO`` an allowed path), so the
  returned :class:`AnalystConnection` accepts only read statements (``SELECT``/``WITH``/
  ``DESCRIBE``/``SHOW``/``EXPLAIN``), checked with DuckDB's own parser.

This is defence in depth inside one process; the hard boundary is the OS: run analyst tools
as a user without read permission on ``raw_dir``, ``quarantine_dir`` and ``keys_dir``.
The pseudonym master key is never needed by, or given to, this session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from transforms.config import Settings
from transforms.paths import is_within, location_key

if TYPE_CHECKING:
    import duckdb

READ_STATEMENTS = ("SELECT", "EXPLAIN")


class AccessDenied(PermissionError):
    """A statement the analyst session does not allow (anything but a read)."""


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def check_read_only(sql: str) -> None:
    """Raise :class:`AccessDenied` unless every statement in ``sql`` is a read."""
    import duckdb

    statements = duckdb.extract_statements(sql)
    if not statements:
        raise AccessDenied("empty statement")
    for st in statements:
        kind = str(st.type).rsplit(".", 1)[-1]
        if kind not in READ_STATEMENTS:
            raise AccessDenied(
                f"analyst sessions are read-only: {kind} statements are refused "
                f"({st.query.strip()[:60]!r})"
            )


class AnalystConnection:
    """A locked, read-only DuckDB session (``execute``/``sql`` accept reads only)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def execute(self, sql: str, parameters: Any = None) -> duckdb.DuckDBPyConnection:
        """Run a read statement (optionally with parameters); returns the DuckDB cursor."""
        check_read_only(sql)
        return (
            self._con.execute(sql, parameters) if parameters is not None else self._con.execute(sql)
        )

    def sql(self, sql: str) -> duckdb.DuckDBPyRelation:
        """A relation for a read query (``.pl()``, ``.df()``, ``.to_arrow_table()``)."""
        check_read_only(sql)
        return self._con.sql(sql)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> AnalystConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect_analyst(settings: Settings | None = None) -> AnalystConnection:
    """The analyst session: warehouse (read-only) + clean lake views, nothing else reachable."""
    from transforms.warehouse import connect_readonly

    settings = settings or Settings.from_env()
    clean = location_key(settings.clean_dir)
    for private in (settings.raw_dir, settings.quarantine_dir, settings.keys_dir):
        p = location_key(private)
        if is_within(clean, p) or is_within(p, clean):
            raise ValueError(f"clean lake {clean} overlaps private data {p}; refusing to expose it")
    con = connect_readonly(settings)
    try:
        con.execute(f"set allowed_directories = [{_sql_str(clean + '/')}]")
        con.execute(f"set allowed_paths = [{_sql_str(str(settings.warehouse_path.resolve()))}]")
        con.execute("set enable_external_access = false")
        con.execute("set autoinstall_known_extensions = false")
        con.execute("set autoload_known_extensions = false")
        con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return AnalystConnection(con)
