"""Span identity: every resolved span on a fixed sample, dumped to JSON for byte-for-byte diffs.

A speed-only change must leave this output unchanged. The sample: ``1200`` generated messages
(seed 7, the generator ``iw bench redact`` reads) and the dev splits of presidio_synth,
uner_ewt, wnut17, germeval14, coding_chat and agent_trajectories, each through
:func:`~transforms.privacy.engine.detect_batch` (the in-process path of the redact stage).
Each span is ``[start, end, type, score, detector]``; per-corpus seconds go to stderr.

Run: ``.venv/bin/python -m transforms.bench.pii_span_identity OUT.json [corpus ...]``
(``generated`` names the generated messages), then ``cmp`` two outputs.
"""

from __future__ import annotations

import json
import sys
import time

from transforms.privacy.engine import detect_batch
from transforms.privacy.evaluation.external import load_corpus
from transforms.privacy.evaluation.generated_gold import labelled_corpus

CORPORA = (
    "presidio_synth",
    "uner_ewt",
    "wnut17",
    "germeval14",
    "coding_chat",
    "agent_trajectories",
)
MESSAGES = 1200
SEED = 7


def sample_texts(name: str) -> list[str]:
    """The texts of one part of the sample."""
    if name == "generated":
        return [m["text"] for m in labelled_corpus(MESSAGES, SEED)[0]]
    return [r["text"] for r in load_corpus(name, "dev")]


def main(argv: list[str]) -> None:
    out, names = argv[0], argv[1:] or ["generated", *CORPORA]
    spans: dict[str, list] = {}
    for name in names:
        texts = sample_texts(name)
        t0 = time.perf_counter()
        found = detect_batch(texts)
        print(name, len(texts), f"{time.perf_counter() - t0:.2f}s", file=sys.stderr, flush=True)
        spans[name] = [[[s.start, s.end, s.type, s.score, s.detector] for s in f] for f in found]
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(spans, fh, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
