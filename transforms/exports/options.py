"""Curation and output knobs for training exports, with defaults and ``IW_EXPORT_*`` overrides.

Every value here is recorded in each version's manifest (``thresholds``), so a version says
exactly how it was made. The CLI cannot take these as flags (``iw export`` has a fixed surface),
so they are read from the environment; tests and library callers pass an ``ExportOptions``.

Environment overrides: ``IW_EXPORT_NEAR_DUP_THRESHOLD``, ``IW_EXPORT_NUM_PERM``,
``IW_EXPORT_SHINGLE`` (word|char), ``IW_EXPORT_SHINGLE_SIZE``, ``IW_EXPORT_DECONTAM_NGRAM``,
``IW_EXPORT_MIN_CHARS``, ``IW_EXPORT_SHARD_MB``, ``IW_EXPORT_JSONL`` (1 = also write JSONL),
``IW_EVAL_SET`` (path of the eval set JSONL; default: the shipped ``data/eval_set.jsonl``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from transforms.config import export_env


def default_eval_set_path() -> Path:
    """The eval set shipped with the package (coding tasks used for decontamination)."""
    return Path(str(resources.files("transforms.exports") / "data" / "eval_set.jsonl"))


@dataclass(frozen=True)
class ExportOptions:
    """Thresholds and output settings. Immutable; derive variants with ``dataclasses.replace``."""

    # --- near-dedup (MinHash LSH) ---------------------------------------------------------
    near_dup_threshold: float = 0.8
    num_perm: int = 128
    shingle: str = "word"  # "word" (token n-grams) or "char" (UTF-8 byte n-grams)
    shingle_size: int = 5
    minhash_seed: int = 1
    verify_candidates: bool = True  # confirm LSH candidates by signature agreement
    # --- decontamination ------------------------------------------------------------------
    decontam_ngram: int = 13
    decontam_min_matches: int = 1
    eval_set_path: Path = field(default_factory=default_eval_set_path)
    # --- quality filters ------------------------------------------------------------------
    min_chars: int = 80
    min_response_chars: int = 20
    min_text_ratio: float = 0.45  # letters + whitespace over all characters
    min_text_ratio_code: float = 0.27  # the same for bugfix items (logs and diffs)
    max_blob_share: float = 0.5  # characters in unbroken 40+ character runs
    max_placeholders_per_kchar: float = 12.0
    include_unresolved: bool = False
    # --- splits ---------------------------------------------------------------------------
    split_fractions: tuple[tuple[str, float], ...] = (
        ("train", 0.90),
        ("validation", 0.05),
        ("test", 0.05),
    )
    # --- output ---------------------------------------------------------------------------
    target_shard_bytes: int = 200 * 1024 * 1024
    row_group_bytes: int = 32 * 1024 * 1024  # uncompressed bytes per Parquet row group
    compression_level: int = 3  # zstd: level 9 was 6x slower for 7% smaller shards
    write_jsonl: bool = False
    # --- data card ------------------------------------------------------------------------
    license: str = "other"  # SPDX id or Hugging Face licence id
    license_name: str = "interaction-warehouse-internal-training-only"  # when license=other

    def __post_init__(self) -> None:
        if not 0.0 < self.near_dup_threshold < 1.0:
            raise ValueError(f"near_dup_threshold must be in (0, 1), got {self.near_dup_threshold}")
        if self.num_perm < 8:
            raise ValueError(f"num_perm must be >= 8, got {self.num_perm}")
        if self.shingle not in ("word", "char"):
            raise ValueError(f"shingle must be 'word' or 'char', got {self.shingle!r}")
        if self.shingle_size < 1 or self.decontam_ngram < 1:
            raise ValueError("shingle_size and decontam_ngram must be >= 1")
        total = sum(f for _, f in self.split_fractions)
        if abs(total - 1.0) > 1e-9 or any(f < 0 for _, f in self.split_fractions):
            raise ValueError(
                f"split fractions must be >= 0 and sum to 1, got {self.split_fractions}"
            )
        names = [name for name, _ in self.split_fractions]
        if len(set(names)) != len(names) or not set(names) <= {"train", "validation", "test"}:
            raise ValueError(f"split names must be distinct train/validation/test, got {names}")
        if self.target_shard_bytes < 1024:
            raise ValueError("target_shard_bytes must be at least 1 KiB")

    @classmethod
    def from_env(cls, **overrides: Any) -> ExportOptions:
        """Defaults, then ``IW_EXPORT_*`` / ``IW_EVAL_SET`` variables, then explicit overrides."""
        env = export_env()
        values: dict[str, Any] = {}
        casts = {
            "IW_EXPORT_NEAR_DUP_THRESHOLD": ("near_dup_threshold", float),
            "IW_EXPORT_NUM_PERM": ("num_perm", int),
            "IW_EXPORT_SHINGLE": ("shingle", str),
            "IW_EXPORT_SHINGLE_SIZE": ("shingle_size", int),
            "IW_EXPORT_DECONTAM_NGRAM": ("decontam_ngram", int),
            "IW_EXPORT_MIN_CHARS": ("min_chars", int),
            "IW_EXPORT_SHARD_MB": ("target_shard_bytes", lambda v: int(float(v) * 1024 * 1024)),
            "IW_EXPORT_JSONL": ("write_jsonl", lambda v: v.lower() in ("1", "true", "yes")),
            "IW_EVAL_SET": ("eval_set_path", lambda v: Path(v).expanduser()),
            "IW_EXPORT_LICENSE": ("license", str),
            "IW_EXPORT_LICENSE_NAME": ("license_name", str),
        }
        for var, (name, cast) in casts.items():
            if env.get(var):
                try:
                    values[name] = cast(env[var])
                except ValueError as exc:
                    raise ValueError(f"bad value for {var}={env[var]!r}: {exc}") from None
        values.update(overrides)
        return cls(**values)

    def with_(self, **changes: Any) -> ExportOptions:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def describe(self) -> dict[str, Any]:
        """JSON-able description for manifests (eval set path shown by name and hash elsewhere)."""
        d = asdict(self)
        # by name only: manifests stay portable (the eval set is identified by its sha256)
        d["eval_set_path"] = self.eval_set_path.name
        d["split_fractions"] = {name: frac for name, frac in self.split_fractions}
        return d
