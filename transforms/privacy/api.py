"""JSONL in, JSONL out: the ``iw pii detect`` / ``iw pii redact`` commands.

Input: one JSON object per line, ``{"id": <string or number>, "text": <string or null>}``;
empty lines are ignored. Any other line is an error naming the file and line number, raised
before anything is written (the whole file is validated first, then processed in batches).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from transforms.config import Settings

BATCH_LINES = 2000


class InputError(ValueError):
    """A malformed input line (message names file and line number)."""


def _records(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}, line {lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise InputError(f"{path}, line {lineno}: expected a JSON object with id and text")
            if "id" not in obj or "text" not in obj:
                missing = ", ".join(k for k in ("id", "text") if k not in obj)
                raise InputError(f"{path}, line {lineno}: missing field(s): {missing}")
            rid, text = obj["id"], obj["text"]
            if not isinstance(rid, str | int) or isinstance(rid, bool):
                raise InputError(f"{path}, line {lineno}: id must be a string or integer")
            if text is not None and not isinstance(text, str):
                raise InputError(
                    f"{path}, line {lineno}: text must be a string or null, "
                    f"got {type(text).__name__}"
                )
            yield lineno, rid, text


def _batches(path: Path) -> Iterator[list[tuple[Any, str | None]]]:
    path = Path(path)
    for _ in _records(path):  # validate every line before writing anything
        pass
    batch: list[tuple[Any, str | None]] = []
    for _, rid, text in _records(path):
        batch.append((rid, text))
        if len(batch) >= BATCH_LINES:
            yield batch
            batch = []
    if batch:
        yield batch


def detect_jsonl(input_path: Path, out: TextIO, settings: Settings) -> int:
    """Write ``{"id", "spans": [{"start","end","type","score"}]}`` per input line.

    Offsets are Python string (code point) indices into ``text``. Returns lines written.
    """
    from transforms.privacy.engine import detect_many

    n = 0
    for batch in _batches(input_path):
        results = detect_many([t for _, t in batch], workers=settings.workers)
        for (rid, _), spans in zip(batch, results, strict=True):
            out.write(
                json.dumps({"id": rid, "spans": [s.to_dict() for s in spans]}, ensure_ascii=False)
                + "\n"
            )
            n += 1
    return n


def redact_jsonl(input_path: Path, out: TextIO, settings: Settings) -> int:
    """Write ``{"id", "text"}`` per input line with PII/secrets replaced by placeholders.

    No user context here, so pseudonyms use the master key directly. Returns lines written.
    """
    from transforms.privacy.engine import detect_many
    from transforms.privacy.pseudonyms import master_key_material
    from transforms.privacy.redaction import redact_text

    material = master_key_material(settings.pseudonym_key)
    n = 0
    for batch in _batches(input_path):
        results = detect_many([t for _, t in batch], workers=settings.workers)
        for (rid, text), spans in zip(batch, results, strict=True):
            red = redact_text(text, spans, material) if text else text
            out.write(json.dumps({"id": rid, "text": red}, ensure_ascii=False) + "\n")
            n += 1
    return n
