"""Names a coding chat's structure disproves (session 36, ``assistant_sessions_train``).

Words the vocabulary steps (:mod:`~transforms.privacy.pii.chat_vocabulary`,
:mod:`~transforms.privacy.pii.chat_english`) cannot judge, because they are no dictionary word
or a name list claims them, are still no person or place when the chat itself shows what they
are. A PERSON or LOCATION is dropped when:

- it is a JavaScript template artefact, a letter glued to ``undefined`` or ``NaN``
  ("| Lundefined |": SpecStory's line cell ``L${line}`` with no line), anywhere;
- anywhere, its line is drawn with box characters ("│ (Manual) │": a diagram's cell);
- anywhere, a Cursor file mention follows it ("Leia @plan.md": a verb addressed to a file);
- in markdown or code chat (:func:`~transforms.privacy.pii.chat_vocabulary.code_chat`):
  - a widget noun follows it, or the quoted phrase holding it ("the Multi-Series Mode
    checkbox", "the "Mark as Read/Unread" functionality"): a screen's label;
  - it is an all-capital abbreviation of two to five letters that no place list holds, not
    after "in", "at", "from", "near" ("sent to LLM"; "UK", "CA", "in NYC" are kept);
  - each of its words is also written inside an identifier of the same message: the tail of a
    camel-case name ("Batcher" beside ``WithBatcher``), or a head before a version or a file
    part ("Houdoku" beside "Houdoku-2.17.0", "Houdoku-Setup.exe"), not an @handle or #tag
    ("@DrBruceBaird" holds Bruce's name); a person's name is not a file's or function's part;
- anywhere, it is the whole of a bullet item in a list of at least three items where at least two
    other items hold no PERSON or LOCATION ("• Page Templates" among "• Design Tokens",
    "• Global CSS"): a list of labels. A list of people is all names and stays.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.chat_vocabulary import code_chat
from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    KNOWN_PLACES,
    US_STATE_CODES,
)
from transforms.privacy.spans import Span

_NAMED = ("PERSON", "LOCATION")
_TEMPLATE_ARTEFACT = re.compile(r"[A-Za-z]{0,2}(?:undefined|NaN)")
_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_AT_PLACE = re.compile(r"\b(?:in|at|from|near|around)[ \t]+$", re.I)
_HANDLE_TAIL = re.compile(r"[@#]\w*$")
_WORD = re.compile(r"[^\W\d_]+")
# what follows a screen's label in a chat about an app ("the Multi-Series Mode checkbox")
_UI_NOUN = re.compile(
    r"[\"”']?[ \t]+(?:button|check ?box|toggle|tab|menu|dropdown|dialog|modal|panel|screen|"
    r"field|option|setting|column|mode|view|component|icon|sidebar|toolbar|functionality|"
    r"feature|widget)s?\b"
)
_QUOTE_REST = re.compile(r"[^\"“”\n]{0,40}(?=[\"”])")
# a Cursor file mention after the word: "Leia @fase-2-rag-avancado.plan.md" (a verb)
_FILE_MENTION = re.compile(r"[ \t]+@[\w-]*[./][\w./-]+")
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
_BULLET = re.compile(r"^[ \t]*(?:[-*•◦▪]|\d{1,2}[.)])[ \t]+(?!\[[ xX]\])(.*?)[ \t]*$", re.M)


def _listed_place(value: str) -> bool:
    return any(value in places for places in (CITIES, COUNTRIES_AND_REGIONS, KNOWN_PLACES)) or (
        value in US_STATE_CODES
    )


def _in_identifier(text: str, word: str) -> bool:
    """Whether ``word`` is also part of an identifier in ``text`` (camel-case tail, or a head
    before "-<digit>", "-<Capital>" or a file extension)."""
    w = re.escape(word)
    pattern = rf"[a-z_]{w}(?![a-z])|\b{w}(?:-\d|-[A-Z][a-z]+[-.]|\.(?:exe|dmg|app|zip|msi)\b)"
    # a handle holds its owner's name ("@DrBruceBaird"): no evidence against a person
    return any(not _HANDLE_TAIL.search(text, 0, m.start() + 1) for m in re.finditer(pattern, text))


def _identifier_words(text: str, value: str) -> bool:
    words = _WORD.findall(value)
    return bool(words) and all(len(w) > 2 and _in_identifier(text, w) for w in words)


def _label_list_item(text: str, span: Span, named: list[Span]) -> bool:
    """Whether ``span`` is a whole bullet item in a list of labels (module docstring)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    item = _BULLET.match(text, line_start)
    if item is None or (item.start(1), item.end(1)) != (span.start, span.end):
        return False
    siblings = [m for m in _block_items(text, line_start) if m.start() != line_start]
    if len(siblings) < 2:
        return False
    plain = [m for m in siblings if not any(m.start(1) <= s.start < m.end(1) for s in named)]
    return len(plain) >= 2


def _block_items(text: str, line_start: int) -> list[re.Match[str]]:
    """The bullet lines of the contiguous list holding the line at ``line_start``."""
    items = [m for m in _BULLET.finditer(text)]
    by_line = {m.start(): m for m in items}
    block, pos = [], line_start
    while pos > 0 and (prev := text.rfind("\n", 0, pos - 1) + 1) in by_line:
        pos = prev
    while pos in by_line:
        block.append(by_line[pos])
        pos = by_line[pos].end() + 1
    return block


def _box_line(text: str, span: Span) -> bool:
    """Whether the span's line is drawn with box characters (a diagram's cell label)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    return (
        _BOX_DRAWING.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None
    )


def _ui_label(text: str, span: Span) -> bool:
    """Whether a widget noun follows the span, or the quoted phrase holding it ("the
    "Mark as Read/Unread" functionality")."""
    end = span.end
    if text[span.start - 1 : span.start] in ('"', "“") and (rest := _QUOTE_REST.match(text, end)):
        end = rest.end()
    return _UI_NOUN.match(text, end) is not None


def structure_disproves(text: str, span: Span, named: list[Span], markdown: bool) -> bool:
    """Whether the chat's structure shows PERSON/LOCATION ``span`` is no name."""
    value = text[span.start : span.end]
    if _TEMPLATE_ARTEFACT.fullmatch(value) or _FILE_MENTION.match(text, span.end):
        return True
    if _label_list_item(text, span, named) or _box_line(text, span):
        return True
    if not markdown:
        return False
    if _ABBREVIATION.fullmatch(value) and not _listed_place(value):
        return _AT_PLACE.search(text, max(0, span.start - 8), span.start) is None
    return _identifier_words(text, value) or _ui_label(text, span)


def drop_chat_structure_names(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSON/LOCATION spans the chat's structure disproves."""
    named = [s for s in spans if s.type in _NAMED]
    if not named:
        return spans
    markdown = code_chat(text)
    return [
        s
        for s in spans
        if s.type not in _NAMED or not structure_disproves(text, s, named, markdown)
    ]
