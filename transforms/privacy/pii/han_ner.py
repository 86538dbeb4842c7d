"""PERSON and LOCATION in Chinese prose, read by jieba's part-of-speech tagger (issue 14).

The English spaCy model finds almost nothing in Chinese text (UNER Chinese GSD held-out recall
0.8 %). Here a prose sentence that is mostly Han characters (:func:`mostly_han`) goes to jieba's
POS tagger (PyPI ``jieba`` 0.42.1, MIT; dictionary and HMM bundled in the wheel, so it runs
offline; https://github.com/fxsjy/jieba#4-词性标注): its person tags (``nr``, ``nrfg``, ``nrt``)
become PERSON and its place tags (``ns``, ``nsf``) LOCATION (tag set: ICTCLAS, as jieba's README
lists it). Traditional characters are first mapped to simplified ones with OpenCC's ``t2s``
conversion (PyPI ``opencc`` 1.4.2, Apache-2.0, tables bundled): jieba's dictionary is
simplified, and on traditional text its HMM tags more wrongly and runs ~60x slower. The mapping
keeps every offset (a conversion that changes the length is not used).

- Only prose reaches it: sentences come from :func:`~transforms.privacy.segments.prose_pieces`
  (code, inline code, URLs and paths masked out), cut further at Chinese sentence ends (``。！？``).
- Japanese (any kana in the sentence) is left alone: jieba would read kanji as Chinese words.
- A text with no Han character costs one regex search: jieba (dictionary ~1 s) and OpenCC are
  imported and loaded lazily, once per process, on the first Chinese sentence. jieba's
  dictionary cache goes to a per-user directory, not the shared temp directory.
- An entity must be two or more Han characters (a transliterated name may hold ``·``): a lone
  character is a surname or a word jieba could not place. Person names split by ``·``
  ("科瑞·舒爾曼") are joined.
- jieba's dictionary gives one tag per word, so common nouns carry a name tag (城市 "city" a
  place, 文明 "civilisation" a person) and foreign places a person tag (柏林 "Berlin"): words the
  Chinese GSD TRAIN split shows this for are dropped or retyped (:func:`learned_words`).
- :func:`presidio_recognizer` gives the same detection as a Presidio ``EntityRecognizer``
  (language ``zh``) for tools that speak ``AnalyzerEngine``; the engine calls :func:`han_spans`
  on whole batches.
- ``IW_HAN_NER=0`` (``Settings.han_ner``) switches the pass off.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from transforms.privacy.segments import prose_pieces, sentences
from transforms.privacy.spans import Span

log = logging.getLogger(__name__)

# CJK Unified Ideographs and Extension A
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_LETTER = re.compile(r"[^\W\d_]")
# a Chinese sentence ends at a full-width stop, exclamation or question mark
_CLAUSE = re.compile(r"[^。！？]+[。！？]*")
MIN_HAN = 2
# Han share of the letters: a Han character carries a word, so a sentence naming a few Latin
# products ("我用 Docker 部署") is still Chinese
MIN_HAN_SHARE = 0.25
MIN_ENTITY_CHARS = 2
MAX_ENTITY_CHARS = 20
SCORE = 0.85
# jieba's ICTCLAS tags: nr person, nrfg / nrt person (dictionary), ns place, nsf transliterated
TAGS = {"nr": "PERSON", "nrfg": "PERSON", "nrt": "PERSON", "ns": "LOCATION", "nsf": "LOCATION"}
NAME_DOTS = frozenset("·•‧・")
_ENTITY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+(?:[·•‧・][\u3400-\u4dbf\u4e00-\u9fff]+)*")

OTHER = {"PERSON": "LOCATION", "LOCATION": "PERSON"}
LEARNED = Path(__file__).resolve().parent / "data" / "han_train_words.json"

_lock = threading.Lock()
_models: tuple[Any, Any] | None = None
_enabled: bool | None = None


def enabled() -> bool:
    """Whether the pass runs (``Settings.han_ner``, read once per process)."""
    global _enabled
    if _enabled is None:
        from transforms.config import Settings

        _enabled = Settings.from_env().han_ner
    return _enabled


def _cache_dir() -> Path:
    """A directory only this user can write, for jieba's dictionary cache."""
    path = Path(tempfile.gettempdir()) / f"iw-jieba-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def models() -> tuple[Any, Any]:
    """(jieba POS tokenizer, OpenCC t2s converter), built once per process on first use."""
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                import jieba
                import jieba.posseg
                import opencc

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.tmp_dir = str(_cache_dir())
                log.info("Chinese NER: jieba POS tagger")
                _models = (jieba.posseg.POSTokenizer(tokenizer), opencc.OpenCC("t2s"))
    return _models


@functools.cache
def learned_words() -> dict[str, dict[str, frozenset[str]]]:
    """``{"drop" | "retype": {jieba type: simplified words}}`` from the Chinese GSD train split
    (``data/han_train_words.json``, built by ``tests/data/external/train_names/
    build_han_words.py``): words jieba tags as a person or place that upstream's annotators
    mostly left untagged (``drop``: 城市, 文明) or tagged as the other type (``retype``: 柏林
    tagged a person)."""
    data = json.loads(LEARNED.read_text("utf-8"))
    return {
        kind: {etype: frozenset(words) for etype, words in data[kind].items()}
        for kind in ("drop", "retype")
    }


def mostly_han(sentence: str) -> bool:
    """At least :data:`MIN_HAN` Han characters, a :data:`MIN_HAN_SHARE` of letters, no kana."""
    han = len(_HAN.findall(sentence))
    if han < MIN_HAN or _KANA.search(sentence):
        return False
    return han >= MIN_HAN_SHARE * len(_LETTER.findall(sentence))


def han_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the mostly-Han prose sentences of ``text``."""
    if not _HAN.search(text):
        return []
    out = []
    for p0, p1 in prose_pieces(text, _HAN):
        for a, b in sentences(text, p0, p1):
            for m in _CLAUSE.finditer(text, a, b):
                s, e = m.start(), m.end()
                while s < e and text[s].isspace():
                    s += 1
                if e > s and mostly_han(text[s:e]):
                    out.append((s, e))
    return out


def _words(sentence: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, word, tag)`` of jieba's words in ``sentence`` (read in simplified script)."""
    tagger, t2s = models()
    simple = t2s.convert(sentence)
    if len(simple) != len(sentence):
        simple = sentence  # a phrase conversion changed the length: offsets would drift
    pos = 0
    for pair in tagger.cut(simple):
        start = simple.find(pair.word, pos)
        if start < 0:
            continue
        pos = start + len(pair.word)
        yield start, pos, pair.word, pair.flag


def tagged_entities(sentence: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, type, simplified word)`` of jieba's person and place words in one Chinese
    sentence, before the learned corrections of :func:`sentence_entities`."""
    found: list[list[Any]] = []
    for start, end, word, tag in _words(sentence):
        etype = TAGS.get(tag)
        if etype is None:
            continue
        prev = found[-1] if found else None
        if prev and prev[2] == etype == "PERSON" and sentence[prev[1] : start] in NAME_DOTS:
            prev[1], prev[3] = end, prev[3] + sentence[prev[1] : start] + word  # "科瑞·舒爾曼"
            continue
        found.append([start, end, etype, word])
    return [(s, e, t, w) for s, e, t, w in found if name_like(sentence[s:e])]


def sentence_entities(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the persons and places in one Chinese sentence: jieba's tags,
    less the words the Chinese GSD train split shows are no name, retyped where it shows the
    other type (:func:`learned_words`)."""
    learned = learned_words()
    out = []
    for start, end, etype, word in tagged_entities(sentence):
        if word in learned["drop"][etype]:
            continue
        if word in learned["retype"][etype]:
            etype = OTHER[etype]
        out.append((start, end, etype))
    return out


def name_like(value: str) -> bool:
    """Two to :data:`MAX_ENTITY_CHARS` Han characters (``·`` between parts allowed)."""
    return MIN_ENTITY_CHARS <= len(value) <= MAX_ENTITY_CHARS and bool(_ENTITY.fullmatch(value))


def han_spans(texts: Sequence[str]) -> list[list[Span]]:
    """PERSON/LOCATION spans jieba finds in the Chinese prose of each text."""
    out: list[list[Span]] = [[] for _ in texts]
    if not enabled():
        return out
    for i, text in enumerate(texts):
        for a, b in han_sentences(text):
            for s, e, etype in sentence_entities(text[a:b]):
                out[i].append(Span(a + s, a + e, etype, SCORE, "han_ner"))
    return out


def presidio_recognizer() -> Any:
    """This pass as a Presidio ``EntityRecognizer`` for language ``zh`` (PERSON, LOCATION)."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class HanNerRecognizer(EntityRecognizer):
        """jieba POS-tagger persons and places in Chinese prose (:mod:`han_ner`)."""

        def __init__(self) -> None:
            super().__init__(
                supported_entities=["PERSON", "LOCATION"],
                name="HanNerRecognizer",
                supported_language="zh",
            )

        def load(self) -> None:  # the tagger loads lazily on the first Chinese sentence
            pass

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list:
            wanted = set(entities or self.supported_entities)
            return [
                RecognizerResult(s.type, s.start, s.end, s.score)
                for s in han_spans([text])[0]
                if s.type in wanted
            ]

    return HanNerRecognizer()
