"""The export registry: every version of every dataset, its status, and the latest active one.

One JSON file, ``<exports_dir>/registry.json``::

    {"datasets": {"sft": {"latest_active": "v...", "versions": [
        {"version", "path", "created_at", "status": "active" | "revoked", "rows", "content_hash",
         "consent_snapshot_id", "revoked_at", "revoked_reason"}, ...]}}}

Updates hold an exclusive ``flock`` on ``registry.lock`` and replace the file atomically, so
concurrent exports and revocations never lose an entry. Version directories themselves are
immutable; revocation (e.g. after an erasure request) only changes the registry - trainers and
``verify_version`` must consult it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from transforms.config import Settings
from transforms.io import read_json, write_json_atomic

STATUSES = ("active", "revoked")


def registry_path(settings_or_dir: Settings | Path) -> Path:
    root = (
        settings_or_dir.exports_dir
        if isinstance(settings_or_dir, Settings)
        else Path(settings_or_dir)
    )
    return root / "registry.json"


@contextmanager
def _locked(root: Path) -> Iterator[dict[str, Any]]:
    """Read-modify-write the registry under an exclusive lock."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "registry.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            reg = read_json(root / "registry.json", default=None) or {"datasets": {}}
            yield reg
            for ds in reg["datasets"].values():
                ds["latest_active"] = _latest_active(ds["versions"])
            write_json_atomic(reg, root / "registry.json")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _latest_active(versions: list[dict[str, Any]]) -> str | None:
    active = [v for v in versions if v.get("status") == "active"]
    if not active:
        return None
    return max(active, key=lambda v: (str(v.get("created_at")), v["version"]))["version"]


def register_version(settings: Settings, dataset: str, entry: dict[str, Any]) -> None:
    """Add a new active version (refuses to re-register an existing version id)."""
    with _locked(settings.exports_dir) as reg:
        ds = reg["datasets"].setdefault(dataset, {"versions": []})
        if any(v["version"] == entry["version"] for v in ds["versions"]):
            raise ValueError(f"{dataset} version {entry['version']} is already registered")
        ds["versions"].append(
            {"status": "active", "revoked_at": None, "revoked_reason": None, **entry}
        )


def mark_revoked(settings: Settings, dataset: str, version: str, reason: str) -> dict[str, Any]:
    """Mark a version revoked (e.g. it contains an erased user); returns the updated entry.

    Idempotent: revoking a revoked version keeps the first revocation time and reason.
    """
    if not reason or not reason.strip():
        raise ValueError("a revocation needs a reason")
    with _locked(settings.exports_dir) as reg:
        ds = reg["datasets"].get(dataset)
        if ds is None:
            raise KeyError(f"no exports registered for dataset {dataset!r}")
        for v in ds["versions"]:
            if v["version"] == version:
                if v["status"] != "revoked":
                    v["status"] = "revoked"
                    v["revoked_at"] = dt.datetime.now(dt.UTC).isoformat()
                    v["revoked_reason"] = reason.strip()
                return dict(v)
        raise KeyError(f"{dataset} has no version {version!r}")


def mark_purged(settings: Settings, dataset: str, version: str) -> dict[str, Any]:
    """Record that a revoked version's data files were deleted (its manifest and card stay as
    the audit trail); returns the updated entry."""
    with _locked(settings.exports_dir) as reg:
        for v in reg["datasets"].get(dataset, {}).get("versions", []):
            if v["version"] == version:
                if v["status"] != "revoked":
                    raise ValueError(f"{dataset} {version} is {v['status']}: revoke it first")
                v.setdefault("purged_at", dt.datetime.now(dt.UTC).isoformat())
                return dict(v)
        raise KeyError(f"{dataset} has no version {version!r}")


def latest_active(settings: Settings, dataset: str) -> str | None:
    """Version id of the newest active version of ``dataset`` (None when there is none)."""
    reg = read_json(registry_path(settings), default=None) or {"datasets": {}}
    ds = reg["datasets"].get(dataset)
    return _latest_active(ds["versions"]) if ds else None


def list_versions(settings: Settings, dataset: str) -> list[dict[str, Any]]:
    """All registered versions of ``dataset``, oldest first."""
    reg = read_json(registry_path(settings), default=None) or {"datasets": {}}
    ds = reg["datasets"].get(dataset)
    return (
        sorted(ds["versions"], key=lambda v: (str(v.get("created_at")), v["version"])) if ds else []
    )


def version_status(exports_dir: Path, dataset: str, version: str) -> dict[str, Any] | None:
    """Registry entry of one version, or None when the registry does not list it."""
    reg = read_json(registry_path(exports_dir), default=None) or {"datasets": {}}
    for v in reg.get("datasets", {}).get(dataset, {}).get("versions", []):
        if v.get("version") == version:
            return v
    return None
