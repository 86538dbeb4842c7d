"""The simulator's PostgreSQL sink: COPY generated rows into the platform schema.

The URL format and the table DDL are core (:mod:`transforms.contracts.postgres`), the change
reader belongs to the source (:mod:`transforms.source.postgres`); this module only writes, so
the source readers never depend on the simulator.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
from psycopg import sql

from transforms.contracts.platform import TABLES
from transforms.contracts.postgres import create_tables, parse_url
from transforms.simulator.labelled_text import Span

MUTABLE = ("users", "apps")  # re-emitted with a newer updated_at: upsert, keep the latest


class PostgresSink:
    """Generator sink: COPY rows into PostgreSQL in batches (upserting mutable entities)."""

    def __init__(self, url: str, schema: str | None = None, *, batch_rows: int = 20_000) -> None:
        self.url, self.schema = parse_url(url, schema)
        self.conn = psycopg.connect(self.url)
        create_tables(self.conn, self.schema, reset=True)
        with self.conn.cursor() as cur:
            for name in MUTABLE:
                cur.execute(
                    sql.SQL("CREATE UNLOGGED TABLE {}.{} (LIKE {}.{})").format(
                        sql.Identifier(self.schema),
                        sql.Identifier(f"_stage_{name}"),
                        sql.Identifier(self.schema),
                        sql.Identifier(name),
                    )
                )
        self.batch_rows = batch_rows
        self.buffers: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
        self.gold_buf: list[tuple[Any, ...]] = []
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.gold_counts: dict[str, int] = {}

    def write(self, table: str, row: dict[str, Any]) -> None:
        buf = self.buffers[table]
        buf.append(tuple(row.values()))
        self.counts[table] += 1
        if len(buf) >= self.batch_rows:
            self._flush(table)

    def low_quality(self, record: dict[str, Any]) -> None:
        """Low-quality gold is kept for file sources only (curation eval reads files)."""

    def gold(self, table: str, row_id: str, column: str, spans: list[Span]) -> None:
        for start, end, type_, value in spans:
            self.gold_buf.append((table, row_id, column, start, end, type_, value))
            self.gold_counts[type_] = self.gold_counts.get(type_, 0) + 1

    def _copy(self, target: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        stmt = sql.SQL("COPY {}.{} ({}) FROM STDIN").format(
            sql.Identifier(self.schema),
            sql.Identifier(target),
            sql.SQL(", ").join(map(sql.Identifier, columns)),
        )
        with self.conn.cursor() as cur, cur.copy(stmt) as copy:
            for r in rows:
                copy.write_row(r)

    def _flush(self, table: str) -> None:
        rows = self.buffers[table]
        if not rows:
            return
        t = TABLES[table]
        if table not in MUTABLE:
            self._copy(table, t.columns, rows)
        else:
            stage = f"_stage_{table}"
            self._copy(stage, t.columns, rows)
            s, tbl, pk = (
                sql.Identifier(self.schema),
                sql.Identifier(table),
                sql.Identifier(t.primary_key),
            )
            sets = sql.SQL(", ").join(
                sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c))
                for c in t.columns
                if c != t.primary_key
            )
            with self.conn.cursor() as cur:
                cur.execute(
                    sql.SQL(
                        "INSERT INTO {s}.{tbl} SELECT DISTINCT ON ({pk}) * FROM {s}.{stage} "
                        "ORDER BY {pk}, updated_at DESC ON CONFLICT ({pk}) DO UPDATE SET {sets} "
                        "WHERE {s}.{tbl}.updated_at <= EXCLUDED.updated_at"
                    ).format(s=s, tbl=tbl, pk=pk, stage=sql.Identifier(stage), sets=sets)
                )
                cur.execute(sql.SQL("TRUNCATE {}.{}").format(s, sql.Identifier(stage)))
        rows.clear()

    def end_day(self, day: Any) -> None:
        for table in TABLES:
            self._flush(table)
        if self.gold_buf:
            self._copy(
                "_gold_labels",
                ["table", "row_id", "column", "start", "end", "type", "value"],
                self.gold_buf,
            )
            self.gold_buf.clear()
        self.conn.commit()

    def close(self, manifest: dict[str, Any]) -> None:
        self.end_day(None)
        with self.conn.cursor() as cur:
            for name in MUTABLE:
                cur.execute(
                    sql.SQL("DROP TABLE {}.{}").format(
                        sql.Identifier(self.schema), sql.Identifier(f"_stage_{name}")
                    )
                )
            cur.execute(
                sql.SQL(
                    "INSERT INTO {}._manifest VALUES ('manifest', %s) ON CONFLICT "
                    "(key) DO UPDATE SET value = EXCLUDED.value"
                ).format(sql.Identifier(self.schema)),
                (json.dumps(manifest),),
            )
        self.conn.commit()
        self.conn.close()

    def abort(self) -> None:
        self.conn.rollback()
        self.conn.close()
