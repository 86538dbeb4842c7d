"""The second secret engine: kingfisher's packaged rules, run in-process, merged with ours.

``kingfisher-secret-scanner`` (Apache-2.0) ships a Rust/Vectorscan engine with ~490 rules of
its own; we depend on it as a library (its rules are not copied into this project). It is on
by default and switched off with ``IW_SECRETS_KINGFISHER=0`` (``Settings.secrets_kingfisher``).

Compiling its rules takes ~5 s cold and <1 s from the cache directory
(``Settings.kingfisher_cache_dir``, created with mode 0700 because the engine silently skips
caching otherwise). The scanner is built once per process; call :func:`warm_up_second_engine`
before forking a worker pool so children inherit it.

Findings are UTF-8 byte offsets; they are turned into character offsets, helper findings of
composite rules (``visible=False``) are dropped, and placeholders are filtered with the same
:func:`~transforms.contracts.placeholders.is_placeholder` as our own rules.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from transforms.privacy.spans import Span

SECRET = "SECRET"
DETECTOR = "kingfisher"

_lock = threading.Lock()
_scanner: Any = None
_enabled: bool | None = None


def configure(enabled: bool, cache_dir: Path | None = None) -> None:
    """Switch the second engine on or off for this process (tests and the eval use this)."""
    global _enabled, _scanner
    with _lock:
        _enabled = enabled
        _scanner = None
        if enabled:
            _scanner = _build(cache_dir)


def _build(cache_dir: Path | None) -> Any:
    from kingfisher_sdk import Rules, Scanner

    if cache_dir is None:
        from transforms.config import Settings

        cache_dir = Settings.from_env().kingfisher_cache_dir
    cache_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(cache_dir, 0o700)
    return Scanner(Rules(cache_dir=str(cache_dir)), redact=False)


def second_engine_enabled() -> bool:
    """Whether kingfisher runs (read from settings once per process unless configured)."""
    global _enabled
    if _enabled is None:
        from transforms.config import Settings

        _enabled = Settings.from_env().secrets_kingfisher
    return _enabled


def warm_up_second_engine() -> None:
    """Compile (or load from cache) the engine's rules now, e.g. before forking workers."""
    global _scanner
    if not second_engine_enabled():
        return
    with _lock:
        if _scanner is None:
            _scanner = _build(None)


def _char_offsets(text: str, data: bytes, start: int, end: int) -> tuple[int, int]:
    if len(data) == len(text):  # ASCII: bytes are characters
        return start, end
    return (
        len(data[:start].decode("utf-8", errors="ignore")),
        len(data[:end].decode("utf-8", errors="ignore")),
    )


def kingfisher_spans(text: str) -> list[Span]:
    """Secret spans found by the second engine (``[]`` when it is switched off)."""
    if not text or not second_engine_enabled():
        return []
    if _scanner is None:
        warm_up_second_engine()
    from transforms.privacy.secrets.filler_values import is_placeholder_span
    from transforms.privacy.secrets.values import is_public_value

    data = text.encode("utf-8")
    out = []
    for f in _scanner.scan(data):
        if not f.visible or f.is_base64_encoded:
            continue
        loc = f.location
        start, end = int(loc["start_offset"]), int(loc["end_offset"])
        secret = (f.secret or "").encode("utf-8")
        # The finding's location may cover the whole match; narrow it to the secret itself.
        if secret:
            at = data.find(secret, start, max(end, start + len(secret)))
            if at >= 0:
                start, end = at, at + len(secret)
        s, e = _char_offsets(text, data, start, end)
        value = text[s:e]
        # Its packaged rules are provider-specific (prefix/structure), so only template shapes
        # veto a value, as for our provider-structured rules; public-by-design keys never count.
        span = Span(s, e, SECRET, 0.9, DETECTOR)
        if e <= s or is_public_value(value, template_only=True) or is_placeholder_span(text, span):
            continue
        out.append(span)
    return out
