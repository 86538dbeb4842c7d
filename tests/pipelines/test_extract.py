"""Extract stage: export files and PostgreSQL -> typed raw lake, bad rows -> quarantine."""

import datetime as dt
import gzip
import hashlib
import json
import uuid
from pathlib import Path

import psycopg
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import (
    lake_tables,
    list_dir_partitions,
    list_partitions,
    read_partition,
    table_files,
)
from transforms.pipelines import StageResult
from transforms.pipelines.extract import extract_files, run
from transforms.simulator.bad_rows import BAD_FILE, plant_bad_rows, plant_bad_rows_postgres
from transforms.simulator.generator import generate

PG_BASE = "postgresql://root@127.0.0.1:5432/test"


def raw_table(root: Path, name: str) -> pa.Table | None:
    files = table_files(root, name)  # the active files of the Delta table's current version
    return pa.concat_tables([pq.read_table(f) for f in files]) if files else None


def digest(root: Path) -> dict[str, str]:
    return {
        # file names carry a commit uuid: compare the content of each active partition
        f"{name}/dt={day}": hashlib.sha256(
            read_partition(root, name, day).to_pandas().to_csv().encode()
        ).hexdigest()
        for name in lake_tables(root)
        for day in list_partitions(root, name)
    }


def source_rows(source: Path, name: str) -> list[dict]:
    out = []
    for f in sorted((source / name).glob("dt=*/part-00000.jsonl.gz")):
        with gzip.open(f, "rt") as fh:
            out.extend(json.loads(line) for line in fh)
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    data = tmp_path_factory.mktemp("extract")
    settings = Settings(data_dir=data)
    # two shards: the export files are multi-member gzip, which extraction must read
    counts = generate(settings, users=15, days=2, seed=3, shards=2, progress=False)
    return settings, counts


# --- file source ----------------------------------------------------------------------------------
def test_raw_counts_and_types_match_the_source(generated, tmp_path):
    settings, counts = generated
    # own lake, the module's source files (named through IW_SOURCE_URL's file form)
    s = Settings(data_dir=tmp_path, source_url=str(settings.source_dir))
    result = run(None, s)
    assert result.status == "success"
    for name, t in TABLES.items():
        table = raw_table(s.raw_dir, name)
        assert result.counts[f"rows.{name}"] == counts[name] == table.num_rows, name
        assert result.counts[f"quarantined.{name}"] == 0
        assert table.schema == t.schema, name
        assert list_partitions(s.raw_dir, name) == list_dir_partitions(settings.source_dir, name)
    assert result.details["schema_drift"] == {}
    runs = list((s.state_dir / "runs" / "extract").glob("*.json"))
    assert len(runs) == 1 and json.loads(runs[0].read_text())["status"] == "success"


def test_extract_allocates_from_the_system_pool_and_restores_the_callers(
    generated, tmp_path, monkeypatch
):
    import transforms.pipelines.extract as extract_module

    settings, _ = generated
    s = Settings(data_dir=tmp_path, source_url=str(settings.source_dir))
    before = pa.default_memory_pool().backend_name
    seen: list[str] = []

    def spy(*args, **kwargs):
        seen.append(pa.default_memory_pool().backend_name)
        return extract_files(*args, **kwargs)

    monkeypatch.setattr(extract_module, "extract_files", spy)
    assert run(None, s, tables=["builds"]).status == "success"
    assert seen == ["system"]  # freed blocks go back to the OS (bound_heap), not a pool cache
    assert pa.default_memory_pool().backend_name == before


def test_values_survive_the_round_trip(generated, tmp_path):
    settings, _ = generated
    s = Settings(data_dir=tmp_path, source_url=str(settings.source_dir))
    run(None, s, tables=["messages", "builds"])
    for name in ("messages", "builds"):
        src = sorted(
            source_rows(settings.source_dir, name), key=lambda r: r[TABLES[name].primary_key]
        )
        raw = sorted(
            raw_table(s.raw_dir, name).to_pylist(), key=lambda r: r[TABLES[name].primary_key]
        )
        for a, b in zip(src, raw, strict=True):
            for col, value in a.items():
                got = b[col]
                if isinstance(got, dt.datetime):
                    got = got.isoformat(timespec="milliseconds").replace("+00:00", "Z")
                assert got == value, (name, col)


def test_rerun_replaces_and_is_byte_identical(generated, tmp_path):
    settings, counts = generated
    s = Settings(data_dir=tmp_path, source_url=str(settings.source_dir))
    run(None, s)
    first = digest(s.raw_dir)
    again = run(None, s)
    assert digest(s.raw_dir) == first
    assert raw_table(s.raw_dir, "messages").num_rows == counts["messages"]
    assert again.counts["rows.messages"] == counts["messages"]


def test_partition_run_touches_only_that_day(generated, tmp_path):
    settings, _ = generated
    s = Settings(data_dir=tmp_path, source_url=str(settings.source_dir))
    day = list_dir_partitions(settings.source_dir, "messages")[-1]
    result = run(day, s)
    expected = sum(
        1 for _ in source_rows(settings.source_dir, "messages") if _["created_at"][:10] == day
    )
    assert result.counts["rows.messages"] == expected
    assert list_partitions(s.raw_dir, "messages") == [day]
    empty = run("2001-01-01", s)
    assert sum(v for k, v in empty.counts.items() if k.startswith("rows.")) == 0
    assert "no source files" in empty.details["note"]


def test_quarantine_counts_match_planted_bad_rows_exactly(tmp_path):
    s = Settings(data_dir=tmp_path)
    counts = generate(s, users=10, days=2, seed=4, progress=False)
    planted = plant_bad_rows(s.source_dir, table_name="messages", per_kind=4)
    planted_fb = plant_bad_rows(s.source_dir, table_name="feedback", per_kind=2, seed=1)
    result = run(None, s)
    for name, p in (("messages", planted), ("feedback", planted_fb)):
        bad = sum(
            p[r] for r in ("malformed_json", "wrong_type", "missing_required", "unknown_columns")
        )
        assert result.counts[f"quarantined.{name}"] == bad
        for reason in ("malformed_json", "wrong_type", "missing_required", "unknown_columns"):
            assert result.counts[f"quarantined.{name}.{reason}"] == p[reason], (name, reason)
        assert result.counts[f"rows.{name}"] == counts[name] + p["valid"]
        assert raw_table(s.raw_dir, name).num_rows == counts[name] + p["valid"]
        drift = result.details["schema_drift"][name]
        assert drift["sentiment"] == {"rows_with_value": p["unknown_columns"], "rows_null": 0}
        assert drift["experiment_id"] == {"rows_with_value": 0, "rows_null": p["drift_null"]}
    # every quarantine record points at the exact line it came from
    q = raw_table(s.quarantine_dir, "messages").to_pylist()
    assert {r["reason"] for r in q} == {
        "malformed_json",
        "wrong_type",
        "missing_required",
        "unknown_columns",
    }
    for r in q:
        with gzip.open(s.source_dir / r["source"], "rt") as fh:
            lines = fh.read().split("\n")
        assert lines[r["line_number"] - 1] == r["raw"]
        assert r["source"].endswith(BAD_FILE)
    # a clean rerun after fixing the source clears the stale quarantine partition
    for f in s.source_dir.glob(f"*/dt=*/{BAD_FILE}"):
        f.unlink()
    # the removed file also held valid rows: a deliberate shrink the operator forces
    clean = run(None, s, allow_shrink=True)
    assert clean.counts["quarantined.messages"] == 0
    assert raw_table(s.quarantine_dir, "messages") is None


def test_small_blocks_give_the_same_result_as_big_ones(tmp_path):
    s = Settings(data_dir=tmp_path / "a")
    generate(s, users=8, days=1, seed=5, progress=False)
    plant_bad_rows(s.source_dir, per_kind=3, days=1)
    results = []
    for label, block in (("big", 32 << 20), ("small", 4096)):
        s2 = Settings(data_dir=tmp_path / label, source_url=str(s.source_dir))
        r = StageResult(stage="extract", partition=None)
        extract_files(s2, None, r, tables=["messages"], root=s.source_dir, block_bytes=block)
        q = sorted(
            (x["line_number"], x["reason"])
            for x in raw_table(s2.quarantine_dir, "messages").to_pylist()
        )
        results.append((r.counts, q, raw_table(s2.raw_dir, "messages").to_pylist()))
        if label == "small":
            assert r.details["blocks"]["messages"]["blocks"] > 10  # really streamed
    assert results[0] == results[1]


def test_truncated_file_keeps_rows_before_the_break(tmp_path):
    s = Settings(data_dir=tmp_path)
    counts = generate(s, users=10, days=1, seed=6, progress=False)
    part = next(s.source_dir.glob("messages/dt=*/part-00000.jsonl.gz"))
    data = part.read_bytes()
    part.write_bytes(data[: len(data) // 2])
    result = run(None, s, tables=["messages"])
    assert result.status == "success"
    assert result.counts["quarantined.messages.unreadable_file"] == 1
    assert 0 < result.counts["rows.messages"] < counts["messages"]


def test_lenient_but_valid_values_load_and_out_of_range_does_not(tmp_path):
    s = Settings(data_dir=tmp_path)
    day = tmp_path / "source" / "messages" / "dt=2026-11-18"
    day.mkdir(parents=True)
    base = {
        "message_id": "m1",
        "session_id": "s1",
        "user_id": "u1",
        "seq": 0,
        "role": "user",
        "text": "héllo",
        "created_at": "2026-11-18T10:00:00Z",
        "updated_at": "2026-11-18T10:00:00Z",
    }
    rows = [
        base,
        {**base, "message_id": "m2", "created_at": "2026-11-18 10:00:00"},  # naive: UTC
        {**base, "message_id": "m3", "updated_at": "2026-11-18T12:00:00+02:00"},
        {**base, "message_id": "m4", "cost_usd": 3},  # int for a float column is fine
        {**base, "message_id": "m5", "seq": 2**31},  # int32 overflow
        {**base, "message_id": "m6", "seq": True},  # bool is not an int
    ]
    with gzip.open(day / "part-00000.jsonl.gz", "wt") as f:
        f.write("\n".join(json.dumps(r) for r in rows) + "\n")
    result = run(None, s, tables=["messages"])
    assert result.counts["rows.messages"] == 4
    assert result.counts["quarantined.messages.wrong_type"] == 2
    got = {r["message_id"]: r for r in raw_table(s.raw_dir, "messages").to_pylist()}
    assert got["m2"]["created_at"] == dt.datetime(2026, 11, 18, 10, tzinfo=dt.UTC)
    assert got["m3"]["updated_at"] == dt.datetime(2026, 11, 18, 10, tzinfo=dt.UTC)
    assert got["m4"]["cost_usd"] == 3.0 and got["m1"]["text"] == "héllo"


def test_bad_arguments_are_clear_errors(tmp_path):
    s = Settings(data_dir=tmp_path)
    with pytest.raises(FileNotFoundError, match="iw generate"):
        run(None, s)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        run("yesterday", s)
    with pytest.raises(KeyError, match="unknown table"):
        run(None, s, tables=["mesages"])


# --- PostgreSQL source ------------------------------------------------------------------------
@pytest.fixture
def pg_url():
    schema = f"iw_test_{uuid.uuid4().hex[:10]}"
    url = f"{PG_BASE}?schema={schema}"
    yield url
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _exec(url: str, sql: str, params=()) -> None:
    schema = url.split("schema=")[1]
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(sql.replace("{s}", f'"{schema}"'), params)


def _latest_by_pk(rows: list[dict], pk: str) -> dict:
    out: dict = {}
    for r in rows:
        if r[pk] not in out or r["updated_at"] >= out[r[pk]]["updated_at"]:
            out[r[pk]] = r
    return out


@pytest.mark.postgres
def test_postgres_source_holds_the_same_data_as_the_files(tmp_path, pg_url):
    files = Settings(data_dir=tmp_path / "f")
    pg = Settings(data_dir=tmp_path / "p", source_url=pg_url)
    c_files = generate(files, users=10, days=2, seed=8, progress=False)
    c_pg = generate(pg, users=10, days=2, seed=8, to=pg_url, progress=False)
    assert c_files == c_pg
    run(None, files)
    result = run(None, pg)
    assert result.details["source"]["kind"] == "postgresql"
    for name, t in TABLES.items():
        a = _latest_by_pk(raw_table(files.raw_dir, name).to_pylist(), t.primary_key)
        b = _latest_by_pk(raw_table(pg.raw_dir, name).to_pylist(), t.primary_key)
        assert a == b, name
        assert raw_table(pg.raw_dir, name).schema == t.schema
    with psycopg.connect(PG_BASE) as conn:
        schema = pg_url.split("schema=")[1]
        gold = conn.execute(f'SELECT count(*) FROM "{schema}"._gold_labels').fetchone()[0]
    assert gold == c_pg["gold_labels"]


def test_merge_streams_a_partition_in_batches_latest_version_wins(tmp_path, monkeypatch):
    # the PostgreSQL path's merge of changed rows into a raw partition, with batches far
    # smaller than the partition: one row per key, newest version wins, sorted by key
    from transforms.pipelines import extract as ex

    s = Settings(data_dir=tmp_path)
    generate(s, users=6, days=1, seed=3, progress=False)
    run(None, s)
    t = TABLES["messages"]
    day = list_partitions(s.raw_dir, "messages")[0]
    old = read_partition(s.raw_dir, "messages", day)
    assert old.num_rows > 20
    rows = old.slice(0, 3).to_pylist()
    rows[0] |= {"text": "edited", "updated_at": rows[0]["updated_at"] + dt.timedelta(minutes=1)}
    rows[1] |= {"text": "stale", "updated_at": rows[1]["updated_at"] - dt.timedelta(minutes=1)}
    rows[2] |= {"message_id": "m_zzz_new"}
    spill = tmp_path / "changed.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=t.schema), spill)
    monkeypatch.setattr(ex, "MERGE_BATCH_ROWS", 7)

    assert ex._merge_partition(s, t, day, [spill]) == 2  # the edit and the new row

    merged = read_partition(s.raw_dir, "messages", day)
    assert merged.schema == t.schema
    ids = merged["message_id"].to_pylist()
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == old.num_rows + 1
    text = dict(zip(ids, merged["text"].to_pylist(), strict=True))
    assert text[rows[0]["message_id"]] == "edited"
    assert text[rows[1]["message_id"]] == old["text"][1].as_py()  # the older copy lost
    assert text["m_zzz_new"] == rows[2]["text"]
    # merging the same rows again changes nothing
    assert ex._merge_partition(s, t, day, [spill]) == 0
    assert read_partition(s.raw_dir, "messages", day).equals(merged)


@pytest.mark.postgres
def test_incremental_extraction_overlap_and_idempotent_rerun(tmp_path, pg_url):
    s = Settings(data_dir=tmp_path, source_url=pg_url)
    counts = generate(s, users=8, days=2, seed=9, to=pg_url, progress=False)
    first = run(None, s)
    assert first.counts["rows.messages"] == first.counts["upserted.messages"] == counts["messages"]
    wm = dt.datetime.fromisoformat(first.details["watermarks"]["messages"]["watermark_after"])
    # a re-run with no changes re-reads only the overlap window and changes nothing
    before = digest(s.raw_dir)
    second = run(None, s)
    assert second.counts["upserted.messages"] == 0
    assert 0 < second.counts["rows.messages"] < counts["messages"]
    assert digest(s.raw_dir) == before
    # new row, changed row, late row inside the overlap, late row outside it
    cols = ", ".join(
        c for c in TABLES["messages"].columns if c not in ("message_id", "text", "updated_at")
    )
    ins = (
        f"INSERT INTO {{s}}.messages (message_id, text, updated_at, {cols}) "
        f"SELECT %s, %s, %s, {cols} FROM {{s}}.messages ORDER BY message_id LIMIT 1"
    )
    _exec(pg_url, ins, ("m_new", "new row", wm + dt.timedelta(minutes=10)))
    _exec(pg_url, ins, ("m_late_in", "late but inside overlap", wm - dt.timedelta(minutes=30)))
    _exec(pg_url, ins, ("m_late_out", "too late", wm - dt.timedelta(hours=3)))
    _exec(
        pg_url,
        "UPDATE {s}.messages SET text = 'edited', updated_at = %s WHERE message_id = "
        "(SELECT max(message_id) FROM {s}.messages WHERE message_id LIKE 'm\\_0%%')",
        (wm + dt.timedelta(minutes=5),),
    )
    third = run(None, s)
    assert third.counts["upserted.messages"] == 3
    raw = {r["message_id"]: r for r in raw_table(s.raw_dir, "messages").to_pylist()}
    assert "m_new" in raw and "m_late_in" in raw and "m_late_out" not in raw
    assert sum(r["text"] == "edited" for r in raw.values()) == 1
    assert len(raw) == counts["messages"] + 2  # unique by key: the edit replaced its old version
    after = digest(s.raw_dir)
    fourth = run(None, s)
    assert fourth.counts["upserted.messages"] == 0
    assert digest(s.raw_dir) == after  # identical files by content
    (mark_file,) = (s.state_dir / "watermarks").glob("pg_127.0.0.1_5432_test_*/messages.json")
    mark = json.loads(mark_file.read_text())
    assert dt.datetime.fromisoformat(mark["updated_at"]) == wm + dt.timedelta(minutes=10)


@pytest.mark.postgres
def test_partition_runs_advance_in_step(tmp_path, pg_url):
    s = Settings(data_dir=tmp_path, source_url=pg_url)
    counts = generate(s, users=8, days=2, seed=10, to=pg_url, progress=False)
    first_day = "2026-11-18"
    r1 = run(first_day, s)
    assert list_partitions(s.raw_dir, "messages") == [first_day]
    wm = dt.datetime.fromisoformat(r1.details["watermarks"]["messages"]["watermark_after"])
    assert wm < dt.datetime(2026, 11, 19, tzinfo=dt.UTC)
    r2 = run("2026-11-19", s)
    assert r1.counts["upserted.messages"] + r2.counts["upserted.messages"] == counts["messages"]
    assert raw_table(s.raw_dir, "messages").num_rows == counts["messages"]


@pytest.mark.postgres
def test_postgres_quarantine_and_schema_drift(tmp_path, pg_url):
    s = Settings(data_dir=tmp_path, source_url=pg_url)
    schema = pg_url.split("schema=")[1]  # the schema= argument form of the same sink
    counts = generate(s, users=8, days=2, seed=11, to=PG_BASE, schema=schema, progress=False)
    planted = plant_bad_rows_postgres(pg_url, per_kind=3)
    result = run(None, s, tables=["messages"])
    assert result.counts["quarantined.messages.unknown_columns"] == planted["unknown_columns"]
    assert result.counts["quarantined.messages.missing_required"] == planted["missing_required"]
    assert result.counts["quarantined.messages"] == (
        planted["unknown_columns"] + planted["missing_required"]
    )
    assert result.counts["rows.messages"] == counts["messages"] + planted["valid"]
    drift = result.details["schema_drift"]["messages"]["sentiment"]
    assert drift["rows_with_value"] == planted["unknown_columns"]
    assert drift["rows_null"] == counts["messages"] + planted["valid"] + planted["missing_required"]
    q = raw_table(s.quarantine_dir, "messages").to_pylist()
    assert all(r["source"].endswith(".messages") and r["row_id"].count("_planted") for r in q)
    assert all(json.loads(r["raw"])["message_id"] == r["row_id"] for r in q)
    # rerun: the quarantine is merged, not duplicated
    run(None, s, tables=["messages"])
    assert len(raw_table(s.quarantine_dir, "messages").to_pylist()) == len(q)


@pytest.mark.postgres
def test_wrong_postgres_schema_is_a_clear_error(tmp_path, pg_url):
    s = Settings(data_dir=tmp_path, source_url=pg_url)  # schema never created
    with pytest.raises(LookupError, match="none of the platform tables"):
        run(None, s)
    record = json.loads(next((s.state_dir / "runs" / "extract").glob("*.json")).read_text())
    assert record["status"] == "failed" and "LookupError" in record["details"]["error"]


@pytest.mark.slow
def test_hundred_thousand_messages_generate_and_extract_in_bounded_memory(tmp_path):
    """The CLI path end to end at a size where holding everything in memory would show."""
    import os
    import subprocess
    import sys
    import tempfile

    env = {**os.environ, "IW_DATA_DIR": str(tmp_path)}
    env.pop("IW_SOURCE_URL", None)
    env.pop("IW_SOURCE_DIR", None)
    cli = [sys.executable, "-m", "transforms.cli"]
    gen = subprocess.run(
        [*cli, "generate", "--messages", "100000"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    counts = json.loads(gen.stdout)
    # the extract process's own peak (os.wait4), not the largest child this test process ever
    # waited for (RUSAGE_CHILDREN also counts earlier tests' worker pools)
    with tempfile.TemporaryFile() as stdout:
        proc = subprocess.Popen([*cli, "run", "extract"], env=env, stdout=stdout)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        assert proc.returncode == 0
        stdout.seek(0)
        result = json.loads(stdout.read())
    for name in TABLES:
        assert result["counts"][f"rows.{name}"] == counts[name]
    peak_mb = usage.ru_maxrss / 1024
    assert peak_mb < 1024, peak_mb
