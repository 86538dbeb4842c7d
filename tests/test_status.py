"""``iw status`` reads run records and Parquet footers into one picture of the pipeline."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow as pa
from rich.console import Console

from transforms.config import Settings
from transforms.io import PartitionWriter
from transforms.pipelines import stage_run
from transforms.status import collect_status, load_run_records, show_status


def _messages(n: int, day: str) -> pa.Table:
    ts = [
        dt.datetime.fromisoformat(f"{day}T10:00:00+00:00") + dt.timedelta(minutes=i)
        for i in range(n)
    ]
    return pa.table(
        {
            "message_id": [f"m{day}{i}" for i in range(n)],
            "updated_at": pa.array(ts, pa.timestamp("us", tz="UTC")),
        }
    )


def _lake(s: Settings) -> None:
    for day, n in (("2026-11-18", 3), ("2026-11-19", 5)):
        with PartitionWriter(s.raw_dir, "messages", day) as w:
            w.write(_messages(n, day))
    with PartitionWriter(s.clean_dir, "messages", "2026-11-18") as w:
        w.write(_messages(3, "2026-11-18"))


def test_status_counts_partitions_rows_and_freshness(tmp_path):
    s = Settings(data_dir=tmp_path)
    _lake(s)
    with stage_run("extract", "2026-11-19", s) as r:
        r.counts["rows.messages"] = 5
    now = dt.datetime(2026, 11, 20, 10, 4, tzinfo=dt.UTC)
    status = collect_status(s, now=now)

    messages = next(t for t in status["lake"] if t["table"] == "messages")
    assert messages["raw"] == {
        "partitions": 2,
        "version": 1,  # two partition commits: versions 0 and 1
        "first": "2026-11-18",
        "last": "2026-11-19",
        "rows": 8,
        "newest_updated_at": "2026-11-19T10:04:00+00:00",
    }
    assert messages["clean"]["rows"] == 3 and messages["clean"]["partitions"] == 1
    users = next(t for t in status["lake"] if t["table"] == "users")
    assert users["raw"]["partitions"] == 0 and users["raw"]["rows"] == 0
    assert users["raw"]["version"] is None  # no table yet

    assert status["freshness"]["newest_partition"] == "2026-11-19"
    assert status["freshness"]["updated_at_lag"] == "1.0d"
    assert status["runs"]["extract"]["counts"] == {"rows.messages": 5}
    assert status["runs"]["warehouse"] is None
    assert status["warehouse"]["exists"] is False


def test_show_status_prints_tables(tmp_path):
    s = Settings(data_dir=tmp_path)
    _lake(s)
    with stage_run("redact", None, s) as r:
        r.counts.update({"rows.messages": 3, "spans.total": 7})
    out = io.StringIO()
    show_status(s, console=Console(file=out, width=200))
    text = out.getvalue()
    assert "Last run per stage" in text and "redact" in text and "spans.total=7" in text
    assert "messages" in text and "never" in text  # stages that never ran say so


def test_run_records_filter_by_stage_and_time(tmp_path):
    s = Settings(data_dir=tmp_path)
    with stage_run("extract", "2026-11-18", s):
        pass
    cut = dt.datetime.now(dt.UTC).isoformat()
    with stage_run("extract", "2026-11-19", s):
        pass
    with stage_run("redact", "2026-11-19", s):
        pass
    assert [r["partition"] for r in load_run_records(s, "extract")] == ["2026-11-18", "2026-11-19"]
    assert {r["stage"] for r in load_run_records(s, since=cut)} == {"extract", "redact"}
    assert len(load_run_records(s, since=cut)) == 2
