"""PERSON and LOCATION in Cyrillic-script prose, read by natasha (issue 14).

The English spaCy model and the Latin-script rules of :mod:`.foreign_ner` leave a Russian chat
message with its names ("Вчера Владимир Путин встретился в Москве"). Here a prose sentence that
is mostly Cyrillic (:func:`mostly_cyrillic`) goes to natasha's ``NewsNERTagger`` (PyPI
``natasha`` 1.6.0, MIT: slovnet NER model and navec embeddings bundled in the wheel, so it runs
offline; https://github.com/natasha/natasha#ner). Its ``PER`` becomes PERSON and ``LOC``
LOCATION; ``ORG`` is ignored (outside the output vocabulary).

- Only prose reaches it: sentences come from :func:`~transforms.privacy.segments.prose_pieces`
  (code blocks, inline code, URLs and paths masked out), so a Cyrillic comment or string inside
  code never does.
- A text with no Cyrillic letter costs one regex search: natasha is imported and its models
  loaded (~1 s) lazily, once per process, on the first Cyrillic sentence.
- An entity must look like a name: capitalised words of letters (hyphen, apostrophe and
  initials allowed), no digit, underscore or camelCase.
- ``IW_CYRILLIC_NER=0`` (``Settings.cyrillic_ner``) switches the pass off.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from typing import Any

from transforms.privacy.segments import prose_pieces, sentences
from transforms.privacy.spans import Span

log = logging.getLogger(__name__)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
MIN_CYRILLIC_LETTERS = 3
MIN_CYRILLIC_SHARE = 0.5
MAX_ENTITY_CHARS = 60
SCORE = 0.85
LABELS = {"PER": "PERSON", "LOC": "LOCATION"}
# One name word: letters joined by a hyphen or apostrophe ("Москве", "Нью-Йорк", "О'Нил"), or
# an initial ("А."); it must open with a capital.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|[^\W\d_]\.")
_CAMEL = re.compile(r"[^\W\d_][a-z\u0430-\u044f\u0451]+[A-Z\u0410-\u042f\u0401]")

_lock = threading.Lock()
_tagger: Any = None


def enabled() -> bool:
    """Whether the pass runs (``IW_CYRILLIC_NER``, read once per process)."""
    from transforms.config import detection_switch

    return detection_switch("cyrillic_ner")


def tagger() -> Any:
    """natasha's news NER tagger, built once per process on first use."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                from natasha import NewsEmbedding, NewsNERTagger

                log.info("Cyrillic NER model: natasha NewsNERTagger")
                _tagger = NewsNERTagger(NewsEmbedding())
    return _tagger


def mostly_cyrillic(sentence: str) -> bool:
    """At least :data:`MIN_CYRILLIC_LETTERS` Cyrillic letters, and at least half the letters."""
    cyrillic = len(_CYRILLIC.findall(sentence))
    if cyrillic < MIN_CYRILLIC_LETTERS:
        return False
    return cyrillic >= MIN_CYRILLIC_SHARE * len(_LETTER.findall(sentence))


def name_like(value: str) -> bool:
    """Capitalised name words only: no digits, underscores, camelCase or symbols."""
    if len(value) > MAX_ENTITY_CHARS or _CAMEL.search(value):
        return False
    words = value.split()
    return bool(words) and all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in words)


def cyrillic_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the mostly-Cyrillic prose sentences of ``text``."""
    if not _CYRILLIC.search(text):
        return []
    return [
        (a, b)
        for p0, p1 in prose_pieces(text, _CYRILLIC)
        for a, b in sentences(text, p0, p1)
        if mostly_cyrillic(text[a:b])
    ]


def cyrillic_spans(texts: Sequence[str]) -> list[list[Span]]:
    """PERSON/LOCATION spans natasha finds in the Cyrillic prose of each text."""
    out: list[list[Span]] = [[] for _ in texts]
    if not enabled():
        return out
    todo = [(i, a, b) for i, t in enumerate(texts) for a, b in cyrillic_sentences(t)]
    if not todo:
        return out
    markups = tagger().map([texts[i][a:b] for i, a, b in todo])
    for (i, a, _), markup in zip(todo, markups, strict=True):
        for span in markup.spans:
            etype = LABELS.get(span.type)
            if etype is None or not name_like(markup.text[span.start : span.stop]):
                continue
            out[i].append(Span(a + span.start, a + span.stop, etype, SCORE, "cyrillic_ner"))
    return out
