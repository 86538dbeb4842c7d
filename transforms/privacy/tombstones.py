"""Erasure tombstones: which users are erased, checked wherever user rows are loaded.

``state/erasure/tombstones.json`` is keyed by HMAC-SHA256(tombstone key, "erased-user" | user
id), never the id itself. Extraction and redaction call :func:`drop_erased_rows` and
:func:`drop_erased_quarantine`, so re-extracting old source files cannot resurrect an erased
user. The erasure stage (:mod:`transforms.pipelines.erasure`) writes the tombstones; this module
holds no stage logic, so pipelines depend on it and it depends on nothing above core.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from transforms.config import Settings
from transforms.io import read_json, write_json_atomic

TOMBSTONE_VERSION = 2  # 1: ids keyed with the pseudonym master key (still honoured)
TOMBSTONE_KEY_FILE = "tombstone.key"
LEGACY_SCHEME = "master-key-v1"


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


def save_tombstones(settings: Settings, subjects: dict[str, dict[str, Any]]) -> None:
    """Write the tombstone file (atomically) with ``subjects`` as returned by
    :func:`load_tombstones`."""
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
