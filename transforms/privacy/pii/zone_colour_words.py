"""Time-zone abbreviations and colour names are no places (issue 14).

spaCy tags "CDT" in a timestamp ("Thu Jun 5 10:59:10 CDT 2014") and a colour word ("plotted in
magenta") as places in developer prose. Both lists come from maintained data, not typed lists:

- **Time-zone abbreviations**: every alphabetic abbreviation the IANA time-zone database
  (https://www.iana.org/time-zones; Python's ``zoneinfo`` over the ``tzdata`` package) gives any
  zone in January or July of the years sampled ("CDT", "PST", "CEST", "AEST", "MSK", "IST").
  Only an all-capital span that is exactly one of them is dropped.
- **Colour names**: the CSS named colours (W3C CSS Color Module Level 4, section 6.1,
  https://www.w3.org/TR/css-color-4/#named-colors) as Matplotlib ships them
  (``matplotlib.colors.CSS4_COLORS``). Only a lower-case one-word span is dropped, so the towns
  "Magenta" and "Orange" stay places.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from transforms.privacy.spans import Span

# Summer and winter of years across recent rule changes (MSK 2011/2014, Turkey 2016, ...)
_SAMPLE_YEARS = (1995, 2005, 2012, 2015, 2020, 2026)


@cache
def zone_abbreviations() -> frozenset[str]:
    """Alphabetic time-zone abbreviations of the IANA database ("CDT", "CEST", "JST")."""
    from zoneinfo import ZoneInfo, available_timezones

    names = set()
    for key in available_timezones():
        zone = ZoneInfo(key)
        for year in _SAMPLE_YEARS:
            for month in (1, 7):
                name = datetime(year, month, 15, 12, tzinfo=zone).tzname()
                if name and name.isalpha() and name.isupper():
                    names.add(name)
    return frozenset(names)


@cache
def css_colour_names() -> frozenset[str]:
    """The CSS named colours (W3C CSS Color 4) in lower case: "magenta", "teal", "navy"."""
    from matplotlib.colors import CSS4_COLORS

    return frozenset(CSS4_COLORS)


def _no_place(value: str) -> bool:
    if value.isupper() and value.isalpha() and 2 < len(value) < 6:
        return value in zone_abbreviations()
    if value.isalpha() and value.islower():
        return value in css_colour_names()
    return False


def drop_zone_colour_places(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without LOCATION spans that are a time-zone abbreviation or a colour name."""
    return [s for s in spans if s.type != "LOCATION" or not _no_place(text[s.start : s.end])]
