"""Sixth whole-file secret corpus (Trivy's secret-scanner test files with the built-in findings
its tests expect): vendoring, labels, converter, split and the dev floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transforms.privacy.evaluation.external import corpus_names, evaluate_corpus
from transforms.privacy.evaluation.secret_cases import DATA_DIR
from transforms.privacy.evaluation.secret_files import load_file_corpus, negative_lines

NAME = "trivy-files"
JSONL = DATA_DIR / "trivy_test_files.jsonl"
MIRROR = Path("/work/.mirror/aquasecurity+trivy/repo")
COMMIT = "dc3c56eed58ab21c7e08d26757c517bc946a86c5"


def test_corpus_is_vendored_with_licence_notice_provenance_and_converter():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "trivy_test_files.jsonl" in readme and "extract_trivy.py" in readme
    assert COMMIT in readme
    licence = (DATA_DIR / "LICENSE-trivy.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence
    assert "Aqua Security" in (DATA_DIR / "NOTICE-trivy.txt").read_text(encoding="utf-8")
    assert NAME in corpus_names()


def test_labels_point_at_their_values():
    records = load_file_corpus(NAME, "all")
    assert len(records) == 39 and sum(len(r["secrets"]) for r in records) == 46
    by_id = {r["id"]: r for r in records}
    for r in records:
        assert r["id"].startswith("trivy-") and r["rule_id"].startswith("trivy.")
        for v in r["secrets"]:
            assert r["text"][v["start"] : v["end"]] == v["value"]
    # config-feature inputs (test-defined rules, path allow rules) are not vendored
    assert not {"trivy-secret.txt", "trivy-secret.md", "trivy-example-secret.txt"} & set(by_id)
    aws = [v["value"] for v in by_id["trivy-aws-secrets.txt"]["secrets"]]
    assert "AKIA0123456789ABCDEF" in aws and "AKIAIOSFODNN7EXAMPLE" not in aws
    pem = by_id["trivy-asymmetric-private-secret.txt"]["secrets"][0]["value"]
    assert pem.startswith("-----BEGIN RSA") and pem.endswith("END RSA PRIVATE KEY-----")
    # files upstream expects no built-in finding in are all negatives
    clean = by_id["trivy-openai-invalid.txt"]
    assert not clean["secrets"] and len(negative_lines(clean)) == 4


def test_split_is_by_rule_group_and_covers_the_corpus():
    dev, held = load_file_corpus(NAME, "dev"), load_file_corpus(NAME, "heldout")
    assert dev and held and len(dev) + len(held) == 39
    assert {r["rule_id"] for r in dev}.isdisjoint({r["rule_id"] for r in held})


@pytest.mark.skipif(not (MIRROR / "HEAD").exists(), reason="trivy mirror not present")
def test_converter_reproduces_the_vendored_jsonl_byte_for_byte():
    pytest.importorskip("yaml")
    out = subprocess.run(
        [sys.executable, str(DATA_DIR / "extract_trivy.py"), str(MIRROR), COMMIT],
        check=True,
        capture_output=True,
    ).stdout
    assert out == JSONL.read_bytes()


def test_dev_files_meet_the_agreed_floor():
    """Dev only (held-out is scored once per round, never in CI): merged recall 23 of 32 and
    14 of 50 negative lines flagged on 2026-12-05 before tuning; 26 of 32 and 10 of 50 after
    (docker config Secret items; an unencrypted Maven master password; second-engine prefixes
    glued to a word; upper-case constant names beside a name). The misses left are
    values our policy vetoes on purpose (alphabet-run Azure keys, a ``dummynotreal`` token,
    Symfony's shipped default, a public Stripe key, self-named Maven values)."""
    merged = evaluate_corpus(NAME, "dev")["engines"]["merged"]
    assert merged["recall"] >= 0.81, merged
    assert merged["negative_flag_rate"] <= 0.2, merged
