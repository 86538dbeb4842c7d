"""One settings object for the whole platform, read from the environment.

Every path hangs off ``data_dir`` (``IW_DATA_DIR``, default ``./data``) unless overridden.
The lake root may be any fsspec URL (``s3://bucket/lake``); local paths are the default.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from transforms.paths import lake_path

_MEMORY_LIMIT = re.compile(r"\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", re.IGNORECASE)


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be one of 1/0/true/false/yes/no/on/off, got {value!r}")


@dataclass(frozen=True)
class Settings:
    """Paths, keys and thresholds. Build with :meth:`from_env`; never mutate, use ``replace``."""

    data_dir: Path
    seed: int = 7
    # Pseudonym master key: read from env, never written into lake, warehouse, logs or exports.
    pseudonym_key: str = field(default="dev-only-pseudonym-key-change-me", repr=False)
    split_salt: str = "iw-split-v1"
    workers: int = max(1, os.cpu_count() or 1)
    raw_ttl_days: int = 30
    # Delta time-travel window: VACUUM keeps files a version younger than this still needs
    lake_vacuum_hours: float = 168.0
    # Extraction source: a postgresql:// URL reads PostgreSQL, anything else the export files.
    source_url: str | None = field(default=None, repr=False)
    # DuckDB's memory limit in every stage that queries (it spills to temp files beyond it).
    memory_limit: str = "1GB"
    # Second secret engine (kingfisher, in-process Rust rules) merged with our recognizers.
    secrets_kingfisher: bool = True
    # A text value longer than this (UTF-8 bytes) is never analysed: it is replaced by
    # ``<REDACTED_OVERSIZED>`` and the row is recorded in the quarantine with the reason.
    max_message_bytes: int = 1 << 20
    # A partition replace that keeps fewer than (1 - this) of the old rows is refused unless
    # forced (``--allow-shrink``): an empty or truncated input must not wipe good data.
    max_partition_shrink: float = 0.2

    # --- derived locations -------------------------------------------------------------
    @property
    def source_dir(self) -> Path:
        """Embedded default source: NDJSON export files per table and day."""
        return _env_path("IW_SOURCE_DIR", self.data_dir / "source")

    @property
    def lake_dir(self) -> Path:
        """Local directory or fsspec URL (``IW_LAKE_DIR=s3://bucket/lake``); see
        :func:`transforms.io.lake_path` for how each kind commits."""
        value = os.environ.get("IW_LAKE_DIR")
        return lake_path(value) if value else self.data_dir / "lake"

    @property
    def raw_dir(self) -> Path:
        """Unredacted (PII-bearing) lake: access restricted, TTL applies."""
        return self.lake_dir / "raw"

    @property
    def clean_dir(self) -> Path:
        """Redacted lake: the only lake analysts and dbt read."""
        return self.lake_dir / "clean"

    @property
    def quarantine_dir(self) -> Path:
        return self.lake_dir / "quarantine"

    @property
    def audit_dir(self) -> Path:
        """Redaction audit (type, offsets, detector, score; never the value)."""
        return self.lake_dir / "audit"

    @property
    def state_dir(self) -> Path:
        """Watermarks, run records and other small pipeline state."""
        return self.data_dir / "state"

    @property
    def keys_dir(self) -> Path:
        """Per-user pseudonym salts (crypto-shredding); kept apart from the lake."""
        return self.data_dir / "keys"

    @property
    def kingfisher_cache_dir(self) -> Path:
        """Compiled rule cache of the second secret engine (kept across runs, mode 0700)."""
        return _env_path("IW_KINGFISHER_CACHE", self.data_dir / "cache" / "kingfisher")

    @property
    def warehouse_path(self) -> Path:
        return _env_path("IW_WAREHOUSE", self.data_dir / "warehouse.duckdb")

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def airflow_home(self) -> Path:
        return self.data_dir / "airflow"

    @property
    def repo_dir(self) -> Path:
        """The checkout (dbt project, expectations, eval sets live here)."""
        return Path(__file__).resolve().parent.parent

    @property
    def dbt_project_dir(self) -> Path:
        return self.repo_dir / "dbt"

    @property
    def expectations_dir(self) -> Path:
        return self.repo_dir / "expectations"

    @property
    def duckdb_temp_dir(self) -> Path:
        """Where DuckDB spills past ``memory_limit`` (local, beside the data)."""
        return self.data_dir / "tmp" / "duckdb"

    def duckdb_config(self) -> dict[str, str]:
        """``duckdb.connect(config=...)`` settings that bound a connection's memory."""
        self.duckdb_temp_dir.mkdir(parents=True, exist_ok=True)
        return {"memory_limit": self.memory_limit, "temp_directory": str(self.duckdb_temp_dir)}

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``IW_*`` environment variables, then explicit overrides."""
        settings = cls(
            data_dir=_env_path("IW_DATA_DIR", Path("data")).resolve(),
            seed=int(os.environ.get("IW_SEED", "7")),
            pseudonym_key=os.environ.get("IW_PSEUDONYM_KEY", "dev-only-pseudonym-key-change-me"),
            split_salt=os.environ.get("IW_SPLIT_SALT", "iw-split-v1"),
            workers=int(os.environ.get("IW_WORKERS", str(max(1, os.cpu_count() or 1)))),
            raw_ttl_days=int(os.environ.get("IW_RAW_TTL_DAYS", "30")),
            lake_vacuum_hours=_vacuum_hours(os.environ.get("IW_LAKE_VACUUM_HOURS", "168")),
            source_url=os.environ.get("IW_SOURCE_URL") or None,
            memory_limit=os.environ.get("IW_MEMORY_LIMIT", "1GB"),
            secrets_kingfisher=_env_flag("IW_SECRETS_KINGFISHER", True),
            max_message_bytes=int(os.environ.get("IW_MAX_MESSAGE_BYTES", str(1 << 20))),
            max_partition_shrink=float(os.environ.get("IW_MAX_PARTITION_SHRINK", "0.2")),
        )
        if not _MEMORY_LIMIT.fullmatch(settings.memory_limit.strip()):
            raise ValueError(
                f"IW_MEMORY_LIMIT={settings.memory_limit!r} is not a size like 512MB or 2GB"
            )
        return replace(settings, **overrides) if overrides else settings


def _vacuum_hours(value: str) -> float:
    try:
        hours = float(value)
    except ValueError:
        hours = -1.0
    if hours < 0:
        raise ValueError(f"IW_LAKE_VACUUM_HOURS must be a number of hours >= 0, got {value!r}")
    return hours
