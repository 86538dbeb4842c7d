"""Bounded memory at scale: the chain at two sizes, 3x apart.

The quality gate validates byte-bounded chunks and hands each chunk's memory back, and DuckDB
spills past ``IW_MEMORY_LIMIT`` (256MB), so the gate's peak RSS must not follow the data;
every stage stays under the 1.5 GB budget. Slow (~15 min on a loaded box), so it runs with the
benchmarks (``make bench``), not in CI. Passed on 2026-12-04 (issue 18).
"""

from __future__ import annotations

import pytest

from transforms.bench.scale import bench_size, growth
from transforms.config import Settings

pytestmark = [pytest.mark.bench, pytest.mark.timeout(3600)]


def test_quality_memory_is_flat_and_every_stage_within_budget(tmp_path):
    settings = Settings.from_env(data_dir=tmp_path)
    small = bench_size(settings, 20_000)
    large = bench_size(settings, 60_000)
    g = growth(small, large)
    assert g["quality"]["rss_ratio"] <= 1.2, (small, large)
    for run in (small, large):
        for stage, s in run["stages"].items():
            assert s["peak_rss_mb"] <= 1536, (stage, s)
