"""Given names of 55 countries and regions beyond the US Census (issue 14).

The census lists behind :mod:`~transforms.privacy.pii.gazetteers` are English-centric: "Jouni",
"Vsevolod", "Natasja" or "Winfried" are in none of them. ``data/intl_given_names.tsv`` is built
from Jörg Michael's ``nam_dict.txt`` (2008; GNU Free Documentation License 1.2 or later; as
shipped in the ``gender-guesser`` 0.4.0 sdist) by
``tests/data/external/intl_given_names/build_intl_given_names.py``: each name with its highest
frequency class in any country (1 = rare .. 13 = extremely common) and the countries listing it.
The list is not from this project's generator (Faker) nor from any evaluation corpus.

:mod:`~transforms.privacy.pii.gazetteers` adds the names that are no everyday English word to
its given names; the filters there (and the ones that read them) decide where one counts.
"""

from __future__ import annotations

import functools
from pathlib import Path

DATA = Path(__file__).parent / "data" / "intl_given_names.tsv"


@functools.cache
def intl_given_names() -> dict[str, int]:
    """Each listed one-word given name (accents kept) -> its highest frequency class (1-13)."""
    out: dict[str, int] = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            name, top, _ = line.rstrip("\n").split("\t", 2)
            out[name] = int(top, 16)
    return out


# nam_dict's frequency class from which a name is common in some country: the names it lists
# that read like demonyms ("Kishan", "Stellan", "Valerian") are 3 or more; "Georgian" is 2.
COMMON_ABROAD_CLASS = 3


def given_name_abroad(word: str) -> bool:
    """Whether ``word`` is a given name of frequency class :data:`COMMON_ABROAD_CLASS` or more in
    some country of the list (no English-word filter: callers have other evidence of a name)."""
    return intl_given_names().get(word, 0) >= COMMON_ABROAD_CLASS
