"""Refuse a partition replace that would lose good data (storage-independent).

A rerun replaces a whole partition. When the new input is unreadable or truncated, or keeps
far fewer rows than the partition it replaces, that replace is refused before anything is
committed: the old partition stays, the stage fails with the reason in its run record. The
operator can force it (``iw run extract --allow-shrink``); the forced replace is then logged in
the run record. The check only takes row counts and problems, so it works whatever the lake
format (Parquet directories today, a table format later).
"""

from __future__ import annotations

from dataclasses import dataclass


class PartitionReplaceRefused(RuntimeError):
    """A partition replace would shrink or corrupt good data; nothing was written."""


@dataclass(frozen=True)
class ReplaceCheck:
    """What a replace of ``table`` dt=``day`` would do; ``forced`` when let through anyway."""

    table: str
    day: str
    old_rows: int
    new_rows: int
    reason: str | None
    forced: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "table": self.table,
            "day": self.day,
            "old_rows": self.old_rows,
            "new_rows": self.new_rows,
            "reason": self.reason,
            "forced": self.forced,
        }


def check_partition_replace(
    table: str,
    day: str,
    old_rows: int | None,
    new_rows: int,
    *,
    unreadable: list[str] | None = None,
    max_shrink: float = 0.2,
    allow_shrink: bool = False,
) -> ReplaceCheck:
    """Decide a replace of ``old_rows`` by ``new_rows``; raise :class:`PartitionReplaceRefused`
    when the input had unreadable parts or the partition shrinks by more than ``max_shrink``
    (a fraction), unless ``allow_shrink``. ``old_rows=None``: no partition yet, nothing to
    lose, always fine (the unreadable part is quarantined)."""
    if not 0 <= max_shrink <= 1:
        raise ValueError(f"max_shrink must be within [0, 1], got {max_shrink}")
    reason = None
    if unreadable and old_rows is not None:  # a first load keeps what it could read
        reason = f"input unreadable or truncated ({unreadable[0]})"
    elif old_rows and new_rows < old_rows * (1 - max_shrink):
        reason = (
            f"would shrink from {old_rows} to {new_rows} rows "
            f"(more than IW_MAX_PARTITION_SHRINK={max_shrink:g})"
        )
    check = ReplaceCheck(table, day, old_rows or 0, new_rows, reason, forced=bool(reason))
    if reason and not allow_shrink:
        raise PartitionReplaceRefused(
            f"refused to replace {table} dt={day}: {reason}; the old partition is kept. "
            "Fix the source file, or rerun with --allow-shrink to replace it anyway"
        )
    return check
