"""Text with its HTML character references decoded, so a credential written inside an HTML or
XML attribute (``placeholder="password: &quot;x7Kq…&quot;"``, a draw.io label) is read as the
author typed it, and found spans map back to the encoded text.

Character references are HTML's named (``&quot;``, ``&amp;``, ``&lt;``) and numeric
(``&#34;``, ``&#x22;``) forms, each ending in ``;``
(https://html.spec.whatwg.org/multipage/syntax.html#character-references; XML's five
predefined entities and numeric references are the same subset:
https://www.w3.org/TR/xml/#sec-predefined-ent). Only references that change the text count:
an ``&`` in a URL query (``?a=1&b=2``) is not one.
"""

from __future__ import annotations

import html
import re

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entity_decoded(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(decoded, starts, ends)``: ``text`` with each character reference replaced by its
    character, and for each decoded character the start and end of what it came from in
    ``text``; ``None`` when ``text`` holds no reference that decodes."""
    if "&" not in text or ";" not in text:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _REFERENCE.finditer(text):
        char = html.unescape(m.group())
        if char == m.group() or len(char) != 1:
            continue  # an unknown name (&foo;) stays as written
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        out.append(char)
        starts.append(m.start())
        ends.append(m.end())
        pos = m.end()
    if pos == 0:
        return None
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends
