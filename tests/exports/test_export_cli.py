"""The CLI surface for exports: ``iw export`` builds, ``iw export verify`` checks."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from transforms.cli import app

from .fixtures import build_fixture_warehouse


def test_export_and_verify_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    build_fixture_warehouse(tmp_path / "warehouse.duckdb")
    runner = CliRunner()
    built = runner.invoke(app, ["export", "--dataset", "bugfix"])
    assert built.exit_code == 0, built.output
    summary = json.loads(built.stdout.strip().splitlines()[-1])
    vdir = Path(summary["datasets"]["bugfix"]["path"])
    assert list(summary["datasets"]) == ["bugfix"]

    ok = runner.invoke(app, ["export", "verify", str(vdir)])
    assert ok.exit_code == 0 and f"OK {vdir}" in ok.output

    (vdir / "README.md").unlink()
    bad = runner.invoke(app, ["export", "verify", str(vdir)])
    assert bad.exit_code == 1 and "FAIL README.md: data card missing" in bad.output


def test_unknown_dataset_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["export", "--dataset", "rlhf"])
    assert result.exit_code != 0
    assert "unknown dataset" in result.output  # one line, no traceback (issue 15)
