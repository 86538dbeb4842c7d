"""Plant known-bad rows into a generated source, returning exactly what was planted.

Quarantine tests compare these counts with what extraction reports. Each planted row has
exactly one problem, so it maps to exactly one quarantine reason (the names match
:data:`transforms.source.contract.REASONS`). Valid rows are planted alongside (including rows
whose only oddity is a drifted column that is null) so the mixed good/bad path is exercised.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

from transforms.contracts.platform import TS, table
from transforms.io import list_dir_partitions, partition_dir
from transforms.simulator.sinks import open_gzip_writer

BAD_FILE = "part-00001.jsonl.gz"


def _rows(path: Path, n: int) -> list[dict[str, Any]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def _wrong_value(rng: random.Random, t: Any, row: dict[str, Any]) -> tuple[str, Any]:
    """A column of the row and a value of the wrong type for it."""
    f = rng.choice([f for f in t.schema if f.name != t.primary_key])
    if f.type == TS:
        return f.name, rng.choice(("yesterday", "17/11/2026 10:00", 1763596800))
    if str(f.type) in ("int32", "double"):
        return f.name, rng.choice(("three", "12ms", True, [1]))
    if str(f.type) == "bool":
        return f.name, rng.choice(("yes", 1, "true"))
    return f.name, rng.choice((42, 3.5, {"nested": "object"}, ["list"]))


def plant_bad_rows(
    source_dir: Path,
    *,
    table_name: str = "messages",
    seed: int = 0,
    per_kind: int = 3,
    days: int = 2,
) -> dict[str, int]:
    """Write ``<table>/dt=D/part-00001.jsonl.gz`` into up to ``days`` partitions.

    Per partition: ``per_kind`` rows each of ``malformed_json``, ``wrong_type``,
    ``missing_required`` and ``unknown_columns``, plus ``per_kind`` valid copies of real rows
    (new keys) and ``per_kind`` valid rows carrying a null drifted column, and two blank lines.
    Returns totals: the four reasons, ``valid`` (rows that must load), ``drift_null`` (of which
    carry a null unknown column) and ``blank_lines``.
    """
    t = table(table_name)
    root = Path(source_dir)
    chosen = list_dir_partitions(root, t.name)
    if not chosen:
        raise FileNotFoundError(f"no {t.name} partitions under {root}; generate data first")
    chosen = sorted({chosen[0], chosen[-1]})[:days] if days > 1 else chosen[:1]
    rng = random.Random(f"bad/{seed}/{t.name}")
    counts = dict.fromkeys(
        (
            "malformed_json",
            "wrong_type",
            "missing_required",
            "unknown_columns",
            "valid",
            "drift_null",
            "blank_lines",
        ),
        0,
    )
    serial = 0
    for day in chosen:
        d = partition_dir(root, t.name, day)
        sample = _rows(d / "part-00000.jsonl.gz", 4 * per_kind + 2)
        lines: list[str] = []

        def copy(sample: list[dict[str, Any]] = sample) -> dict[str, Any]:
            nonlocal serial
            serial += 1
            row = dict(rng.choice(sample))
            row[t.primary_key] = f"{row[t.primary_key]}_planted{serial:04d}"
            return row

        for i in range(per_kind):
            lines.append(
                rng.choice(
                    (
                        f'{{"{t.primary_key}": "broken_{i}", "text": "unterminated',
                        "this is not json at all",
                        "[1, 2, 3]",
                        f'{{"{t.primary_key}": "trailing_{i}",}}',
                    )
                )
            )
            counts["malformed_json"] += 1
            row = copy()
            col, value = _wrong_value(rng, t, row)
            row[col] = value
            lines.append(json.dumps(row, ensure_ascii=False))
            counts["wrong_type"] += 1
            row = copy()
            col = rng.choice([c for c in t.required if c != t.primary_key])
            if rng.random() < 0.5:
                del row[col]
            else:
                row[col] = None
            lines.append(json.dumps(row, ensure_ascii=False))
            counts["missing_required"] += 1
            row = copy()
            row["sentiment"] = rng.choice(("positive", "negative", "neutral"))
            lines.append(json.dumps(row, ensure_ascii=False))
            counts["unknown_columns"] += 1
            lines.append(json.dumps(copy(), ensure_ascii=False))
            counts["valid"] += 1
            row = copy()
            row["experiment_id"] = None
            lines.append(json.dumps(row, ensure_ascii=False))
            counts["valid"] += 1
            counts["drift_null"] += 1
        lines.insert(len(lines) // 2, "")
        lines.insert(len(lines) // 3, "   ")
        counts["blank_lines"] += 2
        raw, gz = open_gzip_writer(d / BAD_FILE)
        with raw, gz:
            gz.write(("\n".join(lines) + "\n").encode())
    return counts


def plant_bad_rows_postgres(
    url: str, schema: str | None = None, *, table_name: str = "messages", per_kind: int = 3
) -> dict[str, int]:
    """Insert bad rows into a PostgreSQL source: required values NULL and a drifted column.

    Adds column ``sentiment text`` (schema drift) and inserts ``per_kind`` copies of existing
    rows with a ``sentiment`` value, ``per_kind`` copies with a required column NULL, and
    ``per_kind`` valid copies, all with ``updated_at`` just after the table's newest row so the
    next incremental run sees them. Returns counts like :func:`plant_bad_rows`.
    """
    from psycopg import sql

    from transforms.contracts.postgres import connect, parse_url

    _, schema = parse_url(url, schema)
    t = table(table_name)
    s, tbl = sql.Identifier(schema), sql.Identifier(t.name)
    cols = [c for c in t.columns if c not in (t.primary_key, "updated_at")]
    required = [c for c in t.required if c not in (t.primary_key, "updated_at")]
    with connect(url) as conn, conn.cursor() as cur:
        cur.execute(
            sql.SQL("ALTER TABLE {}.{} ADD COLUMN IF NOT EXISTS sentiment text").format(s, tbl)
        )
        cur.execute(
            sql.SQL("SELECT {pk} FROM {s}.{t} ORDER BY {pk} LIMIT %s").format(
                pk=sql.Identifier(t.primary_key), s=s, t=tbl
            ),
            (3 * per_kind,),
        )
        keys = [r[0] for r in cur.fetchall()]
        if len(keys) < 3 * per_kind:
            raise ValueError(f"{schema}.{t.name} has too few rows to copy")
        counts = {"missing_required": 0, "unknown_columns": 0, "valid": 0}
        for i, key in enumerate(keys):
            kind = ("unknown_columns", "missing_required", "valid")[i % 3]
            select_cols = [sql.Identifier(c) for c in cols]
            if kind == "missing_required":
                null_col = required[i % len(required)]
                select_cols = [
                    sql.SQL("NULL") if c == null_col else sql.Identifier(c) for c in cols
                ]
            sentiment = sql.Literal("positive" if kind == "unknown_columns" else None)
            cur.execute(
                sql.SQL(
                    "INSERT INTO {s}.{t} ({pk}, {cols}, updated_at, sentiment) "
                    "SELECT {pk} || {suffix}, {sel}, "
                    "(SELECT max(updated_at) FROM {s}.{t}) + interval '1 second', {sent} "
                    "FROM {s}.{t} WHERE {pk} = %s"
                ).format(
                    s=s,
                    t=tbl,
                    pk=sql.Identifier(t.primary_key),
                    cols=sql.SQL(", ").join(map(sql.Identifier, cols)),
                    suffix=sql.Literal(f"_planted{i:04d}"),
                    sel=sql.SQL(", ").join(select_cols),
                    sent=sentiment,
                ),
                (key,),
            )
            counts[kind] += 1
        conn.commit()
    return counts
