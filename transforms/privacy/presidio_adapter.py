"""Our detector behind Presidio's own API, for tools that speak ``AnalyzerEngine``.

:func:`analyzer_engine` returns a Presidio ``AnalyzerEngine`` whose registry holds one
recognizer, :class:`IwRecognizer`, wrapping :func:`transforms.privacy.engine.detect`, and a
no-op NLP engine (our recognizer runs its own prose-only NER on the offline spaCy model from
``NlpEngineProvider``), so ``engine.analyze(text, language="en")`` returns exactly our spans as
``RecognizerResult`` objects (usable with presidio-anonymizer and friends).

Pipelines use :func:`transforms.privacy.engine.detect_many` directly: Presidio's per-call path
(one NLP pass per message) is what the batched engine is built to avoid.
"""

from __future__ import annotations

from typing import Any

from transforms.privacy.spans import OUTPUT_TYPES


def _recognizer_class() -> type:
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class IwRecognizer(EntityRecognizer):
        """All interaction-warehouse detectors (secrets, patterns, prose NER) as one recognizer."""

        def __init__(self) -> None:
            super().__init__(
                supported_entities=list(OUTPUT_TYPES), name="IwRecognizer", supported_language="en"
            )

        def load(self) -> None:  # the model loads lazily on first analyze
            pass

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            from transforms.privacy.engine import detect

            wanted = set(entities or OUTPUT_TYPES)
            return [
                RecognizerResult(s.type, s.start, s.end, s.score)
                for s in detect(text)
                if s.type in wanted
            ]

    return IwRecognizer


def analyzer_engine() -> Any:
    """A Presidio ``AnalyzerEngine`` that runs our detection (see module docstring)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "no_op",
            "models": [{"lang_code": "en", "model_name": "none"}],
        }
    ).create_engine()
    registry = RecognizerRegistry(recognizers=[_recognizer_class()()], supported_languages=["en"])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])
