"""Technical prose: PERSON/LOCATION/phone/IP hits on paragraphs of installed packages' READMEs.

The long description in every installed package's ``*.dist-info/METADATA`` (its README, written
by people nobody here knows) and the ``.md``/``.rst`` documents shipped in ``site-packages`` are
prose about code and tools: "the Jenkins pipeline", "deploy to Heroku", "Cassandra cluster".
Paragraphs outside code blocks (fenced, indented and reST ``::`` literal blocks), tables,
badges, directives and headings are split out, de-duplicated, and a sample fixed by the seed
is run through the detector. Unlike library source (:mod:`transforms.bench.pii_code_windows`)
this text does hold real personal data: authors and maintainers ("Created by Armin Ronacher",
"Copyright 2019 Jane Doe") are CORRECT detections, so hits are read and classified by hand
(see the report of the round that added this probe); the counts alone are not a precision.

The sample depends on the installed packages: compare counts only on the same environment.

Run: ``.venv/bin/python -m transforms.bench.pii_doc_prose [paragraphs] [seed]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

from transforms.privacy.evaluation.code_windows import site_packages

TYPES = ("PERSON", "LOCATION", "PHONE_NUMBER", "IP_ADDRESS")
MIN_CHARS = 60
MAX_CHARS = 1200
MIN_WORDS = 8

_FENCE = re.compile(r"^\s*(```|~~~)")
# lines that are markup, not prose: reST directives/targets/comments, tables, heading rules,
# HTML, badges and images, link definitions, block quotes of prompts
_MARKUP = re.compile(
    r"^\s*(?:\.\. |\||\+[-=+]|[-=~^*#_`]{3,}\s*$|<|!\[|\[!\[|\[[^\]]+\]:\s|>>>|\$ |#)"
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _readme(path: Path) -> str:
    """The long description of a ``METADATA`` file: the body after the header block."""
    text = path.read_text(encoding="utf-8", errors="replace")
    head, sep, body = text.partition("\n\n")
    return body if sep else ""


def paragraphs(text: str) -> list[str]:
    """Prose paragraphs of a Markdown/reST document: code blocks, markup lines and list
    markers removed, lines joined, each paragraph ``MIN_CHARS``..``MAX_CHARS`` characters of
    at least ``MIN_WORDS`` words, mostly letters."""
    out: list[str] = []
    block: list[str] = []
    in_fence = literal = False

    def flush() -> None:
        para = " ".join(s.strip() for s in block).strip()
        block.clear()
        letters = sum(c.isalpha() or c.isspace() for c in para)
        if (
            MIN_CHARS <= len(para) <= MAX_CHARS
            and len(para.split()) >= MIN_WORDS
            and letters >= 0.85 * len(para)
        ):
            out.append(para)

    for line in text.splitlines():
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if literal:  # reST literal block: indented lines after a "::" paragraph
            if not line.strip() or line[:1] in " \t":
                continue
            literal = False
        if not line.strip():
            flush()
            continue
        if line.startswith(("    ", "\t")) and not block:
            continue  # indented code block (Markdown) or block quote
        if _MARKUP.match(line):
            flush()
            continue
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            line = line[item.end() :]
        block.append(line)
        if line.rstrip().endswith("::"):
            block[-1] = line.rstrip()[:-1]
            flush()
            literal = True
    flush()
    return out


def documents(root: Path | None = None) -> list[tuple[str, str]]:
    """``(name, text)`` of every installed package's README (``METADATA`` body) and every
    ``.md``/``.rst`` file under ``site-packages``, sorted by name."""
    root = root or site_packages()
    docs = [(str(p.parent.name), _readme(p)) for p in root.glob("*.dist-info/METADATA")]
    for pattern in ("*.md", "*.rst"):
        for p in root.rglob(pattern):
            if ".dist-info" not in str(p):
                docs.append((str(p.relative_to(root)), p.read_text("utf-8", errors="replace")))
    return sorted(docs)


def sample_paragraphs(n: int, seed: int, root: Path | None = None) -> list[tuple[str, str]]:
    """``n`` distinct prose paragraphs ``(document, text)`` drawn with ``seed``."""
    seen: set[str] = set()
    pool: list[tuple[str, str]] = []
    for name, text in documents(root):
        for para in paragraphs(text):
            if para not in seen:
                seen.add(para)
                pool.append((name, para))
    if not pool:
        raise ValueError("no prose paragraphs found")
    return random.Random(seed).sample(pool, min(n, len(pool)))


def prose_hits(sample: list[tuple[str, str]]) -> dict[str, Any]:
    """Every PERSON/LOCATION/PHONE_NUMBER/IP_ADDRESS span on the sample, with its context."""
    from transforms.privacy.engine import detect_batch

    counts = dict.fromkeys(TYPES, 0)
    examples = []
    for (doc, text), spans in zip(sample, detect_batch([t for _, t in sample]), strict=True):
        for s in spans:
            if s.type in counts:
                counts[s.type] += 1
                examples.append(
                    {
                        "type": s.type,
                        "detector": s.detector,
                        "value": text[s.start : s.end],
                        "context": text[max(0, s.start - 50) : s.end + 50].replace("\n", " "),
                        "doc": doc,
                    }
                )
    return {
        "paragraphs": len(sample),
        "hits": sum(counts.values()),
        "per_type": counts,
        "examples": examples,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m transforms.bench.pii_doc_prose",
        description="PERSON/LOCATION/phone/IP hits on random prose paragraphs of installed "
        "packages' READMEs and docs (technical prose; authors' names are correct hits).",
    )
    parser.add_argument("paragraphs", nargs="?", type=int, default=1000, help="default 1000")
    parser.add_argument("seed", nargs="?", type=int, default=14, help="default 14")
    args = parser.parse_args(argv)
    report = prose_hits(sample_paragraphs(args.paragraphs, args.seed))
    print(f"{report['hits']} hits in {report['paragraphs']} paragraphs: {report['per_type']}")
    for e in report["examples"]:
        print(f"  {e['type']:<12} {e['detector']:<12} {e['value']!r:<28} | {e['context']!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
