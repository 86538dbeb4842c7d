"""``iw bench airflow``: both paths run the same chain on the same data and are reported side
by side (a benchmark: minutes of work, so it runs in ``make bench``, not ``make test``)."""

from __future__ import annotations

import pytest

from transforms.bench.airflow import bench_airflow

pytestmark = pytest.mark.bench


def test_reports_both_paths_on_the_same_chain(tmp_path):
    r = bench_airflow(tmp_path, seed=3)
    assert r["in_process_s"] > 0 and r["airflow_s"] > 0
    assert r["ratio"] == pytest.approx(r["airflow_s"] / r["in_process_s"], abs=0.01)
    days = r["days"]
    assert sum(k.startswith("extract") for k in r["in_process_stages_s"]) == days
    assert list(r["in_process_stages_s"])[days:] == [
        "redact", "warehouse", "quality", "export"
    ]  # fmt: skip
    assert len(r["airflow_steps_s"]) >= 5  # extract run(s) + the four downstream DAGs
    # both runs produced the same exports (same data, same stages)
    for d in ("in_process", "airflow"):
        assert any((tmp_path / d / "exports" / "sft").glob("v*/manifest.json")), d
