"""Build ``transforms/privacy/pii/data/slavic_words.json`` from the OFFICIAL TRAIN splits only.

Usage: ``python build_slavic_words.py [OUT]`` (default: the vendored file). Reads the Universal
NER Croatian SET, Serbian SET, Slovak SNK and Swedish Talbanken train files out of local git
mirrors at the pinned commits (mirror root ``$IW_MIRROR_ROOT``, default ``/work/.mirror``),
checks their md5, and lists per language group ("hr" = Croatian + Serbian Latin, "sk", "sv")
the words of at least :data:`MIN_LENGTH` letters written in lower case at least
:data:`MIN_COUNT` times: ordinary words ("vlada", "dokument", "napokon"), which a capitalised
sentence opener is then no name (:mod:`transforms.privacy.pii.slavic_names`; Swedish writes
nouns in lower case too, so there a listed word is no name on its own:
``foreign_lists.common_word``). Dev and test splits are never read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from build_train_names import ROOT, mirror_root, pinned_file, sentences
from build_train_names import SOURCES as TRAIN_SOURCES

OUT = ROOT / "transforms" / "privacy" / "pii" / "data" / "slavic_words.json"
# group -> [(mirror name, commit, train file, md5)]: the same pinned train files as the name
# builder's, for the groups this list covers
SOURCES = {group: TRAIN_SOURCES[group] for group in ("hr", "sk", "sv")}
MIN_COUNT = 2
MIN_LENGTH = 3


def _train(mirror: str, commit: str, name: str, md5: str) -> str:
    text = pinned_file(mirror, commit, name, md5)
    if text is None:
        raise SystemExit(f"mirror {mirror} absent under {mirror_root()}")
    return text


def build() -> dict[str, list[str]]:
    out = {}
    for group, files in SOURCES.items():
        counts: Counter[str] = Counter()
        for source in files:
            for rows in sentences(_train(*source)):
                counts.update(
                    tok
                    for tok, _ in rows
                    if tok.isalpha() and tok.islower() and len(tok) >= MIN_LENGTH
                )
        out[group] = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    return out


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    text = json.dumps(build(), ensure_ascii=False, separators=(",", ":"))
    out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
