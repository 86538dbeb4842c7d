"""Erasure domain logic: who a subject is, removing their rows, and proving they are gone.

Kept as one module: capture, lake rewrite and the proof scan share :class:`Subject` and must
agree on what identifies a subject; apart they could drift.

The stage that drives an erasure (tombstone, rewrite the lake, VACUUM, rebuild the warehouse,
gate, replace exports, verify, crypto-shred) is :mod:`transforms.pipelines.erasure`; the
tombstones every stage checks are :mod:`transforms.privacy.tombstones`. Here:

- :func:`capture` builds a :class:`Subject` per user while it can still be computed: their
  ``user_key`` (needs their salt), the primary keys of their rows (raw and clean lake), their
  direct identifiers (email, name, phone from ``users``), the planted PII values of their rows
  (the source's gold sidecar, when present) and the keyed value pseudonyms of those values.
  Values that also occur in *other* users' raw rows are "shared" (a common first name) and are
  reported but not required to vanish.
- :func:`erase_lake` rewrites every affected partition atomically: audit rows (by row id,
  first, because row ids are found through raw/clean), clean lake (by ``user_key``),
  quarantine (by row id or the user id inside the raw line), raw lake (by ``user_id``).
- :func:`scan_files` / :func:`active_tree_files`: the verification scan of every file we hold
  (Parquet row groups, DuckDB tables, gzip decoded) for the subjects' values; findings carry a
  :func:`needle_tag`, never the value. :func:`report_markdown` renders the report.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import (
    PartitionWriter,
    iter_files,
    lake_path,
    list_partitions,
    parquet_file,
    read_parquet,
    read_partition,
    table_files,
)
from transforms.privacy.tombstones import subject_id

MIN_NEEDLE_CHARS = 4  # shorter planted values (initials, "Li") match everywhere by chance


class ErasureVerificationError(RuntimeError):
    """After erasure, some identifying value was still found; nothing was shredded."""

    def __init__(self, message: str, report_path: Path, findings: list[dict[str, Any]]):
        super().__init__(message)
        self.report_path = report_path
        self.findings = findings


# --- scanning ------------------------------------------------------------------------------------
def _column_text(col: pa.ChunkedArray) -> str:
    t = col.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "\n".join(v for v in col.to_pylist() if v)
    if pa.types.is_dictionary(t):
        return _column_text(col.cast(t.value_type))
    if pa.types.is_nested(t):
        return json.dumps(col.to_pylist(), default=str, ensure_ascii=False)
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return "\n".join(v.decode("utf-8", "ignore") for v in col.to_pylist() if v)
    return ""


def table_text(table: pa.Table) -> str:
    """Every string (and nested) value of an Arrow table as one searchable text."""
    return "\n".join(_column_text(table.column(i)) for i in range(table.num_columns))


def iter_file_texts(path: Path) -> Iterator[tuple[str, str]]:
    """``(location, text)`` chunks of a file, decoded by kind: Parquet row groups, DuckDB tables,
    gzip, else the bytes as text (so compression never hides a value from a scan)."""
    path = lake_path(path) if isinstance(path, str) else path
    name = path.name
    if name.endswith(".parquet"):
        try:
            pf = parquet_file(path)
        except Exception:  # not a readable Parquet file: scan its bytes instead
            yield str(path), path.read_bytes().decode("utf-8", "ignore")
            return
        for rg in range(pf.metadata.num_row_groups):
            yield f"{path}#rg{rg}", table_text(pf.read_row_group(rg))
        return
    if name.endswith(".duckdb") and not name.endswith(".wal"):
        yield from _duckdb_texts(path)
        return
    data = path.read_bytes()
    if name.endswith(".gz"):
        with contextlib.suppress(OSError, EOFError):  # a corrupt .gz is scanned as bytes
            data = gzip.decompress(data)
    yield str(path), data.decode("utf-8", "ignore")


def _duckdb_texts(path: Path) -> Iterator[tuple[str, str]]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' order by 1, 2"
        ).fetchall()
        for schema, name in tables:
            tbl = con.sql(f'select * from "{schema}"."{name}"').to_arrow_table()
            yield f"{path}::{schema}.{name}", table_text(tbl)
    finally:
        con.close()


def needle_tag(value: str) -> str:
    """A short, non-reversible tag for a searched value (reports never carry the value)."""
    return hashlib.sha256(value.encode()).hexdigest()[:10]


def scan_files(files: Iterable[Path], needles: dict[str, str]) -> list[dict[str, Any]]:
    """Find any ``needles`` (value -> kind) in ``files``; one finding per (location, value).

    Findings carry the location, the kind and :func:`needle_tag` of the value, never the value.
    """
    usable = {v: k for v, k in needles.items() if v}
    if not usable:
        return []
    pattern = re.compile("|".join(re.escape(v) for v in sorted(usable, key=len, reverse=True)))
    findings = []
    for f in files:
        for location, text in iter_file_texts(f):
            for value in sorted({m.group(0) for m in pattern.finditer(text)}):
                findings.append(
                    {"location": location, "kind": usable[value], "tag": needle_tag(value)}
                )
    return findings


def active_tree_files(settings: Settings) -> list[Path]:
    """Every file an erasure must leave clean: the lake (raw, clean, audit, quarantine,
    staging), the warehouse file, every export version (revoked ones keep only their manifest
    and card), pipeline state and reports. Not the platform's source, not keys."""
    files = list(iter_files(settings.lake_dir))
    if settings.warehouse_path.exists():
        files.append(settings.warehouse_path)
    for root in (settings.exports_dir, settings.state_dir, settings.reports_dir):
        files.extend(iter_files(root))
    return files


# --- partition rewriting -------------------------------------------------------------------------
def rewrite_partitions(root: Path, table: str, drop_mask: Any) -> tuple[int, int]:
    """Rewrite each partition of ``root/table`` without the rows ``drop_mask(tbl)`` flags.

    Untouched partitions are left as they are; a partition left empty keeps an empty file with
    its schema (readers still see the columns). Returns (partitions rewritten, rows removed).
    """
    touched = removed = 0
    for day in list_partitions(root, table):
        tbl = read_partition(root, table, day)
        if tbl is None:
            continue
        mask = drop_mask(tbl)
        if mask is None:
            continue
        n = pc.sum(pc.cast(mask, pa.int64())).as_py() or 0
        if not n:
            continue
        kept = tbl.filter(pc.invert(mask))
        with PartitionWriter(root, table, day, empty_schema=tbl.schema) as w:
            w.write(kept.combine_chunks())
        touched += 1
        removed += n
    return touched, removed


def in_values(col: pa.ChunkedArray, values: Iterable[str]) -> pa.ChunkedArray:
    """Boolean mask: ``col`` value is one of ``values`` (nulls are False)."""
    return pc.fill_null(pc.is_in(col, pa.array(sorted(set(values)), pa.string())), False)


def _read_all(root: Path, table: str, columns: list[str] | None = None) -> pa.Table | None:
    files = table_files(root, table)
    if not files:
        return None
    return pa.concat_tables(
        [read_parquet(f, columns=columns) for f in files], promote_options="default"
    )


# --- subjects ------------------------------------------------------------------------------------
@dataclass
class Subject:
    """One user being erased and everything that identifies them (kept in memory only)."""

    user_id: str
    subject_id: str
    user_key: str | None = None
    row_ids: dict[str, set[str]] = field(default_factory=dict)
    identifiers: set[str] = field(default_factory=set)
    planted: set[str] = field(default_factory=set)
    value_pseudonyms: set[str] = field(default_factory=set)

    def needles(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for kind, values in (
            ("planted_value", self.planted),
            ("identifier", self.identifiers),
            ("value_pseudonym", self.value_pseudonyms),
        ):
            out.update({v: kind for v in values if v and len(v) >= MIN_NEEDLE_CHARS})
        out[self.user_id] = "user_id"
        if self.user_key:
            out[self.user_key] = "user_key"
        return out


def zone_tables(area: str) -> list[str]:
    """The lake tables of a zone an erasure may rewrite (quarantine also lists the oversized
    texts redaction set aside, ``<table>.oversized``)."""
    names = list(TABLES)
    return names + [f"{n}.oversized" for n in names] if area == "quarantine" else names


def quarantine_id_pattern(user_ids: list[str]) -> re.Pattern[str]:
    """A quoted source user id inside a quarantined raw line (how erasure attributes it)."""
    return re.compile("|".join(re.escape(f'"{u}"') for u in sorted(user_ids)))


def quarantined_users(settings: Settings, user_ids: list[str]) -> set[str]:
    """Which of ``user_ids`` have quarantined source lines (by row id or a quoted id)."""
    if not user_ids:
        return set()
    wanted, pattern, found = set(user_ids), quarantine_id_pattern(user_ids), set()
    for name in TABLES:
        tbl = _read_all(settings.quarantine_dir, name, ["row_id", "raw"])
        if tbl is None:
            continue
        for row_id, raw in zip(
            tbl.column("row_id").to_pylist(), tbl.column("raw").to_pylist(), strict=True
        ):
            if row_id in wanted:
                found.add(row_id)
            found.update(m.group()[1:-1] for m in pattern.finditer(raw or ""))
    return found


def requested_users(settings: Settings) -> list[str]:
    """Source user ids named by ``deletion_requests`` in the raw lake (any status)."""
    tbl = _read_all(settings.raw_dir, "deletion_requests", ["user_id"])
    if tbl is None:
        return []
    return sorted({u for u in tbl.column("user_id").to_pylist() if u})


def capture(
    settings: Settings, user_ids: list[str], gold_rows: list[dict[str, Any]]
) -> tuple[list[Subject], dict[str, int]]:
    """Build the subjects from the raw/clean lake, their salts and the source's planted-value
    ``gold_rows`` (empty when the source has none); also return how many candidate values are
    shared with other users."""
    from transforms.privacy.pseudonyms import PSEUDONYMIZED_TYPES, KeyStore, pseudonymize_value

    keys = KeyStore.from_settings(settings)
    keys.load()
    subjects = {u: Subject(u, subject_id(settings, u)) for u in user_ids}
    for s in subjects.values():
        if keys.has(s.user_id):
            s.user_key = keys.user_key(s.user_id)
    by_key = {s.user_key: s for s in subjects.values() if s.user_key}
    erased = sorted(subjects)
    others_text: list[str] = []
    for name, t in TABLES.items():
        raw = _read_all(settings.raw_dir, name)
        if raw is not None:
            mine = in_values(raw.column(t.user_column), erased)
            for uid, pk in zip(
                raw.filter(mine).column(t.user_column).to_pylist(),
                raw.filter(mine).column(t.primary_key).cast(pa.string()).to_pylist(),
                strict=True,
            ):
                subjects[uid].row_ids.setdefault(name, set()).add(pk)
            if name == "users":
                for row in raw.filter(mine).select(["user_id", *t.identifier_columns]).to_pylist():
                    subjects[row["user_id"]].identifiers.update(
                        v for k, v in row.items() if k != "user_id" and v
                    )
            others_text.append(table_text(raw.filter(pc.invert(mine))))
        if t.primary_key == t.user_column:  # ``users``: the row id is the user id itself
            for s in subjects.values():
                s.row_ids.setdefault(name, set()).add(s.user_id)
            continue
        clean = _read_all(settings.clean_dir, name, [t.primary_key, "user_key"])
        if clean is not None and by_key:
            mine = in_values(clean.column("user_key"), by_key)
            sub = clean.filter(mine)
            for key, pk in zip(
                sub.column("user_key").to_pylist(),
                sub.column(t.primary_key).cast(pa.string()).to_pylist(),
                strict=True,
            ):
                by_key[key].row_ids.setdefault(name, set()).add(pk)
    owner = {
        (table, pk): s for s in subjects.values() for table, pks in s.row_ids.items() for pk in pks
    }
    for g in gold_rows:
        s = owner.get((g["table"], str(g["row_id"])))
        if s is None or not g.get("value"):
            continue
        s.planted.add(g["value"])
        if g["type"] in PSEUDONYMIZED_TYPES and keys.has(s.user_id):
            s.value_pseudonyms.add(
                pseudonymize_value(g["type"], g["value"], keys.key_material(s.user_id))
            )
    # a value other users' rows also contain (a common first name) legitimately stays
    others = "\n".join(others_text)
    shared = {"planted_value": 0, "identifier": 0}
    for s in subjects.values():
        for attr in ("planted", "identifiers"):
            values: set[str] = getattr(s, attr)
            common = {v for v in values if v in others}
            shared["planted_value" if attr == "planted" else "identifier"] += len(common)
            values -= common
    return list(subjects.values()), shared


# --- rewriting the lake --------------------------------------------------------------------------
def erase_lake(settings: Settings, subjects: list[Subject]) -> dict[str, dict[str, int]]:
    """Audit, clean, quarantine, raw - in that order (row ids are found through raw/clean).
    Each rewrite is a Delta overwrite commit; the files it replaced stay on disk (and readable
    by time travel) until :func:`transforms.pipelines.erasure.vacuum_erased` runs."""
    user_ids = [s.user_id for s in subjects]
    user_keys = [s.user_key for s in subjects if s.user_key]
    row_ids: dict[str, set[str]] = {}
    for s in subjects:
        for table, pks in s.row_ids.items():
            row_ids.setdefault(table, set()).update(pks)
    id_pattern = quarantine_id_pattern(user_ids)
    touched: dict[str, dict[str, int]] = {}

    def note(area: str, parts: int, rows: int) -> None:
        a = touched.setdefault(area, {"partitions": 0, "rows": 0})
        a["partitions"] += parts
        a["rows"] += rows

    for name, t in TABLES.items():
        ids = row_ids.get(name, set())
        if ids:
            note(
                "audit",
                *rewrite_partitions(
                    settings.audit_dir,
                    name,
                    lambda tbl, ids=ids, name=name: pc.and_(
                        in_values(tbl.column("row_id"), ids), pc.equal(tbl.column("table"), name)
                    ),
                ),
            )
        if user_keys:
            note(
                "clean",
                *rewrite_partitions(
                    settings.clean_dir,
                    name,
                    lambda tbl: in_values(tbl.column("user_key"), user_keys),
                ),
            )

        def quarantined(tbl: pa.Table, ids: set[str] = ids) -> pa.ChunkedArray:
            raw_hit = [bool(r and id_pattern.search(r)) for r in tbl.column("raw").to_pylist()]
            return pc.or_(
                in_values(tbl.column("row_id"), ids), pa.chunked_array([raw_hit], pa.bool_())
            )

        note("quarantine", *rewrite_partitions(settings.quarantine_dir, name, quarantined))
        if ids:  # oversized texts redaction listed (by the clean row's pseudonymous id)
            note(
                "quarantine",
                *rewrite_partitions(
                    settings.quarantine_dir,
                    f"{name}.oversized",
                    lambda tbl, ids=ids: in_values(tbl.column("row_id"), ids),
                ),
            )
        note(
            "raw",
            *rewrite_partitions(
                settings.raw_dir,
                name,
                lambda tbl, t=t: in_values(tbl.column(t.user_column), user_ids),
            ),
        )
    return touched


# --- report --------------------------------------------------------------------------------------
def report_markdown(report: dict[str, Any]) -> str:
    """The human-readable erasure report (subjects only as tombstone-id prefixes)."""
    lines = [
        f"# Erasure {report['erasure_id']}",
        "",
        f"- status: **{report['status']}**",
        f"- started: {report['started_at']}; duration: {report['duration_s']} s",
        f"- subjects erased (tombstone ids): {', '.join(s[:12] for s in report['subjects'])}",
        f"- salts shredded: {report.get('salts_shredded', 0)}",
        "",
        "## Touched",
        "",
        "| area | partitions | rows removed |",
        "|---|---:|---:|",
    ]
    for area, c in sorted(report["lake"].items()):
        lines.append(f"| {area} | {c['partitions']} | {c['rows']} |")
    phys = report.get("lake_physical_removal") or {}
    lines += [
        "",
        f"- lake VACUUM (retention {phys.get('retention_hours')} h): "
        f"{phys.get('files_vacuumed', 0)} superseded file(s) physically deleted in "
        f"{len(phys.get('tables', {}))} table(s); none left: {phys.get('passed')}",
    ]
    wh = report["warehouse"]
    lines += ["", f"- warehouse rebuilt (full refresh): {wh.get('rebuilt')}"]
    ex = report["exports"]
    for dataset, versions in sorted(ex["revoked"].items()):
        lines.append(
            f"- {dataset}: revoked {', '.join(versions)} -> new {ex['new_versions'].get(dataset)}"
        )
    v = report["verification"]
    lines += [
        "",
        "## Verification",
        "",
        f"Scanned {v['files_scanned']} files of the active tree for {v['needles']} values "
        f"({', '.join(f'{k}: {n}' for k, n in sorted(v['needles_by_kind'].items()))}); "
        f"values shared with other users (not required to vanish): {v['shared']}.",
        "",
        f"Findings: **{len(v['findings'])}**",
    ]
    for f in v["findings"][:50]:
        lines.append(f"- {f['kind']} [{f['tag']}] in `{f['location']}`")
    lines += ["", "Not touched: the platform's source export files (its system, not ours)."]
    return "\n".join(lines) + "\n"
