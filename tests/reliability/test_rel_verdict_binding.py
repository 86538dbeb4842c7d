"""Issue 15 item 4: a gate verdict is bound to the warehouse it judged; export refuses a
verdict that belongs to another build."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import duckdb
import pytest

from transforms.config import Settings
from transforms.exports.build import build_exports
from transforms.exports.sources import QualityGateFailedError
from transforms.io import read_json, sha256_file, write_json_atomic
from transforms.quality.gate import latest_path, run_gate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the export fixtures
from exports.fixtures import build_fixture_warehouse  # noqa: E402


def test_gate_records_the_warehouse_it_judged(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    build_fixture_warehouse(s.warehouse_path)
    with contextlib.suppress(Exception):  # pass or fail, the verdict must name the warehouse
        run_gate(s, suites=["dim_users"])
    verdict = read_json(latest_path(s))
    assert verdict["warehouse_sha256"] == sha256_file(s.warehouse_path)


def test_export_refuses_a_verdict_of_an_older_build(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    build_fixture_warehouse(s.warehouse_path)
    old = sha256_file(s.warehouse_path)
    verdict = {"passed": True, "run_id": "q-old", "report": "r.md", "warehouse_sha256": old}
    write_json_atomic(verdict, latest_path(s))
    con = duckdb.connect(str(s.warehouse_path))  # a newer build of the warehouse
    con.execute("create table main.rebuilt_marker as select 1 as x")
    con.close()
    assert sha256_file(s.warehouse_path) != old
    with pytest.raises(QualityGateFailedError, match="rerun the quality stage"):
        build_exports(s, "sft")
    assert not (s.exports_dir / "sft").exists()
    # an unbound (legacy) passed verdict proves nothing either
    write_json_atomic({"passed": True, "run_id": "q-legacy", "report": "r.md"}, latest_path(s))
    with pytest.raises(QualityGateFailedError, match="no recorded warehouse"):
        build_exports(s, "sft")
    # the verdict of this very build is accepted
    verdict["warehouse_sha256"] = sha256_file(s.warehouse_path)
    write_json_atomic(verdict, latest_path(s))
    assert build_exports(s, "sft")["quality_gate"] == "passed"
