"""``iw pii detect`` / ``iw pii redact`` JSONL contracts, including bad-input errors."""

from __future__ import annotations

import io
import json
import re

import pytest

from transforms.config import Settings
from transforms.privacy.api import InputError, detect_jsonl, redact_jsonl

LINES = [
    {"id": "a", "text": "Hi, I'm Maria Garcia, mail me at maria.garcia@gmail.com"},
    {"id": 2, "text": "key sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt please"},
    {"id": "c", "text": None},
    {"id": "d", "text": "no PII here, just useState and src/App.tsx"},
]


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path, workers=1, pseudonym_key="api-test-key")


def write_jsonl(path, rows, extra: str = "") -> None:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n" + extra)


def test_detect_jsonl(tmp_path, settings):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, LINES, extra="\n")  # trailing blank line is fine
    out = io.StringIO()
    assert detect_jsonl(src, out, settings) == 4
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, "c", "d"]
    text = LINES[0]["text"]
    got = {(text[s["start"] : s["end"]], s["type"]) for s in rows[0]["spans"]}
    assert got == {("Maria Garcia", "PERSON"), ("maria.garcia@gmail.com", "EMAIL_ADDRESS")}
    assert set(rows[0]["spans"][0]) == {"start", "end", "type", "score"}
    assert [s["type"] for s in rows[1]["spans"]] == ["SECRET"]
    assert rows[2]["spans"] == [] and rows[3]["spans"] == []


def test_redact_jsonl(tmp_path, settings):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, LINES)
    out = io.StringIO()
    redact_jsonl(src, out, settings)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert re.fullmatch(
        r"Hi, I'm <PERSON_[0-9a-f]{6}>, mail me at <EMAIL_ADDRESS_[0-9a-f]{6}>", rows[0]["text"]
    )
    assert rows[1]["text"] == "key <SECRET> please"
    assert rows[2]["text"] is None and rows[3]["text"] == LINES[3]["text"]
    # Same value, same run -> same pseudonym (master key, no user context).
    out2 = io.StringIO()
    redact_jsonl(src, out2, settings)
    assert out2.getvalue() == out.getvalue()


@pytest.mark.parametrize(
    "bad,message",
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a", "b"]', "line 2: expected a JSON object"),
        ('{"id": "x"}', "line 2: missing field(s): text"),
        ('{"id": "x", "text": 5}', "line 2: text must be a string or null"),
        ('{"id": null, "text": "x"}', "line 2: id must be a string or integer"),
    ],
)
def test_bad_lines_name_the_line_and_write_nothing(tmp_path, settings, bad, message):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(LINES[0]) + "\n" + bad + "\n")
    out = io.StringIO()
    with pytest.raises(InputError, match=re.escape(message)):
        detect_jsonl(src, out, settings)
    assert out.getvalue() == ""
