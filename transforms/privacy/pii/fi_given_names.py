"""Finnish first given names from the population register (issue 14).

``nam_dict`` (:mod:`.intl_names`, 2008) lists few Finnish names for Finland: "Matti", "Timo" and
"Jukka" are missing, so a Finnish sentence's "Matti" or "Timon" (genitive) had only spaCy's
English model to go on. ``data/fi_given_names.tsv`` holds the first given names of at least 50
people in the Population Information System, from the Digital and Population Data Services
Agency's (DVV) open name statistics (CC BY 4.0, "Väestötietojärjestelmän suomalaisten
nimiaineistot", https://www.avoindata.fi/data/fi/dataset/none), built by
``tests/data/external/fi_given_names/build_fi_given_names.py`` (see ``data/README.md``).

:func:`fi_given_names` keeps the one-word names of :data:`MIN_BEARERS` or more people; the
caller (:func:`.language_names.language_given_names`) drops everyday words ("Onni", "Tuuli").
Threshold tuned on the Turku NER corpus dev split.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).parent / "data" / "fi_given_names.tsv"
# a rarer first name is more often also a word or a foreign spelling of one
MIN_BEARERS = 200
MIN_NAME_LENGTH = 3


@functools.cache
def fi_given_names(min_bearers: int = MIN_BEARERS) -> frozenset[str]:
    """One-word first given names of at least ``min_bearers`` people in Finland."""
    out = set()
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            name, count = line.rstrip("\n").split("\t")
            if int(count) < min_bearers:
                break  # the file is sorted by count, most common first
            if len(name) >= MIN_NAME_LENGTH and name.isalpha() and name[1:].islower():
                out.add(name)
    return frozenset(out)
