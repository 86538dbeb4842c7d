"""Build ``transforms/privacy/pii/data/train_names_en.json`` from English TRAIN splits only.

Usage: ``python build_english_names.py [OUT]`` (default: the vendored file). Reads the official
train splits this repository already vendors (see :data:`SOURCES`: WNUT 2017, Broad Twitter
Corpus, UNER English Web Treebank; :data:`ADDED_SOURCES`: GUM, whose entries are only added) and
checks their md5 before use. The dev and test files
beside them (``*_dev_test.jsonl``) are never read.

Words are runs of letters (inner hyphens and apostrophes allowed). Over all train text it counts:

- ``person_tokens``: capitalised words inside PERSON spans, ``[as PERSON, other]``;
- ``place_tokens``: capitalised words that are a whole LOCATION span, ``[as LOCATION, other]``;
- ``person_names`` / ``place_names``: whole 2..4-word PERSON / LOCATION spans, keyed by their
  words joined by one space, ``[as PERSON/LOCATION, other]``.

``other`` counts the same word (or word sequence) written the same way outside such a span, plus
its lower-case form anywhere (an ordinary word: "Chip" / "chip"). An entry is kept only when it
was tagged at least :data:`MIN_TAGGED` times and in at least :data:`MIN_SHARE` of its
occurrences. A one-word entry must also be shaped like a name (a capital, then lower case; "Mc",
"Mac", "O'", "De", "Le" prefixes and hyphenated parts allowed: no ALL CAPS, no camelCase
handle such as "AlexFerguson"), no everyday English word (pyspellchecker frequency below
:data:`MAX_WORD_FREQUENCY`, as for the lone names spaCy may tag) and no product, framework or
UI word of ``NOT_NAME_WORDS`` and no build or CI tool's name (:data:`TOOL_NAMES`); a phrase
must have a capitalised first and last word of two letters or more and not be made of everyday
words only.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
EXTERNAL = ROOT / "tests" / "data" / "external"
OUT = ROOT / "transforms" / "privacy" / "pii" / "data" / "train_names_en.json"

# vendored train file (under tests/data/external) -> md5
SOURCES = {
    "wnut17/wnut17_train.jsonl": "5ebc7c964339d9bbb4628101796cc1fc",
    "btc/btc_train.jsonl": "bec93618c6fcf5c469e17de53af47392",
    "uner_ewt/uner_ewt_train.jsonl": "e49e17f06c797f3aeef51602e4b0f266",
}
# Added in session 31: GUM's train documents (edited prose: travel guides, biographies, news,
# interviews). Entries kept on all four splits together are added to those kept on the three
# above, none taken away (GUM tags a place inside an organisation's name as a nested place,
# which would otherwise drop "Berlin" or "Sweden").
ADDED_SOURCES = {"gum/gum_train.jsonl": "1a4a0afa94b6fff183b8770b5d14e987"}
MIN_TAGGED = 2
MIN_SHARE = 0.9
MAX_WORD_FREQUENCY = 1e-6
WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
NAME_SHAPE = re.compile(
    r"^(?:Mc|Mac|O'|O\u2019|De|Le|La|Di|Van)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    r"(?:[-'\u2019][A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+)*$"
)
_TYPES = {"PERSON": "person", "LOCATION": "place"}
# Names of build, CI and developer tools that are also people's names: in a coding chat they
# name the tool ("the Jenkins job", "Travis is red"), so they stay out of the list.
TOOL_NAMES = frozenset(
    [
        "jenkins",
        "travis",
        "hudson",
        "hugo",
        "jasper",
        "julia",
        "ruby",
        "rails",
        "cassandra",
        "kafka",
        "sinatra",
    ]
)


def records(sources: dict[str, str] = SOURCES) -> Iterator[dict]:
    for rel, md5 in sources.items():
        raw = (EXTERNAL / rel).read_bytes()
        got = hashlib.md5(raw).hexdigest()  # noqa: S324 - a checksum, not security
        if got != md5:
            raise SystemExit(f"{rel}: md5 {got}, expected {md5}")
        for line in raw.decode("utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def count(recs: Iterator[dict]) -> dict[str, dict[str, list[int]]]:
    tagged: dict[str, Counter[str]] = {
        k: Counter() for k in ("person_tokens", "place_tokens", "person_names", "place_names")
    }
    cased: Counter[str] = Counter()  # every capitalised word
    lower: Counter[str] = Counter()  # every lower-case word
    phrases: Counter[str] = Counter()  # every 2..4-word sequence opening and ending capitalised
    for rec in recs:
        text = rec["text"]
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        for _, _, w in words:
            if w.islower():
                lower[w] += 1
            elif _capitalised(w):
                cased[w] += 1
        for i in range(len(words)):
            for n in range(2, 5):
                seq = [w for _, _, w in words[i : i + n]]
                if len(seq) == n and _capitalised(seq[0]) and _capitalised(seq[-1]):
                    phrases[" ".join(seq)] += 1
        for start, end, typ in rec["gold"]:
            kind = _TYPES.get(typ)
            if kind is None:
                continue
            inside = [w for a, b, w in words if start <= a and b <= end]
            if kind == "person":
                for w in inside:
                    if _capitalised(w):
                        tagged["person_tokens"][w] += 1
            elif len(inside) == 1 and _capitalised(inside[0]):
                tagged["place_tokens"][inside[0]] += 1
            if 2 <= len(inside) <= 4:
                tagged[f"{kind}_names"][" ".join(inside)] += 1

    def table(kind: str) -> dict[str, list[int]]:
        seen = phrases if kind.endswith("_names") else cased
        out = {}
        for value, n in tagged[kind].items():
            other = seen[value] - n
            if " " not in value:
                other += lower[value.lower()]
            out[value] = [n, max(other, 0)]
        return out

    return {kind: table(kind) for kind in tagged}


def keep(value: str, counts: list[int]) -> bool:
    from transforms.privacy.pii.gazetteers import english_frequency
    from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS

    n, other = counts
    if n < MIN_TAGGED or n < MIN_SHARE * (n + other):
        return False
    words = value.split()
    if any(w.lower() in NOT_NAME_WORDS or w.lower() in TOOL_NAMES for w in words):
        return False
    if len(words) == 1:
        return bool(NAME_SHAPE.match(value)) and english_frequency(value.lower()) < (
            MAX_WORD_FREQUENCY
        )
    return (
        _capitalised(words[0])
        and _capitalised(words[-1])
        and len(words[0]) > 1
        and len(words[-1]) > 1  # "N J", "U S A": an abbreviation split at its dots
        and not all(english_frequency(w.lower()) >= MAX_WORD_FREQUENCY for w in words)
    )


def _kept(tables: dict[str, dict[str, list[int]]]) -> dict[str, dict[str, list[int]]]:
    return {kind: {v: c for v, c in table.items() if keep(v, c)} for kind, table in tables.items()}


def build() -> dict[str, dict[str, list[int]]]:
    first = _kept(count(records()))
    more = _kept(count(records({**SOURCES, **ADDED_SOURCES})))
    return {kind: dict(sorted({**more[kind], **first[kind]}.items())) for kind in first}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    data = build()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(dumps(data), "utf-8")
    print({k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    main()
