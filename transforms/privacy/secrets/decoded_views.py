"""Decoded views of a text, so a credential written inside an encoding is read as its author
typed it, and found spans map back to the encoded text.

* HTML character references (``placeholder="password: &quot;x7Kq…&quot;"``, a draw.io label):
  HTML's named (``&quot;``, ``&amp;``, ``&lt;``) and numeric (``&#34;``, ``&#x22;``) forms,
  each ending in ``;`` (https://html.spec.whatwg.org/multipage/syntax.html#character-references;
  XML's predefined entities and numeric references are the same subset:
  https://www.w3.org/TR/xml/#sec-predefined-ent). An ``&`` in a URL query is no reference.
* String escapes of code stored inside a JSON or C string (``"#define\\tpassword\\t\\"x\\""``):
  ``\\"``, ``\\'``, ``\\\\``, ``\\t``, ``\\n``, ``\\r`` (https://www.json.org/json-en.html), read
  only on lines holding an escaped quote or tab, so a stray ``\\n`` in prose changes nothing.

Only the lines holding an escape are decoded, so a long page with one ``&amp;`` costs one
line's second reading.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_STRING_ESCAPE = re.compile(r"\\[\"'\\tnr]")
_ESCAPED_CHAR = {'\\"': '"', "\\'": "'", "\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}
# A line is read decoded only when it holds one of these (an escaped quote or tab).
_ESCAPED_LINE = re.compile(r"\\[\"t]")

View = tuple[str, list[int], list[int]]


def entity_decoded(text: str) -> View | None:
    """``(decoded, starts, ends)``: the lines of ``text`` that hold a character reference,
    joined by ``\\n``, each reference replaced by its character, and for each decoded
    character the start and end of what it came from in ``text``; ``None`` when ``text``
    holds no reference that decodes."""
    if "&" not in text or ";" not in text:
        return None
    return _decoded(text, _references(text))


def string_escape_decoded(text: str) -> View | None:
    """Like :func:`entity_decoded`, for the string escapes of lines that hold an escaped
    quote or tab; ``None`` when there is none."""
    if "\\" not in text or not _ESCAPED_LINE.search(text):
        return None
    return _decoded(text, _escapes(text))


def _references(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _REFERENCE.finditer(text):
        char = html.unescape(m.group())
        if char != m.group() and len(char) == 1:  # an unknown name (&foo;) stays as written
            yield m.start(), m.end(), char


def _escapes(text: str) -> Iterator[tuple[int, int, str]]:
    line_end = -1
    escaped_line = False
    for m in _STRING_ESCAPE.finditer(text):
        if m.start() >= line_end:
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            escaped_line = bool(_ESCAPED_LINE.search(text, line_start, line_end))
        if escaped_line:
            yield m.start(), m.end(), _ESCAPED_CHAR[m.group()]


def _decoded(text: str, replacements: Iterator[tuple[int, int, str]]) -> View | None:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def copy(a: int, b: int) -> None:
        _copy(text, a, b, out, starts, ends)

    line_end = -1  # end of the last line copied
    pos = -1  # next character of that line still to copy
    for start, end, char in replacements:
        if start >= line_end:  # a new line: finish the last one, open this one
            copy(pos, line_end)
            if line_end >= 0:
                out.append("\n")
                starts.append(line_end)
                ends.append(line_end)
            pos = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
        copy(pos, start)
        out.append(char)
        starts.append(start)
        ends.append(end)
        pos = end
    if line_end < 0:
        return None
    copy(pos, line_end)
    return "".join(out), starts, ends


def _copy(text: str, a: int, b: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    if a < 0 or b <= a:
        return
    out.append(text[a:b])
    starts.extend(range(a, b))
    ends.extend(range(a + 1, b + 1))
