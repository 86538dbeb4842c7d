"""The naive Presidio baseline: default recognizers on the same offline spaCy model, one
``analyze`` call per message. The reference our detection is compared with in ``iw pii eval
--corpus`` and ``iw bench redact`` (asked for the PII types of our vocabulary it knows: every
type except SECRET, which Presidio has no recognizer for)."""

from __future__ import annotations

import types
from typing import Any

from transforms.contracts.platform import ENTITY_TYPES

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

    from transforms.privacy.pii.ner_model import model_location, model_name

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
