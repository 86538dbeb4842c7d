"""The PostgreSQL source: a batched change reader over the platform tables.

The URL format and the table DDL are core (:mod:`transforms.contracts.postgres`), shared with
the simulator that writes such a source. Mutable entities (users, apps)
hold their latest version; the generator upserts re-emitted rows so ``updated_at`` moves
forward, which is what incremental extraction keys on.

The simulator's COPY sink (:mod:`transforms.simulator.postgres_sink`) also writes its gold
labels to ``<schema>._gold_labels`` and its manifest to ``<schema>._manifest`` so a PostgreSQL
source is self-describing like a file source.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pyarrow as pa
import pyarrow.csv as pacsv
from psycopg import sql

from transforms.contracts.platform import TS, Table
from transforms.contracts.postgres import parse_url, pg_type


def source_key(url: str, schema: str | None = None) -> str:
    """A filesystem-safe name for a PostgreSQL source (host, port, db, schema; no password)."""
    conninfo, schema = parse_url(url, schema)
    p = urlsplit(conninfo)
    raw = f"pg_{p.hostname or 'local'}_{p.port or 5432}_{p.path.strip('/') or 'db'}_{schema}"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", raw)


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
