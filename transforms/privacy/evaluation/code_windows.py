"""Random fixed-size windows of source files: the sample both code look-alike checks read.

Library source holds no personal data and no credentials, so whatever a detector flags in it
is a false positive. :func:`random_windows` draws the windows, fixed by the seed and the file
list; the checks choose the files (:mod:`transforms.privacy.evaluation.secret_code_check`: named
libraries' non-test files; :mod:`transforms.bench.pii_code_windows`: every larger ``.py``
file) and how they label and score a window.
"""

from __future__ import annotations

import random
import sysconfig
from collections.abc import Sequence
from pathlib import Path

WINDOW_LINES = 30


def site_packages() -> Path:
    """The running environment's ``purelib`` directory (installed libraries' source)."""
    return Path(sysconfig.get_paths()["purelib"])


def random_windows(
    files: Sequence[Path], n: int, seed: int, lines: int = WINDOW_LINES, *, strict: bool = False
) -> list[tuple[Path, int, str]]:
    """``n`` random ``lines``-line windows ``(file, first line (0-based), text)`` of ``files``,
    the same for the same seed and files; files shorter than a window are drawn again. With
    ``strict`` a file that is not UTF-8 (or cannot be read) is skipped; otherwise undecodable
    bytes are replaced. No files: no windows."""
    rng = random.Random(seed)
    out: list[tuple[Path, int, str]] = []
    while files and len(out) < n:
        path = rng.choice(files)
        try:
            text = path.read_text(encoding="utf-8", errors="strict" if strict else "replace")
        except (UnicodeDecodeError, OSError):
            if not strict:
                raise
            continue
        text_lines = text.splitlines()
        if len(text_lines) < lines:
            continue
        start = rng.randrange(len(text_lines) - lines + 1)
        out.append((path, start, "\n".join(text_lines[start : start + lines])))
    return out
