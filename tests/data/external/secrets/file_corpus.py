"""Shared by the whole-file secret corpus converters (``extract_whispers.py``,
``extract_ripsecrets.py``, ``extract_detect_secrets.py``, ``extract_secretlint.py``,
``extract_credsweeper.py``, ...): reading an
upstream git checkout and writing one record per file (the format
``transforms/privacy/evaluation/secret_files.py`` loads)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterable


def git(git_dir: str, *args: str) -> str:
    """Standard output of ``git -C git_dir args...`` (fails loudly)."""
    return subprocess.run(
        ["git", "-C", git_dir, *args], check=True, capture_output=True, text=True
    ).stdout


def git_bytes(git_dir: str, *args: str) -> bytes:
    """Raw standard output of ``git -C git_dir args...`` (no newline translation)."""
    return subprocess.run(["git", "-C", git_dir, *args], check=True, capture_output=True).stdout


def file_record(
    record_id: str, text: str, spans: list[tuple[int, int]], rule_id: str, source_file: str
) -> str:
    """One JSON line: the file's text, its labelled secret values, its split group and hash."""
    record = {
        "id": record_id,
        "text": text,
        "secrets": [{"start": s, "end": e, "value": text[s:e]} for s, e in spans],
        "rule_id": rule_id,
        "source_file": source_file,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }
    return json.dumps(record, ensure_ascii=False)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
