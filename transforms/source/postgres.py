"""The PostgreSQL source: schema DDL and a batched change reader.

URLs are ordinary libpq URLs plus an optional ``schema`` query parameter that names the
PostgreSQL schema holding the platform tables (default ``platform``)::

    postgresql://root@127.0.0.1:5432/test?schema=platform_demo

Tables mirror :mod:`transforms.contracts.platform` (text / integer / double precision / boolean /
timestamptz) with the primary key and indexes on ``updated_at`` and the partition column. Only
primary keys are ``NOT NULL``: like many application databases the source does not enforce our
contract, extraction does (rows missing required values are quarantined, never loaded).
Mutable entities (users, apps) hold their latest version; the generator upserts re-emitted
rows so ``updated_at`` moves forward, which is what incremental extraction keys on.

The simulator's COPY sink (:mod:`transforms.simulator.postgres_sink`) also writes its gold
labels to ``<schema>._gold_labels`` and its manifest to ``<schema>._manifest`` so a PostgreSQL
source is self-describing like a file source.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
import pyarrow as pa
import pyarrow.csv as pacsv
from psycopg import sql

from transforms.contracts.platform import TABLES, TS, Table

DEFAULT_SCHEMA = "platform"
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.split(":", 1)[0] in ("postgresql", "postgres")  # type: ignore[union-attr]


def parse_url(url: str, schema: str | None = None) -> tuple[str, str]:
    """``(libpq url without our schema param, schema)``; ``schema`` overrides the URL's."""
    if not is_postgres_url(url):
        raise ValueError(f"not a PostgreSQL URL: {url!r} (expected postgresql://...)")
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    url_schema = next((v for k, v in query if k == "schema"), None)
    rest = [(k, v) for k, v in query if k != "schema"]
    chosen = schema or url_schema or DEFAULT_SCHEMA
    if not _IDENT.match(chosen):
        raise ValueError(f"invalid PostgreSQL schema name {chosen!r}")
    return urlunsplit(parts._replace(query=urlencode(rest))), chosen


def source_key(url: str, schema: str | None = None) -> str:
    """A filesystem-safe name for a PostgreSQL source (host, port, db, schema; no password)."""
    conninfo, schema = parse_url(url, schema)
    p = urlsplit(conninfo)
    raw = f"pg_{p.hostname or 'local'}_{p.port or 5432}_{p.path.strip('/') or 'db'}_{schema}"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", raw)


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    conninfo, _ = parse_url(url)
    return psycopg.connect(conninfo, autocommit=autocommit)


def pg_type(t: pa.DataType) -> str:
    if pa.types.is_string(t):
        return "text"
    if pa.types.is_int32(t):
        return "integer"
    if pa.types.is_float64(t):
        return "double precision"
    if pa.types.is_boolean(t):
        return "boolean"
    if t == TS:
        return "timestamptz"
    raise TypeError(f"no PostgreSQL type for {t}")


def create_tables(conn: psycopg.Connection, schema: str, *, reset: bool = False) -> None:
    """Create the schema and every platform table (``reset`` drops the schema first)."""
    s = sql.Identifier(schema)
    with conn.cursor() as cur:
        if reset:
            cur.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(s))
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(s))
        for t in TABLES.values():
            cols = sql.SQL(", ").join(
                sql.SQL("{} {}{}").format(
                    sql.Identifier(f.name),
                    sql.SQL(pg_type(f.type)),
                    sql.SQL(" NOT NULL") if f.name == t.primary_key else sql.SQL(""),
                )
                for f in t.schema
            )
            cur.execute(
                sql.SQL("CREATE TABLE IF NOT EXISTS {}.{} ({}, PRIMARY KEY ({}))").format(
                    s, sql.Identifier(t.name), cols, sql.Identifier(t.primary_key)
                )
            )
            for col in dict.fromkeys(("updated_at", t.partition_column)):
                cur.execute(
                    sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {}.{} ({})").format(
                        sql.Identifier(f"{t.name}_{col}_idx"),
                        s,
                        sql.Identifier(t.name),
                        sql.Identifier(col),
                    )
                )
        cur.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {}._gold_labels "
                '("table" text, row_id text, "column" text, start integer, "end" integer, '
                "type text, value text)"
            ).format(s)
        )
        cur.execute(
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {}._manifest (key text PRIMARY KEY, value jsonb)"
            ).format(s)
        )


# --- reading ------------------------------------------------------------------------------------
def table_columns(conn: psycopg.Connection, schema: str, table: str) -> dict[str, str]:
    """Column name -> PostgreSQL data type, in table order (empty when the table is missing)."""
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position",
        (schema, table),
    ).fetchall()
    return {name: dtype for name, dtype in rows}


class _CopyReader(io.RawIOBase):
    """Expose psycopg's COPY TO STDOUT chunks as a readable binary stream for pyarrow."""

    def __init__(self, copy: psycopg.Copy) -> None:
        self._it = iter(copy)
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not len(self._buf):
            try:
                self._buf = memoryview(bytes(next(self._it)))
            except StopIteration:
                return 0
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def read_changed(
    conn: psycopg.Connection,
    schema: str,
    t: Table,
    *,
    lower: Any = None,
    upper: Any = None,
    extra_columns: tuple[str, ...] = (),
    missing_columns: tuple[str, ...] = (),
    block_size: int = 8 << 20,
) -> Iterator[pa.Table]:
    """Stream rows with ``lower <= updated_at < upper`` as Arrow tables.

    Contract columns come back typed exactly as ``t.schema`` (timestamps via epoch
    microseconds, so no text round trip); ``extra_columns`` (schema drift) come back as text
    in additional columns so the caller can decide per row; ``missing_columns`` are selected
    as NULL. One COPY ... TO STDOUT (CSV, every value quoted so NULL and '' stay distinct)
    parsed by pyarrow's streaming CSV reader in ``block_size`` chunks: flat memory.
    """
    select, types = [], {}
    for f in t.schema:
        col = sql.Identifier(f.name)
        if f.name in missing_columns:
            expr = sql.SQL("NULL::{}").format(sql.SQL(pg_type(f.type)))
        elif f.type == TS:
            expr = sql.SQL("(extract(epoch FROM {}) * 1000000)::bigint").format(col)
        else:
            expr = col
        select.append(sql.SQL("{} AS {}").format(expr, col))
        types[f.name] = pa.int64() if f.type == TS else f.type
    for name in extra_columns:
        select.append(
            sql.SQL("{}::text AS {}").format(sql.Identifier(name), sql.Identifier(f"_extra_{name}"))
        )
        types[f"_extra_{name}"] = pa.string()
    where = []
    if lower is not None:  # bounds are literals: COPY cannot take bind parameters
        where.append(sql.SQL("updated_at >= {}").format(sql.Literal(lower)))
    if upper is not None:
        where.append(sql.SQL("updated_at < {}").format(sql.Literal(upper)))
    query = sql.SQL("SELECT {} FROM {}.{}{} ORDER BY updated_at, {}").format(
        sql.SQL(", ").join(select),
        sql.Identifier(schema),
        sql.Identifier(t.name),
        sql.SQL(" WHERE ") + sql.SQL(" AND ").join(where) if where else sql.SQL(""),
        sql.Identifier(t.primary_key),
    )
    copy_stmt = sql.SQL("COPY ({}) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)").format(query)
    names = list(types)
    with conn.cursor() as cur, cur.copy(copy_stmt) as copy:
        stream = io.BufferedReader(_CopyReader(copy), 1 << 20)
        if not stream.peek(1):
            return  # nothing changed: pyarrow refuses an empty CSV stream
        reader = pacsv.open_csv(
            stream,
            read_options=pacsv.ReadOptions(column_names=names, block_size=block_size),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types=types,
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=False,
                true_values=["t"],
                false_values=["f"],
            ),
        )
        for batch in reader:
            table = pa.Table.from_batches([batch])
            for f in t.schema:
                if f.type == TS:
                    i = table.schema.get_field_index(f.name)
                    table = table.set_column(i, f.name, table[f.name].cast(TS))
            yield table
