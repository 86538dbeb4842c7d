"""Build ``transforms/privacy/pii/data/train_names.json`` from the OFFICIAL TRAIN splits only.

Usage: ``python build_train_names.py [OUT]`` (default: the vendored file). Reads the train files
straight out of local git mirrors of the upstream repositories at the pinned commits (see
README.md and :data:`SOURCES`; mirror root ``$IW_MIRROR_ROOT``, default ``/work/.mirror``) and
checks their md5 before use. Dev and test splits are never read.

Per language it counts, on the flat tags of column 3:

- ``person_tokens``: capitalised tokens inside PER spans, ``[as PER, other]``;
- ``place_tokens``: capitalised tokens that are a whole LOC span, ``[as LOC, other]``;
- ``person_names`` / ``place_names``: whole multi-token PER / LOC spans, ``[as PER/LOC, other]``.

``other`` counts the same token (or token sequence) written the same way outside such a span,
plus its lower-cased form anywhere (an ordinary word: "Bo" / "bo"). An entry is kept only when
it is tagged at least as often as not (precision on train), is no frequent ordinary word or
function word of the language (:func:`transforms.privacy.pii.foreign_lists.common_word`), is made
of letters (inner hyphens and apostrophes allowed) and has at least two letters.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
OUT = ROOT / "transforms" / "privacy" / "pii" / "data" / "train_names.json"

# language -> [(mirror name, commit, train file, md5 of that file)]; "hr" is Croatian and Serbian
# Latin together (the language identifier reads Serbian Latin as "hr")
SOURCES = {
    "da": [
        (
            "UniversalNER+UNER_Danish-DDT",
            "983c4cdc09f8ece6069d2b692b60dc4b3649ec6e",
            "da_ddt-ud-train.iob2",
            "697a7437a8b1469ebadd3a4447d44cab",
        )
    ],
    "pt": [
        (
            "UniversalNER+UNER_Portuguese-Bosque",
            "f2c2ad67aed900385fbe5d655af41f439c9b3333",
            "pt_bosque-ud-train.iob2",
            "135ecee9478cdd194a9205ba6acd4034",
        )
    ],
    "sk": [
        (
            "UniversalNER+UNER_Slovak-SNK",
            "886e7c6d7e066e23246af5070d115a036a465c6d",
            "sk_snk-ud-train.iob2",
            "c5ea0a8996d832d5b8238444237c6d9f",
        )
    ],
    "sv": [
        (
            "UniversalNER+UNER_Swedish-Talbanken",
            "dbb692085267da83a35d1e1d2c111671b3c7c46b",
            "sv_talbanken-ud-train.iob2",
            "4028c64a652a80bbb28ca901f3f4c6df",
        )
    ],
    "hr": [
        (
            "UniversalNER+UNER_Croatian-SET",
            "20dcb2ef6b6bf9d5e03605a74c4d87215a1574c1",
            "hr_set-ud-train.iob2",
            "ff5ad4ea88d653cb1e82f459c64d4b55",
        ),
        (
            "UniversalNER+UNER_Serbian-SET",
            "0d9685f001c10895572d844ef789c53dade0e265",
            "sr_set-ud-train.iob2",
            "5a035e2b1f334c6cb00d01532ea0ea19",
        ),
    ],
}
# Norwegian (Bokmål and Nynorsk together): NorNE (annotations CC0, LICENSE_NDT.txt) ships no UD
# train file in the mirror, so train is every ``ndt/`` sentence that is in neither UD dev nor
# test, as ``tests/data/external/norne/convert_norne.py`` takes its train sample.
NORNE = ("ltgoslo+norne", "bd311de55b5a7fc1255aee7b088364f8271c2330")
# NorNE tags -> the flat tags counted here: a GPE is a place whether it acts as one or not.
NORNE_TAGS = {"PER": "PER", "LOC": "LOC", "GPE_LOC": "LOC", "GPE_ORG": "LOC"}
_NAME_WORD = re.compile(r"^[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*$")


def mirror_root() -> Path:
    return Path(os.environ.get("IW_MIRROR_ROOT", "/work/.mirror"))


def train_text(lang: str) -> str | None:
    """The train files of ``lang`` at the pinned commits, joined, or None when a mirror is
    absent."""
    if lang == "no":
        return norne_train_text()
    texts = [pinned_file(*source) for source in SOURCES[lang]]
    if any(t is None for t in texts):
        return None
    return "\n\n".join(t for t in texts if t is not None)


def pinned_file(mirror: str, commit: str, name: str, md5: str) -> str | None:
    """File ``name`` of mirror ``mirror`` at ``commit``, checked against its md5; None when the
    mirror is absent."""
    repo = mirror_root() / mirror / "repo"
    if not repo.is_dir():
        return None
    raw = subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:{name}"], capture_output=True, check=True
    ).stdout
    got = hashlib.md5(raw).hexdigest()  # noqa: S324 - a checksum, not security
    if got != md5:
        raise SystemExit(f"{name}: md5 {got}, expected {md5}")
    return raw.decode("utf-8")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, check=True
    ).stdout.decode("utf-8")


def norne_train_text() -> str | None:
    """NorNE's train sentences (see :data:`NORNE`) as ``n<TAB>form<TAB>tag`` rows, or None when
    the mirror is absent."""
    norne_dir = Path(__file__).resolve().parents[1] / "norne"
    sys.path.insert(0, str(norne_dir))
    from convert_norne import FILES, SPLITS, _key
    from convert_norne import sentences as conll_sentences

    repo = mirror_root() / NORNE[0] / "repo"
    if not repo.is_dir():
        return None
    blocks = []
    for variant, pattern in FILES.items():
        held = set()
        for upstream in SPLITS:
            ud = _git(repo, "show", f"{NORNE[1]}:ud/{variant}/{pattern.format(upstream)}")
            held |= {_key(rows) for *_, rows in conll_sentences(ud.splitlines())}
        names = _git(repo, "ls-tree", "--name-only", NORNE[1], f"ndt/{variant}/").split()
        for name in sorted(names):
            lines = _git(repo, "show", f"{NORNE[1]}:{name}").splitlines()
            for *_, rows in conll_sentences(lines):
                if _key(rows) not in held:
                    blocks.append("\n".join(_norne_row(n, r) for n, r in enumerate(rows)))
    return "\n\n".join(blocks)


def _norne_row(n: int, row: list[str]) -> str:
    tag = row[9].removeprefix("name=")
    prefix, _, kind = tag.partition("-")
    flat = f"{prefix}-{NORNE_TAGS[kind]}" if kind in NORNE_TAGS else "O"
    return f"{n}\t{row[1]}\t{flat}"


def sentences(text: str) -> Iterator[list[tuple[str, str]]]:
    rows: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            rows.append((cols[1], cols[2]))
    if rows:
        yield rows


def spans(rows: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of the BIO tags."""
    out: list[tuple[int, int, str]] = []
    for i, (_, tag) in enumerate(rows):
        if tag.startswith("B-") or (tag.startswith("I-") and (not out or out[-1][1] != i)):
            out.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and out[-1][2] == tag[2:]:
            out[-1] = (out[-1][0], i + 1, out[-1][2])
    return out


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() and bool(_NAME_WORD.match(tok))


def count(text: str) -> dict[str, dict[str, list[int]]]:
    tagged: dict[str, Counter[str]] = {k: Counter() for k in ("pt", "lt", "pn", "ln")}
    cased: Counter[str] = Counter()  # every capitalised token
    lower: Counter[str] = Counter()  # every lower-case token
    phrases: Counter[str] = Counter()  # every 2..4-token sequence of capitalised words
    sents = list(sentences(text))
    for rows in sents:
        toks = [t for t, _ in rows]
        for t in toks:
            if t.islower():
                lower[t] += 1
            elif _capitalised(t):
                cased[t] += 1
        for i in range(len(toks)):
            for n in range(2, 5):
                seq = toks[i : i + n]
                if len(seq) == n and seq[0][:1].isupper() and seq[-1][:1].isupper():
                    phrases[" ".join(seq)] += 1
        for a, b, kind in spans(rows):
            words = toks[a:b]
            if kind == "PER":
                for t in words:
                    if _capitalised(t):
                        tagged["pt"][t] += 1
                if len(words) > 1:
                    tagged["pn"][" ".join(words)] += 1
            elif kind == "LOC":
                if len(words) == 1 and _capitalised(words[0]):
                    tagged["lt"][words[0]] += 1
                elif len(words) > 1:
                    tagged["ln"][" ".join(words)] += 1

    def table(kind: str, seen: Counter[str]) -> dict[str, list[int]]:
        out = {}
        for value, n in tagged[kind].items():
            other = seen[value] - n
            if " " not in value:
                other += lower[value.lower()]
            out[value] = [n, max(other, 0)]
        return out

    return {
        "person_tokens": table("pt", cased),
        "place_tokens": table("lt", cased),
        "person_names": table("pn", phrases),
        "place_names": table("ln", phrases),
    }


def keep(value: str, counts: list[int], lang: str) -> bool:
    from transforms.privacy.pii.foreign_lists import common_word

    n, other = counts
    if other > n:
        return False
    words = value.split()
    if len(words) == 1:
        return bool(_NAME_WORD.match(value)) and not common_word(value, lang)
    return len(words) <= 4 and any(_capitalised(w) for w in words)


def build() -> dict[str, dict[str, dict[str, list[int]]]] | None:
    out = {}
    for lang in sorted([*SOURCES, "no"]):
        text = train_text(lang)
        if text is None:
            return None
        out[lang] = {
            kind: {v: c for v, c in sorted(table.items()) if keep(v, c, lang)}
            for kind, table in count(text).items()
        }
    return out


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    data = build()
    if data is None:
        raise SystemExit(f"mirrors not found under {mirror_root()}")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(dumps(data), "utf-8")
    for lang, tables in data.items():
        print(lang, {k: len(v) for k, v in tables.items()})


if __name__ == "__main__":
    main()
