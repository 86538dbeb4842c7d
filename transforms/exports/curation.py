"""Curation steps: each is a small object with one job; a pipeline is a list of them.

Kept as one module: the steps share the working-frame conventions below and are read as one
ordered pipeline; the heavy kernels (MinHash, shingles, decontamination) live apart.

A step takes the working frame and returns ``(frame, stats)``. The frame's row order is the
quality rank (best first, set by the dataset spec) and every step preserves it, so "keep the
best member" is always "keep the first". Working columns shared by the steps:

- ``id``, ``user_key``: item and (pseudonymous) user;
- ``_text``: the item rendered as plain text (what filters, dedup and decontamination see);
- ``_norm``: ``_text`` normalised (``transforms.exports.shingles.normalize_texts``);
- ``_dups``: how many source items this item stands for after dedup (1 = unique).

Steps that drop rows report ``removed`` and carry a ``reason``, which the manifest aggregates
into per-reason counts.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import polars as pl

from transforms.exports.shingles import PLACEHOLDER_PATTERN


class Step(Protocol):
    """One curation job."""

    name: str

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]: ...


@dataclass(frozen=True)
class PipelineResult:
    frame: pl.DataFrame
    steps: list[dict[str, Any]]
    rows_in: int

    @property
    def removed_by_reason(self) -> dict[str, int]:
        """Rows removed per reason (consent, filters, dedup, decontamination)."""
        out: dict[str, int] = {}
        for s in self.steps:
            if s.get("removed_by_rule"):  # one step, several rules: count each on its own
                for rule, n in s["removed_by_rule"].items():
                    out[rule] = out.get(rule, 0) + int(n)
            elif s.get("reason"):
                out[s["reason"]] = out.get(s["reason"], 0) + int(s.get("removed", 0))
        return out


def run_pipeline(frame: pl.DataFrame, steps: Sequence[Step]) -> PipelineResult:
    """Apply steps in order; every step's stats are kept, in order, for the manifest."""
    missing = {"id", "user_key", "_text"} - set(frame.columns)
    if missing:
        raise ValueError(f"curation frame lacks columns {sorted(missing)}")
    rows_in = frame.height
    if "_norm" not in frame.columns:
        from transforms.exports.shingles import normalize_texts

        frame = frame.with_columns(normalize_texts(frame["_text"]).alias("_norm"))
    if "_dups" not in frame.columns:
        frame = frame.with_columns(pl.lit(1, dtype=pl.Int64).alias("_dups"))
    stats: list[dict[str, Any]] = []
    for step in steps:
        frame = timed_step(step, frame, stats)
    return PipelineResult(frame=frame, steps=stats, rows_in=rows_in)


def timed_step(
    step: Step,
    frame: pl.DataFrame,
    stats: list[dict[str, Any]],
    apply: Callable[[pl.DataFrame], tuple[pl.DataFrame, dict[str, Any]]] | None = None,
) -> pl.DataFrame:
    """Run ``step`` (or ``apply``, another way to run it) on ``frame``; append its manifest
    stats (rows in/out, seconds, the step's own counts) to ``stats``; return the new frame."""
    before = frame.height
    t0 = time.perf_counter()
    frame, s = (apply or step)(frame)
    stats.append(
        {
            "step": step.name,
            "rows_in": before,
            "rows_out": frame.height,
            "seconds": round(time.perf_counter() - t0, 3),
            **s,
        }
    )
    return frame


# --- consent ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsentFilter:
    """Keep only items of users whose training consent is on at export time."""

    allowed: frozenset[str]
    known: frozenset[str]
    name: str = "consent"
    reason: str = "no_training_consent"

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        ok = pl.col("user_key").is_in(list(self.allowed))
        unknown = ~pl.col("user_key").is_in(list(self.known)) | pl.col("user_key").is_null()
        dropped = frame.filter(~ok | pl.col("user_key").is_null())
        stats = {
            "reason": self.reason,
            "removed": dropped.height,
            "removed_unknown_user": dropped.filter(unknown).height,
            "users_excluded": dropped["user_key"].n_unique(),
        }
        return frame.filter(ok & pl.col("user_key").is_not_null()), stats


# --- row filters -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DropWhen:
    """Drop rows matching a polars predicate; the reason names the rule in the manifest."""

    name: str
    reason: str
    predicate: pl.Expr = field(compare=False)
    threshold: Any = None

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        drop = frame.select(self.predicate.fill_null(True).alias("_drop"))["_drop"]
        stats: dict[str, Any] = {"reason": self.reason, "removed": int(drop.sum())}
        if self.threshold is not None:
            stats["threshold"] = self.threshold
        return frame.filter(~drop), stats


def too_short(min_chars: int, column: str = "_text", reason: str = "too_short") -> DropWhen:
    """Fewer than ``min_chars`` characters (after trimming)."""
    return DropWhen(
        name=f"{reason}:{column}",
        reason=reason,
        threshold=min_chars,
        predicate=pl.col(column).str.strip_chars().str.len_chars() < min_chars,
    )


@dataclass(frozen=True)
class NonTextFilter:
    """Drop items that are mostly not prose or code: letters + whitespace below ``min_ratio``
    of characters, or more than ``max_blob_share`` of characters in unbroken runs of
    ``blob_min``+ non-space characters (base64/hex dumps, minified bundles). Non-ASCII
    characters count as letters."""

    min_ratio: float
    max_blob_share: float = 0.5
    blob_min: int = 40
    name: str = "mostly_non_text"
    reason: str = "mostly_non_text"

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        from transforms.exports.kernels import text_stats
        from transforms.exports.shingles import utf8_buffer

        data, offsets = utf8_buffer(frame["_text"])
        chars, letters, blob = text_stats(data, offsets, self.blob_min)
        length = np.maximum(chars, 1)
        drop = (letters / length < self.min_ratio) | (blob / length > self.max_blob_share)
        drop &= chars > 0  # empty text is the length filter's business
        stats = {
            "reason": self.reason,
            "removed": int(drop.sum()),
            "threshold": {"min_text_ratio": self.min_ratio, "max_blob_share": self.max_blob_share},
        }
        return frame.filter(pl.Series(~drop)), stats


def mostly_non_text(min_ratio: float, max_blob_share: float = 0.5) -> NonTextFilter:
    """See :class:`NonTextFilter`."""
    return NonTextFilter(min_ratio=min_ratio, max_blob_share=max_blob_share)


def pii_dense(max_per_kchar: float) -> DropWhen:
    """More than ``max_per_kchar`` redaction placeholders per 1,000 characters."""
    density = (
        pl.col("_text").str.count_matches(PLACEHOLDER_PATTERN)
        * 1000.0
        / pl.col("_text").str.len_chars().clip(lower_bound=1)
    )
    return DropWhen(
        name="pii_dense",
        reason="pii_placeholder_density",
        threshold=max_per_kchar,
        predicate=density > max_per_kchar,
    )


def unresolved(allowed_outcomes: Sequence[str] = ("success",)) -> DropWhen:
    """Sessions whose outcome says the help did not work."""
    return DropWhen(
        name="outcome",
        reason="unresolved",
        threshold=list(allowed_outcomes),
        predicate=~pl.col("outcome").is_in(list(allowed_outcomes)),
    )


# Raw identifiers that must never reach an export even if redaction missed them. Rust regex has
# no look-around, so candidates found by polars are confirmed in Python (few rows).
_SECRET_PATTERN = "|".join(
    (
        r"\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}",
        r"\b[sr]k_(?:live|test)_[0-9A-Za-z]{10,}",
        r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
        r"\bgh[pousr]_[A-Za-z0-9]{30,}",
        r"\bgithub_pat_[A-Za-z0-9_]{20,}",
        r"\bxox[baprs]-[A-Za-z0-9-]{10,}",
        r"\bAIza[0-9A-Za-z_-]{35}",
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----",
        r"\b[a-z][a-z0-9+.-]*://[^\s:/@<>]+:[^\s@/<>]+@",
    )
)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.(eyJ[A-Za-z0-9_-]{8,})\.[A-Za-z0-9_-]{8,}")
_EMAIL_CANDIDATE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"
_EMAIL_CONFIRM = re.compile(
    r"(?<![\w.@/-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"\.(?!(?:png|jpe?g|gif|svg|webp|js|mjs|ts|tsx|jsx|css|json|map|wasm|md)\b)[A-Za-z]{2,24}\b"
)


def _is_public_jwt(payload_b64: str) -> bool:
    """Supabase anon keys are public by design (the redaction policy keeps them); any other
    or undecodable JWT counts as a secret."""
    import base64
    import json

    try:
        claims = json.loads(base64.urlsafe_b64decode(payload_b64 + "=" * (-len(payload_b64) % 4)))
    except ValueError:
        return False
    return isinstance(claims, dict) and claims.get("role") == "anon"


@dataclass(frozen=True)
class RawIdentifierGuard:
    """Defence in depth: drop items that still contain a raw email or a known secret shape."""

    name: str = "raw_identifier_guard"
    reason: str = "raw_identifier"

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        text = frame["_text"]
        secret = text.str.contains(_SECRET_PATTERN).fill_null(False).to_numpy().copy()
        maybe_jwt = text.str.contains(_JWT.pattern).fill_null(False).to_numpy()
        maybe_email = text.str.contains(_EMAIL_CANDIDATE).fill_null(False).to_numpy()
        email = np.zeros(frame.height, dtype=bool)
        for i in np.flatnonzero(maybe_jwt | maybe_email).tolist():
            value = text[i]
            if maybe_jwt[i] and not secret[i]:
                secret[i] = any(not _is_public_jwt(m.group(1)) for m in _JWT.finditer(value))
            if maybe_email[i]:
                email[i] = _EMAIL_CONFIRM.search(value) is not None
        drop = secret | email
        stats = {
            "reason": self.reason,
            "removed": int(drop.sum()),
            "secret_shapes": int(secret.sum()),
            "emails": int(email.sum()),
        }
        return frame.filter(pl.Series(~drop)), stats


# --- dedup -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExactDedup:
    """Drop exact duplicates of the normalised text, keeping the best-ranked (first) item."""

    name: str = "exact_dedup"
    reason: str = "exact_duplicate"

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        marked = frame.with_columns(
            pl.col("_norm").is_first_distinct().alias("_keep"),
            pl.col("_dups").sum().over("_norm").alias("_group_dups"),
            pl.len().over("_norm").alias("_group_size"),
        )
        kept = marked.filter("_keep")
        stats = {
            "reason": self.reason,
            "removed": frame.height - kept.height,
            "clusters": int(kept.filter(pl.col("_group_size") > 1).height),
        }
        kept = kept.with_columns(pl.col("_group_dups").alias("_dups")).drop(
            "_keep", "_group_dups", "_group_size"
        )
        return kept, stats


@dataclass(frozen=True)
class NearDedup:
    """MinHash-LSH near-duplicate removal over the whole dataset (best-ranked member kept)."""

    threshold: float = 0.8
    num_perm: int = 128
    shingle: str = "word"
    shingle_size: int = 5
    seed: int = 1
    verify: bool = True
    name: str = "near_dedup"
    reason: str = "near_duplicate"

    def signatures(self, norm: pl.Series) -> np.ndarray:
        """MinHash signatures of normalised texts (one column per row, row-local)."""
        from transforms.exports.minhash import minhash_signatures

        return minhash_signatures(
            norm, num_perm=self.num_perm, kind=self.shingle, n=self.shingle_size, seed=self.seed
        )

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        if frame.height < 2:
            return self.resolve(frame, None)
        return self.resolve(frame, self.signatures(frame["_norm"]))

    def resolve(
        self, frame: pl.DataFrame, sig: np.ndarray | None
    ) -> tuple[pl.DataFrame, dict[str, Any]]:
        """Dedup ``frame`` (rank order) given its signatures (``sig[:, i]`` is row ``i``)."""
        from transforms.exports.minhash import lsh_params, resolve_near_duplicates

        params = {
            "threshold": self.threshold,
            "num_perm": self.num_perm,
            "shingle": f"{self.shingle}-{self.shingle_size}",
            "seed": self.seed,
            "verify_candidates": self.verify,
        }
        if frame.height < 2:
            return frame, {"reason": self.reason, "removed": 0, "clusters": 0, **params}
        bands, rows = lsh_params(self.threshold, self.num_perm)
        result = resolve_near_duplicates(
            sig, self.threshold, bands=bands, rows=rows, verify=self.verify
        )
        dups = frame["_dups"].to_numpy().astype(np.int64)
        folded = dups * result.keep
        children = np.flatnonzero(result.parent >= 0)
        np.add.at(folded, result.parent[children], dups[children])
        kept = frame.with_columns(pl.Series("_dups", folded)).filter(pl.Series(result.keep))
        stats = {
            "reason": self.reason,
            "removed": result.removed,
            "clusters": int(len(np.unique(result.parent[children]))),
            "lsh_candidates": result.candidates,
            "rejected_candidates": result.rejected_candidates,
            "bands": result.bands,
            "rows_per_band": result.rows,
            **params,
        }
        return kept, stats


# --- decontamination -------------------------------------------------------------------------
@dataclass(frozen=True)
class Decontaminate:
    """Drop items sharing word n-grams with the eval set (``transforms.exports.decontam``)."""

    index: Any  # EvalIndex
    min_matches: int = 1
    name: str = "decontaminate"
    reason: str = "eval_contamination"

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        from transforms.exports.decontam import find_contamination

        result = find_contamination(frame["_norm"], self.index)
        bad = result.contaminated(self.min_matches)
        hit_items: dict[str, int] = {}
        for owner in result.first_eval[bad].tolist():
            key = self.index.item_ids[owner]
            hit_items[key] = hit_items.get(key, 0) + 1
        stats = {
            "reason": self.reason,
            "removed": int(bad.sum()),
            "min_matches": self.min_matches,
            "ngram": self.index.n,
            "eval_items_hit": dict(sorted(hit_items.items())),
        }
        return frame.filter(pl.Series(~bad)), stats


# --- splits ----------------------------------------------------------------------------------
def split_of_user(user_key: str, salt: str, fractions: Sequence[tuple[str, float]]) -> str:
    """Split for one user: sha256(salt:user_key) as a number in [0, 1) against cumulative
    fractions. Depends on nothing else, so it is stable across runs and data growth."""
    digest = hashlib.sha256(f"{salt}:{user_key}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    acc = 0.0
    for name, frac in fractions:
        acc += frac
        if u < acc:
            return name
    return fractions[-1][0]


@dataclass(frozen=True)
class AssignSplits:
    """Add a ``split`` column by user, so no user's items land in two splits."""

    salt: str
    fractions: tuple[tuple[str, float], ...]
    name: str = "assign_splits"

    min_users: int = 10  # with at least this many users, no split with a share stays empty

    def __call__(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Any]]:
        users = frame["user_key"].unique().sort().to_list()
        splits = [split_of_user(u, self.salt, self.fractions) for u in users]
        moved = self._fill_empty(users, splits)
        mapping = pl.DataFrame(
            {"user_key": users, "split": splits},
            schema={"user_key": pl.String, "split": pl.String},
        )
        out = frame.join(mapping, on="user_key", how="left", maintain_order="left")
        rows = out["split"].value_counts().sort("split")
        user_counts = mapping["split"].value_counts().sort("split")
        return out, {
            "rows": dict(zip(rows["split"].to_list(), rows["count"].to_list(), strict=True)),
            "users": dict(
                zip(user_counts["split"].to_list(), user_counts["count"].to_list(), strict=True)
            ),
            "salt_sha256": hashlib.sha256(self.salt.encode()).hexdigest()[:16],
            "users_moved_to_fill_empty_splits": moved,
        }

    def _fill_empty(self, users: list[str], splits: list[str]) -> dict[str, int]:
        """Small datasets: give each empty split (with a share > 0) one train user, chosen by a
        salted hash, so validation/test exist. Splits are then stable only once the hash alone
        fills them."""
        if len(users) < self.min_users:
            return {}
        moved: dict[str, int] = {}
        for name, frac in self.fractions:
            if frac <= 0 or name == "train" or name in splits:
                continue
            train = [i for i, s in enumerate(splits) if s == "train"]
            if len(train) < 2:
                break
            pick = min(
                train,
                key=lambda i: hashlib.sha256(f"{self.salt}|fill|{users[i]}".encode()).digest(),
            )
            splits[pick] = name
            moved[name] = 1
        return moved
