"""Markers that wrap prose at the start of a line: reply quotes, list bullets, table pipes.

A quoted reply (``> Hi Tom,``, ``>Esat Jeknić``, ``> > Best, Ana``), a list item (``* Ana Lima
(Lisbon)``, ``2) Tom Baker``) or a markdown table row (``| Maria Gonzalez | CFO | Lisbon |``) is
prose or code by its own content, not by its marker: :mod:`~transforms.privacy.segments` takes the
marker off before it classes the line and keeps the original offsets (a quote marker and table
pipes are masked, a bullet stays in the prose piece). A parenthetical of words ("(see below):",
"Ana Lima (Lisbon)") is prose punctuation, not a call, for the same classification. Formats:
CommonMark block quotes and list items (https://spec.commonmark.org/0.31.2/#block-quotes), GFM
tables (https://github.github.com/gfm/#tables-extension-), e-mail quoting (RFC 3676 section 4.5).
A decoration repeated at the start of at least three lines in a row is a marker too
(:func:`decorated_lines`): bullets lost to a wrong encoding (``??? Ana Lima``), a template's
leftover braces (``}}Ana Lima``), quoting with another character (``] Ana Lima``).

Code that starts with the same characters stays code: a Python prompt or doctest (``>>> x``),
pytest's failing-line marker (``>       assert x``, more than one space after ``>``), a shell
prompt with a command (``> npm run dev``, matched by the caller's log rule first), lines right
after a code line (a shell continuation prompt, npm's ``> next dev`` banner) and a normal diff's
``<``/``>`` lines (the caller's diff state).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# One or more ">" each followed by at most one space, then content or nothing (an empty quoted
# line); ">>> " is a Python prompt.
_QUOTE = re.compile(r" {0,3}(?:>[ ]?)+(?=\S|[ \t]*$)")
_PROMPT = re.compile(r"[ \t]*>>>(?:[ \t]|$)")
_BULLET_MARK = re.compile(r"[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+(?=\S)")
# A GFM table row: starts and ends with a pipe, two cells at least; like a quote, indented at
# most three spaces (four make a CommonMark code block: docstrings' tables stay code).
_TABLE_ROW = re.compile(r" {0,3}\|(?:[^|\n]*\|){2,}[ \t]*$")
_TABLE_DELIM = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t]*$")


# Characters that open code, markdown or diff lines ("#", "//", "*", "-", "+", "|", "<", "@", "!",
# "$", "%") never count as a decoration; ">" is a reply quote (:func:`quote_marker`).
_DECORATION = re.compile(r"[ \t]{0,3}([}\])?~^]{1,3})[ \t]?(?=\S|[ \t]*$)")
_DECORATED = re.compile(r"(?m)^[ \t]{0,3}[}\])?~^]")
MIN_DECORATED_LINES = 3


def decorated_lines(text: str) -> dict[int, int]:
    """``{line start: marker length}`` for lines opened by a decoration that at least
    :data:`MIN_DECORATED_LINES` consecutive lines share ("}}", "???")."""
    if not _DECORATED.search(text):
        return {}
    out: dict[int, int] = {}
    run: list[tuple[int, int]] = []
    marker = None
    pos = 0
    for line in [*text.split("\n"), ""]:
        m = _DECORATION.match(line)
        key = m.group(1) if m else None
        if key != marker:
            if len(run) >= MIN_DECORATED_LINES:
                out.update(run)
            run, marker = [], key
        if m:
            run.append((pos, m.end()))
        pos += len(line) + 1
    return out


def quote_marker(line: str) -> int:
    """Length of the reply-quote marker opening ``line`` (0 when there is none)."""
    if not line.lstrip(" \t").startswith(">") or _PROMPT.match(line):
        return 0
    m = _QUOTE.match(line)
    return m.end() if m else 0


def bullet_body(line: str) -> str:
    """``line`` without a list-item marker (``- ``, ``* ``, ``•``, ``1. ``, ``2) ``)."""
    m = _BULLET_MARK.match(line)
    return line[m.end() :] if m else line


def table_row_regions(line: str, is_code: Callable[[str], bool]) -> list[tuple[int, int]] | None:
    """Code ranges (relative to ``line``) of a markdown table row: its pipes and every cell that
    ``is_code`` calls code; ``None`` when ``line`` is no table row. A delimiter row is all code."""
    if "|" not in line or not _TABLE_ROW.match(line):
        return None
    if _TABLE_DELIM.match(line):
        return [(0, len(line))]
    out = []
    start = 0
    for i, ch in enumerate(line):
        if ch == "|":
            if start < i and line[start:i].strip() and is_code(line[start:i]):
                out.append((start, i))
            out.append((i, i + 1))
            start = i + 1
    return out


# A parenthetical of words after a space is prose punctuation, not a call: "(see below):",
# "(read the whole column here)" (words with a space) and "Ana Lima (Lisbon)" (a capitalised
# word, for the symbol share only); "print (x)", "in (Foo, Bar):", "(a.b, c.d)" stay code.
_PAREN = re.compile(r"(?:(?<=\s)|^)\(([^()\n]{1,120})\)(?=[\s,.;:!?]|$)")
_PAREN_WORDS = re.compile(r"[^\W_]+(?:(?:, |[ '&-]| & | - )[^\W_]+)*\s*")
_TWO_WORDS = re.compile(r"[^\W\d_]+ [^\W\d_]+")


def without_parentheticals(line: str, capitalised: bool) -> str:
    """``line`` with its prose parentheticals blanked (a capitalised single word only when
    ``capitalised``), so code endings and the symbol share ignore them."""

    def repl(m: re.Match[str]) -> str:
        inner = m.group(1)
        if _PAREN_WORDS.fullmatch(inner) and (
            _TWO_WORDS.search(inner) or (capitalised and inner[0].isupper())
        ):
            return " "
        return m.group()

    return _PAREN.sub(repl, line) if "(" in line else line


_PROSE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*[,.;:]?")
# quotes and brackets around a prose word ("«rota", "(Turquia,", "distribuída);")
_WORD_WRAP = "«»“”„\"'()"
# A sentence closing a clause with ";" ("... para Portugal e Espanha;") has this many words.
MIN_SEMICOLON_PROSE_WORDS = 10


def prose_semicolon(line: str) -> bool:
    """A long line of plain lower-case words ending in ";": a sentence of an enumeration
    ("... de a Colômbia para Portugal e Espanha;"), not a statement of code, whose ";" would
    otherwise make :mod:`~transforms.privacy.segments` class the line as code."""
    if not line.endswith(";"):
        return False
    words = [w.strip(_WORD_WRAP) for w in line.split()]
    plain = [w for w in words if _PROSE_WORD.fullmatch(w) and not w.isupper()]
    lower = [w for w in plain if w[:1].islower()]
    return len(lower) >= MIN_SEMICOLON_PROSE_WORDS and len(plain) >= 0.7 * len(words)
