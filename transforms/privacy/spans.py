"""Detected spans and overlap resolution: the one data shape every detector returns."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from transforms.contracts.platform import ENTITY_TYPES

# The fixed output vocabulary. URL and DATE_TIME are never emitted.
OUTPUT_TYPES: tuple[str, ...] = ENTITY_TYPES


@dataclass(frozen=True, slots=True)
class Span:
    """A detected entity: character offsets ``[start, end)`` into the analysed text."""

    start: int
    end: int
    type: str
    score: float
    detector: str

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape (``iw pii detect``): no detector, no value."""
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "score": round(self.score, 4),
        }


def add_uncovered(
    spans: list[Span], ranges: Iterable[tuple[int, int]], type_: str, score: float, detector: str
) -> list[Span]:
    """``spans`` with a ``type_`` span appended for each ``(start, end)`` of ``ranges`` that no
    span overlaps yet (those appended here included), in order."""
    for a, b in ranges:
        if not any(s.start < b and a < s.end for s in spans):
            spans.append(Span(a, b, type_, score, detector))
    return spans


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep a non-overlapping subset, sorted by start.

    Priority: SECRET first (a key inside a URL or an email-looking password must go whole),
    then the longest span, then the highest score, then the earliest start (deterministic).
    """
    ranked = sorted(
        (s for s in spans if s.end > s.start),
        key=lambda s: (s.type != "SECRET", -(s.end - s.start), -s.score, s.start, s.type),
    )
    # Kept spans are disjoint, so a candidate only needs checking against its two neighbours
    # in start order (O(n log n) even for texts with tens of thousands of spans).
    starts: list[int] = []
    kept: list[Span] = []
    for s in ranked:
        i = bisect.bisect_right(starts, s.start)
        if i > 0 and kept[i - 1].end > s.start:
            continue
        if i < len(kept) and kept[i].start < s.end:
            continue
        starts.insert(i, s.start)
        kept.insert(i, s)
    return kept
