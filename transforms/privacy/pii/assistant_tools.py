"""Coding assistants and their tools named in a coding chat (session 31,
``assistant_sessions_train``: Claude Code sessions of ``specstoryai/getspecstory``).

Claude Code and the tools that record its sessions talk about the agent's own tools and about
other assistants: "Let me search using Glob and Grep", "tracked for Claude, Codex, Gemini, and
Droid". spaCy reads a capitalised tool or product name there as a PERSON. A one-word PERSON or
LOCATION is dropped when it is

- the name of a Claude Code tool (the tool list of the Claude Code settings documentation,
  https://docs.anthropic.com/en/docs/claude-code/settings#tools-available-to-claude) and the
  message names a second such tool, or
- the name of a coding assistant (their product pages: Claude Code, OpenAI Codex, Cursor,
  GitHub Copilot, Gemini CLI, Windsurf, aider, Cline, Factory's Droid) and the message names a
  second one, or
- the name of a web search engine ("Scrape search results from Google, Bing or Yandex", an MCP
  tool's description) and the message names a second one.

One name alone proves nothing ("Ask Grep", "Cursor" as a surname); two of a kind make a list of
tools. A full name ("Claude Monet") is never a one-word span, and given names that are also
product names ("Claude") are left to the other rules.

A tool's **mode** is no person either (session 32): in a markdown or code chat (a backtick, a
``**bold**`` marker, a heading, a table row or a box-drawing line), a PERSON that ends in the
word "Mode" after a capitalised word ("Manual Mode", "(Interactive Mode)", "│ Autosave Mode │";
Claude Code's own modes are "Plan Mode" and "Auto-Accept Mode",
https://docs.anthropic.com/en/docs/claude-code/common-workflows) is dropped; "Mode" is a census
surname and "Manual" a census given name, but an everyday English word. "Jane Mode called me"
(no markup) and "**Team**: Jane Mode" (a given name that is no everyday word) keep the name.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

CLAUDE_CODE_TOOLS = word_set("""
Agent Bash BashOutput Edit ExitPlanMode Glob Grep KillShell LS MultiEdit NotebookEdit
NotebookRead Read SlashCommand Skill Task TodoRead TodoWrite WebFetch WebSearch Write
""")
ASSISTANTS = word_set("""
Claude Codex Cursor Copilot Gemini Windsurf Aider Cline Droid
""")
SEARCH_ENGINES = word_set("""
Google Bing Yandex Baidu DuckDuckGo Yahoo Brave Ecosia Startpage
""")
_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")
MODE_WORD_FREQUENCY = 5e-6  # "manual" 6.9e-6; "john" 4.2e-6, "jane" 1.8e-6
_MARKUP_CHAT = re.compile(r"`|\*\*|^#{1,6}[ \t]|^[ \t]*\||[\u2500-\u257f]", re.M)
# "Manual Mode", "Auto-Accept Mode"; a lone "Mode" after such a word
_MODE_SPAN = re.compile(r"(?:[A-Z][\w-]*[ \t]+)+Mode")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w-]*[ \t]+$")


def mode_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a tool's mode ("Manual Mode") in a markdown chat."""
    value = text[start:end]
    if value == "Mode":
        m = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        return bool(m) and not _given_name(m.group().split()[0])
    return bool(_MODE_SPAN.fullmatch(value)) and not _given_name(value.split()[0])


def _given_name(word: str) -> bool:
    """A listed given name that is no everyday English word ("Jane", not "Manual")."""
    listed = word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES
    return listed and english_frequency(word.lower()) < MODE_WORD_FREQUENCY


def _second(text: str, name: str, names: frozenset[str]) -> bool:
    return any(w in names and w != name for w in _WORD.findall(text))


def tool_name_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one tool or assistant name beside another one."""
    name = text[start:end]
    for names in (CLAUDE_CODE_TOOLS, ASSISTANTS, SEARCH_ENGINES):
        if name in names and _second(text, name, names):
            return True
    return False


def drop_tool_names(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSON/LOCATION spans that name an assistant, one of its tools or a
    tool's mode."""
    modes = "Mode" in text and bool(_MARKUP_CHAT.search(text))
    return [
        s
        for s in spans
        if s.type not in ("PERSON", "LOCATION")
        or not (
            tool_name_span(text, s.start, s.end)
            or (modes and s.type == "PERSON" and mode_span(text, s.start, s.end))
        )
    ]
