"""Seventh whole-file secret corpus (KICS' "Passwords And Secrets" query test files with the
findings upstream expects): vendoring, labels, converter, split and the dev floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transforms.privacy.evaluation.external import corpus_names, evaluate_corpus
from transforms.privacy.evaluation.secret_cases import DATA_DIR
from transforms.privacy.evaluation.secret_files import load_file_corpus, negative_lines

NAME = "kics-files"
JSONL = DATA_DIR / "kics_test_files.jsonl"
MIRROR = Path("/work/.mirror/Checkmarx+kics/repo")


def test_corpus_is_vendored_with_licence_provenance_and_converter():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "kics_test_files.jsonl" in readme and "extract_kics.py" in readme
    licence = (DATA_DIR / "LICENSE-kics.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence
    assert NAME in corpus_names()
    assert "regex_rules.json" not in JSONL.read_text(encoding="utf-8")


def test_labels_point_at_their_values():
    records = load_file_corpus(NAME, "all")
    assert len(records) == 57 and sum(len(r["secrets"]) for r in records) == 56
    by_id = {r["id"]: r for r in records}
    for r in records:
        assert r["id"].startswith("kics-") and r["rule_id"].startswith("kics.")
        for v in [*r["secrets"], *r.get("unscored", [])]:
            assert r["text"][v["start"] : v["end"]] == v["value"]
    # re-anchored past the header comments the test files gained after the expected results
    assert [v["value"] for v in by_id["kics-positive5.tf"]["secrets"]] == ["3gzcGokilvtw2HmCLuPx"]
    assert [v["value"] for v in by_id["kics-positive10.json"]["secrets"]][0] == "sekret"
    pem = by_id["kics-positive13.tf"]["secrets"][0]["value"]
    assert pem.startswith("-----BEGIN OPENSSH") and pem.endswith("END OPENSSH PRIVATE KEY-----")
    # upstream findings on references are unscored, not secrets
    ref = by_id["kics-positive43.yaml"]
    assert not ref["secrets"] and ref["unscored"][0]["value"].startswith("{{resolve:")
    # negative files are all negatives
    clean = by_id["kics-negative12.tf"]
    assert not clean["secrets"] and len(negative_lines(clean)) == 3


def test_split_is_by_file_group_and_covers_the_corpus():
    dev, held = load_file_corpus(NAME, "dev"), load_file_corpus(NAME, "heldout")
    assert dev and held and len(dev) + len(held) == 57
    assert {r["rule_id"] for r in dev}.isdisjoint({r["rule_id"] for r in held})
    groups = {r["id"]: r["rule_id"] for r in dev + held}
    assert groups["kics-negative14.tf"] == groups["kics-positive21.tf"]


@pytest.mark.skipif(not (MIRROR / "HEAD").exists(), reason="kics mirror not present")
def test_converter_reproduces_the_vendored_jsonl_byte_for_byte():
    out = subprocess.run(
        [sys.executable, str(DATA_DIR / "extract_kics.py"), str(MIRROR)],
        check=True,
        capture_output=True,
    ).stdout
    assert out == JSONL.read_bytes()


def test_dev_files_meet_the_agreed_floor():
    """Dev only (held-out is scored once per round, never in CI): merged recall 32 of 41 and
    23 of 516 negative lines flagged on 2026-12-05 before tuning, all of them rule-listing
    headers ('# "Generic Token" - <query UUID>'); 32 of 41 and 0 of 516 after. The misses
    left are values our policy vetoes on purpose (Slack webhooks of zeros and X's, AWS's
    documented EXAMPLE keys, a Google OAuth client id) and the weak word 'passx'."""
    merged = evaluate_corpus(NAME, "dev")["engines"]["merged"]
    assert merged["recall"] >= 0.78, merged
    assert merged["negative_flag_rate"] <= 0.01, merged


def test_converter_relabels_the_vendored_texts_byte_for_byte(tmp_path):
    """The labelling is deterministic: the vendored texts plus upstream's expected results
    give the vendored JSONL again (no mirror needed)."""
    for r in load_file_corpus(NAME, "all"):
        (tmp_path / r["id"].removeprefix("kics-")).write_bytes(r["text"].encode("utf-8"))
    expected = (DATA_DIR / "kics_positive_expected_result.json").read_bytes()
    (tmp_path / "positive_expected_result.json").write_bytes(expected)
    out = subprocess.run(
        [sys.executable, str(DATA_DIR / "extract_kics.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    ).stdout
    assert out == JSONL.read_bytes()
