"""``iw bench redact``: our detection vs the naive Presidio loop, same messages, same run.

Baseline: one ``AnalyzerEngine.analyze(text, language="en", entities=...)`` call per message
with Presidio's default recognizers and the same offline spaCy model (full pipeline, as
Presidio loads it), asked for the PII types of our vocabulary it knows (every type except
SECRET, which Presidio has no recognizer for). Ours: :func:`transforms.privacy.engine.detect_many`
with ``settings.workers`` processes. Both are warmed up first (model loaded, pool started), so
the timings compare steady-state throughput; both are scored with the same rule as
``iw pii eval`` against the generator's gold labels.
"""

from __future__ import annotations

import time
from typing import Any

from transforms.config import Settings
from transforms.privacy.evaluation.baseline import baseline_analyzer, baseline_detect
from transforms.privacy.evaluation.generated_gold import labelled_corpus, score


def bench_redact(settings: Settings, docs: int) -> dict[str, Any]:
    """Throughput and quality of ours vs the baseline on ``docs`` generated messages."""
    from transforms.privacy.engine import detect_many, warm_up

    msgs, gold = labelled_corpus(docs, settings.seed)
    texts = [m["text"] for m in msgs]
    ids = [m["id"] for m in msgs]
    by_id = dict(zip(ids, texts, strict=True))

    warm_up(settings.workers)
    analyzer = baseline_analyzer()
    baseline_detect(analyzer, ["warm up with Maria Garcia in Berlin"])

    t0 = time.perf_counter()
    ours = detect_many(texts, workers=settings.workers)
    ours_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    base = baseline_detect(analyzer, texts)
    base_s = time.perf_counter() - t0

    ours_score = score(
        gold,
        {
            i: [{"start": s.start, "end": s.end, "type": s.type} for s in spans]
            for i, spans in zip(ids, ours, strict=True)
        },
        by_id,
    )
    base_score = score(gold, dict(zip(ids, base, strict=True)), by_id)
    ours_rate, base_rate = docs / ours_s, docs / base_s
    return {
        "docs": docs,
        "workers": settings.workers,
        "ours_docs_per_s": round(ours_rate, 1),
        "baseline_docs_per_s": round(base_rate, 1),
        "speedup": round(ours_rate / base_rate, 2),
        "ours_recall": ours_score["overall"]["recall"],
        "baseline_recall": base_score["overall"]["recall"],
        "ours_precision": ours_score["overall"]["precision"],
        "baseline_precision": base_score["overall"]["precision"],
        "ours_pii_free_flag_rate": ours_score["pii_free_flag_rate"],
        "baseline_pii_free_flag_rate": base_score["pii_free_flag_rate"],
        "mean_chars": round(sum(map(len, texts)) / max(1, len(texts)), 1),
    }
