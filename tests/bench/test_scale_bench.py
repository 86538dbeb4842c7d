"""The scale benchmark's measuring parts: per-stage child runs and the growth figures."""

from __future__ import annotations

import os

import pytest

from transforms.bench.scale import bench_size, growth, run_stage_measured
from transforms.config import Settings


def _size(messages: int, **stages: tuple[float, float]) -> dict:
    return {
        "messages": messages,
        "stages": {n: {"wall_s": w, "peak_rss_mb": r} for n, (w, r) in stages.items()},
    }


def test_growth_compares_rss_and_per_message_wall():
    small = _size(1000, quality=(10.0, 400.0), export=(5.0, 300.0))
    large = _size(4000, quality=(40.0, 420.0), export=(30.0, 900.0))
    g = growth(small, large)
    assert g["sizes"] == [1000, 4000]
    # quality: flat memory, linear time
    assert g["quality"] == {"rss_ratio": 1.05, "per_message_wall_ratio": 1.0}
    # export: memory tripled, time super-linear
    assert g["export"] == {"rss_ratio": 3.0, "per_message_wall_ratio": 1.5}


def test_failed_stage_reports_its_error(tmp_path):
    env = {**os.environ, "IW_DATA_DIR": str(tmp_path)}
    for key in ("IW_SOURCE_DIR", "IW_LAKE_DIR", "IW_WAREHOUSE"):
        env.pop(key, None)
    with pytest.raises(RuntimeError, match=r"stage warehouse failed .*no clean lake"):
        run_stage_measured("warehouse", env, Settings.from_env().repo_dir)


def test_rejects_empty_size():
    with pytest.raises(ValueError, match="messages must be >= 1"):
        bench_size(Settings.from_env(), 0)
