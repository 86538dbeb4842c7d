"""A one-word PERSON that its sentence shows to be a band or music act, not a person.

spaCy reads a lone capitalised band name as a person ("the clubs where Metallica first
played", "songs by Nirvana", "Oasis's debut album"). The words around it say it is an act:
a venue where it *played*, music *by* it, its album, tour or drummer. Only words that no
given-name or surname list knows are dropped, so "songs by Adele" or "Smith's new album"
(people who make music) stay names. Cues are hand-written English phrasing, no band list.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import ALL_SURNAMES, GIVEN_NAMES
from transforms.privacy.spans import Span

_ONE_WORD = re.compile(r"[A-Z][\w\-]*")

# "the clubs where X first played": a venue where the word performed
_VENUE_BEFORE = re.compile(
    r"\b(?:clubs?|venues?|bars?|pubs?|halls?|stages?|arenas?|stadiums?|festivals?)[ \t]+"
    r"(?:where|in[ \t]+which|at[ \t]+which)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_PLAYED_AFTER = re.compile(
    r"[ \t]+(?:(?:first|once|often|later|then|regularly)[ \t]+)?"
    r"(?:played|performed|gigged|headlined|toured)\b"
)

# "songs by X", "a concert from X": music made by the word
_MUSIC_BY = re.compile(
    r"\b(?:songs?|albums?|records?|music|tracks?|concerts?|gigs?|lyrics|covers?|"
    r"discography|mixtapes?|EPs?)[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)

# "X's debut album", "X's drummer": the word owns a record, a tour or a band member
_ACT_OWNS = re.compile(
    r"['\u2019]s?[ \t]+(?:(?:debut|new|latest|first|last|second|third|greatest|classic|live|"
    r"upcoming|farewell|reunion|world|studio)[ \t]+){0,2}"
    r"(?:albums?|singles?|songs?|records?|tours?|concerts?|gigs?|lyrics|setlist|discography|"
    r"lead[ \t]+singer|frontman|frontwoman|guitarist|drummer|bassist|keyboardist|line-?up)\b",
    re.IGNORECASE,
)


def music_act(text: str, span: Span) -> bool:
    """True when ``span`` is a one-word spaCy PERSON no name list knows that its sentence
    shows to be a band or music act (see module docstring)."""
    word = text[span.start : span.end]
    if span.detector != "spacy_ner" or not _ONE_WORD.fullmatch(word):
        return False
    if word in GIVEN_NAMES or word in ALL_SURNAMES:
        return False
    before = text[max(0, span.start - 40) : span.start]
    if _VENUE_BEFORE.search(before) and _PLAYED_AFTER.match(text, span.end):
        return True
    return bool(_MUSIC_BY.search(before) or _ACT_OWNS.match(text, span.end))
