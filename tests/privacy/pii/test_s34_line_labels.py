"""An everyday English word opening a line label of a markdown chat is no name (session 34)."""

from __future__ import annotations

from transforms.privacy.pii.chat_labels import drop_chat_labels
from transforms.privacy.spans import Span


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", 0.85, "test")


def test_line_label_over_a_code_block_is_dropped():
    text = (
        "Auto-start:\n```bash\nnpm run service:install\n```\n\n"
        "Manual controls:\n```bash\nnpm run x\n```"
    )
    assert drop_chat_labels(text, [_span(text, "Manual")]) == []


def test_speaker_name_with_text_after_the_colon_stays():
    text = "See `log.txt`.\n\nManual: I restarted the service yesterday."
    spans = [_span(text, "Manual")]
    assert drop_chat_labels(text, spans) == spans


def test_given_name_below_the_everyday_cut_stays():
    text = "See `log.txt`.\n\nJohn said:\n```\nok\n```"
    spans = [_span(text, "John")]
    assert drop_chat_labels(text, spans) == spans


def test_plain_text_without_markdown_stays():
    text = "Manual controls:\nrun it by hand"
    spans = [_span(text, "Manual")]
    assert drop_chat_labels(text, spans) == spans
