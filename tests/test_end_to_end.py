"""The whole chain on a tiny generated dataset: generate -> extract -> redact -> warehouse ->
quality -> export, asserting the promises each stage makes to the next."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.conftest import USER_NUMBERED_ID, raw_source_ids
from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import sha256_file, table_files, table_version
from transforms.pipelines import get_stage


def _source_counts(source_dir: Path) -> dict[str, int]:
    counts = {}
    for name in TABLES:
        n = 0
        for f in sorted((source_dir / name).glob("dt=*/*.jsonl.gz")):
            with gzip.open(f, "rt") as fh:
                n += sum(1 for line in fh if line.strip())
        counts[name] = n
    return counts


def _gold_values(source_dir: Path) -> list[dict]:
    with gzip.open(source_dir / "_gold" / "labels.jsonl.gz", "rt") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    from transforms.simulator.generator import generate

    data = tmp_path_factory.mktemp("e2e")
    s = Settings(data_dir=data, workers=2)
    generate(s, users=12, days=2, seed=11)
    results = {
        stage: get_stage(stage)(None, s)
        for stage in ("extract", "redact", "warehouse", "quality", "export")
    }
    return s, results


def test_raw_row_counts_equal_source_counts(chain):
    s, results = chain
    src = _source_counts(s.source_dir)
    assert sum(src.values()) > 0
    for name, n in src.items():
        files = table_files(s.raw_dir, name)
        got = pl.scan_parquet(files).select(pl.len()).collect().item() if files else 0
        assert got == n, f"{name}: raw {got} != source {n}"


def test_no_planted_value_survives_in_clean_lake_or_export(chain):
    s, _ = chain
    gold = _gold_values(s.source_dir)
    assert any(g["type"] == "EMAIL_ADDRESS" for g in gold)
    assert any(g["type"] == "SECRET" for g in gold)
    values = {g["value"] for g in gold if len(g["value"]) >= 6}
    blobs = []
    for root in (s.clean_dir, s.exports_dir):
        for f in root.rglob("*.parquet"):
            blobs.append(json.dumps(pl.read_parquet(f).to_dicts(), default=str))
    text = "\n".join(blobs)
    leaked = sorted(v for v in values if v in text)
    assert not leaked, f"planted values leaked: {leaked[:5]}"


def _past_raw_text(s: Settings) -> str:
    """Everything downstream of the raw lake as text: clean and audit lake, every warehouse
    table, every export file."""
    blobs = []
    for root in (s.clean_dir, s.audit_dir, s.exports_dir):
        for f in sorted(root.rglob("*")):
            if f.suffix == ".parquet":
                blobs.append(json.dumps(pl.read_parquet(f).to_dicts(), default=str))
            elif f.suffix in (".json", ".jsonl", ".md", ".csv"):
                blobs.append(f.read_text(errors="replace"))
            elif f.name.endswith(".jsonl.gz"):
                with gzip.open(f, "rt") as fh:
                    blobs.append(fh.read())
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    try:
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables"
        ).fetchall()
        for schema, table in tables:
            rows = con.execute(f'select * from "{schema}"."{table}"').fetchall()
            blobs.append(json.dumps(rows, default=str))
    finally:
        con.close()
    return "\n".join(blobs)


def test_no_source_id_or_user_number_passes_the_raw_lake(chain):
    """Session/app/message/... ids embed the source user's number (``s_000003_...``): only
    keyed pseudonyms may appear past the raw lake (clean, audit, warehouse, exports)."""
    s, _ = chain
    ids = raw_source_ids(s)
    assert any(i.startswith("s_") for i in ids) and any(i.startswith("m_") for i in ids)
    text = _past_raw_text(s)
    assert "ses_" in text and "msg_" in text  # the pseudonyms are there instead
    leaked = sorted(i for i in ids if i in text)
    assert not leaked, f"source ids past the raw lake: {leaked[:5]}"
    numbers = sorted(set(USER_NUMBERED_ID.findall(text)))
    assert not numbers, f"user-numbered ids past the raw lake: {numbers[:5]}"


def test_dbt_build_passed_and_marts_exist(chain):
    s, results = chain
    assert results["warehouse"].status == "success"
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    try:
        n = con.execute("select count(*) from train_sft_conversations").fetchall()[0][0]
    finally:
        con.close()
    assert n > 0


def test_export_manifest_matches_files(chain):
    s, results = chain
    manifests = list((s.exports_dir / "sft").glob("*/manifest.json"))
    assert manifests, "no sft export version written"
    manifest = json.loads(manifests[0].read_text())
    # lineage: the warehouse run and the dbt invocation the rows came from
    warehouse = results["warehouse"]
    assert manifest["source"]["dbt_run"]["run_id"] == warehouse.run_id
    dbt_run = manifest["source"]["dbt_run"]
    assert dbt_run["dbt_invocation_id"] == warehouse.details["dbt_invocation_id"]
    # time travel lineage: the clean-lake Delta versions behind the warehouse build
    assert manifest["lake_versions"] == warehouse.details["lake_versions"]
    assert manifest["lake_versions"]["messages"] == table_version(s.clean_dir, "messages")
    files = manifest["files"]
    assert files
    for entry in files:
        path = manifests[0].parent / entry["path"]
        assert sha256_file(path) == entry["sha256"]


def test_every_exported_row_explains_back_to_its_source(chain):
    """``iw export explain``: any row -> session, messages, redactions, filters, version."""
    from transforms.exports.explain import explain

    s, _ = chain
    explained = 0
    redacted = 0
    for dataset in ("sft", "bugfix", "preference"):
        for f in sorted((s.exports_dir / dataset).glob("*/*.parquet")):
            rows = pl.read_parquet(f).to_dicts()
            for row in rows:
                out = explain(s, row["example_id"])
                assert out["split"] == row["split"] and out["item_id"] == row["id"]
                assert out["message_ids"], row["example_id"]
                assert out["session_id"] == row.get("session_id", row["id"])
                assert [st["step"] for st in out["filters_passed"]][-1] == "assign_splits"
                assert all(isinstance(v, int) for v in out["redactions"].values())
                first = (row.get("messages") or row.get("prompt"))[-1]["content"]
                assert first[:40] not in json.dumps(out)  # ids, types and counts only
                explained += 1
                redacted += bool(out["redactions"])
    assert explained > 0
    assert redacted > 0


def test_explain_rejects_unknown_ids_clearly(chain):
    from transforms.exports.explain import explain

    s, _ = chain
    with pytest.raises(ValueError, match="not an example id"):
        explain(s, "nonsense")
    with pytest.raises(LookupError, match="in no registered sft version"):
        explain(s, "sft-0000000000000000")


def test_export_reproduces_byte_identically_from_its_lake_versions(chain):
    from transforms.pipelines.reproduce import reproduce

    s, results = chain
    version = (
        results["export"].details.get("versions", {}).get("sft")
        or sorted(p.name for p in (s.exports_dir / "sft").iterdir() if p.is_dir())[-1]
    )
    # the clean lake moves on (a partition deleted: a new version); the pinned versions still
    # rebuild the same bytes through time travel
    from transforms.io import list_partitions, partition_dir, remove_partition

    day = list_partitions(s.clean_dir, "messages")[0]
    assert remove_partition(partition_dir(s.clean_dir, "messages", day))
    report = reproduce(s, "sft", version)
    assert report["files"] > 0 and report["rows"] == report["rows_expected"]
    assert report["identical"], report["differing_files"]
    assert report["lake_versions"]["messages"] < table_version(s.clean_dir, "messages")
