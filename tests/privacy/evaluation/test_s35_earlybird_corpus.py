"""EarlyBird's labelled test lines (false-positive filter and post-processor tables) as a secret
corpus: vendoring, labels, converter, split and the dev floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from transforms.privacy.evaluation.external import corpus_names, evaluate_corpus
from transforms.privacy.evaluation.secret_cases import DATA_DIR
from transforms.privacy.evaluation.secret_files import load_file_corpus, negative_lines

NAME = "earlybird-cases"
JSONL = DATA_DIR / "earlybird_test_cases.jsonl"
MIRROR = Path("/work/.mirror/americanexpress+earlybird/repo")
COMMIT = "573753e6f39a02293d4a250878e66664aefa674a"


def test_corpus_is_vendored_with_licence_provenance_and_converter():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "earlybird_test_cases.jsonl" in readme and "extract_earlybird.py" in readme
    licence = (DATA_DIR / "LICENSE-earlybird.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence
    assert NAME in corpus_names()
    # test strings only: no rule pattern was read
    assert "Pattern" not in JSONL.read_text(encoding="utf-8")


def test_labels_point_at_their_values():
    records = load_file_corpus(NAME, "all")
    assert len(records) == 107 and sum(len(r["secrets"]) for r in records) == 43
    by_text = {r["text"]: r for r in records}
    for r in records:
        assert r["id"].startswith("eb-") and r["rule_id"].startswith("earlybird.")
        for v in r["secrets"]:
            assert r["text"][v["start"] : v["end"]] == v["value"]
    values = {t: [v["value"] for v in r["secrets"]] for t, r in by_text.items()}
    assert values['password = "StrongFinding5813!"'] == ["StrongFinding5813!"]
    assert values["<Password>abc13</Password>"] == ["abc13"]
    assert values["Authorization: Basic dXNlbmFtZTpwYXNzd29yZA=="] == ["dXNlbmFtZTpwYXNzd29yZA=="]
    assert values['\t\tlet password: String! = "do_not_use_this_in_production"'] == [
        "do_not_use_this_in_production"
    ]
    # false positives upstream are negative lines
    clean = by_text["password: MONGO_DB_PASSWORD"]
    assert not clean["secrets"] and len(negative_lines(clean)) == 1
    # left out: labels that depend on the file name, a logger call with no value
    assert "\t\t'credentials' : 'same-origin'" not in by_text
    assert not any("logger.debug" in t for t in by_text)


def test_split_is_by_value_group_and_covers_the_corpus():
    dev, held = load_file_corpus(NAME, "dev"), load_file_corpus(NAME, "heldout")
    assert dev and held and len(dev) + len(held) == 107
    assert {r["rule_id"] for r in dev}.isdisjoint({r["rule_id"] for r in held})
    same = [r for r in dev + held if "do_not_use_this_in_production" in r["text"]]
    assert len(same) == 14 and len({r["rule_id"] for r in same}) == 1


@pytest.mark.skipif(not (MIRROR / "HEAD").exists(), reason="earlybird mirror not present")
def test_converter_reproduces_the_vendored_jsonl_byte_for_byte():
    out = subprocess.run(
        [sys.executable, str(DATA_DIR / "extract_earlybird.py"), str(MIRROR), COMMIT],
        check=True,
        capture_output=True,
    ).stdout
    assert out == JSONL.read_bytes()


def test_dev_cases_meet_the_agreed_floor():
    """Dev only (held-out is scored once per round, never in CI): merged recall 14 of 37 and 6
    of 43 negative lines flagged on 2026-12-06 before tuning; 15 of 37 and 1 of 43 after
    (localised UI strings and a Swift type annotation no longer flagged, a Swift ``String!``
    declaration's literal found). The misses left are values our policy vetoes on purpose
    (``xxxxxx``, ``2727``, a lone PEM header, values under keys that name no credential) and the
    dummy phrase ``do_not_use_this_in_production`` under non-password secret names; the flagged
    line is ``password: ignoreme==please``."""
    merged = evaluate_corpus(NAME, "dev")["engines"]["merged"]
    assert merged["recall"] >= 0.40, merged
    assert merged["negatives_flagged"] <= 1, merged
