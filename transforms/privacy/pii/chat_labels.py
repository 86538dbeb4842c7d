"""Labels and product phrases of coding chat read as names (session 33, ``assistant_sessions``).

Three shapes an assistant writes all day, none of which names a person (each checked against
the tool-name evidence of :mod:`~transforms.privacy.pii.technical_terms`):

- **A head noun closing the span**: spaCy takes the software noun into the name ("Minsky
  Workflow for task management", "Kafka Connect Cluster"): a PERSON of two or more words whose
  last word is a capitalised technical head noun (:data:`~.technical_terms.HEAD_NOUN`) and whose
  first word is no listed given name ("John Server" is still John's).
- **An assistant's product**: "Claude Desktop", "Claude Code", "Gemini CLI", "Cursor Agent": an
  assistant's name (:data:`~.assistant_tools.ASSISTANTS`) before one capitalised product noun
  (a head noun, or Desktop, Code, App, Agent, Chat); "Claude Monet" stays a name.
- **A head noun with a possessive after it**: "the Minsky project's goals", "the Jenkins
  pipeline's status": the possessive belongs to the project, so the one-word name before the
  head noun modifies it as in "the Minsky project" (a person's own thing is "Sarah's project").
- **A bold label word**: "**Manual:**", "5. **Manual steps:**", "**Partially Automated /
  Manual:**": a one-word PERSON inside a ``**bold**`` run of a markdown message that is an
  everyday English word (pyspellchecker frequency at least :data:`LABEL_WORD_FREQUENCY`, the
  cut :mod:`~transforms.privacy.pii.assistant_tools` uses for a tool's mode: "manual" 6.9e-6,
  "john" 4.2e-6, "sarah" 2.4e-6 stay names). Session 34: the same word opening a line label
  of such a message ("Manual controls:" over a code block: the span, up to three lower-case
  words and a colon that ends the line) counts too.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.assistant_tools import ASSISTANTS, MODE_WORD_FREQUENCY
from transforms.privacy.pii.gazetteers import english_frequency
from transforms.privacy.pii.technical_terms import HEAD_NOUN
from transforms.privacy.pii.tool_evidence import listed_given_name
from transforms.privacy.spans import Span

# the cut assistant_tools uses for a tool's mode word: the same everyday-word test
LABEL_WORD_FREQUENCY = MODE_WORD_FREQUENCY
_MARKDOWN = re.compile(r"`|^#{1,6}[ \t]|^[ \t]*(?:[-*]|\d+\.)[ \t]", re.M)
_WORD = re.compile(r"[A-Za-z]+")
_PRODUCT_NOUN = re.compile(r"Desktop|Code|App|Agent|Chat")
_HEAD_POSSESSIVE_AFTER = re.compile(r"[ \t]+([a-z]+)['\u2019]s?(?!\w)")
_LINE_OPENER = re.compile(r"(?:^|\n)[ \t]*$")
_LINE_LABEL_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,3}:[ \t]*(?:\n|$)")


def head_noun_tail(value: str) -> bool:
    """Whether the multi-word ``value`` ends in a capitalised head noun after a word that is
    no listed given name ("Minsky Workflow")."""
    words = value.split()
    if len(words) < 2 or not words[-1][:1].isupper() or listed_given_name(words[0]):
        return False
    return bool(HEAD_NOUN.fullmatch(words[-1]))


def assistant_product(value: str) -> bool:
    """Whether ``value`` is an assistant's name and a product noun ("Claude Desktop")."""
    words = value.split()
    if len(words) != 2 or words[0] not in ASSISTANTS:
        return False
    return bool(_PRODUCT_NOUN.fullmatch(words[1]) or HEAD_NOUN.fullmatch(words[1]))


def head_noun_possessive(text: str, end: int) -> bool:
    """Whether a lower-case head noun with a possessive follows ("Minsky project's")."""
    m = _HEAD_POSSESSIVE_AFTER.match(text, end)
    return bool(m) and bool(HEAD_NOUN.fullmatch(m.group(1)))


def _in_bold(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text.count("**", line_start, start)
    return before % 2 == 1 and "**" in text[end:line_end]


def _line_label(text: str, start: int, end: int) -> bool:
    """The span opens its line and up to three lower-case words and a colon close the line
    ("Manual controls:" over a code block)."""
    return bool(_LINE_OPENER.search(text, max(0, start - 20), start)) and bool(
        _LINE_LABEL_AFTER.match(text, end)
    )


def bold_label(text: str, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]`` is an everyday English word in a bold label or
    a line label."""
    word = text[start:end]
    if not _WORD.fullmatch(word) or english_frequency(word.lower()) < LABEL_WORD_FREQUENCY:
        return False
    return _in_bold(text, start, end) or _line_label(text, start, end)


def drop_chat_labels(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSONs that are product phrases or bold labels of coding chat."""
    if not any(s.type == "PERSON" for s in spans):
        return spans
    markdown = bool(_MARKDOWN.search(text))  # a bold label also needs "**" on its line
    out = []
    for s in spans:
        value = text[s.start : s.end]
        if s.type == "PERSON" and (
            head_noun_tail(value)
            or assistant_product(value)
            or (
                " " not in value
                and not listed_given_name(value)
                and head_noun_possessive(text, s.end)
            )
            or (markdown and bold_label(text, s.start, s.end))
        ):
            continue
        out.append(s)
    return out
