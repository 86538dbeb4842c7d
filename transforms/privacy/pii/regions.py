"""Names of the world's subdivisions (states, provinces, regions, counties) as places.

The place lists of :mod:`~transforms.privacy.pii.gazetteers` hold countries, US states and
GeoNames towns, but no subdivision outside the US: "Queensland", "Tasmania", "Punjab",
"Kashmir"-like regions, "Yorkshire", "Donegal", "Bavaria". Social posts name them as often as
towns ("#Donegal", "bushfires in Tasmania", "queensland police"). :data:`REGIONS` lists the
ISO 3166-2 subdivision names (``pycountry`` 26.2.16, LGPL-2.1, data from Debian's iso-codes;
https://www.iso.org/iso-3166-country-codes.html), in their English or romanised form and
accent-folded, without the bracketed local names iso-codes adds ("Cardiff [Caerdydd GB-CRD]"
-> "Cardiff").

Like ``COUNTRIES_AND_REGIONS`` they are never matched from the list alone: they confirm a place
spaCy tags, a hashtag, a lower-case place after a place preposition or the place that opens an
organisation. Left out: municipalities, communes and other town-level subdivisions; one-word
names that are English words (pyspellchecker frequency >= :data:`REGION_WORD_FREQUENCY`:
"Antique", "Lakes") or generic ("Centre", "Norte"); census given names and common surnames
("Victoria", "Angus", "Durham"); names shorter than four letters or with a comma or digits.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_SURNAMES,
    GIVEN_NAMES,
    NOT_LOCATIONS,
    ascii_fold,
    english_frequency,
    word_set,
)

_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
# Capitalised words, maybe joined by a connector ("Jammu and Kashmir", "Isle of Wight").
_NAME = re.compile(r"^[A-Z][a-z]+(?:(?:[ \-]|[ ](?:and|of|de|del|la|el|do|da|du)[ ])[A-Z][a-z]+)*$")


# A one-word subdivision this frequent in English is too often the word ("Antique", "Lakes",
# "Unity", "Cork", "Batman", "Cascade"); a tenth of the cut ``gazetteers`` uses for towns.
REGION_WORD_FREQUENCY = 3e-7
# Municipalities, communes and quarters are towns or parts of one (Slovenia's "Bled", "Grad"):
# only the larger subdivisions count.
_TOWN_LEVEL = ("municipality", "commune", "quarter", "town", "borough", "city")
# Directions and generic words some countries use as a subdivision's whole name.
_GENERIC = word_set("centre central centro norte sur nord sud est ouest highland capital")


def _usable(name: str) -> bool:
    if len(name) < 4 or not _NAME.match(name) or name in NOT_LOCATIONS:
        return False
    if " " in name or "-" in name:
        return True  # "New South Wales", "Uttar Pradesh": a phrase is no everyday word
    if name in GIVEN_NAMES or name in AMBIGUOUS_GIVEN_NAMES or name in COMMON_SURNAMES:
        return False
    if name.lower() in _GENERIC:
        return False
    return english_frequency(name.lower()) < REGION_WORD_FREQUENCY


@functools.cache
def _regions() -> frozenset[str]:
    import pycountry

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if any(level in sub.type.lower() for level in _TOWN_LEVEL):
            continue
        name = _BRACKETED.sub("", sub.name).strip()
        for form in {name, ascii_fold(name)}:
            if _usable(form):
                names.add(form)
    return frozenset(names)


REGIONS = _regions()
