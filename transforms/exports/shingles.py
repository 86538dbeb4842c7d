"""Text normalisation and shingle hashing for dedup and decontamination.

Normalised text = redaction placeholders reduced to their type (``<EMAIL_ADDRESS_ab12cd>`` ->
``<email_address>``), lowercased, whitespace runs collapsed to one space, trimmed. Everything
downstream (exact dedup, near dedup, decontamination) works on this form.

Shingles are defined on the UTF-8 bytes of normalised text:

- word shingles: tokens are maximal runs of ``[a-z0-9_]`` or non-ASCII bytes (the same as
  ``re.findall(rb"[a-z0-9_\x80-\xff]+", text.encode())``); a shingle is ``n`` consecutive
  tokens; a document with fewer than ``n`` tokens has one shingle (all its tokens);
- char shingles: every ``n``-byte window (a shorter non-empty document is one shingle).

``shingle_set_reference`` is the executable definition; the fast path hashes each shingle to
64 bits in compiled loops (``transforms.exports.kernels``) over the column's Arrow buffer,
chunk by chunk, so memory stays bounded by the chunk size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from transforms.contracts.platform import ENTITY_TYPES

# Placeholders written by the redact stage: <TYPE> or <TYPE_hexsuffix>.
PLACEHOLDER_PATTERN = r"<(" + "|".join(ENTITY_TYPES) + r")(?:_[0-9a-fA-F]{2,})?>"

_U64 = np.uint64

# ~8 MB of text per chunk: shingle buffers stay small, per-call overhead stays negligible
DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024


def normalize_texts(texts: pl.Series, chunk_rows: int = 20_000) -> pl.Series:
    """Placeholder-normalised, lowercased, whitespace-collapsed, trimmed text ("" for null).

    Whitespace means Unicode White_Space (the same set as regex ``\\s``); the collapse runs in
    a compiled pass because a regex replace over every character was the slowest step at scale.
    Works in row chunks so temporaries stay a small multiple of one chunk.
    """
    from transforms.exports.kernels import collapse_whitespace

    parts = []
    for start in range(0, max(len(texts), 1), chunk_rows):
        lowered = (
            texts.slice(start, chunk_rows)
            .cast(pl.String)
            .fill_null("")
            .str.replace_all(PLACEHOLDER_PATTERN, "<${1}>")
            .str.to_lowercase()
        )
        data, offsets = utf8_buffer(lowered)
        out, out_offsets = collapse_whitespace(data, offsets)
        arr = pa.LargeStringArray.from_buffers(
            len(lowered), pa.py_buffer(out_offsets), pa.py_buffer(out)
        )
        parts.append(pl.Series(texts.name, arr, dtype=pl.String))
    return pl.concat(parts, rechunk=True) if len(parts) > 1 else parts[0]


def fmix64(x: np.ndarray) -> np.ndarray:
    """murmur3's 64-bit finaliser (in place on a copy): spreads every input bit."""
    x = x.astype(_U64, copy=True)
    x ^= x >> _U64(33)
    x *= _U64(0xFF51AFD7ED558CCD)
    x ^= x >> _U64(33)
    x *= _U64(0xC4CEB9FE1A85EC53)
    x ^= x >> _U64(33)
    return x


@dataclass(frozen=True)
class ShingleChunk:
    """Shingle hashes of documents ``[start, start + len(offsets) - 1)``.

    ``hashes[offsets[i]:offsets[i + 1]]`` are document ``start + i``'s shingles (an empty
    document has none). Hashes may repeat within a document; MinHash and n-gram membership
    tests do not care.
    """

    start: int
    hashes: np.ndarray  # uint64
    offsets: np.ndarray  # int64, len = n_docs + 1

    @property
    def n_docs(self) -> int:
        return len(self.offsets) - 1

    def doc_index(self) -> np.ndarray:
        """Document number (relative to ``start``) of every hash."""
        return np.repeat(np.arange(self.n_docs, dtype=np.int64), np.diff(self.offsets))


def utf8_buffer(texts: pl.Series | pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """Zero-copy view of a string column: (bytes as uint8, int64 offsets of len n+1)."""
    arr = texts.to_arrow() if isinstance(texts, pl.Series) else texts
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if arr.type != pa.large_string():
        arr = pc.cast(arr, pa.large_string())
    if arr.null_count:
        arr = pc.fill_null(arr, "")
    _, off_buf, data_buf = arr.buffers()
    offsets = np.frombuffer(off_buf, dtype=np.int64, count=len(arr) + 1, offset=arr.offset * 8)
    data = (
        np.frombuffer(data_buf, dtype=np.uint8)
        if data_buf is not None
        else np.zeros(0, dtype=np.uint8)
    )
    base = offsets[0]
    return data[base : offsets[-1]], offsets - base


def _chunks(offsets: np.ndarray, chunk_bytes: int) -> Iterator[tuple[int, int]]:
    """Document ranges whose text totals about ``chunk_bytes`` (at least one document each)."""
    n = len(offsets) - 1
    start = 0
    while start < n:
        stop = int(np.searchsorted(offsets, offsets[start] + chunk_bytes, side="right")) - 1
        stop = min(max(stop, start + 1), n)
        yield start, stop
        start = stop


_POWERS: tuple[np.ndarray, np.ndarray] = (np.ones(1, dtype=_U64), np.ones(1, dtype=_U64))


def iter_shingles(
    texts: pl.Series, *, kind: str = "word", n: int = 5, chunk_bytes: int = DEFAULT_CHUNK_BYTES
) -> Iterator[ShingleChunk]:
    """Shingle hashes of already-normalised ``texts``, in chunks of about ``chunk_bytes``."""
    from transforms.exports import kernels

    if kind not in ("word", "char"):
        raise ValueError(f"shingle kind must be 'word' or 'char', got {kind!r}")
    if n < 1:
        raise ValueError(f"shingle size must be >= 1, got {n}")
    kernel = kernels.word_shingles if kind == "word" else kernels.char_shingles
    data_all, offsets_all = utf8_buffer(texts)
    for lo, hi in _chunks(offsets_all, chunk_bytes):
        base = offsets_all[lo]
        data = data_all[base : offsets_all[hi]]
        offsets = offsets_all[lo : hi + 1] - base
        hashes, sh_offsets = kernel(data, offsets, n)
        yield ShingleChunk(start=lo, hashes=hashes, offsets=sh_offsets)


def shingle_set_reference(text: str, *, kind: str = "word", n: int = 5) -> set[bytes]:
    """Pure-Python shingles of one normalised text (the definition; used by tests/baselines)."""
    import re

    raw = text.encode("utf-8")
    if kind == "word":
        tokens = re.findall(rb"[a-z0-9_\x80-\xff]+", raw)
        if not tokens:
            return set()
        if len(tokens) < n:
            return {b" ".join(tokens)}
        return {b" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}
    if not raw:
        return set()
    if len(raw) < n:
        return {raw}
    return {raw[i : i + n] for i in range(len(raw) - n + 1)}
