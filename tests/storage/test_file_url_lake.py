"""A ``file:///abs/path/lake`` lake: URL handling of the Delta lake, cheaply, on local disk.

Every lake table is a Delta table whatever the location; a ``file://`` URL must reach the
same tables as the plain path it names. Extract + redact of the tiny dataset run twice, once
on a plain local path and once on a ``file://`` URL (with a copy of the first run's per-user
salts), and
``transforms.io.read_partition`` must return the same rows for every partition.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pytest

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import list_partitions, read_partition

STAGES = ("extract", "redact")
ZONES = ("raw", "clean", "audit", "quarantine")
DELTA_LOG = "_delta_log"
LAKE_ENV = ("IW_LAKE_DIR", "IW_SOURCE_DIR", "IW_SOURCE_URL", "IW_WAREHOUSE")


def _generate(settings: Settings) -> None:
    from transforms.simulator.generator import generate

    generate(settings, users=12, days=2, seed=11)


def _rows(table: pa.Table | None) -> list[str]:
    """Order-independent, comparable form of a partition's rows."""
    if table is None:
        return []
    return sorted(json.dumps(r, default=str, sort_keys=True) for r in table.to_pylist())


@dataclass
class Runs:
    local: Settings
    url: Settings
    url_root: Path  # where the file:// URL points
    local_results: dict
    url_results: dict
    days: dict[tuple[str, str], list[str]]  # (zone, table) -> days of the local run
    local_rows: dict[tuple[str, str, str], list[str]]  # (zone, table, day) -> rows


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> Runs:
    from transforms.pipelines import get_stage

    with pytest.MonkeyPatch.context() as mp:
        for name in LAKE_ENV:
            mp.delenv(name, raising=False)
        local = Settings(data_dir=tmp_path_factory.mktemp("path-lake"), workers=2)
        _generate(local)
        local_results = {st: get_stage(st)(None, local) for st in STAGES}
        days, local_rows = {}, {}
        for zone in ZONES:
            root = getattr(local, f"{zone}_dir")
            for name in TABLES:
                days[zone, name] = list_partitions(root, name)
                for day in days[zone, name]:
                    local_rows[zone, name, day] = _rows(read_partition(root, name, day))

        url_root = tmp_path_factory.mktemp("url-lake-root") / "lake"
        mp.setenv("IW_LAKE_DIR", url_root.as_uri())  # file:///.../lake
        url = Settings(data_dir=tmp_path_factory.mktemp("url-lake-data"), workers=2)
        _generate(url)
        shutil.copytree(local.keys_dir, url.keys_dir)  # same salts -> same user_keys
        url_results = {st: get_stage(st)(None, url) for st in STAGES}
        yield Runs(local, url, url_root, local_results, url_results, days, local_rows)


def test_lake_is_a_file_url_and_stages_succeed(runs):
    s = runs.url
    assert str(s.lake_dir).startswith("file://"), f"lake_dir is {s.lake_dir!r}"
    for stage in STAGES:
        assert runs.local_results[stage].status == "success"
        assert runs.url_results[stage].status == "success"
    assert runs.url_results["extract"].counts == runs.local_results["extract"].counts
    assert runs.url_results["redact"].counts == runs.local_results["redact"].counts
    assert not (s.data_dir / "lake").exists(), "lake written under the data dir, not the URL"


def test_every_partition_is_a_delta_commit_with_its_files_present(runs):
    from transforms.io import partition_files

    root = runs.url_root
    assert root.is_dir(), f"nothing written at the URL's path {root}"
    checked = 0
    problems = []
    for zone in ZONES:
        zone_root = getattr(runs.url, f"{zone}_dir")
        for name in TABLES:
            local_days = runs.days[zone, name]
            assert list_partitions(zone_root, name) == local_days, f"{zone}/{name} partitions"
            if local_days and not (root / zone / name / DELTA_LOG).is_dir():
                problems.append(f"{zone}/{name}: no {DELTA_LOG}")
            for day in local_days:
                checked += 1
                files = partition_files(zone_root, name, day)
                if not files:
                    problems.append(f"{zone}/{name}/dt={day}: no active file")
                missing = [f for f in files if not f.exists()]
                if missing:
                    problems.append(f"{zone}/{name}/dt={day}: active but absent {missing}")
    assert checked >= 2 * len(TABLES), f"only {checked} partitions checked"
    assert {z for (z, _), days in runs.days.items() if days} >= {"raw", "clean", "audit"}
    assert not problems, "\n".join(problems[:10])
    # nothing left by staging or temp writes (the merge tidies the staging tree away)
    leftovers = [p for p in root.rglob("*") if p.name.endswith((".tmp", ".old", ".gone"))]
    assert not leftovers, f"temporary files left in the lake: {leftovers[:5]}"
    assert not (root / "_staging").exists()


def test_read_partition_returns_the_local_runs_rows(runs):
    s = runs.url
    compared = 0
    for zone in ("raw", "clean", "audit"):
        root = getattr(s, f"{zone}_dir")
        for name in TABLES:
            assert list_partitions(root, name) == runs.days[zone, name], f"{zone}/{name}"
            for day in runs.days[zone, name]:
                got = _rows(read_partition(root, name, day))
                assert got == runs.local_rows[zone, name, day], f"{zone}/{name}/dt={day}"
                compared += len(got)
    assert compared > 0
    assert any(runs.local_rows[k] for k in runs.local_rows if k[:2] == ("clean", "messages"))


def test_retention_deletes_and_vacuums_expired_partitions(runs):
    """Last in the module: it deletes the URL lake's raw partitions."""
    import datetime as dt

    from transforms.pipelines import get_stage
    from transforms.privacy.retention import expired_partitions

    s = runs.url
    days = list_partitions(s.raw_dir, "messages")
    assert days
    reference = dt.date.fromisoformat(days[-1]) + dt.timedelta(days=s.raw_ttl_days + 1)
    expired = expired_partitions(s, reference)
    assert {p.day for p in expired if p.table == "messages"} == set(days)
    assert all(p.files >= 1 and p.bytes > 0 for p in expired)
    result = get_stage("retention")(reference.isoformat(), s)
    assert result.status == "success"
    assert list_partitions(s.raw_dir, "messages") == []
    assert not any((s.raw_dir / "messages").glob("dt=*/*"))
    # the clean lake is derived data and stays
    assert list_partitions(s.clean_dir, "messages") == days
