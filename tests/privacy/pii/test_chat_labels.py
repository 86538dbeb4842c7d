"""Product phrases and bold labels of coding chat read as names (``chat_labels``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.chat_labels import (
    assistant_product,
    bold_label,
    drop_chat_labels,
    head_noun_possessive,
    head_noun_tail,
)
from transforms.privacy.spans import Span


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_batch([text])[0] if s.type == "PERSON"]


def _drop(text: str, value: str) -> list[str]:
    start = text.index(value)
    spans = [Span(start, start + len(value), "PERSON", 0.85, "spacy_ner")]
    return [text[s.start : s.end] for s in drop_chat_labels(text, spans)]


@pytest.mark.parametrize("value", ["Minsky Workflow", "Kafka Connect Cluster", "Nebula Server"])
def test_head_noun_tail(value):
    assert head_noun_tail(value)


@pytest.mark.parametrize("value", ["John Server", "Minsky", "Anna Kowalska", "Minsky workflow"])
def test_head_noun_tail_names_kept(value):
    assert not head_noun_tail(value)


def test_possessive_head_noun():
    text = "Your spec is clear and well-aligned with the Minsky project's goals."
    assert head_noun_possessive(text, text.index("Minsky") + 6)
    assert _drop(text, "Minsky") == []
    assert _persons(text) == []


def test_given_name_before_project_possessive_kept():
    text = "Sarah project's deadline moved, so Sarah asked for a review."
    assert _drop(text, "Sarah") == ["Sarah"]


@pytest.mark.parametrize("value", ["Claude Desktop", "Claude Code", "Gemini CLI", "Cursor Agent"])
def test_assistant_products(value):
    assert assistant_product(value)


@pytest.mark.parametrize("value", ["Claude Monet", "Claude Shannon", "Gemini", "Jane Desktop"])
def test_assistant_look_alikes(value):
    assert not assistant_product(value)


MANUAL = (
    "- [x] Analytics API key injection (`PostHog`)\n\n"
    "**Partially Automated / Manual:**\n- [ ] SHA256 hash calculation\n"
    "5. **Manual steps:**\n   - Computing hashes\n"
)


def test_bold_label_everyday_word():
    start = MANUAL.index("Manual")
    assert bold_label(MANUAL, start, start + 6)
    assert _drop(MANUAL, "Manual") == []


def test_bold_given_name_kept():
    text = "- status: `ok`\n**Sarah:** please review the PR\n"
    start = text.index("Sarah")
    assert not bold_label(text, start, start + 5)
    assert _drop(text, "Sarah") == ["Sarah"]


def test_word_outside_bold_kept():
    text = "- item `x`\nManual wrote this **fast** for us.\n"
    start = text.index("Manual")
    assert not bold_label(text, start, start + 6)


def test_code_lookalike_plain_text_untouched():
    # no markdown: a bold-looking label in plain prose is left to the other steps
    text = "Manual: see **notes** later"
    assert _drop(text, "Manual") == ["Manual"]
