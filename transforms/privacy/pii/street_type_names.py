"""A street-type word before a number is an address part, not a surname (session 35, issue 14).

Chinese addresses number their lanes ("Rm. 701, 36 #, Lane 100, Tianlin East Road, Shanghai";
sec_filings dev), and the name lists hold "Lane" as a surname, so the gazetteer tags it PERSON.
A surname is not followed by a bare number in prose, while a street type with its number is
the usual shape of an address line ("Lane 100", "Road 7"). :func:`drop_street_type_names` drops
a one-word PERSON span that is a street type of :mod:`~transforms.privacy.pii.patterns` (the
USPS-style list the address pattern uses) followed by a number.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.patterns import _STREET_TYPES
from transforms.privacy.spans import Span

_STREET_TYPE = re.compile(_STREET_TYPES)
_NUMBER_NEXT = re.compile(r"[ \t]+\d")


def drop_street_type_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without one-word PERSON spans that are a street type before a number."""
    return [
        s
        for s in spans
        if s.type != "PERSON"
        or not _STREET_TYPE.fullmatch(text[s.start : s.end])
        or not _NUMBER_NEXT.match(text, s.end)
    ]
