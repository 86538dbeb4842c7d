"""Registers the shared privacy-lifecycle fixture once per session (see its module), and the
fixtures the detector tests share: ``no_network`` (sockets refuse to connect) and
``analyze_alone`` (one recognizer inside a Presidio ``AnalyzerEngine`` with no NLP model)."""

from __future__ import annotations

import socket

import pytest
from privacy_lifecycle_fixture import lifecycle  # noqa: F401 - fixture


@pytest.fixture
def no_network(monkeypatch):
    """Any socket connection or name lookup fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def analyze_alone():
    """``analyze_alone(recognizer, language, text)``: ``{(value, type)}`` that ``recognizer``
    alone finds through Presidio's ``AnalyzerEngine`` (no-op NLP engine for ``language``)."""

    def run(recognizer, language: str, text: str) -> set[tuple[str, str]]:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        nlp = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "no_op",
                "models": [{"lang_code": language, "model_name": "none"}],
            }
        ).create_engine()
        registry = RecognizerRegistry(recognizers=[recognizer], supported_languages=[language])
        engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=[language])
        return {(text[r.start : r.end], r.entity_type) for r in engine.analyze(text, language)}

    return run
