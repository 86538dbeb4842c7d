"""Street lines with no street-type word, recognised by the lines under them.

UPU S42 international address layouts (https://www.upu.int/en/Postal-Solutions/Programmes-Services/
Addressing-Solutions) put the street line right above the locality line(s) and the country line:
``Perseverancia 209\\nHavana\\nCuba`` (Cuba: no postcode used), ``1140 Alhambra, Ermita\\n1000 Metro
Manila``. A line holding only ``Name Number`` or ``Number Name`` is a street when, within the next
three segments (line breaks or commas, at least one line break), a segment is a known city or
country (GeoNames / CLDR lists of :mod:`transforms.privacy.pii.foreign_lists`) or a postcode next
to a place, and every segment before it is a capitalised place name. Dates and versions ("March 15",
"Summer 2019", "Python 3") are not house numbers.

:func:`more_addresses` also runs the lower-case forms (:mod:`transforms.privacy.pii.address_lower`).
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.address_lower import detect_lowercase_addresses
from transforms.privacy.pii.address_parts import ADDRESS_CUE
from transforms.privacy.spans import Span

_MONTH_WORDS_TEXT = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz mai juni juli "
    "oktober dezember janvier février mars avril juin juillet août septembre octobre "
    "novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro novembro "
    "dezembro januari februari maart mei augustus gennaio febbraio aprile maggio giugno "
    "luglio settembre ottobre dicembre summer winter spring autumn fall week day"
)
_MONTH_WORDS = frozenset(_MONTH_WORDS_TEXT.split())
# numbered things of a schedule or a product, never a street: "Team Meeting 4", "Sprint 12"
_COUNTED_TEXT = (
    "meeting team sprint round episode season session stage phase level room floor gate "
    "terminal platform track lesson unit module week day part volume game match"
)
_COUNTED = frozenset(_COUNTED_TEXT.split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


@functools.cache
def _street_line() -> re.Pattern[str]:
    from transforms.privacy.pii import addresses as a

    return re.compile(
        r"(?m)^[ \t]*(?P<st>" + a._NAME + r"[ \t]" + a._NUM + r"|\d{1,5}[a-z]?,?[ \t]" + a._NAME
        + r")[ \t]*(?=,|\n)"
    )  # fmt: skip


_SEG_SEP = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*")


def _segments(text: str, pos: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` (start, end, separator) segments after ``pos``."""
    out = []
    for _ in range(n):
        sep = _SEG_SEP.match(text, pos)
        if not sep or "\n\n" in sep.group():
            break
        start = sep.end()
        ends = [i for i in (text.find("\n", start), text.find(",", start)) if i >= 0]
        end = min(ends) if ends else len(text)
        seg_end = end
        while seg_end > start and text[seg_end - 1] in " \t.":
            seg_end -= 1
        if seg_end <= start:
            break
        out.append((start, seg_end, sep.group()))
        pos = seg_end
    return out


def _street_name_ok(value: str) -> bool:
    from transforms.privacy.pii import addresses as a
    from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS

    words = [w.lower().strip(".,") for w in value.split()]
    if a.NOT_NAME.match(value) or any(
        w in NOT_NAME_WORDS or w in _MONTH_WORDS or w in _COUNTED for w in words
    ):
        return False
    return not _YEAR.match(words[-1]) and re.search(r"[a-z]", value) is not None


def detect_line_addresses(text: str, taken: list[Span]) -> list[Span]:
    """Type-less street lines over a known city/country or a postcode + place line."""
    if "\n" not in text:
        return []
    from transforms.privacy.pii import addresses as a
    from transforms.privacy.pii.foreign_lists import city_names, country_names

    places = None
    out: list[Span] = []
    for m in _street_line().finditer(text):
        start, end = m.start("st"), m.end("st")
        if any(s.start < end and start < s.end for s in [*taken, *out]):
            continue
        if not _street_name_ok(m.group("st")):
            continue
        segs = _segments(text, end, 3)
        if places is None:
            places = city_names() | country_names()
        found = None
        for i, (s0, s1, _sep) in enumerate(segs):
            seg = text[s0:s1]
            if seg in places or a._POSTCODE_CITY_NEXT.match(text, segs[i - 1][1] if i else end):
                found = i
                break
            if not re.fullmatch(a._PLACE, seg):
                break
        if found is None or not any("\n" in sep for _, _, sep in segs[: found + 1]):
            continue
        stop = a._extend(text, segs[found][1])
        while stop > start and text[stop - 1] in " ,\n>":
            stop -= 1
        out.append(Span(start, stop, "LOCATION", 0.75, "street_address"))
    return out


@functools.cache
def _comma_place() -> re.Pattern[str]:
    from transforms.privacy.pii import addresses as a

    return re.compile(r",[ \t]*" + a._PLACE + r"(?:,|[ \t]*\n|[ \t]*$)")


def cued_place_next(text: str, m: re.Match) -> bool:
    """ "send it to 19 Ngô Quyền, Hoàn Kiếm, Hà Nội": a number-first street with no type word
    right after an address cue, followed by a place name and a comma or line end."""
    return bool(
        re.search(r"[a-z\u00df-\u01ff]", m.group())
        and ADDRESS_CUE.search(text, max(0, m.start() - 60), m.start())
        and _comma_place().match(text, m.end())
    )


def more_addresses(text: str, found: list[Span]) -> list[Span]:
    """``found`` plus the lower-case and line-layout addresses outside it, by start."""
    found = [*found, *detect_lowercase_addresses(text, found)]
    found = [*found, *detect_line_addresses(text, found)]
    return sorted(found, key=lambda s: s.start)
