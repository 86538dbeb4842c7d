"""The package's layers hold: ``lint-imports`` checks the contracts in pyproject.toml.

Entry points -> orchestration -> pipelines -> domain packages (independent of each other) ->
core; every exception is listed there with its reason. A new import that points upwards, or
from one domain package into another, fails this test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    proc = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout
    # every contract ran (a contract that silently vanished would also report 0 broken)
    for name in ("Layers:", "source readers never depend", "Domain and core never import"):
        assert name in proc.stdout, proc.stdout[-2000:]
