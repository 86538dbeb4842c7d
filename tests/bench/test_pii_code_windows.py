"""The code-window look-alike check: fixed sample for a seed, hits counted per window."""

from __future__ import annotations

from pathlib import Path

from transforms.bench.pii_code_windows import code_window_hits, sample_windows


def _library(tmp_path: Path) -> Path:
    body = "\n".join(f"value_{i} = compute({i})  # step {i}" for i in range(80))
    (tmp_path / "lib.py").write_text(body, encoding="utf-8")
    (tmp_path / "small.py").write_text("x = 1\n", encoding="utf-8")
    people = "\n".join(f"# maintained by Maria Garcia in Lisbon, line {i}" for i in range(80))
    (tmp_path / "credits.py").write_text(people, encoding="utf-8")
    return tmp_path


def test_sample_is_fixed_by_seed_and_skips_small_files(tmp_path):
    root = _library(tmp_path)
    a = sample_windows(12, seed=3, root=root, lines=30)
    assert a == sample_windows(12, seed=3, root=root, lines=30)
    assert all(len(text.splitlines()) == 30 for _, _, text in a)
    assert {path for path, _, _ in a} <= {"lib.py", "credits.py"}


def test_hits_are_counted_once_per_window_type_and_detector():
    windows = [
        ("a.py", 0, "total = sum(values)\nreturn total"),
        ("b.py", 0, "Maria Garcia moved to Lisbon.\nMaria Garcia said hi."),
    ]
    report = code_window_hits(windows)
    assert report["windows"] == 2
    assert report["per_type"]["PERSON"] >= 1
    assert all(e["file"] == "b.py" for e in report["examples"])
    keys = [(e["file"], e["type"], e["detector"]) for e in report["examples"]]
    assert len(keys) == len(set(keys))
