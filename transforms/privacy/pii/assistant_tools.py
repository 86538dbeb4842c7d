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
"""

from __future__ import annotations

import re

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
    """Spans without the PERSON/LOCATION spans that name an assistant or one of its tools."""
    return [
        s
        for s in spans
        if s.type not in ("PERSON", "LOCATION") or not tool_name_span(text, s.start, s.end)
    ]
