"""The ingest benchmark runs all three contenders on the same files and reports comparable rates."""

import pytest

from transforms.bench.ingest import bench_ingest
from transforms.config import Settings


@pytest.mark.bench
def test_bench_ingest_small_run_reports_all_contenders(tmp_path):
    report = bench_ingest(Settings(data_dir=tmp_path, workers=2), messages=3000, repeats=1)
    assert report["messages"] > 2000
    for key in ("ours_rows_per_s", "duckdb_rows_per_s", "polars_rows_per_s"):
        assert report[key] > 0
    best = max(report["duckdb_rows_per_s"], report["polars_rows_per_s"])
    assert report["ratio_vs_best"] == pytest.approx(report["ours_rows_per_s"] / best, rel=1e-2)
    assert 0 < report["peak_rss_mb"] < 2048
    assert not list(tmp_path.iterdir())  # temp files live outside the data dir and are removed
