"""A phone-format probe that our own generator did not write: libphonenumber's example numbers.

Positives: for every region ``phonenumbers`` knows, its documented example numbers
(:func:`phonenumbers.example_number_for_type` for fixed line, mobile and toll free: Google's
libphonenumber metadata, Apache-2.0), rendered in the written forms people use
(:data:`FORMS`: E.164, INTERNATIONAL, NATIONAL, RFC 3966, dots, dashes, ``+44 (0)20 ...``,
``0044 ...``, extensions) inside neutral sentence frames (:data:`FRAMES`). A number counts as
found when one PHONE_NUMBER span covers all its digits (an extension may be left out; whether
it was kept is reported apart as ``whole``).

Negatives (:func:`look_alikes`): number shapes that are no phone, built from first principles
with a seeded generator (dates, times, versions, IPs, timestamps, order ids, hex, ports, ISBNs,
card-length digit runs, git SHAs, ``file:line:col``). Any PHONE_NUMBER span on them is a false
positive.

Region groups are the ITU-T E.164 world numbering zones (first digit of the country code).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

TYPES = {
    "fixed": PhoneNumberType.FIXED_LINE,
    "mobile": PhoneNumberType.MOBILE,
    "toll_free": PhoneNumberType.TOLL_FREE,
}
FRAMES = (
    "Call me at {}.",
    "Tel: {}",
    "Thanks for your help today.\n{}\nSee you soon",  # alone on a line
    "my number is {} thanks",
)
NEGATIVE_FRAMES = (
    "{}",
    "see {} for details.",
    "It failed at {} again",
    "got {} back from the server",
)
ZONES = {
    "1": "1 North America",
    "2": "2 Africa",
    "3": "3-4 Europe",
    "4": "3-4 Europe",
    "5": "5 Latin America",
    "6": "6 Oceania/SE Asia",
    "7": "7 Russia/Kazakhstan",
    "8": "8 East Asia",
    "9": "9 West/South Asia",
}
EXTENSION = "123"


def _fmt(num: PhoneNumber, how: int) -> str:
    return phonenumbers.format_number(num, how)


def _groups(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _international(num: PhoneNumber) -> str:
    return _fmt(num, PhoneNumberFormat.INTERNATIONAL)


def _national(num: PhoneNumber) -> str:
    return _fmt(num, PhoneNumberFormat.NATIONAL)


def _trunk_zero(num: PhoneNumber) -> str | None:
    """``+44 (0)20 7946 0958``: only where the national trunk prefix is ``0`` and the national
    form prints it."""
    region = phonenumbers.region_code_for_number(num)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if (
        meta is None
        or meta.national_prefix != "0"
        or not _national(num).lstrip("(").startswith("0")
    ):
        return None
    cc = f"+{num.country_code}"
    return cc + " (0)" + _international(num)[len(cc) :].lstrip()


def _paren_area(num: PhoneNumber) -> str | None:
    """``+1 (201) 555-0123``: the group after the country code in parentheses."""
    groups = _groups(_international(num))
    if len(groups) < 3:
        return None
    return f"+{groups[0]} ({groups[1]}) " + " ".join(groups[2:])


# form -> renderer (None: the form does not apply to this number)
FORMS: dict[str, Callable[[PhoneNumber], str | None]] = {
    "e164": lambda n: _fmt(n, PhoneNumberFormat.E164),
    "international": _international,
    "national": _national,
    "rfc3966": lambda n: _fmt(n, PhoneNumberFormat.RFC3966),
    "intl_dots": lambda n: "+" + ".".join(_groups(_international(n))),
    "intl_dashes": lambda n: "+" + "-".join(_groups(_international(n))),
    "national_dots": lambda n: ".".join(_groups(_national(n))),
    "national_dashes": lambda n: "-".join(_groups(_national(n))),
    "trunk_0": _trunk_zero,
    "intl_paren": _paren_area,
    "idd_00": lambda n: "00" + _international(n).removeprefix("+"),
    "ext_x": lambda n: f"{_national(n)} x{EXTENSION}",
    "ext_ext": lambda n: f"{_international(n)} ext. {EXTENSION}",
}


@dataclass(frozen=True)
class Case:
    """One rendered number in one frame; ``start:core_end`` is the number without extension."""

    text: str
    start: int
    core_end: int
    end: int
    region: str
    kind: str
    form: str
    frame: int


def example_numbers(regions: Iterable[str] | None = None) -> list[tuple[str, str, PhoneNumber]]:
    """``(region, type, number)`` for every region's distinct example numbers."""
    out = []
    for region in sorted(regions if regions is not None else phonenumbers.SUPPORTED_REGIONS):
        seen = set()
        for kind, t in TYPES.items():
            num = phonenumbers.example_number_for_type(region, t)
            if num is None or num.national_number in seen:
                continue
            seen.add(num.national_number)
            out.append((region, kind, num))
    return out


def _number_bounds(rendered: str, form: str) -> tuple[int, int, int]:
    """Offsets in ``rendered`` of the number's first character, its last core digit + 1, end."""
    start = len("tel:") if form == "rfc3966" else 0
    core = rendered
    for ext in (f" x{EXTENSION}", f" ext. {EXTENSION}"):
        core = core.removesuffix(ext)
    return start, len(core), len(rendered)


def positive_cases(
    regions: Iterable[str] | None = None,
    forms: Sequence[str] | None = None,
    frames: Sequence[str] = FRAMES,
) -> list[Case]:
    cases = []
    for region, kind, num in example_numbers(regions):
        for form in forms or FORMS:
            rendered = FORMS[form](num)
            if rendered is None:
                continue
            a, core, end = _number_bounds(rendered, form)
            for i, frame in enumerate(frames):
                at = frame.index("{}")
                text = frame.format(rendered)
                cases.append(Case(text, at + a, at + core, at + end, region, kind, form, i))
    return cases


def zone(region: str) -> str:
    return ZONES[str(phonenumbers.country_code_for_region(region))[0]]


def _covers(spans: Sequence[Any], start: int, end: int) -> bool:
    return any(s.type == "PHONE_NUMBER" and s.start <= start and s.end >= end for s in spans)


def _rate(hit: int, n: int) -> dict[str, Any]:
    return {"found": hit, "n": n, "recall": round(hit / n, 4) if n else None}


def score_positives(cases: Sequence[Case], spans: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Recall overall, per form, per zone, per type and per frame; misses (first of each)."""
    tallies: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    whole = [0, 0]
    misses = []
    for case, found in zip(cases, spans, strict=True):
        # a leading "(" of a national "(02) 1234 5678" may be left out of the span
        start = case.start + (case.text[case.start] == "(")
        ok = _covers(found, start, case.core_end)
        keys = {
            "form": case.form,
            "zone": zone(case.region),
            "type": case.kind,
            "frame": str(case.frame),
            "overall": "all",
        }
        for group, key in keys.items():
            tallies[group][key][0] += ok
            tallies[group][key][1] += 1
        if case.end > case.core_end and ok:
            whole[0] += _covers(found, start, case.end)
            whole[1] += 1
        if not ok:
            misses.append(
                {
                    "region": case.region,
                    "form": case.form,
                    "frame": case.frame,
                    "value": case.text[case.start : case.end],
                }
            )
    report = {
        group: {k: _rate(*v) for k, v in sorted(rows.items())} for group, rows in tallies.items()
    }
    report["extension_kept"] = _rate(*whole)
    report["misses"] = misses
    return report


# --- negatives ---------------------------------------------------------------------------------


def _luhn_complete(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


def _isbn13(rng: random.Random) -> str:
    body = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:6]}-{body[6:]}-{check}"


def _isbn10(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(9))
    check = (11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11) % 11
    return f"{body[0]}-{body[1:4]}-{body[4:]}-{'X' if check == 10 else check}"


def _look_alike_makers() -> dict[str, Callable[[random.Random], str]]:
    def d(rng: random.Random, n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    def hexs(rng: random.Random, n: int) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))

    def ymd(rng: random.Random) -> tuple[int, int, int]:
        return rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)

    return {
        "date_iso": lambda r: "{}-{:02d}-{:02d}".format(*ymd(r)),
        "date_dmy": lambda r: "{2:02d}/{1:02d}/{0}".format(*ymd(r)),
        "date_dots": lambda r: "{2:02d}.{1:02d}.{0}".format(*ymd(r)),
        "datetime": lambda r: "{}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(
            *ymd(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        ),
        "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        "version4": lambda r: ".".join(str(r.randint(0, 200)) for _ in range(4)),
        "chrome_version": lambda r: (
            f"{r.randint(90, 140)}.0.{r.randint(1000, 9999)}.{r.randint(10, 250)}"
        ),
        "semver": lambda r: f"v{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(0, 99)}",
        "semver_pre": lambda r: (
            f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}-rc.{r.randint(1, 9)}"
        ),
        "ipv4": lambda r: ".".join(str(r.randint(1, 254)) for _ in range(4)),
        "ip_port": lambda r: (
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            f":{r.randint(1024, 65535)}"
        ),
        "localhost_port": lambda r: f"localhost:{r.randint(1024, 65535)}",
        "unix_ts": lambda r: str(r.randint(1_000_000_000, 1_900_000_000)),
        "unix_ts_ms": lambda r: str(r.randint(1_000_000_000_000, 1_900_000_000_000)),
        "order_amazon": lambda r: f"{d(r, 3)}-{d(r, 7)}-{d(r, 7)}",
        "order_po": lambda r: f"PO-{r.randint(2015, 2030)}-{d(r, 6)}",
        "hex_addr": lambda r: "0x" + hexs(r, 12),
        "hex_color": lambda r: "#" + hexs(r, 6),
        "isbn13": _isbn13,
        "isbn10": _isbn10,
        "card16_dashes": lambda r: "-".join(re.findall("....", _luhn_complete("4" + d(r, 14)))),
        "card15_amex": lambda r: (lambda c: f"{c[:4]} {c[4:10]} {c[10:]}")(
            _luhn_complete("37" + d(r, 12))
        ),
        "digit_run_12": lambda r: d(r, 12),
        "git_sha": lambda r: hexs(r, 40),
        "git_sha_short": lambda r: hexs(r, 7),
        "line_col": lambda r: f"src/app.py:{r.randint(1, 2000)}:{r.randint(1, 120)}",
        "decimal": lambda r: f"{r.randint(0, 999)}.{d(r, 6)}",
        "resolution": lambda r: (
            f"{r.choice((1280, 1920, 2560, 3840))}x{r.choice((720, 1080, 1440, 2160))}"
        ),
        "thousands": lambda r: f"{r.randint(1, 999)},{d(r, 3)},{d(r, 3)}",
        "thousands_space": lambda r: " ".join(
            [str(r.randint(1, 999))] + [d(r, 3) for _ in range(r.randint(2, 3))]
        ),
        "range": lambda r: f"{r.randint(1000, 4000)}-{r.randint(4001, 9999)}",
    }


def look_alikes(per_kind: int = 20, seed: int = 7) -> list[tuple[str, str, str]]:
    """``(kind, value, text)``: each look-alike in each of :data:`NEGATIVE_FRAMES`."""
    rng = random.Random(seed)
    out = []
    for kind, make in _look_alike_makers().items():
        for _ in range(per_kind):
            value = make(rng)
            out.extend((kind, value, frame.format(value)) for frame in NEGATIVE_FRAMES)
    return out


def score_negatives(
    cases: Sequence[tuple[str, str, str]], spans: Sequence[Sequence[Any]]
) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    hits = []
    for (kind, _value, text), found in zip(cases, spans, strict=True):
        flagged = [text[s.start : s.end] for s in found if s.type == "PHONE_NUMBER"]
        per_kind[kind][0] += bool(flagged)
        per_kind[kind][1] += 1
        if flagged:
            hits.append({"kind": kind, "text": text, "flagged": flagged})
    return {
        "texts": len(cases),
        "flagged": len(hits),
        "per_kind": {k: v[0] for k, v in sorted(per_kind.items())},
        "hits": hits,
    }
