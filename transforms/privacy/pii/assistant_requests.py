"""Names and places in requests typed all in lower case to a voice assistant (issue 14, session
32; tuned on the ``slurp`` dev split only).

Requests such as "alexa give me everything you know about bob dean", "reply to jean's email",
"email george brown", "how much traffic does atlanta georgia usually have" are all lower case;
spaCy reads them after :mod:`~transforms.privacy.pii.truecase` but misses or splits many names.
In a lower-case-style text (:func:`~transforms.privacy.pii.truecase.lowercase_style`, checked
only when the text holds no capital letter) :func:`adjust_request_spans`

- drops a PERSON that is an assistant's wake word ("alexa", "siri", "cortana", and "olly", the
  name SLURP's collectors gave theirs) where a request addresses it: first word (after "hey" /
  "ok"), or last word;
- reads a census given name (no everyday English word: :data:`CENSUS_GIVEN_NAMES`) or a word no
  English word list holds, before ``'s`` and a personal thing ("jean's email", "sally's
  birthday", "finlee's bedtime alarm"), and a census given name after a message or meeting cue
  ("email george", "send an email to susan", "meet reveca" needs the name listed: "meet
  reveca" is not read; "meeting with al");
- extends a one-word lower-case PERSON by a following common census surname that is no
  frequent English word ("sally fields", "george brown", "bob smith");
- joins a LOCATION and a US state or country right after it ("atlanta georgia", "brooklyn new
  york"): one place, as the writer meant it, where a comma would separate them in edited text.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    CENSUS_GIVEN_NAMES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    SURNAMES,
    english_frequency,
)
from transforms.privacy.pii.truecase import lowercase_style
from transforms.privacy.spans import Span

DETECTOR = "assistant_request"
SCORE = 0.75
WAKE_WORDS = frozenset(("alexa", "siri", "cortana", "olly"))
_WAKE_LEAD = re.compile(r"[ \t]*(?:(?:hey|hi|ok|okay|yo)[ \t]+)?")
# A surname after a given name: a frequent English word ("long", "white", "early") is read as
# that word; "fields" (1e-5), "brown" (2e-5) as the surname.
MAX_SURNAME_FREQUENCY = 5e-5
# An unlisted word before "'s" is a name when no English word list holds it ("finlee", "derek").
MAX_UNLISTED_FREQUENCY = 1e-8
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
# a state or country of two words ("new york"), then of one ("georgia")
_STATE_WORDS = (re.compile(r"[ \t]+([a-z]+[ \t]+[a-z]+)\b"), re.compile(r"[ \t]+([a-z]+)\b"))
# "<name>'s" before a thing a person has: messages, dates, contact details, home, events.
_POSSESSIVE = re.compile(
    r"(?<![\w'])([a-z]{2,})['\u2019]s[ \t]+(?=(?:latest[ \t]+|last[ \t]+|new[ \t]+)?"
    r"(?:e-?mails?|messages?|texts?|birthday|bday|party|wedding|retirement|anniversary"
    r"|contact|number|phone|address|facebook|twitter|instagram|profile|house|place|home"
    r"|bedtime|appointment|meeting|calendar|schedule)\b)"
)
# A message or meeting cue, then the name: "email george", "send an email to susan", "reply
# to", "meeting with al", "call", "text", "remind".
_CUE = re.compile(
    r"(?<![\w'])(?:e-?mail(?:[ \t]+(?:to|from))?|(?:an?[ \t]+)?e-?mails?[ \t]+(?:to|from)"
    r"|reply[ \t]+to|text|message|call|phone|ring|meet(?:ing)?[ \t]+with|meet|remind"
    r"|tell|invite|ask)[ \t]+(?=[a-z])"
)


def _wake_word(text: str, span: Span) -> bool:
    """Whether PERSON ``span`` is an assistant's name addressed at the start or end."""
    if span.type != "PERSON" or text[span.start : span.end] not in WAKE_WORDS:
        return False
    lead = _WAKE_LEAD.match(text)
    return span.start == lead.end() or not text[span.end :].strip(" .,!?")


def _given(word: str) -> bool:
    return word.title() in CENSUS_GIVEN_NAMES and word not in WAKE_WORDS


def _new_names(text: str) -> list[tuple[int, int]]:
    """Possessive names and names after a message or meeting cue."""
    out = [
        m.span(1)
        for m in _POSSESSIVE.finditer(text)
        if _given(m.group(1)) or english_frequency(m.group(1)) < MAX_UNLISTED_FREQUENCY
    ]
    for m in _CUE.finditer(text):
        word = _WORD_AFTER.match(text, m.end() - 1)
        if word is not None and _given(word.group(1)):
            out.append(word.span(1))
    return out


def _surname_after(text: str, end: int) -> int:
    """End of a common census surname right after ``end`` (``end`` when there is none)."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    title = word.title()
    listed = title in SURNAMES or title in COMMON_SURNAMES
    if listed and english_frequency(word) < MAX_SURNAME_FREQUENCY and not _given(word):
        return m.end()
    return end


def _state_after(text: str, end: int) -> int:
    """End of a US state or country (one or two words) right after ``end`` (else ``end``)."""
    for pattern in _STATE_WORDS:
        m = pattern.match(text, end)
        if m is not None and m.group(1).title() in COUNTRIES_AND_REGIONS:
            return m.end()
    return end


def adjust_request_spans(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` of one lower-case request with the rules of this module applied (unchanged
    for any text with a capital letter or not in lower-case style)."""
    if any(c.isupper() for c in text) or not lowercase_style(text):
        return spans
    out: list[Span] = []
    for s in spans:
        if _wake_word(text, s):
            continue
        if s.type == "PERSON" and " " not in text[s.start : s.end]:
            end = _surname_after(text, s.end)
            s = Span(s.start, end, s.type, s.score, s.detector) if end > s.end else s
        elif s.type == "LOCATION":
            end = _state_after(text, s.end)
            if end > s.end:
                s = Span(s.start, end, s.type, s.score, s.detector)
        out.append(s)
    # a state joined to the town before it: drop the state's own span
    out = [
        s
        for n, s in enumerate(out)
        if not any(
            m != n and o.start <= s.start and s.end <= o.end and len(o) > len(s)
            for m, o in enumerate(out)
        )
    ]
    for a, b in _new_names(text):
        if not any(s.start < b and a < s.end for s in out):
            b = _surname_after(text, b)
            out.append(Span(a, b, "PERSON", SCORE, DETECTOR))
    return sorted(out, key=lambda s: (s.start, s.end))
