"""Erasure end to end on generated data, plus the tombstone hook and input validation."""

from __future__ import annotations

import json

import duckdb
import polars as pl
import pyarrow as pa
import pytest
from privacy_lifecycle_fixture import active_files

from transforms.config import Settings
from transforms.exports.registry import latest_active
from transforms.exports.verify import verify_version
from transforms.io import read_partition, table_files
from transforms.pipelines.erasure import forget
from transforms.privacy.erasure import scan_files
from transforms.privacy.pseudonyms import KeyStore
from transforms.privacy.tombstones import drop_erased_rows, load_tombstones, subject_id


def _versions(registry: dict, dataset: str) -> dict[str, dict]:
    return {v["version"]: v for v in registry["datasets"][dataset]["versions"]}


def test_erased_users_appear_nowhere_in_the_active_tree(lifecycle):
    lc = lifecycle
    assert lc.first["status"] == "success" and lc.first["verification_passed"]
    assert lc.first["erased"] == len(lc.erased)
    assert lc.first["rows_removed"]["raw"] > 0 and lc.first["rows_removed"]["clean"] > 0
    kinds = set(lc.needles.values())
    assert {"user_id", "user_key", "value"} <= kinds
    files = active_files(lc.settings)
    assert any(str(f).endswith(".duckdb") for f in files)
    assert any("/raw/" in str(f) for f in files) and any("/exports/" in str(f) for f in files)
    findings = scan_files(files, lc.needles)
    assert findings == [], f"erased users' values still present: {findings[:5]}"


def test_scanner_finds_a_value_inside_compressed_parquet(tmp_path):
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table({"text": ["hello nina@example.org bye"]}),
        tmp_path / "x.parquet",
        compression="zstd",
    )
    found = scan_files([tmp_path / "x.parquet"], {"nina@example.org": "value"})
    assert [f["kind"] for f in found] == ["value"]
    assert "nina@example.org" not in json.dumps(found)  # findings carry a tag, never the value


def test_exports_containing_erased_users_are_revoked_and_replaced(lifecycle):
    lc = lifecycle
    s = lc.settings
    revoked = lc.first["revoked"]
    assert "sft" in revoked, "the manually erased user was in sft v1"
    erased_keys = {lc.user_keys[u] for u in lc.erased if u in lc.user_keys}
    for dataset, versions in revoked.items():
        after = _versions(lc.registry_after, dataset)
        for version in versions:
            assert after[version]["status"] == "revoked"
            assert after[version]["revoked_reason"].startswith(f"erasure {lc.first['erasure_id']}")
            problems = verify_version(s.exports_dir / dataset / version)
            assert any("revoked" in p for p in problems)
            # the revoked version's data is deleted; its manifest and card remain as the record
            vdir = s.exports_dir / dataset / version
            assert after[version]["purged_at"]
            assert sorted(p.name for p in vdir.rglob("*") if p.is_file()) == [
                "README.md",
                "manifest.json",
            ]
        new = lc.first["new_versions"][dataset]
        assert latest_active(s, dataset) == new and new not in versions
        files = sorted((s.exports_dir / dataset / new).glob("*.parquet"))
        assert not set(pl.read_parquet(files)["user_key"].to_list()) & erased_keys
        assert verify_version(s.exports_dir / dataset / new) == []
    # datasets that never held the users keep their version untouched
    for dataset in lc.registry_before["datasets"]:
        if dataset not in revoked:
            assert _versions(lc.registry_after, dataset) == _versions(lc.registry_before, dataset)


def test_quality_gate_checks_the_rebuilt_warehouse_before_exports(lifecycle):
    from transforms.quality.gate import read_verdict

    lc = lifecycle
    assert lc.first["quality_gate"] == "passed" and lc.first["exports_replaced"]
    verdict = read_verdict(lc.settings)
    assert verdict["run_id"] == lc.first["erasure_id"] and verdict["passed"]
    report = json.loads(next((lc.settings.reports_dir / "erasure").glob("*.json")).read_text())
    gate = report["quality_gate"]
    assert gate["passed"] and gate["run_id"] == verdict["run_id"]


def test_salts_are_shredded_and_tombstones_complete(lifecycle):
    lc = lifecycle
    keys = KeyStore.from_settings(lc.settings)
    keys.load()
    tombs = load_tombstones(lc.settings)
    for u in lc.erased:
        assert not keys.has(u), "salt still present: pseudonyms remain linkable"
        assert tombs[subject_id(lc.settings, u)]["completed_at"]
    # the tombstone file holds HMACs, never the ids
    text = (lc.settings.state_dir / "erasure" / "tombstones.json").read_text()
    assert not any(u in text for u in lc.erased)


def test_erasure_vacuums_so_time_travel_cannot_read_the_erased_rows(lifecycle):
    lc = lifecycle
    s = lc.settings
    report = json.loads(next((s.reports_dir / "erasure").glob("*.json")).read_text())
    phys = report["lake_physical_removal"]
    assert phys["passed"] and phys["retention_hours"] == 0 and phys["files_vacuumed"] > 0
    raw = phys["tables"]["raw/messages"]
    assert raw["superseded_files"] > 0 and raw["superseded_files_still_present"] == 0
    # the pre-erasure version's log survives, its data files do not: time travel fails
    old_files = table_files(s.raw_dir, "messages", version=raw["version_before"])
    gone = [f for f in old_files if not f.exists()]
    assert gone, "no file of the pre-erasure version was removed"
    with pytest.raises(FileNotFoundError):
        read_partition(s.raw_dir, "messages", gone[0].parent.name[3:], raw["version_before"])


def test_rerun_is_a_noop(lifecycle):
    lc = lifecycle
    assert lc.rerun["status"] == "noop" and lc.rerun["erased"] == 0
    assert lc.registry_after_rerun == lc.registry_after
    assert lc.reports_after_rerun == lc.reports_after_first


def test_reextraction_does_not_resurrect_erased_users(lifecycle):
    lc = lifecycle
    s = lc.settings
    assert lc.results["reextract"].status == "success"
    raw = pl.read_parquet([str(f) for f in table_files(s.raw_dir, "messages")])
    assert raw.height > 0 and not set(raw["user_id"].to_list()) & set(lc.erased)
    keys = KeyStore.from_settings(s)
    keys.load()
    assert not any(keys.has(u) for u in lc.erased), "redaction re-created an erased user's salt"


def test_report_proves_the_erasure_without_naming_the_user(lifecycle):
    lc = lifecycle
    report_json = lc.settings.reports_dir / "erasure" / f"{lc.first['erasure_id']}.json"
    report = json.loads(report_json.read_text())
    assert report["status"] == "success" and report["verification"]["passed"]
    assert report["verification"]["files_scanned"] > 0
    assert report["lake"]["raw"]["rows"] == lc.first["rows_removed"]["raw"]
    md = report_json.with_suffix(".md").read_text()
    assert "Verification" in md
    for text in (report_json.read_text(), md):
        assert not any(u in text for u in lc.erased)
        assert not any(lc.user_keys[u] in text for u in lc.erased if u in lc.user_keys)


def test_training_consent_withdrawal_keeps_analytics_drops_next_export(lifecycle):
    lc = lifecycle
    s = lc.settings
    key = lc.user_keys[lc.consent_user]
    con = duckdb.connect(str(s.warehouse_path), read_only=True)
    try:
        flags = con.execute(
            "select analytics_ok, training_ok from dim_users where user_key = ?", [key]
        ).fetchall()
        sessions = con.execute(
            "select count(*) from fct_sessions where user_key = ?", [key]
        ).fetchall()[0][0]
    finally:
        con.close()
    assert flags == [(True, False)]
    assert sessions > 0, "a training-only withdrawal keeps the user in analytics"
    v1 = lc.results["export"].details["versions"]["sft"]
    assert key in lc.export_users_before["sft"]
    new = lc.first["new_versions"]["sft"]
    manifest = json.loads((s.exports_dir / "sft" / new / "manifest.json").read_text())
    new_users = set(
        pl.read_parquet(sorted((s.exports_dir / "sft" / new).glob("*.parquet")))[
            "user_key"
        ].to_list()
    )
    assert key not in new_users
    old = json.loads((s.exports_dir / "sft" / v1 / "manifest.json").read_text())
    assert manifest["consent"]["snapshot_id"] != old["consent"]["snapshot_id"]
    assert manifest["consent"]["rows_excluded"] > 0


def test_drop_erased_rows_filters_only_tombstoned_users(tmp_path):
    s = Settings(data_dir=tmp_path, pseudonym_key="k-test")
    rows = pa.table({"user_id": ["u_1", "u_2", "u_1", None], "x": [1, 2, 3, 4]})
    assert drop_erased_rows(rows, s) is rows  # no tombstones: untouched
    # unknown user on an empty tree: tombstoned for the future only when asked (issue 15)
    assert forget(s, ["u_1"])["status"] == "not_found"
    assert drop_erased_rows(rows, s) is rows
    summary = forget(s, ["u_1"], block_unknown=True)
    assert summary["status"] == "success" and summary["blocked_unknown"] == 1
    kept = drop_erased_rows(rows, s)
    assert kept.column("user_id").to_pylist() == ["u_2", None]
    assert forget(s, ["u_1"])["status"] == "noop"


def test_reextracted_malformed_lines_of_erased_users_stay_out_of_quarantine(tmp_path):
    import gzip

    from transforms.io import read_partition
    from transforms.pipelines import get_stage

    s = Settings(data_dir=tmp_path, pseudonym_key="k-test")
    src = s.source_dir / "messages" / "dt=2026-11-02"
    src.mkdir(parents=True)
    lines = [
        '{"message_id": "m1", "user_id": "u_gone", "text": "truncated',  # malformed
        '{"message_id": "m2", "user_id": "u_kept", "text": "truncated',
    ]
    with gzip.open(src / "part-0.jsonl.gz", "wt") as fh:
        fh.write("\n".join(lines) + "\n")
    assert get_stage("extract")(None, s).counts["quarantined.messages"] == 2
    assert forget(s, ["u_gone"], block_unknown=True)["status"] == "success"
    q = read_partition(s.quarantine_dir, "messages", "2026-11-02")
    assert q.num_rows == 1 and "u_gone" not in str(q.column("raw").to_pylist())
    # the platform's export still holds the line: re-extraction must not bring it back
    again = get_stage("extract")(None, s)
    assert again.counts["quarantined.messages"] == 1
    q = read_partition(s.quarantine_dir, "messages", "2026-11-02")
    assert [r for r in q.column("raw").to_pylist() if "u_gone" in r] == []
    assert any("u_kept" in r for r in q.column("raw").to_pylist())


def test_tombstones_survive_a_master_key_rotation(tmp_path):
    import dataclasses
    import stat

    from transforms.privacy.tombstones import is_erased, tombstone_key

    s = Settings(data_dir=tmp_path, pseudonym_key="k-before")
    assert forget(s, ["u_1"], block_unknown=True)["status"] == "success"
    key_file = s.keys_dir / "tombstone.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert tombstone_key(s) != s.pseudonym_key.encode()
    rotated = dataclasses.replace(s, pseudonym_key="k-after")
    assert is_erased(rotated, "u_1") and not is_erased(rotated, "u_2")
    rows = pa.table({"user_id": ["u_1", "u_2"]})
    assert drop_erased_rows(rows, rotated).column("user_id").to_pylist() == ["u_2"]
    assert forget(rotated, ["u_1"])["status"] == "noop"


def test_version_1_tombstones_keyed_with_the_master_key_still_count(tmp_path):
    import hashlib
    import hmac

    from transforms.io import write_json_atomic
    from transforms.privacy.tombstones import is_erased, tombstones_path

    s = Settings(data_dir=tmp_path, pseudonym_key="k-legacy")
    legacy = hmac.new(b"k-legacy", b"erased-user\x00u_9", hashlib.sha256).hexdigest()
    entry = {"erasure_id": "er-old", "requested_at": "2026-01-01", "completed_at": "2026-01-01"}
    write_json_atomic({"version": 1, "subjects": {legacy: entry}}, tombstones_path(s))
    assert is_erased(s, "u_9") and not is_erased(s, "u_1")
    assert forget(s, ["u_9"])["status"] == "noop"
    # a new erasure rewrites the file as version 2 and keeps honouring the old entry
    assert forget(s, ["u_1"], block_unknown=True)["status"] == "success"
    assert is_erased(s, "u_9") and is_erased(s, "u_1")
    assert load_tombstones(s)[legacy]["scheme"] == "master-key-v1"


@pytest.mark.parametrize("bad", ["", "   "])
def test_forget_rejects_empty_user_ids(tmp_path, bad):
    with pytest.raises(ValueError, match="non-empty"):
        forget(Settings(data_dir=tmp_path, pseudonym_key="k"), [bad])
