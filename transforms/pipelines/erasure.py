"""Stage ``erasure`` ("right to be forgotten"): reach every copy we hold, and prove it did.

Kept as one module: one module per stage (the pipelines rule), and the ordered steps of
:func:`forget` below must read together to check what the proof covers.

The stage composes lake, warehouse and export operations; what a subject is, how their rows
are removed and how the proof scan works is erasure domain logic
(:mod:`transforms.privacy.erasure`), the tombstones live in :mod:`transforms.privacy.tombstones`.
``run(partition, settings, users=None)`` records a run around :func:`forget`.

``forget(settings, users)`` erases the users named by ``deletion_requests`` in the raw lake plus
any source user ids passed explicitly (``iw forget --user u_000042``). For each new subject:

1. **Capture** what identifies them while it still can be computed: their ``user_key`` (needs
   their salt), the primary keys of their rows (raw and clean lake), their direct identifiers
   (email, name, phone from ``users``), every planted PII value of their rows from the gold
   sidecar ``<source>/_gold/labels.jsonl.gz`` (when present) and the keyed value pseudonyms of
   those values. Values that also occur in *other* users' raw rows are "shared" (a common first
   name) and are reported but not required to vanish.
2. **Tombstone** the subject: ``state/erasure/tombstones.json`` keyed by
   HMAC-SHA256(tombstone key, user id) - never the id itself. Extraction and redaction call
   :func:`~transforms.privacy.tombstones.drop_erased_rows`, so re-extracting old source files
   cannot resurrect an erased user.
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
Tombstones have their own key (``IW_TOMBSTONE_KEY``): rotating the master key keeps them valid.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import time
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import (
    lake_path,
    read_json,
    table_files,
    table_version,
    vacuum,
    write_json_atomic,
)
from transforms.lake_maintenance import zone_dirs
from transforms.pipelines import StageResult, stage_run
from transforms.privacy.erasure import (
    ErasureVerificationError,
    Subject,
    active_tree_files,
    capture,
    erase_lake,
    in_values,
    quarantined_users,
    report_markdown,
    requested_users,
    scan_files,
    zone_tables,
)
from transforms.privacy.tombstones import (
    find_tombstone,
    load_tombstones,
    save_tombstones,
    subject_id,
)

log = logging.getLogger(__name__)


def run(
    partition: str | None, settings: Settings, *, users: list[str] | None = None
) -> StageResult:
    """Erase requested users everywhere; counts are rows removed per area. ``partition`` is
    recorded only: erasure always covers every partition, warehouse and active export. A rerun
    is a no-op (status ``noop`` in ``details.erasure``)."""
    with stage_run("erasure", partition, settings) as result:
        summary = forget(settings, users or [])
        result.counts["users.erased"] = summary.get("erased", 0)
        result.counts["users.already_erased"] = summary.get("already_erased", 0)
        for area, n in summary.get("rows_removed", {}).items():
            result.counts[f"rows_removed.{area}"] = n
        result.counts["exports.revoked"] = sum(len(v) for v in summary.get("revoked", {}).values())
        if summary.get("report"):
            result.outputs.append(summary["report"])
        result.details["erasure"] = summary
    return result


# --- inputs --------------------------------------------------------------------------------------
def _gold_rows(settings: Settings) -> list[dict[str, Any]]:
    from transforms.simulator.sinks import read_gold

    try:
        return read_gold(settings.source_dir)
    except FileNotFoundError:  # a source without planted labels (e.g. PostgreSQL)
        return []


# --- lake, warehouse, exports --------------------------------------------------------------------
def vacuum_erased(settings: Settings, before: dict[str, int | None]) -> dict[str, Any]:
    """``VACUUM`` with retention 0 every lake table an erasure committed to, so the files that
    held the subjects' rows are physically deleted (the right to erasure does not wait for the
    ``IW_LAKE_VACUUM_HOURS`` time-travel window). Proof: every file of a table's pre-erasure
    version that the current version no longer uses is gone, so time travel to that version
    can no longer read it."""
    tables: dict[str, Any] = {}
    for area, root in zone_dirs(settings).items():
        for name in zone_tables(area):
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
                if pc.any(in_values(col, user_keys)).as_py():
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


def _write_report(settings: Settings, report: dict[str, Any]) -> Path:
    out_dir = settings.reports_dir / "erasure"
    path = write_json_atomic(report, out_dir / f"{report['erasure_id']}.json")
    (out_dir / f"{report['erasure_id']}.md").write_text(report_markdown(report))
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
    subjects, shared = capture(settings, todo, _gold_rows(settings))
    # an id typed by hand that never had data: say so, never tombstone it unless asked
    quarantined = quarantined_users(settings, [s.user_id for s in subjects])
    not_found = sorted(
        s.user_id
        for s in subjects
        if s.user_id not in from_requests
        and not s.user_key
        and not s.identifiers
        and s.user_id not in quarantined  # a malformed line of theirs is data too
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
    save_tombstones(settings, tombs)
    log.info("erasure %s: %d subject(s)", erasure_id, len(subjects))

    before = {
        f"{area}/{name}": table_version(root, name)
        for area, root in zone_dirs(settings).items()
        for name in zone_tables(area)
    }
    lake = erase_lake(settings, subjects)
    physical = vacuum_erased(settings, before)
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
    save_tombstones(settings, tombs)
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
