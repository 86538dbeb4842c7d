"""Raw-lake retention: partitions past the TTL are purged, others kept, reruns are no-ops."""

from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pytest

from transforms.config import Settings
from transforms.io import PartitionWriter, list_partitions, read_partition
from transforms.pipelines import retention


def _lake(tmp_path, days: list[str]) -> Settings:
    s = Settings(data_dir=tmp_path, raw_ttl_days=30)
    for day in days:
        for root in (s.raw_dir, s.clean_dir):
            with PartitionWriter(root, "messages", day) as w:
                w.write(pa.table({"message_id": [f"m-{day}"], "text": ["hi"]}))
    with PartitionWriter(s.quarantine_dir, "messages", days[0]) as w:
        w.write(pa.table({"raw": ['{"user_id": "u_1"}']}))
    return s


def test_purges_only_expired_raw_and_quarantine_partitions(tmp_path):
    s = _lake(tmp_path, ["2026-01-01", "2026-01-10", "2026-01-31", "2026-02-05"])
    # reference 2026-02-09, TTL 30 days -> cutoff 2026-01-10: only 2026-01-01 has expired
    res = retention.run(None, s, reference="2026-02-09")
    assert list_partitions(s.raw_dir, "messages") == ["2026-01-10", "2026-01-31", "2026-02-05"]
    assert list_partitions(s.quarantine_dir, "messages") == []
    assert len(list_partitions(s.clean_dir, "messages")) == 4, "clean lake is not raw: kept"
    assert res.counts["purged.raw.messages"] == 1 and res.counts["purged.quarantine.messages"] == 1
    assert res.counts["purged_bytes"] > 0
    # deleted AND vacuumed: the expired day's files are physically gone, time travel fails
    assert res.counts["vacuumed_files"] == 2
    assert not list((s.raw_dir / "messages" / "dt=2026-01-01").glob("*.parquet"))
    with pytest.raises(FileNotFoundError):
        read_partition(s.raw_dir, "messages", "2026-01-01", version=0)
    assert res.details["cutoff"] == "2026-01-10"
    record = next((s.state_dir / "runs" / "retention").glob("*.json"))
    assert json.loads(record.read_text())["details"]["purged"][0]["day"] == "2026-01-01"
    again = retention.run(None, s, reference="2026-02-09")
    assert again.counts["purged_partitions"] == 0


def test_partition_is_the_reference_day_and_ttl_applies(tmp_path):
    s = _lake(tmp_path, ["2026-03-01", "2026-03-20"])
    retention.run("2026-04-05", s)  # cutoff 2026-03-06
    assert list_partitions(s.raw_dir, "messages") == ["2026-03-20"]
    short = Settings(data_dir=tmp_path, raw_ttl_days=0)
    retention.run(None, short, reference=dt.date(2026, 3, 21))
    assert list_partitions(s.raw_dir, "messages") == []


def test_bad_reference_and_ttl_are_rejected(tmp_path):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        retention.run("yesterday", Settings(data_dir=tmp_path))
    with pytest.raises(ValueError, match="raw_ttl_days"):
        retention.run(None, Settings(data_dir=tmp_path, raw_ttl_days=-1), reference="2026-01-01")
