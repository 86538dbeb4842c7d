"""Issue 15 item 2: multi-megabyte hostile messages finish in linear time; oversized texts are
quarantined with a reason and never reach detection."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
import re

import pyarrow as pa
import pytest

from tests.conftest import clean_id
from transforms.config import Settings
from transforms.contracts.platform import TABLES
from transforms.io import PartitionWriter, read_partition
from transforms.pipelines import redact

MB = 1 << 20
# Each is 2 MiB; a quadratic regex takes hours on any of them, a linear one well under a second.
HOSTILE = {
    "at": "@" * (2 * MB),
    "dot": "." * (2 * MB),
    "dash": "-" * (2 * MB),
    "word": "a" * (2 * MB),
    "a-dot": "a." * MB,
    "a-at": "a@" * MB,
    "a-dash": "a-" * MB,
    "base64": "QUJDRGVmZ2hpams0NTY3OD+/" * (2 * MB // 24),
    "whitespace": " \t\n" * (2 * MB // 3),
    "spaces": " " * (2 * MB),
    "local-part": "x" * MB + "@" + "a." * (MB // 2),
}
DEADLINE_S = 60  # generous: linear scans of 2 MiB take well under a second each


def _scan_all(kind: str) -> None:
    from transforms.privacy.pii.patterns import detect_patterns
    from transforms.privacy.secrets.detector import detect_secrets
    from transforms.privacy.segments import prose_pieces
    from transforms.quality.report import Masker
    from transforms.quality.suites import load_patterns

    text = HOSTILE[kind]
    patterns = load_patterns(Settings(data_dir=".").expectations_dir)
    Masker(patterns)(text)
    for rx in patterns.values():  # what the gate's not_match_regex_list runs per value
        re.search(rx, text)
    prose_pieces(text)
    detect_patterns(text)
    detect_secrets(text)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_every_regex_path_is_linear_on_hostile_megabytes(kind):
    # re does not check signals while matching, so the deadline is enforced from outside
    proc = mp.get_context("fork").Process(target=_scan_all, args=(kind,))
    proc.start()
    proc.join(DEADLINE_S)
    if proc.is_alive():
        proc.kill()
        proc.join()
        pytest.fail(f"{kind}: regex scanning of 2 MiB did not finish in {DEADLINE_S} s")
    assert proc.exitcode == 0


def test_bounded_email_pattern_still_finds_long_and_nested_addresses():
    from transforms.quality.suites import load_patterns

    email = load_patterns(Settings(data_dir=".").expectations_dir)["email"]
    for leak in ("maria.garcia@gmail.com", "x" * 200 + "@a.b.c.d.e.f.g.h.i.j.k.example.com"):
        assert re.search(email, f"mail {leak} now"), leak
    assert not re.search(email, "<EMAIL_ADDRESS_ab12cd> and <SECRET>")


def _ts(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T10:00:00+00:00")


def test_oversized_message_is_quarantined_not_analysed(tmp_path, monkeypatch):
    day = "2026-11-01"
    s = Settings(data_dir=tmp_path, workers=1, max_message_bytes=MB)
    huge = "my email is maria@example.com " + "@." * MB  # 2 MiB + a real address
    rows = [
        {"message_id": "m-big", "session_id": "s1", "user_id": "u_000001", "seq": 0,
         "role": "user", "text": huge, "created_at": _ts(day), "updated_at": _ts(day)},
        {"message_id": "m-ok", "session_id": "s1", "user_id": "u_000001", "seq": 1,
         "role": "user", "text": "mail maria@example.com", "created_at": _ts(day),
         "updated_at": _ts(day)},
    ]  # fmt: skip
    schema = TABLES["messages"].schema
    with PartitionWriter(s.raw_dir, "messages", day) as w:
        w.write(pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema))
    import transforms.privacy.engine as engine

    seen: list[int] = []
    real = engine.detect_many_async

    def spy(texts, workers=1):
        seen.extend(len(t) for t in texts)
        return real(texts, workers=workers)

    monkeypatch.setattr(engine, "detect_many_async", spy)
    result = redact.run(day, s, tables=["messages"])
    assert max(seen) < MB  # the oversized text never reached detection (regex or NER)
    clean = {
        r["message_id"]: r["text"] for r in read_partition(s.clean_dir, "messages", day).to_pylist()
    }
    big, ok = (clean_id(s, "message_id", m, "u_000001") for m in ("m-big", "m-ok"))
    assert clean[big] == "<REDACTED_OVERSIZED>"
    assert "maria@example.com" not in clean[ok]
    q = read_partition(s.quarantine_dir, "messages.oversized", day).to_pylist()
    assert [(r["row_id"], r["reason"]) for r in q] == [(big, "oversized_text")]
    assert "IW_MAX_MESSAGE_BYTES" in q[0]["detail"] and "maria" not in json.dumps(q)
    assert result.counts["spans.total"] >= 2  # the OVERSIZED marker plus the normal email
