"""One Presidio ``EntityRecognizer`` shape for the script-gated NER passes (``han_ner`` for
Chinese, ``ja_ner`` for Japanese): PERSON and LOCATION for one language, its model loaded lazily
by the pass itself on the first sentence in its script."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from transforms.privacy.spans import Span


def span_recognizer(
    name: str, language: str, spans: Callable[[Sequence[str]], list[list[Span]]], doc: str
) -> Any:
    """A Presidio ``EntityRecognizer`` named ``name`` for ``language`` whose ``analyze`` returns
    ``spans([text])[0]`` (PERSON, LOCATION) as ``RecognizerResult``s."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class ScriptNerRecognizer(EntityRecognizer):
        def __init__(self) -> None:
            super().__init__(
                supported_entities=["PERSON", "LOCATION"],
                name=name,
                supported_language=language,
            )

        def load(self) -> None:  # the pass loads its model on the first sentence in its script
            pass

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            wanted = set(entities or self.supported_entities)
            return [
                RecognizerResult(s.type, s.start, s.end, s.score)
                for s in spans([text])[0]
                if s.type in wanted
            ]

    ScriptNerRecognizer.__doc__ = doc
    return ScriptNerRecognizer()
