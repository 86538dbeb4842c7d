"""Whole-file secret corpus (whispers fixtures): vendoring, labels, split and scoring."""

from __future__ import annotations

import json

import pytest

from transforms.privacy.evaluation import secret_files as secret_file_eval
from transforms.privacy.evaluation.external import corpus_names, evaluate_corpus
from transforms.privacy.evaluation.secret_cases import DATA_DIR
from transforms.privacy.evaluation.secret_files import (
    FILE_CORPORA,
    load_file_corpus,
    negative_lines,
    score_files,
)

KEY = "ghp_9Xk2Lm7Qr4Tz8Wv3Np6Bc1Hd5Jf0GsAyZe"


def test_corpus_is_vendored_with_provenance_and_converter():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for filename in FILE_CORPORA.values():
        assert (DATA_DIR / filename).is_file()
        assert filename in readme and "extract_whispers.py" in readme
    assert (DATA_DIR / "extract_whispers.py").is_file()


def test_labels_point_at_their_values():
    records = load_file_corpus("whispers-files", "all")
    assert len(records) == 57 and sum(len(r["secrets"]) for r in records) == 204
    for r in records:
        for v in r["secrets"]:
            assert r["text"][v["start"] : v["end"]] == v["value"]


def test_split_keeps_one_fixture_in_all_formats_together():
    dev = load_file_corpus("whispers-files", "dev")
    held = load_file_corpus("whispers-files", "heldout")
    assert len(dev) + len(held) == len(load_file_corpus("whispers-files", "all"))
    assert {r["rule_id"] for r in dev}.isdisjoint({r["rule_id"] for r in held})


def test_score_files_counts_values_and_clean_lines():
    text = f"# Compliant\ntoken: ${{TOKEN}}\n\n# Noncompliant\ntoken: {KEY}\nmissed: zzzz\n"
    start = text.index(KEY)
    miss = text.index("zzzz")
    record = {
        "id": "f",
        "text": text,
        "secrets": [
            {"start": start, "end": start + len(KEY), "value": KEY},
            {"start": miss, "end": miss + 4, "value": "zzzz"},
        ],
    }
    assert len(negative_lines(record)) == 3  # two comments and the template line
    r = score_files([record])
    merged = r["engines"]["merged"]
    assert (r["secrets"], r["negatives"]) == (2, 3)
    assert merged["found"] == 1 and merged["negatives_flagged"] == 0
    assert r["missed_values"] == ["f: zzzz"]


def test_file_corpus_is_dispatched_and_heldout_hides_values(monkeypatch):
    assert "whispers-files" in corpus_names()
    record = {"id": "f", "text": f"token: {KEY}\n", "secrets": [], "rule_id": "x"}
    monkeypatch.setattr(secret_file_eval, "load_file_corpus", lambda name, split: [record])
    r = evaluate_corpus("whispers-files", "heldout")
    assert r["split"] == "heldout" and "missed_values" not in r
    assert "flagged_negative_lines" not in r
    json.dumps(r)
    with pytest.raises(ValueError, match="unknown split"):
        load_file_corpus("whispers-files", "test")


def test_whole_files_meet_the_agreed_floors():
    """Both splits (held-out included: a floor, never a tuning target): merged recall 183 of 204
    on 2026-12-05, two of 736 clean lines flagged; a regression below these fails CI."""
    merged = evaluate_corpus("whispers-files", "all")["engines"]["merged"]
    assert merged["recall"] >= 0.88, merged
    assert merged["negative_flag_rate"] <= 0.01, merged
