"""Text with its HTML character references decoded, so a credential written inside an HTML or
XML attribute (``placeholder="password: &quot;x7Kq…&quot;"``, a draw.io label) is read as the
author typed it, and found spans map back to the encoded text.

Character references are HTML's named (``&quot;``, ``&amp;``, ``&lt;``) and numeric
(``&#34;``, ``&#x22;``) forms, each ending in ``;``
(https://html.spec.whatwg.org/multipage/syntax.html#character-references; XML's five
predefined entities and numeric references are the same subset:
https://www.w3.org/TR/xml/#sec-predefined-ent). Only references that change the text count:
an ``&`` in a URL query (``?a=1&b=2``) is not one. Only the lines holding a reference are
decoded, so a long page with one ``&amp;`` costs one line's second reading.
"""

from __future__ import annotations

import html
import re

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entity_decoded(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(decoded, starts, ends)``: the lines of ``text`` that hold a character reference,
    joined by ``\\n``, each reference replaced by its character, and for each decoded
    character the start and end of what it came from in ``text``; ``None`` when ``text``
    holds no reference that decodes."""
    if "&" not in text or ";" not in text:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    line_end = -1  # end of the last line copied
    pos = -1  # next character of that line still to copy
    for m in _REFERENCE.finditer(text):
        char = html.unescape(m.group())
        if char == m.group() or len(char) != 1:
            continue  # an unknown name (&foo;) stays as written
        if m.start() >= line_end:  # a new line: finish the last one, open this one
            _copy(text, pos, line_end, out, starts, ends)
            if line_end >= 0:
                out.append("\n")
                starts.append(line_end)
                ends.append(line_end)
            pos = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
        _copy(text, pos, m.start(), out, starts, ends)
        out.append(char)
        starts.append(m.start())
        ends.append(m.end())
        pos = m.end()
    if line_end < 0:
        return None
    _copy(text, pos, line_end, out, starts, ends)
    return "".join(out), starts, ends


def _copy(text: str, a: int, b: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    if a < 0 or b <= a:
        return
    out.append(text[a:b])
    starts.extend(range(a, b))
    ends.extend(range(a + 1, b + 1))
