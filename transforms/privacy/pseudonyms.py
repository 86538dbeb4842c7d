"""Keyed pseudonyms with per-user salts, so erasing a user is deleting one row (crypto-shredding).

Key design
- The master key (``settings.pseudonym_key``, from ``IW_PSEUDONYM_KEY``) lives only in the
  environment: it is never written to the lake, the warehouse, logs or exports.
- Each source user gets a random 16-byte salt, created on first sight and stored in the key
  table ``settings.keys_dir/user_salts.parquet`` (``user_id, salt, created_at``), apart from
  the lake. Writers take an exclusive ``flock`` on ``.user_salts.lock``, re-read, add the
  missing users and replace the file atomically, so parallel redaction shards agree on one
  salt per user.
- ``user_key`` = first 16 hex chars of HMAC-SHA256(master, "user_key" | salt | user_id): the
  pseudonymous user column of the clean lake.
- Per-user value key material = HMAC-SHA256(master, "values" | salt | user_id). PERSON,
  EMAIL_ADDRESS and PHONE_NUMBER values in that user's text become
  ``<TYPE_xxxxxx>`` with ``xxxxxx`` = HMAC-SHA256(material, type | normalised value)[:6 hex]:
  the same address in the same user's messages always maps to the same placeholder, and the
  same address written by two users maps to different ones (no cross-user linkage).
- Row ids (session, app, message, edit, build, … ids; the columns in
  :data:`transforms.contracts.platform.ID_KINDS`) embed the source user's number, so they are
  replaced too: ``<kind>_xxxxxxxxxxxxxxxx`` with the hex = HMAC-SHA256(id material, kind |
  source id)[:16], id material = HMAC-SHA256(master, "ids" | salt | user_id). Stable (joins
  between tables keep working), keyed per user, and gone with the salt.
- Erasure deletes the user's salt: nobody, not even the master-key holder, can recompute the
  user's ``user_key`` or value pseudonyms afterwards, so every remaining pseudonymous row is
  unlinkable to the person. A user seen again later gets a fresh salt (a new, unrelated key).
- Text with no user context (``iw pii redact``) uses :func:`master_key_material`.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.io import write_parquet_atomic

SALTS_FILE = "user_salts.parquet"
USER_KEY_HEX = 16
VALUE_HEX = 6
ID_HEX = 16
PSEUDONYMIZED_TYPES = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"})
SALT_SCHEMA = pa.schema(
    [
        pa.field("user_id", pa.string(), nullable=False),
        pa.field("salt", pa.string(), nullable=False),
        pa.field("created_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)


def _master(master_key: str) -> bytes:
    if not master_key:
        raise ValueError("pseudonym master key is empty: set IW_PSEUDONYM_KEY")
    return master_key.encode()


class KeyStore:
    """The per-user salt table plus the master key (kept in memory only)."""

    def __init__(self, keys_dir: Path, master_key: str) -> None:
        self.keys_dir = Path(keys_dir)
        self.path = self.keys_dir / SALTS_FILE
        self._master = _master(master_key)
        self._salts: dict[str, bytes] = {}
        self._loaded = False

    @classmethod
    def from_settings(cls, settings) -> KeyStore:  # noqa: ANN001 - avoids importing config
        """The key store under ``settings.keys_dir`` with ``settings.pseudonym_key``."""
        return cls(settings.keys_dir, settings.pseudonym_key)

    # --- storage -------------------------------------------------------------------------------
    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.keys_dir.mkdir(parents=True, exist_ok=True)
        with open(self.keys_dir / ".user_salts.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _read(self) -> dict[str, tuple[bytes, dt.datetime]]:
        if not self.path.exists():
            return {}
        table = pq.read_table(self.path)
        return {
            u: (bytes.fromhex(s), c)
            for u, s, c in zip(
                table.column("user_id").to_pylist(),
                table.column("salt").to_pylist(),
                table.column("created_at").to_pylist(),
                strict=True,
            )
        }

    def _write(self, rows: dict[str, tuple[bytes, dt.datetime]]) -> None:
        ids = sorted(rows)
        table = pa.table(
            {
                "user_id": ids,
                "salt": [rows[u][0].hex() for u in ids],
                "created_at": [rows[u][1] for u in ids],
            },
            schema=SALT_SCHEMA,
        )
        write_parquet_atomic(table, self.path)

    def load(self) -> None:
        """(Re)read the salt table."""
        self._salts = {u: s for u, (s, _) in self._read().items()}
        self._loaded = True

    def ensure(self, user_ids: Iterable[str]) -> None:
        """Create salts for users seen for the first time (atomic, safe across processes)."""
        wanted = {u for u in user_ids if u is not None}
        for u in wanted:
            if not isinstance(u, str) or not u:
                raise ValueError(f"user id must be a non-empty string, got {u!r}")
        if not self._loaded:
            self.load()
        if wanted <= self._salts.keys():
            return
        with self._locked():
            rows = self._read()
            missing = wanted - rows.keys()
            if missing:
                now = dt.datetime.now(dt.UTC)
                for u in sorted(missing):
                    rows[u] = (secrets.token_bytes(16), now)
                self._write(rows)
            self._salts = {u: s for u, (s, _) in rows.items()}
            self._loaded = True

    def erase(self, user_ids: Iterable[str]) -> int:
        """Delete the salts of ``user_ids`` (crypto-shredding); returns how many existed."""
        gone = set(user_ids)
        with self._locked():
            rows = self._read()
            hit = gone & rows.keys()
            if hit:
                for u in hit:
                    del rows[u]
                self._write(rows)
            self._salts = {u: s for u, (s, _) in rows.items()}
            self._loaded = True
        return len(hit)

    def has(self, user_id: str) -> bool:
        """Whether ``user_id`` currently has a salt."""
        if not self._loaded:
            self.load()
        return user_id in self._salts

    def salt(self, user_id: str) -> bytes:
        """The user's salt, created on first sight."""
        if user_id not in self._salts:
            self.ensure([user_id])
        return self._salts[user_id]

    # --- derivations ---------------------------------------------------------------------------
    def user_key(self, user_id: str) -> str:
        """The user's pseudonymous key (16 hex chars)."""
        mac = hmac.new(
            self._master,
            b"user_key\x00" + self.salt(user_id) + b"\x00" + user_id.encode(),
            hashlib.sha256,
        )
        return mac.hexdigest()[:USER_KEY_HEX]

    def master_material(self) -> bytes:
        """Value key material for rows without a user (same as :func:`master_key_material`)."""
        return _global_value_key(self._master)

    def id_material(self, user_id: str) -> bytes:
        """The user's key for row-id pseudonyms (never stored)."""
        return hmac.new(
            self._master,
            b"ids\x00" + self.salt(user_id) + b"\x00" + user_id.encode(),
            hashlib.sha256,
        ).digest()

    def key_material(self, user_id: str) -> bytes:
        """The user's key for value pseudonyms (never stored)."""
        return hmac.new(
            self._master,
            b"values\x00" + self.salt(user_id) + b"\x00" + user_id.encode(),
            hashlib.sha256,
        ).digest()


def pseudonymize_user_id(user_id: str, keys: KeyStore) -> str:
    """The ``user_key`` for a source user id (creates the user's salt on first sight)."""
    return keys.user_key(user_id)


def pseudonymize_id(kind: str, source_id: str, id_material: bytes) -> str:
    """``<kind>_<16 hex>``: the keyed pseudonym of a source row id (see the module docstring)."""
    if not kind or not kind.isalnum():
        raise ValueError(f"id kind must be a short alphanumeric name, got {kind!r}")
    if not isinstance(id_material, bytes | bytearray) or len(id_material) < 16:
        raise ValueError("id_material must be at least 16 bytes of key material")
    mac = hmac.new(bytes(id_material), f"{kind}\x00{source_id}".encode(), hashlib.sha256)
    return f"{kind}_{mac.hexdigest()[:ID_HEX]}"


def master_key_material(master_key: str) -> bytes:
    """Value key material for text without a user context (``iw pii redact``)."""
    return _global_value_key(_master(master_key))


def _global_value_key(master: bytes) -> bytes:
    return hmac.new(master, b"values\x00global", hashlib.sha256).digest()


_SPACES = re.compile(r"\s+")


def normalize_value(entity_type: str, value: str) -> str:
    """Canonical form so trivial variants share a pseudonym (case, spacing, phone punctuation)."""
    if entity_type == "EMAIL_ADDRESS":
        return value.strip().lower()
    if entity_type == "PHONE_NUMBER":
        return ("+" if value.strip().startswith("+") else "") + re.sub(r"\D", "", value)
    return _SPACES.sub(" ", value.strip()).casefold()


def pseudonymize_value(entity_type: str, value: str, user_key_material: bytes) -> str:
    """``<TYPE_xxxxxx>``: a keyed, consistent placeholder for a PERSON/EMAIL/PHONE value."""
    if entity_type not in PSEUDONYMIZED_TYPES:
        raise ValueError(f"{entity_type} is not pseudonymised; use the plain <{entity_type}> tag")
    if not isinstance(user_key_material, bytes | bytearray) or len(user_key_material) < 16:
        raise ValueError("user_key_material must be at least 16 bytes of key material")
    mac = hmac.new(
        bytes(user_key_material),
        f"{entity_type}\x00{normalize_value(entity_type, value)}".encode(),
        hashlib.sha256,
    )
    return f"<{entity_type}_{mac.hexdigest()[:VALUE_HEX]}>"
