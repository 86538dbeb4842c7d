"""The external-corpus evaluations (floors on public labelled corpora, secret-scanner suites,
code-window checks) carry the ``eval`` marker: they run in their own target, ``make test-eval``
(``.ci/run`` runs it after ``make test``), so the default suite stays under its 10-minute budget.
The scorer's unit tests and the generated-gold gate stay in the default suite."""

from __future__ import annotations

from pathlib import Path

import pytest

DEFAULT_SUITE = frozenset({"test_pii_scoring.py", "test_pii_eval_gate.py"})
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.fspath)).resolve()
        if path.parent == HERE and path.name not in DEFAULT_SUITE:
            item.add_marker(pytest.mark.eval)
