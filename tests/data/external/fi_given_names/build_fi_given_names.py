"""Rebuild ``transforms/privacy/pii/data/fi_given_names.tsv`` from the Digital and Population
Data Services Agency's (DVV) first-name statistics (CC BY 4.0), as republished with that licence
note in github.com/ohjelmointi2/wordplay-exercise (``data/etunimitilasto-*-ensimmainen.csv``:
first given names of people in the Population Information System, with their counts).

    python tests/data/external/fi_given_names/build_fi_given_names.py MEN.csv WOMEN.csv [out.tsv]

Both inputs' md5 are checked, so the output is reproduced byte for byte. Each output line: a
first given name and its count over men and women together, most common first, only names of at
least ``MIN_BEARERS`` people (rarer names are more often also words or foreign spellings).
"""

from __future__ import annotations

import collections
import hashlib
import sys
from pathlib import Path

MD5 = {
    "miehet": "41e318e81a07e6d4019b1e42bdc8ec77",
    "naiset": "685e641b31c4d0cbc406824834716a1c",
}
MIN_BEARERS = 50
OUT = Path(__file__).resolve().parents[4] / "transforms/privacy/pii/data/fi_given_names.tsv"


def build(men: Path, women: Path) -> str:
    """The output file's text from the two DVV CSV files (``Etunimi;Lukumäärä``, "30 204")."""
    counts: collections.Counter[str] = collections.Counter()
    for path, key in ((men, "miehet"), (women, "naiset")):
        data = path.read_bytes()
        if hashlib.md5(data).hexdigest() != MD5[key]:  # noqa: S324 - a checksum, not security
            raise SystemExit(f"{path}: md5 differs from the {key} file this was built from")
        for line in data.decode("utf-8").splitlines()[1:]:
            name, _, count = line.partition(";")
            counts[name] += int(count.replace(" ", "").replace("\xa0", ""))
    kept = sorted((n for n, c in counts.items() if c >= MIN_BEARERS), key=lambda n: (-counts[n], n))
    return "".join(f"{n}\t{counts[n]}\n" for n in kept)


def main(argv: list[str]) -> None:
    out = Path(argv[2]) if len(argv) > 2 else OUT
    out.write_text(build(Path(argv[0]), Path(argv[1])), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
