"""The library-code window check: fixed sampling, test files skipped, hits reported."""

from __future__ import annotations

from transforms.privacy.evaluation.code_windows import WINDOW_LINES
from transforms.privacy.evaluation.secret_code_check import (
    flagged_windows,
    library_sources,
    sample_windows,
)


def _lib(root, name, files):
    for rel, text in files.items():
        path = root / name / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_sampling_is_fixed_and_skips_tests(tmp_path):
    code = "\n".join(f"x_{i} = {i}" for i in range(80))
    _lib(tmp_path, "polars", {"a.py": code, "tests/b.py": code, "test_c.py": code})
    assert [p.name for p in library_sources(tmp_path)] == ["a.py"]
    first = sample_windows(5, seed=3, root=tmp_path)
    assert first == sample_windows(5, seed=3, root=tmp_path)
    assert len(first) == 5 and all(len(t.splitlines()) == WINDOW_LINES for _, t in first)


def test_flagged_windows_name_the_detector_and_value():
    key = "ghp_9Xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe1"
    hits = flagged_windows([("clean.py:1", "x = 1\ny = 2"), ("leak.py:9", f'TOKEN = "{key}"')])
    assert [(label, value) for label, _, value in hits] == [("leak.py:9", key)]
