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


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values()) or 1
    return {k: round(v / total, 4) for k, v in counts.most_common()}


def _language_counts(texts: list[str]) -> Counter[str]:
    from transforms.exports.content import language

    return Counter(language(t) or "und" for t in texts)


def language_shares(texts: list[str]) -> dict[str, float]:
    """Share of rows per language of the user turns (``und`` = too short/uncertain)."""
    return _shares(_language_counts(texts))


def _placeholder_counts(table: pa.Table) -> Counter[str]:
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
    return counts


def placeholder_vocabulary(table: pa.Table) -> dict[str, int]:
    """Redaction placeholder types a model will see, with their counts (never values)."""
    return dict(sorted(_placeholder_counts(table).items()))


class DatasetStats:
    """Every statistic the card shows, accumulated over the final rows batch by batch (in
    output order), so an export never holds all its rows; ``result()`` equals
    :func:`dataset_stats` over the concatenated batches."""

    def __init__(self, dataset: str) -> None:
        self.dataset = dataset
        self.lengths: list[int] = []
        self.languages: Counter[str] = Counter()
        self.placeholders: Counter[str] = Counter()
        self.signals: Counter[str] | None = None
        self.quality: tuple[float, int] | None = None

    def add(self, table: pa.Table) -> None:
        lengths, user_texts = _row_texts(self.dataset, table)
        self.lengths.extend(lengths)
        self.languages.update(_language_counts(user_texts))
        self.placeholders.update(_placeholder_counts(table))
        if "signal" in table.column_names:
            self.signals = self.signals if self.signals is not None else Counter()
            self.signals.update(table.column("signal").to_pylist())
        if "quality" in table.column_names:
            total, n = self.quality or (0, 0)
            for x in table.column("quality").to_pylist():
                if x is not None:
                    total, n = total + x, n + 1
            self.quality = (total, n)

    def result(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "length": length_stats(self.lengths),
            "languages": _shares(self.languages),
            "placeholders": dict(sorted(self.placeholders.items())),
        }
        if self.signals is not None:
            out["signals"] = dict(self.signals.most_common())
        if self.quality is not None:
            total, n = self.quality
            out["quality_mean"] = round(total / n, 4) if n else None
        return out


def dataset_stats(dataset: str, table: pa.Table) -> dict[str, Any]:
    """Every statistic the card shows, for one export version."""
    acc = DatasetStats(dataset)
    acc.add(table)
    return acc.result()
