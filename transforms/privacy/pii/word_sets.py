"""The helper behind every hand-written word list of the detectors (no imports of its own, so
any list module can use it)."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a hand-written list (``"Mr Mrs Ms"``) as a set."""
    return frozenset(text.split())


# the names of the months and weekdays: capitalised like names, never a person's
MONTHS_AND_DAYS = word_set("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""")
