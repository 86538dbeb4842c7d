"""Convert OpenCage address-formatting test cases to this folder's JSONL (see README.md).

Usage: ``python convert_testcases.py REPO_DIR > address_formats.jsonl`` where ``REPO_DIR`` is a
checkout of github.com/OpenCageData/address-formatting (its ``testcases/countries/*.yaml``).

Kept: every test case whose ``components`` hold a house number and a road (``road`` or one of the
road aliases of upstream ``conf/components.yaml``) and whose ``expected`` text shows the road, once
per distinct (country, expected text). Each case gives two records:

- ``-ml``: the expected address exactly as given (multi-line, the country's postal order);
- ``-line``: its lines joined with ", " inside one fixed, neutral sentence
  (``Please send the package to <address>.``); the wrapper is deliberately trivial.

Gold: one ``STREET_ADDRESS`` span from the first to the last line that holds the road and house
number, the postcode or the city/town/village (for each, the line nearest the street line), so the
street line through the postcode/city line, in either order. Lines outside it (a house or business
name above, a state or the country below) are not gold; our policy does not redact a country on its
own, so a line outside the span that holds the ``country`` component (else the last line, where the
templates put the country) is labelled ``COUNTRY``, a type the eval ignores: detecting it is
neither right nor wrong. ``street`` is the street line's span (scored separately as street-line
coverage). ``split``: ``heldout`` for ~30 % of countries by a SHA-256 hash of the country code,
else ``dev``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import yaml

ROAD_KEYS = ("road", "footway", "street", "street_name", "path", "pedestrian", "square")
HOUSE_KEYS = ("house_number", "housenumber")
LOCALITY_KEYS = ("postcode", "city", "town", "village", "hamlet", "municipality")
WRAPPER = "Please send the package to {}."
HELDOUT_PERCENT = 30


def split_of(country: str) -> str:
    """``heldout`` for ~30 % of countries (hash of the lower-case code), else ``dev``."""
    bucket = int(hashlib.sha256(country.lower().encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELDOUT_PERCENT else "dev"


def _has_word(line: str, value: str) -> bool:
    i = line.find(value)
    while i >= 0:
        before = line[i - 1] if i else " "
        after = line[i + len(value)] if i + len(value) < len(line) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        i = line.find(value, i + 1)
    return False


def address_lines(case: dict) -> tuple[list[str], int, int, int, list[int]] | None:
    """(lines, first gold line, last gold line, street line, country lines) or None when the case
    is not a street address."""
    comp = {str(k): str(v) for k, v in (case.get("components") or {}).items()}
    house = next((comp[k] for k in HOUSE_KEYS if comp.get(k)), None)
    road = next((comp[k] for k in ROAD_KEYS if comp.get(k)), None)
    expected = case.get("expected")
    if not (house and road and isinstance(expected, str)):
        return None
    lines = [ln.strip() for ln in expected.strip().splitlines() if ln.strip()]
    street = next((i for i, ln in enumerate(lines) if road in ln and _has_word(ln, house)), None)
    if street is None:
        return None
    marks = {street}
    for key in LOCALITY_KEYS:
        value = comp.get(key)
        if value:
            hits = [i for i, ln in enumerate(lines) if _has_word(ln, value)]
            # the line nearest the street (after it on a tie): "Melbourne Magistrates' Court"
            # above "223 William Street" is a building name, not the city line
            if hits:
                marks.add(min(hits, key=lambda i: (abs(i - street), i < street)))
    first, last = min(marks), max(marks)
    outside = [i for i in range(len(lines)) if not first <= i <= last]
    country = comp.get("country")
    countries = [i for i in outside if country and country in lines[i]]
    # the templates put the country last; its local name may differ from the component's
    if country and not countries and outside and outside[-1] == len(lines) - 1:
        countries = [len(lines) - 1]
    return lines, first, last, street, countries


def records(
    country: str, n: int, lines: list[str], first: int, last: int, street: int, countries: list
) -> list:
    """The ``-ml`` and ``-line`` records of one test case."""
    out = []
    for variant, sep, wrap in (("ml", "\n", "{}"), ("line", ", ", WRAPPER)):
        prefix = wrap.split("{}")[0]
        starts, pos = [], len(prefix)
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + len(sep)
        text = wrap.format(sep.join(lines))
        gold_end = starts[last] + len(lines[last])
        out.append(
            {
                "id": f"af-{country}-{n}-{variant}",
                "text": text,
                "gold": [[starts[first], gold_end, "STREET_ADDRESS"]]
                + [[starts[i], starts[i] + len(lines[i]), "COUNTRY"] for i in countries],
                "street": [starts[street], starts[street] + len(lines[street])],
                "country": country,
                "split": split_of(country),
            }
        )
    return out


def main(repo: str) -> None:
    for path in sorted(Path(repo, "testcases", "countries").glob("*.yaml")):
        country = path.stem.lower()
        seen: set[str] = set()
        n = 0
        with path.open(encoding="utf-8") as fh:
            for case in yaml.safe_load_all(fh):
                found = address_lines(case) if isinstance(case, dict) else None
                if not found or "\n".join(found[0]) in seen:
                    continue
                seen.add("\n".join(found[0]))
                n += 1
                for rec in records(country, n, *found):
                    print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
