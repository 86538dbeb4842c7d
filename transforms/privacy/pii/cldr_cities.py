"""City names as a language writes them, from CLDR via ``babel`` (BSD) (issue 14).

GeoNames' alternate names carry no language tag and :mod:`.foreign_lists` keeps only those of
four letters or more, so exonyms such as German and Danish "Rom", German "Tokio" or Portuguese
"Singapura" were no place. CLDR's time-zone data names each zone's exemplar city in every locale
(https://unicode.org/reports/tr35/tr35-dates.html#Time_Zone_Names, ``exemplarCity``); ``babel``
returns the names a locale writes differently from the English one, which are exactly the
exonyms. A name that is a frequent word of the language is left out.
"""

from __future__ import annotations

import functools

from transforms.privacy.pii.foreign_lists import common_word


@functools.cache
def cldr_city_names(lang: str) -> frozenset[str]:
    """Exemplar city names of CLDR's time zones in ``lang`` (and its regional locales that
    ``babel`` ships for Portuguese), not frequent words of ``lang``."""
    from babel import Locale

    names: set[str] = set()
    for code in (lang, *(("pt_PT",) if lang == "pt" else ())):
        try:
            zones = Locale.parse(code).time_zones
        except (ValueError, LookupError):
            continue
        names.update(z["city"] for z in zones.values() if "city" in z)
    return frozenset(n for n in names if n[:1].isupper() and not common_word(n, lang))
