"""Outcome-grounded quality: a score in [0, 1] per exported example from what happened after
the answer, not from the text. Documented in the data cards; exported as the ``quality`` column.

- ``sft`` (one conversation): ``0.35 * build pass rate + 0.25 * edit keep rate + 0.25 * fix
  loop resolution rate + 0.15 * thumbs score``, where a rate with nothing to count is neutral
  (0.5; loops: 1.0 when the session had no error) and the thumbs score is
  ``(up + 1) / (up + down + 2)``.
- ``bugfix`` (one resolved fix loop): ``0.6 / attempts + 0.4 * exp(-time_to_fix_s / 600)``:
  fixed at the first attempt and within minutes scores near 1.
"""

from __future__ import annotations

import polars as pl

SFT_WEIGHTS = {"builds": 0.35, "edits": 0.25, "loops": 0.25, "thumbs": 0.15}
BUGFIX_HALF_LIFE_S = 600.0


def _rate(good: str, bad: str, empty: float) -> pl.Expr:
    g, b = pl.col(good).fill_null(0).cast(pl.Float64), pl.col(bad).fill_null(0).cast(pl.Float64)
    return pl.when(g + b > 0).then(g / (g + b)).otherwise(pl.lit(empty))


def sft_quality() -> pl.Expr:
    """Quality of a conversation from its builds, kept edits, fix loops and thumbs."""
    up = pl.col("thumbs_up").fill_null(0).cast(pl.Float64)
    down = pl.col("thumbs_down").fill_null(0).cast(pl.Float64)
    w = SFT_WEIGHTS
    score = (
        w["builds"] * _rate("builds_passed", "builds_failed", 0.5)
        + w["edits"] * _rate("edits_kept", "edits_reverted", 0.5)
        + w["loops"] * _rate("fix_loops_resolved", "fix_loops_abandoned", 1.0)
        + w["thumbs"] * (up + 1) / (up + down + 2)
    )
    return score.round(4)


def bugfix_quality() -> pl.Expr:
    """Quality of a resolved fix loop from its attempts and time to fix."""
    attempts = pl.col("attempts").fill_null(1).clip(lower_bound=1).cast(pl.Float64)
    secs = pl.col("time_to_fix_s").fill_null(BUGFIX_HALF_LIFE_S * 10).clip(lower_bound=0)
    return (0.6 / attempts + 0.4 * (-secs / BUGFIX_HALF_LIFE_S).exp()).round(4)
