"""Issue 15 item 3: redaction and the quality gate share one placeholder vocabulary, so the
gate never fails on text that redaction wrote or deliberately kept."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from transforms.config import Settings
from transforms.contracts.placeholders import (
    REDACTION_PLACEHOLDER,
    is_benign_match,
    is_placeholder,
)
from transforms.contracts.platform import TABLES
from transforms.io import PartitionWriter, read_partition
from transforms.pipelines import redact
from transforms.privacy.secrets import values as secrets
from transforms.quality.gate import QualityGateFailed, run_gate

DAY = "2026-11-01"
DOC_PLACEHOLDERS = [
    "set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx in .env",
    "Authorization: Bearer YOUR_ACCESS_TOKEN_GOES_HERE_1234",
    "use sk_test_xxxxxxxxxxxxxxxxxxxxxxxx for the Stripe sandbox",
    "mail me at maria.garcia@gmail.com or call (415) 867-5309",
    "token ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the workflow",
]


def _write_messages(s: Settings, texts: list[str]) -> None:
    ts = dt.datetime.fromisoformat(f"{DAY}T10:00:00+00:00")
    rows = [
        {"message_id": f"m{i}", "session_id": "s1", "user_id": "u_000001", "seq": i,
         "role": "user", "text": t, "created_at": ts, "updated_at": ts}
        for i, t in enumerate(texts)
    ]  # fmt: skip
    with PartitionWriter(s.raw_dir, "messages", DAY) as w:
        w.write(pa.Table.from_pylist(rows, schema=TABLES["messages"].schema))


def test_secrets_uses_the_shared_placeholder_test():
    assert secrets.is_placeholder is is_placeholder


def test_every_placeholder_redaction_writes_is_in_the_vocabulary(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    _write_messages(s, DOC_PLACEHOLDERS)
    redact.run(DAY, s, tables=["messages"])
    texts = read_partition(s.clean_dir, "messages", DAY).column("text").to_pylist()
    written = [m.group(0) for t in texts for m in __import__("re").finditer(r"<[^<>\s]+>", t)]
    assert written  # the email and the phone were replaced
    assert all(REDACTION_PLACEHOLDER.fullmatch(p) for p in written), written
    for p in written:
        assert is_benign_match(f"x {p} y", 2, 2 + len(p))


def test_gate_passes_on_what_redaction_kept_and_fails_on_a_real_leak(tmp_path):
    s = Settings(data_dir=tmp_path, workers=1)
    _write_messages(s, DOC_PLACEHOLDERS)
    redact.run(DAY, s, tables=["messages"])
    report, _ = run_gate(s, DAY, suites=["clean_messages"])  # raises if it fails
    assert report.passed
    # a credential that redaction missed is still caught
    clean = read_partition(s.clean_dir, "messages", DAY)
    texts = clean.column("text").to_pylist()
    texts[0] = "my key sk-proj-4fT9xQ2mZr7LkP0sVb3nWc8YhJ1aEd6GuI5oRt"
    leaked = clean.set_column(
        clean.schema.get_field_index("text"), "text", pa.array(texts, pa.string())
    )
    with PartitionWriter(s.clean_dir, "messages", DAY) as w:
        w.write(leaked)
    with pytest.raises(QualityGateFailed):
        run_gate(s, DAY, suites=["clean_messages"])
