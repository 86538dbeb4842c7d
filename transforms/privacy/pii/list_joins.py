"""Runs of spans written as one list ("Mosul, Tikrit and Raqqah", "Pinnick , Tabor und Gaskill"),
shared by :mod:`~transforms.privacy.pii.coordinated_names` and
:mod:`~transforms.privacy.pii.place_lists`, each with its own conjunctions; a one-word "person"
joined to another person keeps its type in :mod:`~transforms.privacy.pii.town_people` and
:mod:`~transforms.privacy.pii.guide_places`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from transforms.privacy.spans import Span


def list_joiner(conjunctions: Sequence[str], after: str = "") -> re.Pattern[str]:
    """What may stand between two members of a list: a comma (with or without one of
    ``conjunctions`` after it) or one of ``conjunctions`` alone, with spaces or tabs around;
    ``after`` (a pattern, e.g. an optional article) may follow either."""
    words = "|".join(conjunctions)
    return re.compile(rf"[ \t]*,[ \t]*(?:(?:{words})[ \t]+)?{after}|[ \t]+(?:{words})[ \t]+{after}")


def joined(joiner: re.Pattern[str], text: str, left: Span, right: Span) -> bool:
    """Whether only a list separator stands between ``left`` and ``right``."""
    return left.end <= right.start and joiner.fullmatch(text, left.end, right.start) is not None


def list_runs(joiner: re.Pattern[str], text: str, ordered: Sequence[Span]) -> list[list[int]]:
    """Runs of two or more indexes of ``ordered`` (spans by start) whose neighbours are joined
    only by a list separator."""
    runs: list[list[int]] = []
    for i, s in enumerate(ordered):
        if runs and joined(joiner, text, ordered[runs[-1][-1]], s):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) > 1]


_AND_JOINER = list_joiner(("and", "&"))


def joined_to_person(
    text: str, s: Span, spans: Sequence[Span], alone: Callable[[str], bool]
) -> bool:
    """Whether a PERSON span of ``spans`` other than ``s`` stands next to it in an and-list
    ("both Behe and Scott Minnich"); persons whose value ``alone`` marks as themselves in doubt
    do not count (two unlisted town names joined stay towns: "Raqqah and Samarra")."""
    return any(
        p is not s
        and p.type == "PERSON"
        and not alone(text[p.start : p.end])
        and (joined(_AND_JOINER, text, s, p) or joined(_AND_JOINER, text, p, s))
        for p in spans
    )
