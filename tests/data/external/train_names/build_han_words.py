"""Build ``transforms/privacy/pii/data/han_train_words.json`` from the OFFICIAL TRAIN splits only.

Usage: ``python build_han_words.py [OUT]`` (default: the vendored file). Reads the Chinese GSD
and GSDSimp train files (the same sentences in traditional and simplified script, annotated
separately) out of local git mirrors at the pinned commits (:data:`SOURCES`, md5 checked, as
``build_train_names.py`` does); dev and test splits are never read.

Every sentence goes through :func:`transforms.privacy.pii.han_ner.tagged_entities` (jieba's
person/place words, before any correction). Each (jieba type, simplified word) is counted by
what upstream's gold says about it (a gold span covering half of it): the same type, the other
of PERSON/LOCATION, an organisation, or nothing. A word seen at least :data:`MIN_SEEN` times
whose jieba type is right at most :data:`MAX_RIGHT` of the time goes to

- ``drop`` when mostly untagged upstream (城市 "city", 文明 "civilisation", 海拔高度);
- ``retype`` when mostly tagged as the other type (柏林 "Berlin" tagged a person by jieba).

Words mostly tagged as organisations are left alone (scoring ignores them either way).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
OUT = ROOT / "transforms" / "privacy" / "pii" / "data" / "han_train_words.json"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "uner_ewt"))
from build_train_names import pinned_file  # noqa: E402
from convert_iob2 import record  # noqa: E402

SOURCES = [
    (
        "UniversalNER+UNER_Chinese-GSD",
        "2a0c196d7a54d41119fd069874e976a58f0d7dad",
        "zh_gsd-ud-train.iob2",
        "43539218f518ad0bf91710871827507f",
    ),
    (
        "UniversalNER+UNER_Chinese-GSDSIMP",
        "1f0307599dece7b83f4cba90ce9b63ef37a7b162",
        "zh_gsdsimp-ud-train.iob2",
        "4ce98806d11c3f51f682da401aeeed16",
    ),
]
MIN_SEEN = 2
MAX_RIGHT = 0.3
OTHER = {"PERSON": "LOCATION", "LOCATION": "PERSON"}


def blocks(text: str):
    """(comments, [(token, tag), ...]) per sentence of an ``.iob2`` text."""
    meta: dict[str, str] = {}
    rows: list[tuple[str, str]] = []
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if rows:
                yield meta, rows
            meta, rows = {}, []
        elif line.startswith("# ") and " = " in line:
            key, _, value = line[2:].partition(" = ")
            meta[key.strip()] = value
        elif not line.startswith("#"):
            cols = line.split("\t")
            rows.append((cols[1], cols[2]))


def count(texts: list[str]) -> dict[tuple[str, str], Counter]:
    """(jieba type, simplified word) -> Counter of the gold outcome ("right", "other", "org",
    "none")."""
    from transforms.privacy.pii.han_ner import tagged_entities

    seen: dict[tuple[str, str], Counter] = {}
    for text in texts:
        for n, (meta, rows) in enumerate(blocks(text)):
            rec = record(meta, rows, str(n), "train")
            for s, e, etype, word in tagged_entities(rec["text"]):
                gold = [t for a, b, t in rec["gold"] if 2 * (min(e, b) - max(s, a)) >= e - s]
                kind = gold[0] if gold else None
                outcome = {etype: "right", OTHER[etype]: "other", "ORGANIZATION": "org"}
                seen.setdefault((etype, word), Counter())[outcome.get(kind, "none")] += 1
    return seen


def build() -> dict | None:
    texts = [pinned_file(*source) for source in SOURCES]
    if any(t is None for t in texts):
        return None
    out: dict = {"drop": {"PERSON": {}, "LOCATION": {}}, "retype": {"PERSON": {}, "LOCATION": {}}}
    for (etype, word), c in sorted(count(texts).items()):
        total = sum(c.values())
        if total < MIN_SEEN or c["right"] > MAX_RIGHT * total:
            continue
        counts = [c["right"], c["other"], c["org"], c["none"]]
        if 2 * c["none"] >= total:
            out["drop"][etype][word] = counts
        elif 2 * c["other"] >= total:
            out["retype"][etype][word] = counts
    return out


def dumps(data: dict) -> str:
    """Sorted JSON, one word per line (diffs stay readable)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return re.sub(r"\[\s+([^\]]*?)\s+\]", lambda m: "[" + " ".join(m[1].split()) + "]", text) + "\n"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    data = build()
    if data is None:
        raise SystemExit("mirrors not found (see build_train_names.mirror_root)")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(dumps(data), "utf-8")
    print({k: {t: len(w) for t, w in v.items()} for k, v in data.items()})


if __name__ == "__main__":
    main()
