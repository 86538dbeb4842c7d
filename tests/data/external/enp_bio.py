"""Shared by the Europeana Newspapers converters (``enp_fr/convert_enp_fr.py``,
``enp_nl/convert_enp_nl.py``): upstream is one ``TOKEN TAG`` pair per line of a whole
language's pages with no sentence breaks, so each converter says where a sentence ends; both
group sentences in CHUNK consecutive ones (a stretch of one page), put ~30 % of chunks in
``heldout`` by a SHA-256 hash of the chunk id, and keep every STEP-th sentence, id
``<prefix>-c<chunk>-<n>`` (n counts all sentences from 0). Not imported by the project; each
converter puts this folder on ``sys.path``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator

CHUNK = 40
HELDOUT_PERCENT = 30

Rows = list[tuple[str, str]]


def running_sentences(
    lines: Iterable[str], ends: Callable[[str], bool], max_tokens: int
) -> Iterator[Rows]:
    """(token, tag) rows per sentence: one ends after a token for which ``ends`` holds, or at
    the first ``O`` token once it is ``max_tokens`` long (OCR runs without punctuation)."""
    rows: Rows = []
    for line in lines:
        if not line.strip():
            continue
        token, tag = line.rstrip("\n").rsplit(" ", 1)
        if rows and len(rows) >= max_tokens and tag == "O":
            yield rows
            rows = []
        rows.append((token, tag))
        if ends(token):
            yield rows
            rows = []
    if rows:
        yield rows


def chunk_split(prefix: str, chunk: int) -> str:
    """``heldout`` or ``dev`` for chunk number ``chunk`` (hash of its id, fixed)."""
    digest = hashlib.sha256(f"{prefix}-c{chunk}".encode()).hexdigest()
    return "heldout" if int(digest[:8], 16) % 100 < HELDOUT_PERCENT else "dev"


def sampled_records(
    sentences: Iterable[Rows], prefix: str, step: int, record: Callable[[Rows, str, str], dict]
) -> list[dict]:
    """``record(rows, id, split)`` for every ``step``-th sentence, with its chunk's split."""
    return [
        record(rows, f"{prefix}-c{n // CHUNK}-{n}", chunk_split(prefix, n // CHUNK))
        for n, rows in enumerate(sentences)
        if n % step == 0
    ]
