"""Issue 15 item 5: redaction runs stage per run, so concurrent runs never collide."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from pathlib import Path

import pyarrow as pa

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import PartitionWriter, read_partition
from transforms.pipelines import redact

DAYS = ["2026-11-01", "2026-11-02"]


def _raw(settings: Settings, day: str, n: int = 40) -> None:
    ts = dt.datetime.fromisoformat(f"{day}T10:00:00+00:00")
    rows = [
        {"message_id": f"{day}-m{i}", "session_id": "s1", "user_id": f"u_00000{i % 3}",
         "seq": i, "role": "user", "text": f"write to maria{i}@example.com about the app",
         "created_at": ts, "updated_at": ts}
        for i in range(n)
    ]  # fmt: skip
    schema = TABLES["messages"].schema
    with PartitionWriter(settings.raw_dir, "messages", day) as w:
        w.write(pa.Table.from_pylist(rows, schema=schema))


def _redact_repeatedly(data_dir: str, day: str, rounds: int) -> None:
    s = Settings(data_dir=Path(data_dir), workers=1)
    for _ in range(rounds):
        redact.run(day, s, tables=["messages"])


def test_two_processes_redacting_different_days_do_not_collide(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    for day in DAYS:
        _raw(s, day)
    redact.ensure_user_keys(None, s)
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_redact_repeatedly, args=(str(tmp_path), d, 4)) for d in DAYS]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
    assert [p.exitcode for p in procs] == [0, 0]
    for day in DAYS:
        assert read_partition(s.clean_dir, "messages", day).num_rows == 40
    assert not (s.lake_dir / "_staging").exists()  # every run removed its own staging


def test_a_zombie_shard_set_is_neither_used_nor_deleted_by_an_in_process_run(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    _raw(s, DAYS[0])
    # a fan-out that died after staging its shard of an older version of the partition
    redact.run_shard(DAYS[0], "messages", 0, 1, s)
    zombie = sorted((s.lake_dir / "_staging").rglob("shard-00000.json"))
    assert zombie
    _raw(s, DAYS[0], n=30)  # the partition changed since
    redact.run(DAYS[0], s, tables=["messages"])
    assert read_partition(s.clean_dir, "messages", DAYS[0]).num_rows == 30
    assert all(z.exists() for z in zombie)  # still there for its own merge to reject
