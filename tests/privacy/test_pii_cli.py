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
