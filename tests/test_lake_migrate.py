"""``iw lake migrate``: an old ``_committed.json`` / renamed-directory lake becomes Delta tables
in place, keeps every committed row, drops uncommitted leftovers, and a rerun is a no-op."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms.config import Settings
from transforms.io import history, list_partitions, read_partition, table_files
from transforms.lake_maintenance import maintain, migrate


def _old_lake(s: Settings) -> None:
    # raw/messages: locally renamed partitions (every *.parquet of dt=D is committed)
    for day, rows in (("2026-11-01", [1, 2]), ("2026-11-02", [3])):
        d = s.raw_dir / "messages" / f"dt={day}"
        d.mkdir(parents=True)
        pq.write_table(
            pa.table({"id": rows, "text": [f"t{r}" for r in rows]}), d / "part-00000.parquet"
        )
    # a crashed local writer's hidden staging directory
    stale = s.raw_dir / "messages" / ".dt=2026-11-03.abc.tmp"
    stale.mkdir()
    pq.write_table(pa.table({"id": [99], "text": ["stale"]}), stale / "part-00000.parquet")
    # clean/users: object-store style manifest naming one of two files
    d = s.clean_dir / "users" / "dt=2026-11-01"
    d.mkdir(parents=True)
    pq.write_table(pa.table({"user_key": ["k1", "k2"]}), d / "part-aaa-00000.parquet")
    pq.write_table(pa.table({"user_key": ["superseded"]}), d / "part-old-00000.parquet")
    (d / "_committed.json").write_text(json.dumps({"files": ["part-aaa-00000.parquet"]}))


def test_migrate_converts_in_place_and_reruns_as_noop(tmp_path):
    s = Settings(data_dir=tmp_path)
    _old_lake(s)
    report = migrate(s)
    assert report["converted"]["raw/messages"]["rows"] == 3
    assert report["converted"]["clean/users"]["rows"] == 2
    assert (s.raw_dir / "messages" / "_delta_log").is_dir()
    assert list_partitions(s.raw_dir, "messages") == ["2026-11-01", "2026-11-02"]
    assert read_partition(s.raw_dir, "messages", "2026-11-01")["id"].to_pylist() == [1, 2]
    assert read_partition(s.clean_dir, "users", "2026-11-01")["user_key"].to_pylist() == [
        "k1",
        "k2",
    ]
    # old files, manifests, staging leftovers are gone; only the Delta log and active files stay
    left = {
        p
        for p in (s.raw_dir / "messages").rglob("*")
        if p.is_file() and "_delta_log" not in p.parts
    }
    assert left == set(table_files(s.raw_dir, "messages"))
    assert not list(s.lake_dir.rglob("_committed.json"))
    assert not list(s.lake_dir.rglob("_migration.json"))
    again = migrate(s)
    assert again["converted"] == {} and set(again["already_delta"]) == {
        "raw/messages",
        "clean/users",
    }


def test_interrupted_migration_resumes_from_its_plan(tmp_path, monkeypatch):
    import transforms.lake_maintenance as lm

    s = Settings(data_dir=tmp_path)
    _old_lake(s)
    calls = {"n": 0}
    real = lm.write_partition

    def crash_after_first(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(lm, "write_partition", crash_after_first)
    with pytest.raises(RuntimeError, match="killed"):
        migrate(s)
    assert (s.raw_dir / "messages" / "_migration.json").exists()  # the plan survives
    monkeypatch.setattr(lm, "write_partition", real)
    report = migrate(s)
    assert report["converted"]["raw/messages"]["rows"] == 3
    assert read_partition(s.raw_dir, "messages", "2026-11-02")["id"].to_pylist() == [3]


def test_maintain_compacts_small_files_and_vacuums(tmp_path):
    from deltalake import write_deltalake

    from transforms.io import table_uri, write_partition

    s = Settings(data_dir=tmp_path)
    write_partition(s.raw_dir, "messages", "2026-11-01", pa.table({"id": [0]}))
    for i in (1, 2):  # another engine appending small files to the same partition
        write_deltalake(
            table_uri(s.raw_dir, "messages"),
            pa.table({"id": [i], "dt": ["2026-11-01"]}),
            mode="append",
        )
    assert len(table_files(s.raw_dir, "messages")) == 3
    out = maintain(s, vacuum_hours=0)
    t = out["tables"]["raw/messages"]
    assert (t["files_before"], t["files_after"], t["files_vacuumed"]) == (3, 1, 3)
    assert "OPTIMIZE" in [h["operation"] for h in history(s.raw_dir, "messages")]
    assert sorted(read_partition(s.raw_dir, "messages", "2026-11-01")["id"].to_pylist()) == [
        0,
        1,
        2,
    ]
    with pytest.raises(ValueError, match=">= 0"):
        maintain(s, vacuum_hours=-1)
