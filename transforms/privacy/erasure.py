"""Erasure ("right to be forgotten") that reaches every copy we hold, plus the proof that it did.

``forget(settings, users)`` erases the users named by ``deletion_requests`` in the raw lake plus
any source user ids passed explicitly (``iw forget --user u_000042``). For each new subject:

1. **Capture** what identifies them while it still can be computed: their ``user_key`` (needs
   their salt), the primary keys of their rows (raw and clean lake), their direct identifiers
   (email, name, phone from ``users``), every planted PII value of their rows from the gold
   sidecar ``<source>/_gold/labels.jsonl.gz`` (when present) and the keyed value pseudonyms of
   those values. Values that also occur in *other* users' raw rows are "shared" (a common first
   name) and are reported but not required to vanish.
2. **Tombstone** the subject: ``state/erasure/tombstones.json`` keyed by
   HMAC-SHA256(master key, user id) - never the id itself. Extraction and redaction call
   :func:`drop_erased_rows`, so re-extracting old source files cannot resurrect an erased user.
3. **Rewrite** every affected partition atomically (``PartitionWriter``): audit rows (by row id,
   first, because row ids are found through raw/clean), clean lake (by ``user_key``),
   quarantine (by row id or the user id inside the raw line), raw lake (by ``user_id``).
4. **Warehouse**: full-refresh rebuild (incremental models would otherwise keep old rows),
   built into a new file and swapped in by the warehouse stage; then the quality gate runs on
   it with its drop-vs-previous floor lifted (the shrink is intended; see
   ``_gate_after_erasure``). If the gate fails, step 5 revokes without replacing.
5. **Exports**: every *active* version whose shards hold an erased ``user_key`` gets a
   replacement version built from the rebuilt warehouse, then is marked ``revoked`` in the
   registry (so ``latest_active`` never names it) and its data files are deleted: only its
   manifest and data card stay, as the record of what was exported (``purged_at``).
6. **Verify**: scan every file of the tree (raw, clean, audit, quarantine, staging, the
   warehouse's tables, every export version, pipeline state and reports) for the subjects'
   ids, user keys, identifiers,
   planted values and value pseudonyms. Any hit -> :class:`ErasureVerificationError`, nothing
   shredded, the subject stays pending and a rerun retries.
7. **Crypto-shred**: delete the subjects' salts (:meth:`KeyStore.erase`); every pseudonym left
   in archived or revoked copies becomes unlinkable, even for the master-key holder. Then the
   tombstones are marked complete and a JSON + Markdown report is written under
   ``reports_dir/erasure/`` (subjects appear only as tombstone-hash prefixes, never raw ids).

Re-running is a no-op: completed subjects are skipped, nothing is rebuilt and no report is
written. An interrupted run is completed by the next one (every step is idempotent; the salt
is shredded last, so the ``user_key`` can still be recomputed until the end).

Not touched: the platform's own source system and its export files (``settings.source_dir``)
belong to the platform, which processes the deletion request itself; we never write back to
it. Revoked export versions and archives keep pseudonymous rows whose keys are shredded.
Rotating the master key invalidates tombstone hashes (re-key them with the old key first).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.config import Settings
from transforms.io import (
    PartitionWriter,
    iter_files,
    lake_path,
    list_partitions,
    parquet_file,
    read_json,
    read_parquet,
    read_partition,
    table_files,
    table_version,
    vacuum,
    write_json_atomic,
)
from transforms.lake_maintenance import zone_dirs
from transforms.source.schema import TABLES

log = logging.getLogger(__name__)

MIN_NEEDLE_CHARS = 4  # shorter planted values (initials, "Li") match everywhere by chance
TOMBSTONE_VERSION = 2  # 1: ids keyed with the pseudonym master key (still honoured)
TOMBSTONE_KEY_FILE = "tombstone.key"
LEGACY_SCHEME = "master-key-v1"


class ErasureVerificationError(RuntimeError):
    """After erasure, some identifying value was still found; nothing was shredded."""

    def __init__(self, message: str, report_path: Path, findings: list[dict[str, Any]]):
        super().__init__(message)
        self.report_path = report_path
        self.findings = findings


# --- tombstones ----------------------------------------------------------------------------------
def tombstones_path(settings: Settings) -> Path:
    """``state/erasure/tombstones.json``: HMAC of erased user ids (never the ids)."""
    return settings.state_dir / "erasure" / "tombstones.json"


def tombstone_key(settings: Settings) -> bytes:
    """The key tombstone ids are HMAC-ed with: ``IW_TOMBSTONE_KEY``, else a random key kept in
    ``keys_dir/tombstone.key`` (created once, mode 0600).

    It is independent of the pseudonym master key on purpose: rotating the master key
    re-pseudonymises everything, but tombstones cannot be re-keyed (they hold no ids), so they
    must keep matching. Back this key up with the keys; never rotate it.
    """
    override = settings.tombstone_key_override
    if override:
        return override.encode()
    path = settings.keys_dir / TOMBSTONE_KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it first
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32) + "\n")
    key = path.read_text().strip()
    if len(key) != 64:
        raise ValueError(f"{path} is not a tombstone key (64 hex chars); restore it from backup")
    return bytes.fromhex(key)


def _hmac_id(key: bytes, user_id: str) -> str:
    if not isinstance(user_id, str) or not user_id.strip():
        raise ValueError(f"user id must be a non-empty string, got {user_id!r}")
    return hmac.new(key, b"erased-user\x00" + user_id.encode(), hashlib.sha256).hexdigest()


def subject_id(settings: Settings, user_id: str) -> str:
    """Tombstone id of a source user: HMAC-SHA256(tombstone key, "erased-user" | user id) hex."""
    return _hmac_id(tombstone_key(settings), user_id)


def _id_keys(settings: Settings, legacy: bool) -> tuple[bytes, ...]:
    """The keys a user's tombstone id may be made with: the tombstone key, plus the pseudonym
    master key while version-1 tombstones exist."""
    if not legacy:
        return (tombstone_key(settings),)
    if not settings.pseudonym_key:
        raise ValueError("pseudonym master key is empty: set IW_PSEUDONYM_KEY")
    return (tombstone_key(settings), settings.pseudonym_key.encode())


def _has_legacy(tombs: dict[str, dict[str, Any]]) -> bool:
    return any(e.get("scheme") == LEGACY_SCHEME for e in tombs.values())


def load_tombstones(settings: Settings) -> dict[str, dict[str, Any]]:
    """``{subject_id: {"erasure_id", "requested_at", "completed_at"[, "scheme"]}}`` (empty
    when none). Entries of a version-1 file are marked with the legacy ``scheme``."""
    data = read_json(tombstones_path(settings), default=None) or {}
    subjects = {k: dict(v) for k, v in data.get("subjects", {}).items()}
    if data.get("version", TOMBSTONE_VERSION) == 1:
        for entry in subjects.values():
            entry.setdefault("scheme", LEGACY_SCHEME)
    return subjects


def find_tombstone(
    settings: Settings, tombs: dict[str, dict[str, Any]], user_id: str
) -> dict[str, Any] | None:
    """The tombstone entry of ``user_id`` in ``tombs`` (current or legacy id), else None."""
    for key in _id_keys(settings, _has_legacy(tombs)):
        entry = tombs.get(_hmac_id(key, user_id))
        if entry is not None:
            return entry
    return None


def _save_tombstones(settings: Settings, subjects: dict[str, dict[str, Any]]) -> None:
    write_json_atomic(
        {"version": TOMBSTONE_VERSION, "subjects": subjects}, tombstones_path(settings)
    )


_TOMB_CACHE: dict[Path, tuple[int, frozenset[str], bool]] = {}


def _tombstone_ids(settings: Settings) -> tuple[frozenset[str], bool]:
    """Tombstoned subject ids and whether legacy ones are among them (cached per file
    mtime: hooks call this once per batch)."""
    path = tombstones_path(settings)
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        return frozenset(), False
    cached = _TOMB_CACHE.get(path)
    if cached and cached[0] == mtime:
        return cached[1], cached[2]
    tombs = load_tombstones(settings)
    ids, legacy = frozenset(tombs), _has_legacy(tombs)
    _TOMB_CACHE[path] = (mtime, ids, legacy)
    return ids, legacy


def _erased_test(settings: Settings) -> Any:
    """``user_id -> bool`` for the current tombstones, or None when there are none."""
    ids, legacy = _tombstone_ids(settings)
    if not ids:
        return None
    keys = _id_keys(settings, legacy)  # read once per call, not once per user
    return lambda user_id: any(_hmac_id(k, user_id) in ids for k in keys)


def is_erased(settings: Settings, user_id: str) -> bool:
    """Whether ``user_id`` has a tombstone (pending or complete)."""
    erased = _erased_test(settings)
    return bool(erased and erased(user_id))


def drop_erased_rows(table: pa.Table, settings: Settings, user_column: str = "user_id") -> pa.Table:
    """``table`` without rows of tombstoned users (the extract/redact hook; cheap when none)."""
    test = _erased_test(settings)
    if test is None or user_column not in table.column_names or table.num_rows == 0:
        return table
    users = pc.unique(table.column(user_column)).to_pylist()
    erased = [u for u in users if u is not None and test(u)]
    if not erased:
        return table
    keep = pc.invert(pc.fill_null(pc.is_in(table.column(user_column), pa.array(erased)), False))
    return table.filter(keep)


_QUOTED = re.compile(r'"([^"\\]{1,128})"')


def drop_erased_quarantine(records: list[Any], settings: Settings) -> list[Any]:
    """Quarantine records (``Quarantined``) without those of tombstoned users: a malformed
    source line is attributed by its row id or any quoted value in it that is an erased
    user's id (the same rule the erasure applies to quarantine partitions)."""
    test = _erased_test(settings)
    if test is None or not records:
        return records

    def erased(r: Any) -> bool:
        candidates = {m.group(1) for m in _QUOTED.finditer(r.raw or "")}
        if r.row_id:
            candidates.add(str(r.row_id))
        return any(test(c) for c in candidates if c.strip())

    return [r for r in records if not erased(r)]


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
def _rewrite_partitions(root: Path, table: str, drop_mask: Any) -> tuple[int, int]:
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


def _in(col: pa.ChunkedArray, values: Iterable[str]) -> pa.ChunkedArray:
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


def requested_users(settings: Settings) -> list[str]:
    """Source user ids named by ``deletion_requests`` in the raw lake (any status)."""
    tbl = _read_all(settings.raw_dir, "deletion_requests", ["user_id"])
    if tbl is None:
        return []
    return sorted({u for u in tbl.column("user_id").to_pylist() if u})


def _gold_rows(settings: Settings) -> list[dict[str, Any]]:
    from transforms.simulator.sinks import read_gold

    try:
        return read_gold(settings.source_dir)
    except FileNotFoundError:  # a source without planted labels (e.g. PostgreSQL)
        return []


def _capture(settings: Settings, user_ids: list[str]) -> tuple[list[Subject], dict[str, int]]:
    """Build the subjects; also return how many candidate values are shared with other users."""
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
            mine = _in(raw.column(t.user_column), erased)
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
            mine = _in(clean.column("user_key"), by_key)
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
    for g in _gold_rows(settings):
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


# --- the steps -----------------------------------------------------------------------------------
def _erase_lake(settings: Settings, subjects: list[Subject]) -> dict[str, dict[str, int]]:
    """Audit, clean, quarantine, raw - in that order (row ids are found through raw/clean).
    Each rewrite is a Delta overwrite commit; the files it replaced stay on disk (and readable
    by time travel) until :func:`_vacuum_erased` runs."""
    user_ids = [s.user_id for s in subjects]
    user_keys = [s.user_key for s in subjects if s.user_key]
    row_ids: dict[str, set[str]] = {}
    for s in subjects:
        for table, pks in s.row_ids.items():
            row_ids.setdefault(table, set()).update(pks)
    id_pattern = re.compile("|".join(re.escape(f'"{u}"') for u in sorted(user_ids)))
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
                *_rewrite_partitions(
                    settings.audit_dir,
                    name,
                    lambda tbl, ids=ids, name=name: pc.and_(
                        _in(tbl.column("row_id"), ids), pc.equal(tbl.column("table"), name)
                    ),
                ),
            )
        if user_keys:
            note(
                "clean",
                *_rewrite_partitions(
                    settings.clean_dir, name, lambda tbl: _in(tbl.column("user_key"), user_keys)
                ),
            )

        def quarantined(tbl: pa.Table, ids: set[str] = ids) -> pa.ChunkedArray:
            raw_hit = [bool(r and id_pattern.search(r)) for r in tbl.column("raw").to_pylist()]
            return pc.or_(_in(tbl.column("row_id"), ids), pa.chunked_array([raw_hit], pa.bool_()))

        note("quarantine", *_rewrite_partitions(settings.quarantine_dir, name, quarantined))
        note(
            "raw",
            *_rewrite_partitions(
                settings.raw_dir,
                name,
                lambda tbl, t=t: _in(tbl.column(t.user_column), user_ids),
            ),
        )
    return touched


def _vacuum_erased(settings: Settings, before: dict[str, int | None]) -> dict[str, Any]:
    """``VACUUM`` with retention 0 every lake table an erasure committed to, so the files that
    held the subjects' rows are physically deleted (the right to erasure does not wait for the
    ``IW_LAKE_VACUUM_HOURS`` time-travel window). Proof: every file of a table's pre-erasure
    version that the current version no longer uses is gone, so time travel to that version
    can no longer read it."""
    tables: dict[str, Any] = {}
    for area, root in zone_dirs(settings).items():
        for name in TABLES:
            key = f"{area}/{name}"
            now = table_version(root, name)
            if now is None or now == before.get(key):
                continue
            old = (
                {str(f) for f in table_files(root, name, version=before[key])}
                if before.get(key) is not None
                else set()
            )
            current = {str(f) for f in table_files(root, name)}
            removed = vacuum(root, name, retention_hours=0)
            left = sorted(f for f in old - current if lake_path(f).exists())
            tables[key] = {
                "version_before": before.get(key),
                "version_after": now,
                "files_vacuumed": len(removed),
                "superseded_files": len(old - current),
                "superseded_files_still_present": len(left),
            }
    return {
        "retention_hours": 0,
        "tables": tables,
        "files_vacuumed": sum(t["files_vacuumed"] for t in tables.values()),
        "passed": all(t["superseded_files_still_present"] == 0 for t in tables.values()),
    }


def _rebuild_warehouse(settings: Settings) -> dict[str, Any]:
    """Full-refresh rebuild of the warehouse (built in a new file, swapped in atomically)."""
    if not settings.warehouse_path.exists():
        return {"rebuilt": False, "reason": "no warehouse yet"}
    from transforms.pipelines import warehouse

    res = warehouse.run(None, settings, full_refresh=True)
    return {"rebuilt": True, "run_id": res.run_id, "duration_s": res.duration_s}


def _gate_after_erasure(settings: Settings, erasure_id: str) -> dict[str, Any]:
    """Re-run the quality gate on the rebuilt warehouse before any export is rebuilt from it.

    An erasure shrinks tables by design (on a small dataset by more than the gate's "rows vs
    previous run" floor tolerates), so that floor is lifted for this run; every other bound and
    expectation applies. A pass makes the post-erasure counts the next run's baseline.
    """
    from transforms.quality.gate import QualityGateFailed, run_gate

    try:
        _, md = run_gate(settings, None, run_id=erasure_id, allow_shrink=True)
    except (QualityGateFailed, FileNotFoundError) as exc:
        log.warning("erasure %s: quality gate failed: %s", erasure_id, exc)
        return {"passed": False, "run_id": erasure_id, "error": str(exc)}
    return {"passed": True, "run_id": erasure_id, "report": str(md)}


def _versions_with(settings: Settings, user_keys: set[str]) -> dict[str, list[str]]:
    """Active export versions whose Parquet shards contain any of ``user_keys``."""
    from transforms.exports.registry import list_versions, registry_path

    reg = read_json(registry_path(settings), default=None) or {"datasets": {}}
    hits: dict[str, list[str]] = {}
    for dataset in sorted(reg.get("datasets", {})):
        for v in list_versions(settings, dataset):
            if v.get("status") != "active":
                continue
            vdir = settings.exports_dir / dataset / v["version"]
            for f in sorted(vdir.glob("*.parquet")):
                if "user_key" not in pq.read_schema(f).names:
                    continue
                col = pq.read_table(f, columns=["user_key"]).column(0)
                if pc.any(_in(col, user_keys)).as_py():
                    hits.setdefault(dataset, []).append(v["version"])
                    break
    return hits


def _replace_exports(
    settings: Settings, subjects: list[Subject], erasure_id: str, *, gate_passed: bool = True
) -> dict[str, Any]:
    """New versions without the subjects, then the old ones revoked (never the reverse).

    When the post-erasure quality gate failed, no export may be built from the warehouse: the
    affected versions are revoked without a replacement (``replaced`` is False).
    """
    keys = {s.user_key for s in subjects if s.user_key}
    hits = _versions_with(settings, keys) if keys else {}
    if not hits:
        return {"revoked": {}, "new_versions": {}, "replaced": True}
    from transforms.exports.build import build_exports
    from transforms.exports.registry import mark_revoked

    new: dict[str, str] = {}
    reason = f"erasure {erasure_id}: contains erased users"
    if gate_passed:
        summary = build_exports(settings, datasets=",".join(sorted(hits)), run_id=erasure_id)
        new = {name: ds["version"] for name, ds in summary["datasets"].items()}
        still = _versions_with(settings, keys)
        leaked = {d: [v for v in vs if v in new.values()] for d, vs in still.items()}
        if any(leaked.values()):
            raise RuntimeError(f"replacement exports still contain erased users: {leaked}")
    else:
        reason += " (not replaced: quality gate failed after the erasure)"
    for dataset, versions in hits.items():
        for version in versions:
            mark_revoked(settings, dataset, version, reason)
    _purge_versions(settings, hits)
    return {"revoked": hits, "new_versions": new, "replaced": gate_passed}


def _purge_versions(settings: Settings, versions: dict[str, list[str]]) -> None:
    """Delete the data files of revoked versions that hold erased users; the manifest and the
    card stay (what was exported, when and why it was revoked)."""
    from transforms.exports.registry import mark_purged

    for dataset, names in versions.items():
        for version in names:
            vdir = settings.exports_dir / dataset / version
            manifest = read_json(vdir / "manifest.json", default={}) or {}
            for entry in manifest.get("files", []):
                (vdir / entry["path"]).unlink(missing_ok=True)
            for d in sorted((p for p in vdir.rglob("*") if p.is_dir()), reverse=True):
                with contextlib.suppress(OSError):
                    d.rmdir()  # empty format subdirectories (jsonl/)
            mark_purged(settings, dataset, version)


# --- report --------------------------------------------------------------------------------------
def _write_report(settings: Settings, report: dict[str, Any]) -> Path:
    out_dir = settings.reports_dir / "erasure"
    path = write_json_atomic(report, out_dir / f"{report['erasure_id']}.json")
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
    (out_dir / f"{report['erasure_id']}.md").write_text("\n".join(lines) + "\n")
    return path


# --- entry point ---------------------------------------------------------------------------------
def forget(
    settings: Settings,
    users: list[str],
    *,
    include_requests: bool = True,
    rebuild: bool = True,
    block_unknown: bool = False,
) -> dict[str, Any]:
    """Erase ``users`` (source ids) plus every user with a deletion request; see module doc.

    A ``users`` id with no data anywhere (no salt, no rows) is reported in ``not_found`` and
    gets no tombstone, unless ``block_unknown`` (then it is tombstoned so its data never
    enters the lake); ``erased`` counts only users that had data or a deletion request.

    ``rebuild=False`` skips the warehouse rebuild and export replacement (lake-only erasure,
    for callers that rebuild themselves). Returns a summary; raises
    :class:`ErasureVerificationError` if anything identifying survives.
    """
    manual = []
    for u in users or []:
        if not isinstance(u, str) or not u.strip():
            raise ValueError(f"--user must be a non-empty source user id, got {u!r}")
        manual.append(u.strip())
    from_requests = set(requested_users(settings) if include_requests else [])
    requested = sorted(set(manual) | from_requests)
    tombs = load_tombstones(settings)
    todo = [
        u for u in requested if not (find_tombstone(settings, tombs, u) or {}).get("completed_at")
    ]
    if not todo:
        return {
            "status": "noop",
            "requested": len(requested),
            "already_erased": len(requested),
            "erased": 0,
        }

    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    digest = hashlib.sha256("\n".join(subject_id(settings, u) for u in todo).encode())
    erasure_id = f"er-{started.strftime('%Y%m%dT%H%M%S')}-{digest.hexdigest()[:8]}"
    subjects, shared = _capture(settings, todo)
    # an id typed by hand that never had data: say so, never tombstone it unless asked
    not_found = sorted(
        s.user_id
        for s in subjects
        if s.user_id not in from_requests
        and not s.user_key
        and not s.identifiers
        # ``users`` row ids are the user id itself, listed whether or not the row exists
        and not any(ids for name, ids in s.row_ids.items() if name != "users")
    )
    if not block_unknown:
        subjects = [s for s in subjects if s.user_id not in set(not_found)]
    if not subjects:
        return {
            "status": "not_found",
            "requested": len(requested),
            "already_erased": len(requested) - len(todo),
            "erased": 0,
            "not_found": not_found,
        }
    for s in subjects:  # tombstone first: concurrent extractions already drop these users
        tombs.setdefault(s.subject_id, {"requested_at": started.isoformat(), "completed_at": None})[
            "erasure_id"
        ] = erasure_id
    _save_tombstones(settings, tombs)
    log.info("erasure %s: %d subject(s)", erasure_id, len(subjects))

    before = {
        f"{area}/{name}": table_version(root, name)
        for area, root in zone_dirs(settings).items()
        for name in TABLES
    }
    lake = _erase_lake(settings, subjects)
    physical = _vacuum_erased(settings, before)
    warehouse = _rebuild_warehouse(settings) if rebuild else {"rebuilt": False}
    gate = _gate_after_erasure(settings, erasure_id) if warehouse["rebuilt"] else None
    exports = (
        _replace_exports(settings, subjects, erasure_id, gate_passed=gate is None or gate["passed"])
        if rebuild
        else {"revoked": {}, "new_versions": {}, "replaced": True}
    )

    needles: dict[str, str] = {}
    for s in subjects:
        needles.update(s.needles())
    files = active_tree_files(settings)
    findings = scan_files(files, needles)
    by_kind: dict[str, int] = {}
    for kind in needles.values():
        by_kind[kind] = by_kind.get(kind, 0) + 1
    report: dict[str, Any] = {
        "erasure_id": erasure_id,
        "started_at": started.isoformat(),
        "subjects": sorted(s.subject_id for s in subjects),
        "subjects_without_data": sum(1 for s in subjects if not s.row_ids and not s.user_key),
        "requested": len(requested),
        "already_erased": len(requested) - len(todo),
        "rows_by_table": {
            name: sum(len(s.row_ids.get(name, ())) for s in subjects)
            for name in TABLES
            if any(s.row_ids.get(name) for s in subjects)
        },
        "lake": lake,
        "lake_physical_removal": physical,
        "warehouse": warehouse,
        "quality_gate": gate,
        "exports": exports,
        "verification": {
            "files_scanned": len(files),
            "needles": len(needles),
            "needles_by_kind": by_kind,
            "shared": shared,
            "findings": findings,
            "passed": not findings and physical["passed"],
        },
        "source_files": "not modified: the platform's export files belong to its system",
    }
    if findings:
        report.update(status="failed", duration_s=round(time.perf_counter() - t0, 3))
        path = _write_report(settings, report)
        raise ErasureVerificationError(
            f"erasure {erasure_id}: {len(findings)} identifying value(s) still present; "
            f"nothing shredded, see {path}",
            path,
            findings,
        )

    from transforms.privacy.pseudonyms import KeyStore

    report["salts_shredded"] = KeyStore.from_settings(settings).erase(s.user_id for s in subjects)
    done = dt.datetime.now(dt.UTC).isoformat()
    for s in subjects:
        tombs[s.subject_id]["completed_at"] = done
    _save_tombstones(settings, tombs)
    report.update(status="success", duration_s=round(time.perf_counter() - t0, 3))
    path = _write_report(settings, report)
    return {
        "status": "success",
        "erasure_id": erasure_id,
        "requested": len(requested),
        "already_erased": len(requested) - len(todo),
        "erased": len(subjects) - (len(not_found) if block_unknown else 0),
        "not_found": not_found,
        "blocked_unknown": len(not_found) if block_unknown else 0,
        "rows_removed": {area: c["rows"] for area, c in lake.items()},
        "revoked": exports["revoked"],
        "new_versions": exports["new_versions"],
        "exports_replaced": exports["replaced"],
        "quality_gate": None if gate is None else ("passed" if gate["passed"] else "failed"),
        "verification_passed": True,
        "report": str(path),
        "duration_s": report["duration_s"],
    }
