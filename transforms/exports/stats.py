"""What a training engineer needs to know before loading an export: lengths, languages,
placeholders, signal mix. Computed on the final rows, stored in the manifest, shown in the card.

Token counts: no tokenizer ships offline on PyPI for the target model, so tokens are estimated
from characters at ``CHARS_PER_TOKEN`` (a conservative ratio for code-heavy English chat: real
BPE tokenizers give 3.5-4.5 characters per token here, so the estimate over-counts tokens
and a ``max_length`` derived from it keeps at least the stated share of rows).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import pyarrow as pa

CHARS_PER_TOKEN = 3.0
KEEP_SHARE = 0.99
_PLACEHOLDER_TYPE = re.compile(r"<([A-Z][A-Z_]+?)(?:_[0-9a-f]{4,})?>")


def _joined(conv: list[dict[str, Any]] | None) -> str:
    return "\n\n".join((m or {}).get("content") or "" for m in conv or [])


def _row_texts(dataset: str, table: pa.Table) -> tuple[list[int], list[str]]:
    """(characters a trainer sees per row, user-side text per row for language detection)."""
    lengths, user_texts = [], []
    if dataset == "preference":
        for p, c, r in zip(
            table.column("prompt").to_pylist(),
            table.column("chosen").to_pylist(),
            table.column("rejected").to_pylist(),
            strict=True,
        ):
            lengths.append(len(_joined(p)) + max(len(_joined(c)), len(_joined(r))))
            user_texts.append(_joined([m for m in p or [] if m["role"] == "user"]))
    else:
        for conv in table.column("messages").to_pylist():
            lengths.append(len(_joined(conv)))
            user_texts.append(_joined([m for m in conv or [] if m["role"] == "user"]))
    return lengths, user_texts


def _quantile(sorted_vals: list[int], q: float) -> int:
    if not sorted_vals:
        return 0
    return sorted_vals[min(len(sorted_vals) - 1, math.ceil(q * len(sorted_vals)) - 1)]


def length_stats(lengths: list[int]) -> dict[str, Any]:
    """Characters and estimated tokens per row, and a ``max_length`` keeping 99 % of rows."""
    vals = sorted(lengths)
    chars = {
        "mean": round(sum(vals) / len(vals), 1) if vals else 0,
        "p50": _quantile(vals, 0.5),
        "p95": _quantile(vals, 0.95),
        "p99": _quantile(vals, 0.99),
        "max": vals[-1] if vals else 0,
    }
    tokens = {k: math.ceil(v / CHARS_PER_TOKEN) for k, v in chars.items()}
    keep = math.ceil(_quantile(vals, KEEP_SHARE) / CHARS_PER_TOKEN)
    recommended = max(256, 256 * math.ceil(keep / 256))
    return {
        "chars": chars,
        "tokens_estimated": tokens,
        "chars_per_token": CHARS_PER_TOKEN,
        "recommended_max_length": recommended,
        "rows_within_recommended": sum(
            1 for v in vals if math.ceil(v / CHARS_PER_TOKEN) <= recommended
        ),
    }


def language_shares(texts: list[str]) -> dict[str, float]:
    """Share of rows per language of the user turns (``und`` = too short/uncertain)."""
    from transforms.exports.content import language

    counts = Counter(language(t) or "und" for t in texts)
    total = sum(counts.values()) or 1
    return {k: round(v / total, 4) for k, v in counts.most_common()}


def placeholder_vocabulary(table: pa.Table) -> dict[str, int]:
    """Redaction placeholder types a model will see, with their counts (never values)."""
    counts: Counter[str] = Counter()
    for name in table.column_names:
        col = table.column(name)
        if pa.types.is_string(col.type):
            values = col.to_pylist()
        elif pa.types.is_list(col.type):
            values = [_joined(v) for v in col.to_pylist()]
        else:
            continue
        for v in values:
            if v and "<" in v:
                counts.update(m.group(1) for m in _PLACEHOLDER_TYPE.finditer(v))
    return dict(sorted(counts.items()))


def dataset_stats(dataset: str, table: pa.Table) -> dict[str, Any]:
    """Every statistic the card shows, for one export version."""
    lengths, user_texts = _row_texts(dataset, table)
    out: dict[str, Any] = {
        "length": length_stats(lengths),
        "languages": language_shares(user_texts),
        "placeholders": placeholder_vocabulary(table),
    }
    if "signal" in table.column_names:
        out["signals"] = dict(Counter(table.column("signal").to_pylist()).most_common())
    if "quality" in table.column_names:
        q = [x for x in table.column("quality").to_pylist() if x is not None]
        out["quality_mean"] = round(sum(q) / len(q), 4) if q else None
    return out
