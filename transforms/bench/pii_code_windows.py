"""Code look-alikes: PERSON/LOCATION/phone hits on random windows of installed libraries' source.

Library source is text with no personal data in it, written by people nobody here knows: comments,
docstrings, locale tables, test fixtures. Every PERSON, LOCATION or PHONE_NUMBER the detector
finds there is a false positive. The sample is fixed by the seed and the installed packages, so
compare counts only between runs on the same environment (e.g. before and after a change).

Run: ``.venv/bin/python -m transforms.bench.pii_code_windows [windows] [seed]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from transforms.privacy.evaluation.code_windows import WINDOW_LINES, random_windows, site_packages

TYPES = ("PERSON", "LOCATION", "PHONE_NUMBER")


def sample_windows(
    n: int, seed: int, root: Path | None = None, lines: int = WINDOW_LINES
) -> list[tuple[str, int, str]]:
    """``n`` random ``lines``-line windows ``(file, first line, text)`` of ``.py`` files > 2 kB."""
    root = root or site_packages()
    files = sorted(p for p in root.rglob("*.py") if p.stat().st_size > 2000)
    if not files:
        raise ValueError(f"no Python source over 2 kB under {root}")
    windows = random_windows(files, n, seed, lines, strict=True)
    return [(str(path.relative_to(root)), i, text) for path, i, text in windows]


def code_window_hits(windows: list[tuple[str, int, str]]) -> dict[str, Any]:
    """Detector x window hits per type (one per window, type and detector) with examples."""
    from transforms.privacy.engine import detect_batch

    counts = dict.fromkeys(TYPES, 0)
    examples = []
    for (path, line, text), spans in zip(
        windows, detect_batch([w[2] for w in windows]), strict=True
    ):
        seen = set()
        for s in spans:
            if s.type in counts and (s.type, s.detector) not in seen:
                seen.add((s.type, s.detector))
                counts[s.type] += 1
                examples.append(
                    {
                        "type": s.type,
                        "detector": s.detector,
                        "value": text[s.start : s.end],
                        "file": path,
                        "line": line,
                    }
                )
    return {
        "windows": len(windows),
        "hits": sum(counts.values()),
        "per_type": counts,
        "examples": examples,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m transforms.bench.pii_code_windows",
        description="PERSON/LOCATION/phone hits on random 30-line windows of installed "
        "libraries' source (code look-alikes; every hit is a false positive).",
    )
    parser.add_argument("windows", nargs="?", type=int, default=1000, help="default 1000")
    parser.add_argument("seed", nargs="?", type=int, default=14, help="default 14")
    args = parser.parse_args(argv)
    report = code_window_hits(sample_windows(args.windows, args.seed))
    print(f"{report['hits']} hits in {report['windows']} windows: {report['per_type']}")
    for e in report["examples"]:
        print(f"  {e['type']:<12} {e['detector']:<12} {e['value']!r}  {e['file']}:{e['line']}")


if __name__ == "__main__":
    main(sys.argv[1:])
