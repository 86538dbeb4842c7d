"""Second and third whole-file secret corpora (ripsecrets' and detect-secrets' test files):
vendoring, labels, converters, split."""

from __future__ import annotations

from converter_scripts import load_converter

from transforms.privacy.evaluation.external import corpus_names, evaluate_corpus
from transforms.privacy.evaluation.secret_cases import DATA_DIR
from transforms.privacy.evaluation.secret_files import load_file_corpus

NAME = "ripsecrets-files"


def _converter():
    return load_converter(DATA_DIR / "extract_ripsecrets.py")


def test_corpus_is_vendored_with_licence_provenance_and_converter():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "ripsecrets_test_files.jsonl" in readme and "extract_ripsecrets.py" in readme
    assert "MIT" in (DATA_DIR / "LICENSE-ripsecrets.txt").read_text(encoding="utf-8")
    assert NAME in corpus_names()


def test_labels_point_at_their_values():
    records = load_file_corpus(NAME, "all")
    assert len(records) == 22 and sum(len(r["secrets"]) for r in records) == 51
    for r in records:
        for v in r["secrets"]:
            assert r["text"][v["start"] : v["end"]] == v["value"]


def test_split_is_by_file_and_covers_the_corpus():
    dev, held = load_file_corpus(NAME, "dev"), load_file_corpus(NAME, "heldout")
    assert dev and held and len(dev) + len(held) == 22
    assert {r["rule_id"] for r in dev}.isdisjoint({r["rule_id"] for r in held})


def test_line_value_takes_the_assigned_value_without_quotes_or_tags():
    conv = _converter()
    cases = {
        "secret_access_key = 'abcDEF123'": "abcDEF123",
        'clientSecretKey := "abcDEF123"': "abcDEF123",
        '"password": "`-08iOR~zZ",': "`-08iOR~zZ",
        "<password>abcDEF123</password>": "abcDEF123",
        "//registry.npmjs.org/:_authToken=abcDEF123": "abcDEF123",
        "ghp_abcDEF123": "ghp_abcDEF123",
        "mysql://user:pw@example.com": "mysql://user:pw@example.com",
        "EAAA3bck+CqH-yA4gTf=aDl0U": "EAAA3bck+CqH-yA4gTf=aDl0U",
    }
    for line, value in cases.items():
        s, e = conv.line_value(line)
        assert line[s:e] == value, line


def test_dev_files_meet_the_agreed_floor():
    """Dev only (held-out is scored once per round, never in CI): merged recall 42 of 46 on
    2026-12-05 (the four misses are placeholders: ``xxxx`` webhook, ``USERNAME:PASSWORD`` URLs,
    a Square token with ``+``/``=`` outside its documented alphabet); no clean line flagged."""
    merged = evaluate_corpus(NAME, "dev")["engines"]["merged"]
    assert merged["recall"] >= 0.9, merged
    assert merged["negative_flag_rate"] <= 0.05, merged


DS = "detect-secrets-files"


def test_detect_secrets_corpus_is_vendored_and_labelled():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "detect_secrets_test_files.jsonl" in readme and "extract_detect_secrets.py" in readme
    assert "Apache License" in (DATA_DIR / "LICENSE-detect-secrets.txt").read_text(encoding="utf-8")
    assert DS in corpus_names()
    records = load_file_corpus(DS, "all")
    assert len(records) == 10 and sum(len(r["secrets"]) for r in records) == 13
    for r in records:
        for v in r["secrets"]:
            assert r["text"][v["start"] : v["end"]] == v["value"]
    dev, held = load_file_corpus(DS, "dev"), load_file_corpus(DS, "heldout")
    assert dev and held and len(dev) + len(held) == 10


def test_detect_secrets_dev_files_meet_the_agreed_floor():
    """Dev only: merged recall 10 of 12 since session 34 (11 on 2026-12-05): both misses are
    AWS's documented example keys, ``...EXAMPLEKEY`` and ``AKIAIOSFODNN7EXAMPLE``, placeholders
    by policy (``privacy.secrets.filler_values``); no clean line flagged."""
    merged = evaluate_corpus(DS, "dev")["engines"]["merged"]
    assert merged["recall"] >= 0.83, merged
    assert merged["negative_flag_rate"] <= 0.05, merged
