"""Everyday words of a non-English coding chat read as names (``chat_vocabulary``), and
coding-assistant, tool and search-engine names in lists (``assistant_tools``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.assistant_tools import mode_span, tool_name_span
from transforms.privacy.pii.chat_vocabulary import chat_word_span


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


def _span(text: str, value: str) -> tuple[str, int, int]:
    start = text.index(value)
    return text, start, start + len(value)


PT_CHAT = (
    "## Plano de execução\n\n#### Já Feito:\n- [OK] Testes E2E parciais executados com "
    "`pytest -n 6`\n- [ERRO] Falhando: `comparative_query`, `complex_query`\n\n"
    "| Etapa | Tempo |\n|-------|-------|\n| Validação E2E Completa | 2-3h |\n"
)


@pytest.mark.parametrize("word", ["Já Feito", "Falhando", "Tempo"])
def test_portuguese_chat_words(word):
    assert chat_word_span(*_span(PT_CHAT, word))


def test_portuguese_chat_detects_nothing():
    assert [v for v, t in _found(PT_CHAT) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize(
    "text,value",
    [
        # listed given names and surnames stay names, also in a code chat
        (
            "## Revisão\n\nO `deploy` foi feito pela Maria Silva ontem à noite no servidor.",
            "Maria Silva",
        ),
        ("**Responsável:** Ferreira vai revisar o `Dockerfile` amanhã de manhã.", "Ferreira"),
    ],
)
def test_listed_names_kept(text, value):
    assert not chat_word_span(*_span(text, value))


def test_prose_without_markup_unchanged():
    # news prose (no backtick, bold, heading or table) is not touched
    text = "O jogador Tempo marcou dois golos no domingo contra o Benfica em Lisboa."
    from transforms.privacy.pii.chat_vocabulary import drop_chat_vocabulary
    from transforms.privacy.spans import Span

    span = Span(*_span(text, "Tempo")[1:], "PERSON", 0.85, "spacy_ner")
    assert drop_chat_vocabulary(text, [span]) == [span]


def test_english_code_chat_unchanged():
    text = "## Notes\n\nRan `make test` with Sarah Hill; the `Tempo` exporter is fine."
    assert not chat_word_span(*_span(text, "Sarah Hill"))


@pytest.mark.parametrize(
    "text,value",
    [
        ("Let me search more efficiently using Glob and Grep for OpenTelemetry code.", "Grep"),
        ("token types are tracked for Claude, Codex, Gemini, and Droid", "Codex"),
        ("search_engine: Scrape search results from Google, Bing or Yandex.", "Yandex"),
        ("search_engine: Scrape search results from Google, Bing or Yandex.", "Bing"),
    ],
)
def test_tool_names_in_lists(text, value):
    assert tool_name_span(*_span(text, value))
    assert (value, "PERSON") not in _found(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Thanks to Grep for the review.", "Grep"),  # one name alone proves nothing
        ("Yandex and Maria wrote the parser.", "Maria"),  # not a tool name at all
        ("Sam Cursor joined the team with Claude Code.", "Sam Cursor"),  # a full name
    ],
)
def test_tool_names_need_a_list(text, value):
    assert not tool_name_span(*_span(text, value))


@pytest.mark.parametrize(
    "text",
    [
        "│ Autosave Mode      │  │ Manual Mode     │",
        "**For `specstory sync` (Manual Mode)**:\n1. `createSyncCommand()`",
        "#### **specstory run** (Interactive Mode)\n- **File**: `main.go`",
    ],
)
def test_tool_modes_are_no_people(text):
    assert [v for v, t in _found(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Jane Mode called me yesterday about the invoice.", "Jane Mode"),
        ("**Team**: Jane Mode and John Smith", "Jane Mode"),
    ],
)
def test_people_named_mode_kept(text, value):
    start = text.index(value)
    assert not mode_span(text, start, start + len(value))
    assert (value, "PERSON") in _found(text)
