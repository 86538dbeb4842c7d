"""Lists of numbered names that the bare address formats read as an address (issue 14, session
35; tuned on crossner and gum_train dev).

Without a street-type word, :mod:`~transforms.privacy.pii.addresses` reads "<number> <Name>,
<postcode> <City>" and "<Name> <number>, ..." after a cue ("Hauptweg 5, 1998 Amsterdam").
Encyclopaedic prose lists numbered names the same way: minor planets ("8749 Beatles, 4147
Lennon, 4148 McCartney and 4149 Harrison"), editions of events ("the 1989 Southeast Asian
Games, 1991 Southeast Asian Games, and 1993 Southeast Asian Games", "Eurovision Song Contest
2011, Eurovision Song Contest 2015, ..."). An address's parts differ in shape (street and
number, postcode and town, country); a list repeats one. A match whose comma-separated items,
with the list item right before it and right after it (", " / "and" / "or" / "&"), hold one
shape three times or more is a list: the shape of an item writes a run of digits as ``#`` and a
capitalised word as ``W`` ("4147 Lennon" and "4148 McCartney" are both ``# W``). A match with a
street-type word ("12 Main Street, 14 Oak Street and 16 Elm Street") stays an address.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.privacy.pii.addresses import _CORE

_ITEM_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
_BEFORE = re.compile(r"([^,;:()\n]+?)[ \t]*,[ \t]*$")
_AFTER = re.compile(r"(?:[ \t]*,)?[ \t]*(?:(?:and|or|&)[ \t]+)?([^,;:()\n.]+)")
MIN_REPEATS = 3


def _shape(item: str) -> tuple[str, ...]:
    return tuple("#" if w.isdigit() else "W" if w[:1].isupper() else w for w in item.split() if w)


def numbered_list(text: str, start: int, end: int) -> bool:
    """Whether the address match ``text[start:end]`` is a list of numbered names (docstring)."""
    if _CORE.search(text, start, end):
        return False
    items = [_shape(i) for i in _ITEM_SEP.split(text[start:end]) if i.strip()]
    if not items:
        return False
    first, last = len(items[0]), len(items[-1])
    before = _BEFORE.search(text, max(0, start - 80), start)
    if before is not None:
        items.append(_shape(before.group(1))[-first:])
    after = _AFTER.match(text, end)
    if after is not None:
        items.append(_shape(after.group(1))[:last])
    return max(Counter(items).values()) >= MIN_REPEATS
