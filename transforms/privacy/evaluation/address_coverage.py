"""How much of each gold street address the union of LOCATION detections covers.

The ``address_coverage`` block of :func:`transforms.privacy.evaluation.external.evaluate_pii_corpus`
(records with a ``street`` span, ``address_formats``): under the half-overlap rule one gold span
per whole address counts as found only when ONE detection covers half of it, so this also counts
what the detections cover together.
"""

from __future__ import annotations

from typing import Any


def _covered_chars(text: str, start: int, end: int, spans: list[dict]) -> tuple[int, int]:
    """(letters/digits of ``text[start:end]`` inside some LOCATION span, letters/digits in all)."""
    inside = [
        any(s["start"] <= i < s["end"] for s in spans if s["type"] == "LOCATION")
        for i in range(start, end)
        if text[i].isalnum()
    ]
    return sum(inside), len(inside)


def address_coverage(records: list[dict], detected: list[list[dict]]) -> dict[str, Any] | None:
    """What the union of LOCATION detections covers of each gold address (records with a
    ``street`` span only): ``street_line`` = share whose street line is covered entirely,
    ``address_half`` = share with at least half of the address covered, ``address_chars`` =
    share of all gold address letters/digits covered. None when no record has a street span."""
    rows = [(r, d) for r, d in zip(records, detected, strict=True) if "street" in r]
    if not rows:
        return None
    street = half = chars = total = 0
    for rec, det in rows:
        got, n = _covered_chars(rec["text"], *rec["street"], det)
        street += got == n
        start, end = rec["gold"][0][0], rec["gold"][0][1]
        got, n = _covered_chars(rec["text"], start, end, det)
        half += got * 2 >= n
        chars, total = chars + got, total + n
    return {
        "addresses": len(rows),
        "street_line": round(street / len(rows), 4),
        "address_half": round(half / len(rows), 4),
        "address_chars": round(chars / total, 4) if total else 1.0,
    }
