"""What an export is built from, read once and pinned: the warehouse marts (read-only), the
consent snapshot, the quality-gate verdict, the dbt run and the redaction policy.

The warehouse is swapped atomically by the warehouse stage (new file + rename), so a reader can
race a swap. We hash the file, read the marts, and check the file's identity (inode, size,
mtime) did not change in between; if it did we read again, so a manifest's sha256 always names
the bytes the export was built from.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from transforms.config import Settings
from transforms.io import duckdb_connect, lake_pins_path, read_json, sha256_file

# The marts are read once, front to back: DuckDB keeps every scanned block cached up to its
# memory_limit and never reuses it here, so the export process grew with the mart size (the
# whole 256MB default at 1M messages). This caps that connection's cache.
SCAN_MEMORY_LIMIT = "64MB"


class QualityGateFailedError(RuntimeError):
    """The latest quality gate failed: exports must not be built from this warehouse."""


@dataclass(frozen=True)
class ConsentSnapshot:
    """Training consent at export time, from ``dim_users`` (current flags, latest wins)."""

    snapshot_id: str
    allowed: frozenset[str]
    known: frozenset[str]

    @property
    def users_excluded(self) -> int:
        return len(self.known) - len(self.allowed)

    def describe(self) -> dict[str, Any]:
        return {
            "snapshot_id": self.snapshot_id,
            "users_total": len(self.known),
            "users_allowed": len(self.allowed),
            "users_excluded": self.users_excluded,
            "source": "main.dim_users.training_ok",
        }


def consent_snapshot(dim_users: pl.DataFrame) -> ConsentSnapshot:
    """Snapshot id = sha256 of the sorted (user_key, training_ok, consent_updated_at) rows used."""
    rows = dim_users.select("user_key", "training_ok", "consent_updated_at").sort("user_key")
    h = hashlib.sha256()
    for key, ok, updated in rows.iter_rows():
        stamp = updated.isoformat() if updated is not None else ""
        h.update(f"{key}\t{bool(ok) if ok is not None else ''}\t{stamp}\n".encode())
    allowed = rows.filter(pl.col("training_ok").fill_null(False))["user_key"].to_list()
    return ConsentSnapshot(
        snapshot_id="sha256:" + h.hexdigest(),
        allowed=frozenset(allowed),
        known=frozenset(rows["user_key"].to_list()),
    )


@dataclass
class WarehouseSnapshot:
    """A pinned warehouse: its sha256, the open read-only connection the marts stream from
    (the bytes that were hashed), the mart row counts and the consent snapshot."""

    path: Path
    sha256: str
    bytes: int
    con: Any = None
    rows: dict[str, int] = field(default_factory=dict)
    consent: ConsentSnapshot | None = None

    def describe(self) -> dict[str, Any]:
        return {
            "path": Path(self.path).name,  # by name and hash: manifests stay portable
            "sha256": self.sha256,
            "bytes": self.bytes,
            "rows": dict(sorted(self.rows.items())),
        }

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self) -> WarehouseSnapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _identity(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_size, st.st_mtime_ns


def read_warehouse(settings: Settings, specs: list, attempts: int = 3) -> WarehouseSnapshot:
    """Hash the warehouse and open it read-only, pinned: the file at the path must be the same
    (inode, size, mtime) before hashing and after connecting, so the open connection reads the
    hashed bytes even if the warehouse stage swaps a new file in later (a swap is a rename,
    never an in-place write). Counts every spec's mart rows and snapshots consent; the marts
    themselves stream from ``snap.con``. Close it (``with read_warehouse(...) as snap``)."""
    import duckdb

    path = Path(settings.warehouse_path)
    if not path.exists():
        raise FileNotFoundError(
            f"warehouse not found at {path}; run the warehouse stage first (iw run warehouse)"
        )
    for _ in range(attempts):
        before = _identity(path)
        digest = sha256_file(path)
        con = duckdb_connect(
            path, read_only=True, config=settings.duckdb_config(at_most=SCAN_MEMORY_LIMIT)
        )
        if _identity(path) != before:
            con.close()
            continue
        snap = WarehouseSnapshot(path=path, sha256=digest, bytes=before[1], con=con)
        try:
            for spec in specs:
                sql = spec.select_sql(con)
                snap.rows[spec.name] = con.sql(f"select count(*) from ({sql})").fetchall()[0][0]
            users = pl.from_arrow(
                con.sql(
                    "select user_key, training_ok, consent_updated_at from main.dim_users"
                ).to_arrow_table()
            )
        except duckdb.CatalogException as exc:
            snap.close()
            raise LookupError(f"warehouse {path} lacks a mart the export needs: {exc}") from None
        except BaseException:
            snap.close()
            raise
        snap.consent = consent_snapshot(users)
        return snap
    raise RuntimeError(f"warehouse {path} kept changing while being read ({attempts} attempts)")


def warehouse_lake_versions(settings: Settings) -> dict[str, int]:
    """``{clean table: Delta version}`` the published warehouse was built from (its
    ``<warehouse>.lake.json``, written by the warehouse stage); ``{}`` when not recorded."""
    pins = read_json(lake_pins_path(settings.warehouse_path), default=None) or {}
    return dict(pins.get("versions", {}))


def quality_gate_status(settings: Settings) -> dict[str, Any]:
    """The latest gate verdict; raises when it failed, ``status: missing`` when absent."""
    from transforms.warehouse import latest_path, read_verdict

    path = latest_path(settings)
    verdict = read_verdict(settings)
    if verdict is None:
        return {"status": "missing", "path": data_relative(settings, path)}
    if not isinstance(verdict, dict) or "passed" not in verdict:
        raise QualityGateFailedError(f"quality verdict {path} is malformed (no 'passed' field)")
    if verdict["passed"] is not True:
        raise QualityGateFailedError(
            f"latest quality gate failed (run {verdict.get('run_id')}); see report "
            f"{verdict.get('report')}. Fix the data and rerun the quality stage before exporting."
        )
    report = verdict.get("report")
    return {
        "status": "passed",
        "run_id": verdict.get("run_id"),
        "report": data_relative(settings, report) if report else None,
        "warehouse_sha256": verdict.get("warehouse_sha256"),
    }


def require_verdict_for(gate: dict[str, Any], warehouse_sha256: str) -> None:
    """Refuse a passed verdict that judged another warehouse build (or is not bound to one)."""
    if gate.get("status") != "passed":
        return
    judged = gate.get("warehouse_sha256")
    if judged != warehouse_sha256:
        what = f"warehouse {str(judged)[:12]}" if judged else "no recorded warehouse"
        raise QualityGateFailedError(
            f"the latest passed quality gate (run {gate.get('run_id')}) judged {what}, not the "
            f"current warehouse {warehouse_sha256[:12]}: rerun the quality stage, then export"
        )


def data_relative(settings: Settings, path: str | Path) -> str:
    """``path`` relative to the data directory (its name when outside): no machine paths in
    manifests."""
    p = Path(path)
    try:
        return p.resolve().relative_to(Path(settings.data_dir).resolve()).as_posix()
    except ValueError:
        return p.name


def latest_dbt_run(settings: Settings) -> dict[str, Any] | None:
    """The newest successful warehouse-stage run record (the dbt build the warehouse came from).

    ``dbt_invocation_id`` is set by the in-process stage (one ``dbt build``); a build run by
    cosmos tasks in Airflow is one dbt invocation per model, so there it is ``None`` and the
    warehouse ``run_id`` identifies the build.
    """
    runs_dir = settings.state_dir / "runs" / "warehouse"
    best = None
    for f in sorted(runs_dir.glob("*.json")) if runs_dir.exists() else []:
        rec = read_json(f)
        if (
            isinstance(rec, dict)
            and rec.get("status") == "success"
            and (best is None or str(rec.get("started_at")) >= str(best.get("started_at")))
        ):
            best = rec
    if best is None:
        return None
    details = best.get("details") or {}
    return {
        "run_id": best.get("run_id"),
        "started_at": best.get("started_at"),
        "finished_at": best.get("finished_at"),
        "dbt_invocation_id": details.get("invocation_id") or details.get("dbt_invocation_id"),
    }


def redaction_policy() -> dict[str, Any]:
    """Hash of the redaction policy that cleaned the text (``transforms.privacy.policy``)."""
    try:
        from transforms.privacy.policy import policy_hash
    except ImportError:  # privacy package absent: hash a stable description instead, and say so
        from transforms.contracts.platform import ENTITY_TYPES, TABLES
        from transforms.exports.shingles import PLACEHOLDER_PATTERN

        desc = repr(
            (
                ENTITY_TYPES,
                PLACEHOLDER_PATTERN,
                sorted((t.name, t.text_columns, t.identifier_columns) for t in TABLES.values()),
            )
        )
        return {
            "hash": "sha256:" + hashlib.sha256(desc.encode()).hexdigest(),
            "source": "fallback: entity types + placeholder format + redacted columns",
        }
    return {"hash": policy_hash(), "source": "transforms.privacy.policy.policy_hash"}


def simulated_source(settings: Settings) -> bool:
    """Whether the platform data came from the simulator (its source manifest says so)."""
    import json

    path = Path(settings.source_dir) / "_manifest.json"
    if settings.source_url or not path.exists():
        return False
    try:
        return "gold_labels" in json.loads(path.read_text())
    except (OSError, ValueError):
        return False
