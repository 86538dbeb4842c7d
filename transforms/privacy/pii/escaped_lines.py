"""Escaped line breaks read as line breaks: ``Name\\nCompany\\n12 Main St\\n555 0134 office``.

Text copied out of JSON, logs or string literals carries its line breaks as the two characters
backslash + ``n`` (``\\r``, ``\\t`` likewise). Every PII detector then sees one long line in
which the letter of the escape is glued to the next word: ``\\n9380 6377`` offers the phone
pattern no boundary, ``\\nMaria Lopez`` reads as ``nMaria``, an address block is no block. The
PII detectors therefore read a *view* of the text of the same length in which each such escape
is a space and a real line break (``Name \\nCompany``); spans found in the view hold for the text
unchanged. The secret detectors keep the original text.

Only text in which no backslash stands before another letter or a digit (``\\uXXXX`` aside)
gets the view: ``C:\\Users\\nina\\notes`` is a Windows path and ``\\d+\\n`` a regex, not lines. An
escape right before a closing quote (``"\\n".join``, ``f"{x}\\n"``) ends a string literal in code
and stays; one after a quote opens a line (``"Who are you?"\\nAki: "I'm ..."``).
"""

from __future__ import annotations

import re

# an escape that closes a quote is code, not a line of text: "\\n".join(...), f"{x}\\n"
_ESCAPE = re.compile(r"(?<!\\)\\([nrt])(?![\"'])")
# a backslash before another letter or a digit: a path or a regex, leave the text alone
_OTHER_BACKSLASH = re.compile(r"\\(?=[^\W_nrtu]|u(?![0-9a-fA-F]{4}))")
_CONTROL = {"n": "\n", "r": "\r", "t": "\t"}


def line_break_view(text: str) -> str:
    """``text`` with each escaped line break as a space and the control character it stands for
    (same length, so offsets hold); ``text`` itself when it has none or looks like a path."""
    if "\\" not in text or not _ESCAPE.search(text) or _OTHER_BACKSLASH.search(_pairs_out(text)):
        return text
    return _ESCAPE.sub(lambda m: " " + _CONTROL[m.group(1)], text)


def _pairs_out(text: str) -> str:
    """``text`` without escaped backslashes (``\\\\``), so ``\\\\d`` is not read as ``\\d``."""
    return text.replace("\\\\", "")
