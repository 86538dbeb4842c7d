"""Dates that the address formats read as an address.

:func:`~transforms.privacy.pii.patterns.detect_addresses` matches "<Street> <number>, <postcode>
<City>" ("Hauptweg 5, 1998 Amsterdam"). An English date in news and web prose has the same
shape: "On June 5, 1998 President Clinton signed", "April 6, 1928 Good Friday", "NPR March
30, 2004 Tuesday" (a month, a day, a comma, a four-digit year and a capitalised word). A month
name before the day and a year from 1500 to 2099 after the comma make it a date. The
number-first and cued street formats of :mod:`~transforms.privacy.pii.addresses` read "Aug. 12"
as a street and number, or "2003 Iraq" as a number and street ("On Aug. 12, 2003 Iraq said"):
:func:`street_addresses_outside_dates` drops their matches that overlap such a date.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.address_lists import numbered_list
from transforms.privacy.pii.addresses import detect_street_addresses
from transforms.privacy.pii.peoples import month_names
from transforms.privacy.spans import Span


@functools.cache
def _written_date() -> re.Pattern[str]:
    """ "Month D, YYYY" with the English month names (wide and abbreviated) from CLDR."""
    wide, short = month_names()
    months = "|".join(sorted(map(re.escape, wide | short), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{months})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,\s*(?:1[5-9]|20)\d\d(?!\d)"
    )


def written_date(value: str) -> bool:
    """Whether an address match holds an English "Month D, YYYY" date (module docstring)."""
    return _written_date().search(value) is not None


def inside_written_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps an English "Month D, YYYY" date: "Sept. 3" and
    "2003 Iraq" in "On Aug. 12, 2003 Iraq said" are no street name and house number."""
    lo = max(0, start - 24)
    return any(
        m.start() < end and start < m.end()
        for m in _written_date().finditer(text, lo, min(len(text), end + 24))
    )


def street_addresses_outside_dates(text: str) -> list[Span]:
    """:func:`~transforms.privacy.pii.addresses.detect_street_addresses` without the matches
    that overlap an English written date or are a list of numbered names
    (:mod:`~transforms.privacy.pii.address_lists`)."""
    return [
        s
        for s in detect_street_addresses(text)
        if not inside_written_date(text, s.start, s.end) and not numbered_list(text, s.start, s.end)
    ]
