"""The platform tables in PostgreSQL: the source URL and the DDL derived from the contract.

URLs are ordinary libpq URLs plus an optional ``schema`` query parameter that names the
PostgreSQL schema holding the platform tables (default ``platform``)::

    postgresql://root@127.0.0.1:5432/test?schema=platform_demo

Tables mirror :mod:`transforms.contracts.platform` (text / integer / double precision / boolean /
timestamptz) with the primary key and indexes on ``updated_at`` and the partition column. Only
primary keys are ``NOT NULL``: like many application databases the source does not enforce our
contract, extraction does (rows missing required values are quarantined, never loaded).

One definition for both sides: the simulator's sink (:mod:`transforms.simulator.postgres_sink`)
creates the tables with it, the change reader (:mod:`transforms.source.postgres`) reads them.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
import pyarrow as pa
from psycopg import sql

from transforms.contracts.platform import TABLES, TS

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
