"""Load a vendored corpus's converter script (``tests/data/external/**/extract_*.py``) as a
module: the scripts are standalone files next to their data, not part of a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_converter(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"converter_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_file_rebuilds_from_mirror(
    corpus: str, mirror: Path, commit: str, upstream_path: str, converter: Path
) -> None:
    """``converter``'s ``records`` over the lines of ``upstream_path`` at ``commit`` of the local
    upstream ``mirror`` give the vendored JSONL of ``corpus`` line for line (skips without one)."""
    import json
    import subprocess

    import pytest

    from transforms.privacy.evaluation.external import DATA_DIR, PII_CORPORA

    if not mirror.is_dir():
        pytest.skip(f"no local {mirror.parent.name} mirror")
    text = subprocess.run(
        ["git", "-C", str(mirror), "show", f"{commit}:{upstream_path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    records = load_converter(converter).records(text.splitlines())
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    assert lines == (DATA_DIR / PII_CORPORA[corpus]).read_text(encoding="utf-8").splitlines()
