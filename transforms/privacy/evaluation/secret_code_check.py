"""False positives of the secret recognizers on code that holds no secrets.

Samples fixed random 30-line windows from the non-test ``.py`` source of installed libraries
(the venv's site-packages: library code, no credentials by construction) and counts windows in
which our recognizers flag anything. A guard rail for rule changes: run it before and after and
compare the count; read the flagged windows it prints.

``python -m transforms.privacy.evaluation.secret_code_check [WINDOWS] [SEED]``
"""

from __future__ import annotations

from pathlib import Path

from transforms.privacy.evaluation.code_windows import random_windows, site_packages

LIBRARIES = (
    "polars",
    "pyarrow",
    "duckdb",
    "airflow",
    "great_expectations",
    "presidio_analyzer",
    "dbt",
    "deltalake",
    "sqlalchemy",
    "pydantic",
    "requests",
    "urllib3",
    "botocore",
    "jinja2",
    "spacy",
    "numpy",
    "pandas",
    "httpx",
    "click",
    "yaml",
)


def library_sources(root: Path | None = None) -> list[Path]:
    """Non-test ``.py`` files of :data:`LIBRARIES` under ``root`` (default: site-packages)."""
    base = root or site_packages()
    out = []
    for lib in LIBRARIES:
        for path in sorted((base / lib).rglob("*.py")):
            parts = set(path.relative_to(base).parts)
            if not parts & {"tests", "test", "testing"} and not path.name.startswith("test_"):
                out.append(path)
    return out


def sample_windows(n: int, seed: int = 0, root: Path | None = None) -> list[tuple[str, str]]:
    """``n`` random (label, 30-line text) windows, the same for the same seed and files."""
    windows = random_windows(library_sources(root), n, seed)
    return [(f"{path.name}:{start + 1}", text) for path, start, text in windows]


def flagged_windows(windows: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(label, detector, value) of the first span our recognizers find in each flagged window."""
    from transforms.privacy.secrets.detector import detect_own_secrets

    out = []
    for label, text in windows:
        spans = detect_own_secrets(text)
        if spans:
            s = spans[0]
            out.append((label, s.detector, text[s.start : s.end][:80]))
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the flagged windows and their count."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 2000
    seed = int(args[1]) if len(args) > 1 else 0
    windows = sample_windows(n, seed)
    hits = flagged_windows(windows)
    for label, detector, value in hits:
        print(f"{label}\t{detector}\t{value!r}")
    chars = sum(len(t) for _, t in windows)
    print(f"{len(hits)} of {len(windows)} windows flagged ({chars:,} characters)")


if __name__ == "__main__":
    main()
