"""Issue 15 item 11: ``iw export verify`` takes several version directories or a dataset name
and reports per version."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from transforms.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the export fixtures
from exports.fixtures import build_fixture_warehouse  # noqa: E402


def _export(runner: CliRunner) -> Path:
    out = runner.invoke(app, ["export", "--dataset", "bugfix"])
    assert out.exit_code == 0, out.output
    return Path(json.loads(out.stdout.strip().splitlines()[-1])["datasets"]["bugfix"]["path"])


def test_verify_several_versions_and_a_dataset_name(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path))
    build_fixture_warehouse(tmp_path / "warehouse.duckdb")
    runner = CliRunner()
    v1 = _export(runner)
    v2 = _export(runner)
    dirs = sorted({v1, v2})
    assert len(dirs) == 2  # every export is a new immutable version
    ok = runner.invoke(app, ["export", "verify", *map(str, dirs)])
    assert ok.exit_code == 0, ok.output
    assert all(f"OK {d}" in ok.output for d in dirs)
    by_name = runner.invoke(app, ["export", "verify", "bugfix"])
    assert by_name.exit_code == 0 and all(f"OK {d}" in by_name.output for d in dirs)
    (dirs[0] / "README.md").unlink()
    bad = runner.invoke(app, ["export", "verify", "bugfix"])
    assert bad.exit_code == 1
    assert f"[{dirs[0]}]" in bad.output and "1 of" in bad.output
    assert f"OK {dirs[1]}" in bad.output
    unknown = runner.invoke(app, ["export", "verify", "nosuchdataset"])
    assert unknown.exit_code == 1 and "nosuchdataset: neither" in unknown.output
