"""Which days a DAG run processes: params, data intervals and triggering asset events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from transforms.orchestration.partitions import (
    days_in_paths,
    event_extra,
    extract_partition,
    partitions_from_events,
    resolve_partitions,
    stage_partition,
)
from transforms.paths import day_key


@dataclass
class Event:
    """Shape of an Airflow asset event as tasks see it (only ``extra`` is read)."""

    extra: dict = field(default_factory=dict)


def test_extract_uses_param_then_data_interval_then_all():
    start = dt.datetime(2026, 11, 18, tzinfo=dt.UTC)
    assert extract_partition("2026-11-19", start) == "2026-11-19"
    assert extract_partition(None, start) == "2026-11-18"
    assert extract_partition("", None) is None


def test_bad_day_is_a_clear_error():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        day_key("18/11/2026")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        resolve_partitions(["2026-13-01"], None)


def test_events_are_unioned_and_sorted():
    events = {
        "iw://lake/raw": [
            Event(event_extra("extract", ["2026-11-19"])),
            Event(event_extra("extract", ["2026-11-18"])),
            Event(event_extra("extract", ["2026-11-19"])),
        ]
    }
    assert partitions_from_events(events) == ["2026-11-18", "2026-11-19"]


def test_an_all_partitions_event_makes_the_run_cover_everything():
    events = {
        "a": [Event(event_extra("extract", ["2026-11-18"])), Event(event_extra("extract", None))]
    }
    assert partitions_from_events(events) is None
    assert partitions_from_events({"a": [Event({})]}) is None  # foreign event without days


def test_no_events_means_all_and_params_win():
    assert resolve_partitions([], {}) is None
    assert resolve_partitions(None, None) is None
    events = {"a": [Event(event_extra("extract", ["2026-11-18"]))]}
    assert resolve_partitions(["2026-11-20"], events) == ["2026-11-20"]
    assert resolve_partitions("2026-11-20,2026-11-19", events) == ["2026-11-19", "2026-11-20"]
    assert resolve_partitions([], events) == ["2026-11-18"]


def test_event_extra_is_json_shaped_and_stage_partition_is_one_day_or_all():
    extra = event_extra("redact", ["2026-11-19", "2026-11-18"], ["r2", "r1", "r1"])
    assert extra == {
        "stage": "redact",
        "partitions": ["2026-11-18", "2026-11-19"],
        "run_ids": ["r1", "r2"],
    }
    assert stage_partition(["2026-11-19"]) == "2026-11-19"
    assert stage_partition(extra["partitions"]) is None  # several days: validate them all
    assert stage_partition(None) is None and stage_partition([]) is None


def test_days_in_paths_reads_partition_directories():
    outputs = [
        "/d/lake/raw/users/dt=2026-11-17",
        "/d/lake/raw/messages/dt=2026-11-18",
        "/d/lake/raw/messages/dt=2026-11-17/part-00000.parquet",
        "/d/lake/raw/x",
        "/d/odt=2026-01-01",
    ]
    assert days_in_paths(outputs) == ["2026-11-17", "2026-11-18"]
    assert days_in_paths([]) == []
