"""End-to-end export over the contract-shaped fixture warehouse: every planted case meets its
fate, outputs are deterministic, verifiable, and readable by HF datasets, polars and DuckDB."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest

from transforms.config import Settings
from transforms.exports.build import build_exports, resolve_datasets
from transforms.exports.options import ExportOptions
from transforms.exports.registry import latest_active, list_versions, mark_revoked
from transforms.exports.sources import QualityGateFailedError
from transforms.exports.verify import verify_version
from transforms.io import write_json_atomic

from .fixtures import LEAKED_EMAIL, build_fixture_warehouse


def _version_dir(summary: dict, dataset: str) -> Path:
    return Path(summary["datasets"][dataset]["path"])


def _read(summary: dict, dataset: str) -> pl.DataFrame:
    return pl.read_parquet(_version_dir(summary, dataset) / "*.parquet")


def _manifest(summary: dict, dataset: str) -> dict:
    return json.loads((_version_dir(summary, dataset) / "manifest.json").read_text())


def _fresh(tmp_path: Path) -> Settings:
    settings = Settings(data_dir=tmp_path, workers=1)
    build_fixture_warehouse(settings.warehouse_path)
    return settings


# --- what gets in ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("dataset", "case", "reason"),
    [
        ("sft", "no_consent", "no_training_consent"),
        ("sft", "unresolved", "unresolved"),
        ("sft", "too_short", "too_short"),
        ("sft", "non_text", "mostly_non_text"),
        ("sft", "pii_dense", "pii_placeholder_density"),
        ("sft", "raw_identifier", "raw_identifier"),
        ("sft", "malformed", "malformed_conversation"),
        ("sft", "contaminated", "eval_contamination"),
        ("sft", "exact_dup", "exact_duplicate"),
        ("preference", "contradicts", "outcome_contradicts_label"),
        ("bugfix", "exact_dup", "exact_duplicate"),
        ("bugfix", "no_consent", "no_training_consent"),
        ("bugfix", "malformed", "malformed_pair"),
        ("preference", "identical", "identical_pair"),
        ("preference", "no_consent", "no_training_consent"),
    ],
)
def test_planted_cases_are_removed_with_their_reason(built, dataset, case, reason):
    _, planted, summary = built
    ids = set(_read(summary, dataset)["id"].to_list())
    assert not ids & set(planted.of(dataset, case))
    assert summary["datasets"][dataset]["removed_by_reason"][reason] >= len(
        planted.of(dataset, case)
    )


@pytest.mark.parametrize("dataset", ["sft", "preference"])
def test_near_duplicates_collapse_to_the_better_member(built, dataset):
    _, planted, summary = built
    better, worse = planted.of(dataset, "near_dup_pair")  # fixture lists the better one first
    df = _read(summary, dataset)
    ids = set(df["id"].to_list())
    assert better in ids and worse not in ids
    assert df.filter(pl.col("id") == better)["dup_count"].item() == 2
    assert summary["datasets"][dataset]["removed_by_reason"]["near_duplicate"] == 1


def test_distinct_items_survive(built):
    _, planted, summary = built
    for dataset, distinct in planted.distinct.items():
        ids = set(_read(summary, dataset)["id"].to_list())
        folded = set(planted.ids[dataset].get("near_dup_pair", [])[1:])
        missing = set(distinct) - ids - folded
        assert not missing, f"{dataset}: distinct items removed: {sorted(missing)}"


def test_consent_exclusion_and_snapshot(built):
    _, planted, summary = built
    for dataset in ("sft", "bugfix", "preference"):
        users = set(_read(summary, dataset)["user_key"].to_list())
        assert users <= set(planted.consenting_users)
        consent = _manifest(summary, dataset)["consent"]
        assert consent["users_excluded"] == len(planted.no_consent_users)
        assert consent["snapshot_id"] == summary["consent"]["snapshot_id"]
    assert summary["consent"]["snapshot_id"].startswith("sha256:")


def test_no_user_in_two_splits_and_split_column_matches_file(built):
    _, _, summary = built
    for dataset in ("sft", "bugfix", "preference"):
        vdir = _version_dir(summary, dataset)
        frames = []
        for f in sorted(vdir.glob("*.parquet")):
            df = pl.read_parquet(f)
            assert set(df["split"].to_list()) <= {f.name.split("-")[0]}
            frames.append(df)
        df = pl.concat(frames)
        assert df.group_by("user_key").agg(pl.col("split").n_unique())["split"].max() == 1
        assert set(df["split"]) == {"train", "validation", "test"}


def test_preference_pairs_answer_the_same_prompt(built):
    _, _, summary = built
    df = _read(summary, "preference")
    assert df.height > 0
    for row in df.iter_rows(named=True):
        prompt, chosen, rejected = row["prompt"], row["chosen"], row["rejected"]
        assert prompt and prompt[-1]["role"] == "user" and prompt[0]["role"] == "user"
        assert [m["role"] for m in chosen] == ["assistant"] == [m["role"] for m in rejected]
        assert chosen[0]["content"] != rejected[0]["content"]
        # one prompt, both answers: the ids name one user turn and two answers to it
        assert row["chosen_message_id"] != row["rejected_message_id"]
        assert row["prompt_message_id"]


def test_sft_messages_are_trl_chat_format(built):
    _, _, summary = built
    df = _read(summary, "sft")
    assert df.schema["messages"] == pl.List(pl.Struct({"role": pl.String, "content": pl.String}))
    for msgs in df["messages"].to_list():
        roles = [m["role"] for m in msgs]
        assert roles[0] == "user" and roles[-1] == "assistant"
        assert all(a != b for a, b in zip(roles, roles[1:], strict=False))
    assert set(df["outcome"]) == {"success"}


def test_bugfix_rows_render_error_and_fix(built):
    _, _, summary = built
    df = _read(summary, "bugfix")
    row = df.row(0, named=True)
    user, assistant = row["messages"]
    assert row["error_log"] in user["content"] and "```diff" in user["content"]
    assert row["fix_diff"].strip() in assistant["content"]


def test_leaked_raw_email_never_reaches_an_export(built):
    settings, _, _ = built
    for f in settings.exports_dir.rglob("*.parquet"):
        assert LEAKED_EMAIL not in json.dumps(pl.read_parquet(f).to_dicts(), default=str)


# --- what gets written -----------------------------------------------------------------------
def test_manifest_records_provenance_and_stats(built):
    settings, _, summary = built
    m = _manifest(summary, "sft")
    assert m["source"]["warehouse"]["sha256"] == summary["warehouse_sha256"]
    assert m["source"]["quality_gate"]["status"] == "missing"
    assert m["redaction_policy"]["hash"].startswith("sha256:")
    assert m["dedup"]["near"]["bands"] * m["dedup"]["near"]["rows_per_band"] <= 128
    assert m["decontamination"]["removed"] == 1
    assert m["decontamination"]["eval_items_hit"] == {"evl-010": 1}
    assert sum(m["rows"].values()) == m["rows_total"] == sum(f["rows"] for f in m["files"])
    assert m["thresholds"]["near_dup_threshold"] == 0.8
    assert set(m["curation"]["removed_by_reason"]) >= {"exact_duplicate", "near_duplicate"}
    card = (_version_dir(summary, "sft") / "README.md").read_text()
    assert "## Fields" in card and "config_name: default" in card and m["version"] in card


def test_verify_passes_on_every_fresh_version(built):
    _, _, summary = built
    for dataset in ("sft", "bugfix", "preference"):
        assert verify_version(_version_dir(summary, dataset)) == []


def test_verify_catches_tampering(built, tmp_path):
    _, _, summary = built
    src = _version_dir(summary, "sft")
    copy = tmp_path / "sft" / src.name
    shutil.copytree(src, copy)
    assert verify_version(copy) == []  # a copied-out version verifies without its registry
    shard = copy / "train-00000-of-00001.parquet"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(bytes(data))
    (copy / "validation-00000-of-00001.parquet").unlink()
    (copy / "extra.parquet").write_bytes(b"PAR1")
    problems = "\n".join(verify_version(copy))
    assert "train-00000-of-00001.parquet: sha256" in problems
    assert "validation-00000-of-00001.parquet: listed in manifest but missing" in problems
    assert "extra.parquet: present but not listed" in problems


def test_rerun_is_byte_identical_and_a_new_version(fixture_warehouse, built):
    settings, _, first = built
    again = build_exports(settings, "all")
    for dataset in ("sft", "bugfix", "preference"):
        a, b = _manifest(first, dataset), _manifest(again, dataset)
        assert a["version"] != b["version"]
        assert a["content_hash"] == b["content_hash"]
        assert [(f["path"], f["sha256"]) for f in a["files"]] == [
            (f["path"], f["sha256"]) for f in b["files"]
        ]
        versions = list_versions(settings, dataset)
        assert latest_active(settings, dataset) == b["version"] == versions[-1]["version"]
        assert _version_dir(first, dataset).exists()  # the old version is untouched


def test_revocation_moves_latest_active_and_fails_verify(tmp_path):
    settings = _fresh(tmp_path)
    v1 = build_exports(settings, "bugfix")["datasets"]["bugfix"]["version"]
    v2 = build_exports(settings, "bugfix")["datasets"]["bugfix"]["version"]
    assert latest_active(settings, "bugfix") == v2
    entry = mark_revoked(settings, "bugfix", v2, "erasure request r-17")
    assert entry["status"] == "revoked" and entry["revoked_reason"] == "erasure request r-17"
    assert latest_active(settings, "bugfix") == v1
    problems = verify_version(settings.exports_dir / "bugfix" / v2)
    assert any("revoked" in p for p in problems)
    mark_revoked(settings, "bugfix", v1, "erasure request r-17")
    assert latest_active(settings, "bugfix") is None
    with pytest.raises(KeyError, match="no version"):
        mark_revoked(settings, "bugfix", "v-nope", "x")
    with pytest.raises(ValueError, match="needs a reason"):
        mark_revoked(settings, "bugfix", v1, " ")


def test_size_based_sharding_and_jsonl_mirror_load_everywhere(tmp_path, monkeypatch):
    settings = _fresh(tmp_path)
    opts = ExportOptions(target_shard_bytes=12_000, row_group_bytes=16_000, write_jsonl=True)
    vdir = _version_dir(build_exports(settings, "sft", options=opts), "sft")
    train = sorted(p.name for p in vdir.glob("train-*.parquet"))
    assert len(train) >= 3
    assert train == [f"train-{i:05d}-of-{len(train):05d}.parquet" for i in range(len(train))]
    assert verify_version(vdir) == []
    rows = _manifest({"datasets": {"sft": {"path": str(vdir)}}}, "sft")["rows"]

    # polars and DuckDB read the shards unchanged
    assert (
        pl.scan_parquet(vdir / "train-*.parquet").select(pl.len()).collect().item() == rows["train"]
    )
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{vdir}/*.parquet')").fetchall()[0][0]
    assert n == sum(rows.values())

    # HF datasets infers splits from the shard names, offline, and ignores the JSONL mirror
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    import datasets

    ds = datasets.load_dataset("parquet", data_dir=str(vdir), cache_dir=str(tmp_path / "c1"))
    assert {k: v.num_rows for k, v in ds.items()} == rows
    assert ds["train"][0]["messages"][0]["role"] == "user"
    via_card = datasets.load_dataset(str(vdir), cache_dir=str(tmp_path / "c2"))
    assert {k: v.num_rows for k, v in via_card.items()} == rows
    mirror = datasets.load_dataset(
        "json", data_dir=str(vdir / "__jsonl__"), cache_dir=str(tmp_path / "c3")
    )
    assert {k: v.num_rows for k, v in mirror.items()} == rows


def test_include_unresolved_keeps_unresolved_sessions(tmp_path):
    settings = _fresh(tmp_path)
    planted = build_fixture_warehouse(settings.warehouse_path)
    summary = build_exports(settings, "sft", include_unresolved=True)
    ids = set(_read(summary, "sft")["id"].to_list())
    assert set(planted.of("sft", "unresolved")) <= ids
    assert _manifest(summary, "sft")["thresholds"]["include_unresolved"] is True


# --- refusals and bad input ------------------------------------------------------------------
def test_failed_quality_gate_refuses_and_passed_gate_is_recorded(tmp_path):
    settings = _fresh(tmp_path)
    gate = settings.state_dir / "quality" / "latest.json"
    write_json_atomic({"passed": False, "run_id": "q1", "report": "/r/q1.md"}, gate)
    with pytest.raises(QualityGateFailedError, match="q1"):
        build_exports(settings, "sft")
    assert not (settings.exports_dir / "sft").exists()
    from transforms.io import sha256_file

    wh_sha = sha256_file(settings.warehouse_path)
    verdict = {"passed": True, "run_id": "q2", "report": "/r/q2.md", "warehouse_sha256": wh_sha}
    write_json_atomic(verdict, gate)
    summary = build_exports(settings, "sft")
    assert _manifest(summary, "sft")["source"]["quality_gate"] == {
        "status": "passed",
        "run_id": "q2",
        "report": "q2.md",  # outside the data dir: by name only (manifests stay portable)
        "warehouse_sha256": wh_sha,
    }


def test_missing_warehouse_or_mart_is_a_clear_error(tmp_path):
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(FileNotFoundError, match="run the warehouse stage"):
        build_exports(settings, "sft")
    con = duckdb.connect(str(settings.warehouse_path))
    con.execute("create table dim_users (user_key varchar)")
    con.close()
    with pytest.raises(LookupError, match="train_sft_conversations"):
        build_exports(settings, "sft")


def test_dataset_names_are_validated():
    assert resolve_datasets("all") == ["sft", "bugfix", "preference"]
    assert resolve_datasets("preference,sft") == ["sft", "preference"]
    with pytest.raises(ValueError, match="unknown dataset"):
        resolve_datasets("rlhf")


def test_crashed_staging_dirs_are_cleaned_up_and_never_listed(tmp_path):
    import os

    settings = _fresh(tmp_path)
    stale = settings.exports_dir / "bugfix" / ".staging-deadbeef"
    fresh = settings.exports_dir / "bugfix" / ".staging-inflight"
    for d in (stale, fresh):
        d.mkdir(parents=True)
        (d / "train-00000-of-00001.parquet").write_bytes(b"half")
    os.utime(stale, (0, 0))
    build_exports(settings, "bugfix")
    assert not stale.exists() and fresh.exists()  # a live writer's staging dir is left alone
    assert [v["version"] for v in list_versions(settings, "bugfix")] == [
        latest_active(settings, "bugfix")
    ]
