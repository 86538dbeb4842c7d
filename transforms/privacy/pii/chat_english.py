"""English words of a coding chat read as names (session 35, ``assistant_sessions_train``:
Claude Code and Cursor sessions of other repositories).

An assistant writing English markdown about an app names its screens, layers and checklist
steps in Title Case ("- [ ] Modify Library component", "Console Log:", "in Domain.Tests",
"will live in Infrastructure", "the proper Series Auto workflow"); spaCy and the context cues
read those as a person or a place. :mod:`~transforms.privacy.pii.chat_vocabulary` drops such
words in Portuguese, Spanish, French, Italian and Dutch chat; this is its English side. A PERSON
or LOCATION is dropped when all of these hold:

- the message is markdown or code chat (a backtick, a ``**bold**`` marker, a heading line or a
  table row, or in plain prose a three-part camel-case name or a source file: session 36),
  the span opens its line with "!" or ":" after it (a label; not one rare PERSON word, a
  headline's speaker: "Obama : Not our place to choose"), or it is the head of a dotted
  identifier ("tests in Domain.Tests": a namespace, never a name in prose);
- the prose around the span (200 characters either side) is no other language
  (:func:`~transforms.privacy.pii.language_id.foreign_language`);
- every word is a word of pyspellchecker's English list (MIT; any frequency, a plural by its
  singular: "Deliverables"), lower-cased;
- no name list claims it: a one-word span is no listed given name or census surname ("Grace",
  "Mark", "Page" stay names); in a longer one the first word is no listed given name and the
  last no listed name word ("Grace Hopper", "Will Smith" stay names, "Console Log" goes);
- a LOCATION is no listed country, region or town, nor holds one ("China", "Reading", "Market
  Street, Atlanta" stay places); no span holds a digit (a house number) or ends in a street
  type ("Market Street": an address).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.chat_vocabulary import WINDOW, drop_chat_words, line_label
from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    KNOWN_PLACES,
    TOWN_ALTERNATE_NAMES,
    english_frequency,
    listed_name_word,
)
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.patterns import _STREET_TYPES
from transforms.privacy.pii.tool_evidence import listed_given_name
from transforms.privacy.spans import Span

_WORD = re.compile(r"[^\W\d_]+")
# "Obama" 1.5e-7, "Putin" 8e-8; "Dashboard" 7e-7, "Console" 3e-6 (pyspellchecker frequency)
RARE_WORD = 3e-7
_DOTTED_TAIL = re.compile(r"\.[A-Z][a-z]+\b")
_STREET_TYPE = re.compile(_STREET_TYPES)


def english_word(word: str) -> bool:
    """Whether ``word`` (or, for a plural, its singular) is in the English list."""
    low = word.lower()
    return english_frequency(low) > 0 or (low.endswith("s") and english_frequency(low[:-1]) > 0)


def _name_listed(words: list[str]) -> bool:
    if len(words) == 1:
        return listed_name_word(words[0]) or listed_name_word(words[0].capitalize())
    return listed_given_name(words[0]) or listed_name_word(words[-1].capitalize())


def _listed_place(value: str) -> bool:
    return (
        any(value in places for places in (CITIES, COUNTRIES_AND_REGIONS, KNOWN_PLACES))
        or value in TOWN_ALTERNATE_NAMES
    )


def english_chat_words(text: str, span: Span) -> bool:
    """Whether ``span`` is everyday English vocabulary of the code chat around it."""
    value = text[span.start : span.end]
    words = _WORD.findall(value)
    if not words or any(c.isdigit() for c in value) or _name_listed(words):
        return False
    if len(words) > 1 and _STREET_TYPE.fullmatch(words[-1]):
        return False
    if not all(english_word(w) for w in words):
        return False
    if span.type == "LOCATION" and any(_listed_place(p) for p in (value, *words)):
        return False
    return foreign_language(text[max(0, span.start - WINDOW) : span.end + WINDOW]) is None


def drop_english_chat_words(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the PERSON/LOCATION spans that are English words of a code chat."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans):
        return spans
    persons = {(s.start, s.end) for s in spans if s.type == "PERSON"}

    def chat_line(text: str, start: int, end: int) -> bool:
        """A line label (not a headline's speaker), or a dotted tail ("Config.Builder")."""
        speaker = (start, end) in persons and _quoted_speaker(text[start:end])
        label = line_label(text, start, end) and not speaker
        return label or bool(_DOTTED_TAIL.match(text, end))

    return drop_chat_words(text, spans, lambda s: english_chat_words(text, s), chat_line)


def _quoted_speaker(word: str) -> bool:
    """A headline's speaker ("Obama : Not our place to choose", "Putin: No Russian troops"):
    one PERSON word too rare in English for an app's screen or step label."""
    return word.isalpha() and english_frequency(word.lower()) < RARE_WORD
