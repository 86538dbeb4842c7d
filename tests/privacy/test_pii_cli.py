"""The ``iw pii`` and ``iw bench redact`` commands end to end (CLI -> privacy package)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from transforms.cli import app


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("IW_WORKERS", "1")
    monkeypatch.setenv("IW_PSEUDONYM_KEY", "cli-test-key")
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": "Mail maria.garcia@gmail.com, key AKIA2E0A8F3B244C9986"})
        + "\n"
    )
    return src


def test_pii_detect_and_redact(env):
    runner = CliRunner()
    out = runner.invoke(app, ["pii", "detect", "--input", str(env)])
    assert out.exit_code == 0, out.output
    row = json.loads(out.stdout.splitlines()[0])
    assert [s["type"] for s in row["spans"]] == ["EMAIL_ADDRESS", "SECRET"]
    out = runner.invoke(app, ["pii", "redact", "--input", str(env)])
    assert out.exit_code == 0, out.output
    text = json.loads(out.stdout.splitlines()[0])["text"]
    assert text.startswith("Mail <EMAIL_ADDRESS_") and text.endswith(", key <SECRET>")


def test_pii_detect_bad_input_fails_with_line_number(env):
    env.write_text(env.read_text() + "not json\n")
    out = CliRunner().invoke(app, ["pii", "detect", "--input", str(env)])
    assert out.exit_code != 0
    assert "line 2: not valid JSON" in out.output  # one line, no traceback (issue 15)


@pytest.mark.bench
def test_bench_redact_small(env):
    out = CliRunner().invoke(app, ["bench", "redact", "--docs", "150", "--json"])
    assert out.exit_code == 0, out.output
    r = json.loads(out.stdout.splitlines()[-1])
    assert r["docs"] == 150 and r["speedup"] > 1
    assert r["ours_recall"] >= r["baseline_recall"]


def test_pii_eval_scores_a_users_own_labelled_files(tmp_path, env):
    # PII records carry gold spans; the report scores them like a vendored corpus
    pii = tmp_path / "mine.jsonl"
    text = "Write to maria.garcia@gmail.com or call the front desk."
    pii.write_text(json.dumps({"id": "a", "text": text, "gold": [[9, 31, "EMAIL_ADDRESS"]]}) + "\n")
    out = CliRunner().invoke(
        app, ["pii", "eval", "--corpus", str(pii), "--split", "all", "--no-baseline"]
    )
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert report["corpus"] == str(pii) and report["records"] == 1
    assert report["ours"]["per_type"]["EMAIL_ADDRESS"]["recall"] == 1.0
    # secret cases carry a label; without a rule each case is its own rule
    secrets = tmp_path / "keys.jsonl"
    secrets.write_text(
        json.dumps({"id": "k1", "text": "key AKIA2E0A8F3B244C9986", "label": "secret"})
        + "\n"
        + json.dumps({"id": "k2", "text": "key YOUR_KEY_HERE", "label": "negative"})
        + "\n"
    )
    out = CliRunner().invoke(app, ["pii", "eval", "--corpus", str(secrets), "--split", "all"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert report["rules"] == 2
    merged = report["engines"]["merged"]
    assert merged["recall"] == 1.0 and merged["negatives_flagged"] == 0


def test_pii_eval_unknown_corpus_names_the_choices(env):
    out = CliRunner().invoke(app, ["pii", "eval", "--corpus", "nope"])
    assert out.exit_code != 0
    assert "presidio_synth" in out.output and ".jsonl" in out.output
