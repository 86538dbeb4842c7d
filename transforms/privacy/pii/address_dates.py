"""Dates that the "street number, postcode city" address format reads as an address.

:func:`~transforms.privacy.pii.patterns.detect_addresses` matches "<Street> <number>, <postcode>
<City>" ("Hauptweg 5, 1998 Amsterdam"). An English date in news and web prose has the same
shape: "On June 5, 1998 President Clinton signed", "April 6, 1928 Good Friday", "NPR March
30, 2004 Tuesday" (a month, a day, a comma, a four-digit year and a capitalised word). A month
name before the day and a year from 1500 to 2099 after the comma make it a date.
"""

from __future__ import annotations

import re

_WRITTEN_DATE = re.compile(
    r"(?<![\w-])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    r"\s\d{1,2}(?:st|nd|rd|th)?,\s*(?:1[5-9]|20)\d\d(?!\d)"
)


def written_date(value: str) -> bool:
    """Whether an address match holds an English "Month D, YYYY" date (module docstring)."""
    return _WRITTEN_DATE.search(value) is not None
