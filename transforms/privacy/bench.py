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
import types
from typing import Any

from transforms.config import Settings
from transforms.privacy.evaluate import labelled_corpus, score
from transforms.source.schema import ENTITY_TYPES

# every type we detect that stock Presidio has a recognizer for (it has none for secrets)
BASELINE_ENTITIES = [e for e in ENTITY_TYPES if e != "SECRET"]


def offline_tldextract() -> None:
    """Make Presidio's email recognizer use tldextract's bundled suffix list (no network)."""
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = types.SimpleNamespace(extract=extractor)


def baseline_analyzer() -> Any:
    """A default Presidio ``AnalyzerEngine`` on the offline spaCy model (its own instance)."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from transforms.privacy.ner import model_location, model_name

    offline_tldextract()
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model_location(model_name())}],
    }
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def baseline_detect(analyzer: Any, texts: list[str]) -> list[list[dict[str, Any]]]:
    """The naive loop: one ``analyze`` call per message."""
    out = []
    for text in texts:
        results = analyzer.analyze(text=text, language="en", entities=BASELINE_ENTITIES)
        out.append(
            [
                {"start": r.start, "end": r.end, "type": r.entity_type, "score": r.score}
                for r in results
            ]
        )
    return out


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
