"""What the script-gated NER passes (``han_ner`` for Chinese, ``ja_ner`` for Japanese) share:
the clauses of prose they read (:func:`script_clauses`) and one Presidio ``EntityRecognizer``
shape (:func:`span_recognizer`: PERSON and LOCATION for one language, its model loaded lazily by
the pass itself on the first sentence in its script)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from transforms.privacy.segments import prose_pieces, sentences
from transforms.privacy.spans import Span


def script_clauses(
    text: str, script: re.Pattern[str], clause: re.Pattern[str], accept: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each ``clause`` match inside the prose sentences of ``text`` that hold
    ``script``, leading whitespace trimmed, kept when ``accept(clause_text)``."""
    if not script.search(text):
        return
    for p0, p1 in prose_pieces(text, script):
        for a, b in sentences(text, p0, p1):
            for m in clause.finditer(text, a, b):
                s, e = m.start(), m.end()
                while s < e and text[s].isspace():
                    s += 1
                if e > s and accept(text[s:e]):
                    yield s, e


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
