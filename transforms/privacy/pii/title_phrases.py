"""Title-Case phrases in markdown headings, bold labels and front-matter titles (session 31,
coding-assistant sessions in ``tests/data/external/assistant_sessions``).

Assistant replies are markdown: "### Manual Docker Setup", "**Onboarding Video**",
"# Junior Engineer Using Minsky Workflow", "description: Minsky Workflow for task management",
"title: Documentation Reorganization - Phases Structure and Kebab-Case Naming". In Title Case
every word is capitalised, so a given name ("Manual" is one in the international lists), a
surname or an unknown word reads as a name to spaCy and the gazetteer. A PERSON candidate is
part of such a title when:

- it sits on a markdown heading line (``#`` to ``######``), inside ``**bold**`` on its line, or
  in the value of a ``title:`` / ``description:`` / ``summary:`` key, and
- the run of capitalised words it opens (itself and up to four words after it on the line)
  holds a word that is an everyday English word (frequency at least
  :data:`TITLE_WORD_FREQUENCY`) and no listed given name or census surname: "Setup", "Video",
  "Workflow", "Naming", "Timeout", "Using".

"## Call with Sarah Hill" and "**Maria Lopez**" keep their names ("Hill" is a census surname,
"Lopez" no everyday word); prose and code lines are unchanged.

Places (session 32, :func:`drop_title_places`): a LOCATION on such a heading line ("## Documents
in Memory") is dropped when every word of it is a frequent English word (at least
:data:`PLACE_WORD_FREQUENCY`: "Memory", "Production") and no town of the gazetteer: "## Trip to
Paris", "### Berlin Office" keep their places.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    KNOWN_PLACES,
    english_frequency,
)
from transforms.privacy.spans import Span

TITLE_WORD_FREQUENCY = 1.5e-7
PLACE_WORD_FREQUENCY = 1e-5
_HEADING = re.compile(r"[ \t>]*#{1,6}[ \t]")
_TITLE_KEY = re.compile(r"[ \t*\-]*(?i:title|description|summary)[ \t]*:[ \t]")
_CAP_WORD = re.compile(r"[ \t]*([A-Z][\w'\-]*)")


def _title_word(word: str) -> bool:
    core = word.rstrip("'s").split("-")[-1] if "-" in word else word
    if word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES or word in ALL_SURNAMES:
        return False
    return english_frequency(core.lower()) >= TITLE_WORD_FREQUENCY


def _title_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if _HEADING.match(before) or _TITLE_KEY.match(before):
        return True
    return before.count("**") % 2 == 1  # inside a bold span on this line


def title_phrase(text: str, start: int, end: int) -> bool:
    """Whether the PERSON candidate ``text[start:end]`` is a word of a Title-Case title."""
    if not _title_line(text, start):
        return False
    words = text[start:end].split()
    pos = end
    for _ in range(4):
        m = _CAP_WORD.match(text, pos)
        if not m:
            break
        words.append(m.group(1))
        pos = m.end()
    return len(words) > 1 and any(_title_word(w) for w in words)


def title_place(text: str, start: int, end: int) -> bool:
    """Whether the LOCATION ``text[start:end]`` is an everyday word of a markdown heading."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _HEADING.match(text, line_start, start):
        return False
    words = text[start:end].split()
    return bool(words) and all(
        w not in KNOWN_PLACES and english_frequency(w.lower()) >= PLACE_WORD_FREQUENCY
        for w in words
    )


def drop_title_places(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the LOCATION spans that are everyday words of a markdown heading."""
    if "#" not in text:
        return spans
    return [s for s in spans if s.type != "LOCATION" or not title_place(text, s.start, s.end)]
