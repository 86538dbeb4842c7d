"""Eighth whole-file secret corpus (CredSweeper's test samples with the findings its own data
tests expect): vendoring, labels, converter, split and the dev floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transforms.privacy.evaluation.external import corpus_names, evaluate_corpus
from transforms.privacy.evaluation.secret_cases import DATA_DIR
from transforms.privacy.evaluation.secret_files import load_file_corpus, negative_lines

NAME = "credsweeper-files"
JSONL = DATA_DIR / "credsweeper_test_files.jsonl"
MIRROR = Path("/work/.mirror/Samsung+CredSweeper/repo")
COMMIT = "1ed2ca5cdd480667b938024464a37589b9af8564"


def test_corpus_is_vendored_with_licence_provenance_and_converter():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "credsweeper_test_files.jsonl" in readme and "extract_credsweeper.py" in readme
    assert COMMIT in readme
    licence = (DATA_DIR / "LICENSE-credsweeper.txt").read_text(encoding="utf-8")
    assert "SAMSUNG" in licence and "Permission is hereby granted" in licence
    assert NAME in corpus_names()


def test_labels_point_at_their_values():
    records = load_file_corpus(NAME, "all")
    assert len(records) == 179 and sum(len(r["secrets"]) for r in records) == 519
    by_id = {r["id"]: r for r in records}
    for r in records:
        assert r["id"].startswith("cs-") and r["rule_id"] == "credsweeper." + r["id"][3:]
        for v in [*r["secrets"], *r.get("unscored", [])]:
            assert r["text"][v["start"] : v["end"]] == v["value"]
    # a PEM key is one value, armour included
    pem = by_id["cs-pem_key.p.rsa"]["secrets"]
    assert len(pem) == 1 and pem[0]["value"].startswith("-----BEGIN PRIVATE KEY-----")
    assert pem[0]["value"].endswith("-----END PRIVATE KEY-----")
    # JWK "kty" markers, info/low-severity rules (UUID) and other runs' candidates are unscored
    jwk = by_id["cs-jwk.json"]
    assert len(jwk["secrets"]) == 3 and all('"kty"' in u["value"] for u in jwk["unscored"])
    assert not by_id["cs-uuid"]["secrets"] and by_id["cs-uuid"]["unscored"]
    clean = by_id["cs-password_FALSE"]
    assert not clean["secrets"] and clean["unscored"] and negative_lines(clean)
    # parsed-XML findings and binary samples are left out
    assert "cs-xml_password.xml" not in by_id and "cs-sample.docx" not in by_id


def test_split_is_by_file_name_and_covers_the_corpus():
    dev, held = load_file_corpus(NAME, "dev"), load_file_corpus(NAME, "heldout")
    assert len(dev) == 120 and len(held) == 59
    assert {r["rule_id"] for r in dev}.isdisjoint({r["rule_id"] for r in held})


@pytest.mark.skipif(not (MIRROR / "HEAD").exists(), reason="CredSweeper mirror not present")
def test_converter_reproduces_the_vendored_jsonl_byte_for_byte():
    out = subprocess.run(
        [sys.executable, str(DATA_DIR / "extract_credsweeper.py"), str(MIRROR), COMMIT],
        check=True,
        capture_output=True,
    ).stdout
    assert out == JSONL.read_bytes()


def test_dev_files_meet_the_agreed_floor():
    """Dev only (held-out is scored once per round, never in CI): merged recall 318 of 431 and
    60 of 710 negative lines flagged on 2026-12-05 before tuning; 377 of 431 and 56 of 710
    after. Most flagged lines are credentials upstream's default run does not report
    (documentation-style "secret AIhq…", "<password>…</password>") and encrypted PEM keys."""
    merged = evaluate_corpus(NAME, "dev")["engines"]["merged"]
    assert merged["recall"] >= 0.85, merged
    assert merged["negative_flag_rate"] <= 0.085, merged
