"""Compiled (numba) inner loops for shingling and MinHash: one pass per document, no temporaries.

Pure numpy needed ~15 full-array passes per byte and 3 per (shingle, permutation); on the
2-vCPU machines we run on that capped near-dedup at ~17x datasketch. These loops make one pass
over the bytes and keep the running minima in L1 (LLVM vectorises the permutation loop on
32-bit lanes). ``cache=True`` stores the machine code in ``__pycache__``, so only the first
process on a machine pays the ~2 s compile.

Hash definitions (stable across processes, machines and library versions):

- token: FNV-1a 64 over the token's bytes, then the murmur3 64-bit finaliser;
- word n-gram: ``fmix64(sum_j token_j * MIX**(n-1-j))`` over the n tokens (wrapping), rolled;
- char n-gram: ``fmix64(sum_j (byte_j + 1) * BASE**(n-1-j)) ^ n``, rolled along the document;
- MinHash permutation ``i``: ``(a_i * (h >> 32) + b_i) mod 2**32``, ``a_i`` odd.
"""

from __future__ import annotations

import numpy as np
from numba import njit

FNV_OFFSET = np.uint64(0xCBF29CE484222325)
FNV_PRIME = np.uint64(0x100000001B3)
MIX = np.uint64(0x9E3779B97F4A7C15)
BASE = np.uint64(0x100000001B3)


@njit(cache=True, inline="always")
def _fmix64(x):
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xFF51AFD7ED558CCD)
    x ^= x >> np.uint64(33)
    x *= np.uint64(0xC4CEB9FE1A85EC53)
    x ^= x >> np.uint64(33)
    return x


@njit(cache=True, inline="always")
def _is_word(c):
    return (97 <= c <= 122) or (48 <= c <= 57) or c == 95 or c >= 128


@njit(cache=True)
def word_shingles(data, offsets, n):
    """Word n-gram hashes of every document; returns (hashes, per-document offsets).

    The n-gram hash is rolled (add the new token, subtract the one leaving the window), so each
    token costs O(1) however large ``n`` is.
    """
    n_docs = len(offsets) - 1
    # tokens are separated by at least one byte, so there are at most (bytes + 1) / 2 shingles
    out = np.empty((len(data) + 1) // 2 + n_docs, dtype=np.uint64)
    out_offsets = np.zeros(n_docs + 1, dtype=np.int64)
    ring = np.zeros(n, dtype=np.uint64)
    mix_n = np.uint64(1)
    for _ in range(n):
        mix_n *= MIX
    w = 0
    for d in range(n_docs):
        tokens = 0
        slot = 0
        acc = np.uint64(0)
        in_tok = False
        h = FNV_OFFSET
        end = offsets[d + 1]
        i = offsets[d]
        while True:
            if i < end:
                c = data[i]
                if _is_word(c):
                    h = (h ^ np.uint64(c)) * FNV_PRIME
                    in_tok = True
                    i += 1
                    continue
            if in_tok:  # a token just ended: roll it into the window
                in_tok = False
                t = _fmix64(h)
                h = FNV_OFFSET
                old = ring[slot]
                ring[slot] = t
                slot += 1
                if slot == n:
                    slot = 0
                tokens += 1
                acc = acc * MIX + t
                if tokens > n:
                    acc -= old * mix_n
                if tokens >= n:
                    out[w] = _fmix64(acc)
                    w += 1
            if i >= end:
                break
            i += 1
        if 0 < tokens < n:
            out[w] = _fmix64(acc)
            w += 1
        out_offsets[d + 1] = w
    return out[:w].copy(), out_offsets


@njit(cache=True)
def char_shingles(data, offsets, n):
    """Byte n-gram hashes (rolling polynomial) of every document."""
    n_docs = len(offsets) - 1
    total = 0
    for d in range(n_docs):
        length = offsets[d + 1] - offsets[d]
        total += length - n + 1 if length >= n else (1 if length > 0 else 0)
    out = np.empty(total, dtype=np.uint64)
    out_offsets = np.zeros(n_docs + 1, dtype=np.int64)
    top = np.uint64(1)
    for _ in range(n - 1):
        top *= BASE
    w = 0
    for d in range(n_docs):
        s = offsets[d]
        e = offsets[d + 1]
        length = e - s
        if 0 < length < n:
            acc = np.uint64(0)
            for i in range(s, e):
                acc = acc * BASE + np.uint64(data[i]) + np.uint64(1)
            out[w] = _fmix64(acc) ^ np.uint64(length)
            w += 1
        elif length >= n:
            acc = np.uint64(0)
            for i in range(s, s + n):
                acc = acc * BASE + np.uint64(data[i]) + np.uint64(1)
            out[w] = _fmix64(acc) ^ np.uint64(n)
            w += 1
            for i in range(s + n, e):
                acc = (
                    (acc - (np.uint64(data[i - n]) + np.uint64(1)) * top) * BASE
                    + np.uint64(data[i])
                    + np.uint64(1)
                )
                out[w] = _fmix64(acc) ^ np.uint64(n)
                w += 1
        out_offsets[d + 1] = w
    return out, out_offsets


@njit(cache=True)
def minhash_block(hashes, offsets, a, b, sig, first_col):
    """Write signatures of the documents in ``offsets`` into ``sig[:, first_col + d]``.

    ``a``, ``b`` are uint32; the permutation loop runs on 32-bit lanes (LLVM vectorises it).
    """
    num_perm = len(a)
    mins = np.empty(num_perm, dtype=np.uint32)
    for d in range(len(offsets) - 1):
        s = offsets[d]
        e = offsets[d + 1]
        if s == e:
            continue
        mins[:] = np.uint32(0xFFFFFFFF)
        for k in range(s, e):
            x = np.uint32(hashes[k] >> np.uint64(32))
            for i in range(num_perm):
                v = np.uint32(a[i] * x + b[i])
                if v < mins[i]:
                    mins[i] = v
        for i in range(num_perm):
            sig[i, first_col + d] = mins[i]


@njit(cache=True)
def greedy_resolve(bucket_t, candidates, sig, min_agree, verify, n_buckets):
    """Greedy keep-best-first over LSH candidates (see ``minhash.resolve_near_duplicates``).

    ``bucket_t`` is (n_docs, bands) bucket ids; ``candidates`` ascending document indices.
    Returns (keep, parent, rejected pairs).
    """
    n_docs, bands = bucket_t.shape
    num_perm = sig.shape[0]
    owner = np.full(n_buckets, -1, dtype=np.int64)
    keep = np.ones(n_docs, dtype=np.bool_)
    parent = np.full(n_docs, -1, dtype=np.int64)
    found = np.empty(bands, dtype=np.int64)
    rejected = 0
    for d in candidates:
        m = 0
        for j in range(bands):
            o = owner[bucket_t[d, j]]
            if o >= 0:
                # insertion into the small sorted list of distinct owners (best-ranked first)
                pos = m
                dup = False
                for q in range(m):
                    if found[q] == o:
                        dup = True
                        break
                if dup:
                    continue
                while pos > 0 and found[pos - 1] > o:
                    found[pos] = found[pos - 1]
                    pos -= 1
                found[pos] = o
                m += 1
        match = -1
        for q in range(m):
            o = found[q]
            if not verify:
                match = o
                break
            agree = 0
            for i in range(num_perm):
                if sig[i, d] == sig[i, o]:
                    agree += 1
            if agree >= min_agree:
                match = o
                break
            rejected += 1
        if match >= 0:
            keep[d] = False
            parent[d] = match
        else:
            for j in range(bands):
                b = bucket_t[d, j]
                if owner[b] < 0:
                    owner[b] = d
    return keep, parent, rejected


@njit(cache=True, inline="always")
def _space_len(data, i, end):
    """Byte length of the Unicode White_Space character at ``data[i]``, or 0."""
    c = data[i]
    if c == 32 or 9 <= c <= 13:
        return 1
    if c == 0xC2 and i + 1 < end and (data[i + 1] == 0x85 or data[i + 1] == 0xA0):
        return 2  # NEL, NO-BREAK SPACE
    if c == 0xE1 and i + 2 < end and data[i + 1] == 0x9A and data[i + 2] == 0x80:
        return 3  # OGHAM SPACE MARK
    if c == 0xE2 and i + 2 < end:
        b1 = data[i + 1]
        b2 = data[i + 2]
        if b1 == 0x80 and (0x80 <= b2 <= 0x8A or b2 == 0xA8 or b2 == 0xA9 or b2 == 0xAF):
            return 3  # EN QUAD..HAIR SPACE, LINE/PARAGRAPH SEPARATOR, NARROW NBSP
        if b1 == 0x81 and b2 == 0x9F:
            return 3  # MEDIUM MATHEMATICAL SPACE
    if c == 0xE3 and i + 2 < end and data[i + 1] == 0x80 and data[i + 2] == 0x80:
        return 3  # IDEOGRAPHIC SPACE
    return 0


@njit(cache=True)
def collapse_whitespace(data, offsets):
    """Trim each document and collapse every run of Unicode whitespace to one ASCII space."""
    out = np.empty(len(data), dtype=np.uint8)
    out_offsets = np.zeros(len(offsets), dtype=np.int64)
    w = 0
    for d in range(len(offsets) - 1):
        i = offsets[d]
        end = offsets[d + 1]
        pending = False
        started = False
        while i < end:
            c = data[i]
            if 32 < c < 128:  # fast path: visible ASCII
                if pending:
                    out[w] = 32
                    w += 1
                    pending = False
                out[w] = c
                w += 1
                started = True
                i += 1
                continue
            k = _space_len(data, i, end)
            if k:
                pending = started
                i += k
                continue
            if pending:
                out[w] = 32
                w += 1
                pending = False
            out[w] = c
            w += 1
            started = True
            i += 1
        out_offsets[d + 1] = w
    return out[:w].copy(), out_offsets


@njit(cache=True)
def text_stats(data, offsets, blob_min):
    """Per document: characters, letter-or-space characters, characters in non-space runs of at
    least ``blob_min`` characters. Non-ASCII characters count as letters (no Unicode tables)."""
    n_docs = len(offsets) - 1
    chars = np.zeros(n_docs, dtype=np.int64)
    letters = np.zeros(n_docs, dtype=np.int64)
    blob = np.zeros(n_docs, dtype=np.int64)
    for d in range(n_docs):
        i = offsets[d]
        end = offsets[d + 1]
        run = 0
        n_chars = 0
        n_letters = 0
        n_blob = 0
        while i < end:
            c = data[i]
            if 32 < c < 128:  # fast path: visible ASCII
                n_chars += 1
                n_letters += (65 <= c <= 90) or (97 <= c <= 122)
                run += 1
                i += 1
                continue
            k = _space_len(data, i, end)
            if k:
                n_chars += 1
                n_letters += 1
                if run >= blob_min:
                    n_blob += run
                run = 0
                i += k
                continue
            if c >= 0xC0 or c < 32:  # lead byte of a non-ASCII character, or a control char
                n_chars += 1
                n_letters += c >= 0xC0
                run += 1
            i += 1  # continuation bytes belong to the character already counted
        if run >= blob_min:
            n_blob += run
        chars[d] = n_chars
        letters[d] = n_letters
        blob[d] = n_blob
    return chars, letters, blob
