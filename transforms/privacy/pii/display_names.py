"""Display names of e-mail and chat exports: "Last, First" and sign-off lines (issue 14).

Mail clients and directory exports write people as "Surname, Given" ("From: Kaminski, Vince",
"Lay, Kenneth <kenneth.lay@enron.com>"; the Outlook/Exchange display-name form, see
https://learn.microsoft.com/en-us/exchange/recipients/address-lists/address-book-policies and
RFC 5322 section 3.4 for the ``display-name <addr-spec>`` mailbox form). Prose NER splits such
a name in two and misses an everyday-word surname ("Lay"). Evidence here: a census given name
after the comma and a census surname before it (US Census 1990 lists, via
:mod:`~transforms.privacy.pii.gazetteers`), in a header field, on a line of its own with an
address or "wrote:", or on a bare line when the surname is no everyday English word.

A sign-off is a short dash or tilde line ending a message ("-Dave", "~ Sara Kowalczyk"): one or two
capitalised words that are census given names or no English words.
"""

from __future__ import annotations

import re
from typing import Any

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    english_frequency,
)
from transforms.privacy.pii.greetings import greeting_spans

_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Z][a-z]+)?"
# "Kaminski, Vince", "Steffes, James D.", "Lay, Kenneth".
_LAST_FIRST = re.compile(
    r"(?P<last>" + _WORD + r")[ \t]*,[ \t]*(?P<first>" + _WORD + r")"
    r"(?:[ \t]+(?P<middle>[A-Z]\.?(?![\w.])))?"
)
# Header fields that hold people ("From:", "To:", "Cc:"); ";" separates several.
_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|sender|reply-to|sent by|author|organi[sz]er|attendees?|"
    r"assigned to|reviewers?|owner)[ \t]*:[ \t]*(?P<value>[^\n]*)$"
)
# The rest of a line that holds only a display name: an address, a role in brackets, "wrote:".
_LINE_TAIL = re.compile(
    r"(?m)[ \t]*(?:<[^<>\n]*>|\[[^\[\]\n]*\]|\([^()\n]*\))?[ \t]*(?:wrote|said)?:?[ \t]*$"
)
_LINE_START = re.compile(r"(?m)^[ \t>]*")
# Everyday-word surnames ("Love, Mary") need a header or an address beside them.
EVERYDAY_WORD_FREQUENCY = 1e-5
# A sign-off line: "-Dave", "-- Jeff", "~ Priyanka", at the end of the text.
_SIGN_OFF = re.compile(
    r"(?:^|\n)[ \t]*(?:-{1,2}|~|\u2014|\u2013)[ \t]*(?P<name>"
    + _WORD
    + r"(?:[ \t]"
    + _WORD
    + r")?)[ \t]*\s*$"
)


def _display_name(m: re.Match, *, strong: bool) -> bool:
    """Whether a "Last, First" match is a person: census given name after the comma, census
    surname before it (no everyday word unless ``strong`` context says so), no place."""
    last, first = m.group("last"), m.group("first")
    if first not in GIVEN_NAMES and not (strong and first in AMBIGUOUS_GIVEN_NAMES):
        return False
    if last in KNOWN_PLACES or last in COUNTRIES_AND_REGIONS:
        return False  # "Houston, Ruth"? more likely a place list
    if strong:
        return last in ALL_SURNAMES
    return last in SURNAMES and english_frequency(last.lower()) < EVERYDAY_WORD_FREQUENCY


def _span(m: re.Match, offset: int = 0) -> tuple[int, int, str, float]:
    return (offset + m.start(), offset + m.end(), "PERSON", 0.85)


def display_name_spans(text: str) -> list[tuple[int, int, str, float]]:
    """PERSON spans of "Last, First" display names in header fields and on lines of their own."""
    out: list[tuple[int, int, str, float]] = []
    headers = []
    for h in _HEADER.finditer(text):
        headers.append((h.start("value"), h.end("value")))
        for item in re.finditer(r"[^;]+", h.group("value")):
            m = _LAST_FIRST.match(item.group().lstrip())
            if m and _display_name(m, strong=True):
                lead = len(item.group()) - len(item.group().lstrip())
                out.append(_span(m, h.start("value") + item.start() + lead))
    for line in _LINE_START.finditer(text):
        m = _LAST_FIRST.match(text, line.end())
        if not m or any(a <= m.start() < b for a, b in headers):
            continue
        tail = _LINE_TAIL.match(text, m.end())
        if not tail:
            continue
        strong = bool(tail.group().strip())  # an address, a role or "wrote:" beside it
        if _display_name(m, strong=strong):
            out.append(_span(m))
    return out


def sign_off_spans(text: str) -> list[tuple[int, int, str, float]]:
    """PERSON span of a dash/tilde sign-off line ending the text ("-Dave", "~ Sara Kowalczyk")."""
    m = _SIGN_OFF.search(text)
    if not m or m.start() == 0:
        return []  # a whole text that is one dashed word is a list item or heading
    words = m.group("name").split()
    if not all(
        w in GIVEN_NAMES or w in ALL_SURNAMES or english_frequency(w.lower()) < 2e-7 for w in words
    ):
        return []
    if words[0] not in GIVEN_NAMES and (
        len(words) == 1 or english_frequency(words[0].lower()) >= 2e-7
    ):
        return []  # "-Summary", "-- Best": a heading or a word, not a name
    return [(m.start("name"), m.end("name"), "PERSON", 0.8)]


def mail_name_spans(view: Any) -> list[tuple[int, int, str, float]]:
    """Display names, sign-offs and greeting names (``greetings``) of a prose view."""
    text = view.text
    return [*display_name_spans(text), *sign_off_spans(text), *greeting_spans(text)]
