"""A lower-case name after a naming cue is a person: "my name is jaroslav zakharov", "mr. brett
ochoa", "her maiden name is lund", "it's under my partner's name tomáš prokeš".

Chat is often typed all in lower case. The context cues of :mod:`~transforms.privacy.pii.name_cues`
take a *capitalised* run after "my name is" or "Mr.", and spaCy seldom tags a lower-case name, so a
lower-case name right after such a cue went unread. Here the first word after the cue is a name
when it is lower case and no everyday English word (pyspellchecker frequency under
:data:`MAX_WORD_FREQUENCY`; "my name is not important" names no one) or a census given name (after
a bare "X's name" only a given name or no English word: "the city's name reflects" is a verb); each
next word (at most three in all, one initial may stand between: "inunnguaq r sandgreen", "aili e.
virrankoski") when it is a census surname (not "but") or no English word at all ("zakharov"; not
"mr wenger mutes"). Chat words ("lmao") and stretched words ("yooouuu") are no names. "miss" and
"call me" are left out (they precede verbs' objects and adjectives: "I miss secondary school",
"they call me thirsty"), and "dr" needs its full stop ("dr pepper"). Credits ("directed by: tânia
souza") are cues for names of two words or more, and the line right above a street line, as in
postal addresses ("tuga galić\n\n941 eichendorffstr. 31"), is a recipient when it holds such a name
and nothing else. Words a detector already reads, and code, are left alone.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES, english_frequency
from transforms.privacy.pii.ner_filters import _ELONGATED, NOT_NAME_WORDS
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "lower_name_cue"
# "jaroslav" 0, "ochoa" 3e-8, "john" 4e-6; "important" 2e-4, "sorry" 3e-4
MAX_WORD_FREQUENCY = 1e-5
MAX_WORDS = 3
# The cue, in lower case: "my name is", "his full name:", "my partner's name", "mr.", "call me";
# a possessive may open the sentence ("My name is krithika": only the name is left lower-case)
_CUE = re.compile(
    r"(?<![\w.])(?:(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[a-z]+['\u2019]s)[ \t]+"
    r"(?:(?:first|last|full|maiden|family|middle|real|legal)[ \t]+)?name(?:[ \t]+is|[ \t]*:)?"
    r"|(?:mr|mrs|ms|mx)\.?|dr\.)[ \t]+"
)
# Credits ("directed by: tânia souza", "arranged and sung by rémy potvin"): a name of two words
# at least ("sung by salarymen", "ghost-written by adviser Karen Hughes" are no lower-case name).
_CREDIT = re.compile(
    r"(?<![\w\-])(?:directed|written|produced|composed|arranged|sung|performed|painted)"
    r"[ \t]+by:?[ \t]+"
)
# Postal convention (as in ``name_cues``): the recipient's line right above the street line
# ("tuga galić\n\n941 eichendorffstr. 31"); two words at least, nothing else on the line.
_RECIPIENT = re.compile(r"(?m)^[ \t>]*(?=[^\W\d_A-Z][^\n]*\n(?:[ \t>]*\n)?[ \t>]*\d{1,6}[ \t]+\S)")
_WORD = re.compile(r"[^\W\d_A-Z][^\W\d_]*(?:['\u2019\-][^\W\d_]+)?")
_INITIAL = re.compile(r"[^\W\d_A-Z]\.?[ \t]+")
_GAP = re.compile(r"[ \t]+")


def _wordlike(word: str) -> bool:
    return word.islower() and word not in NOT_NAME_WORDS and not _ELONGATED.search(word)


def _first_name_ok(word: str) -> bool:
    return _wordlike(word) and (
        (english_frequency(word) < MAX_WORD_FREQUENCY and not _verb_form(word))
        or word.title() in GIVEN_NAMES
    )


def _verb_form(word: str) -> bool:
    """A rare English participle or adverb ("his name is commemorated", "spelled") is no name."""
    return word.endswith(("ed", "ing", "ly")) and english_frequency(word) > 0


def _next_name_ok(word: str) -> bool:
    return (
        _wordlike(word)
        and len(word) > 1
        and english_frequency(word) < MAX_WORD_FREQUENCY
        and (word.title() in SURNAMES or english_frequency(word) == 0)
    )


def _name_end(text: str, pos: int) -> int | None:
    """End of the lower-case name starting at ``pos``, or None when none starts there."""
    first = _WORD.match(text, pos)
    if not first or not _first_name_ok(first.group()):
        return None
    end = first.end()
    for _ in range(MAX_WORDS - 1):
        gap = _GAP.match(text, end)
        if not gap:
            break
        at = gap.end()
        initial = _INITIAL.match(text, at)
        word = _WORD.match(text, initial.end() if initial else at)
        if not word or not _next_name_ok(word.group()):
            break
        end = word.end()
    return end


def _verb_after_name(cue: re.Match) -> bool:
    """A bare "X's name" cue (no "is", no colon) before an English word that is no given name:
    "the city's name reflects its history" is a verb, "my partner's name tomáš" a name."""
    if not cue.group().rstrip().endswith("name"):
        return False
    word = _WORD.match(cue.string, cue.end())
    return (
        bool(word)
        and english_frequency(word.group()) > 0
        and (word.group().title() not in GIVEN_NAMES)
    )


def lower_name_cues(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for lower-case names right after a naming cue."""
    found = []
    for cue in _CUE.finditer(text):
        end = _name_end(text, cue.end())
        if end is not None and not text[end : end + 1].isalnum() and not _verb_after_name(cue):
            found.append((cue.end(), end))
    credits = list(_CREDIT.finditer(text))  # read twice below: scan once
    for cue in credits:
        end = _name_end(text, cue.end())
        if end is not None and " " in text[cue.end() : end] and not text[end : end + 1].isalnum():
            found.append((cue.end(), end))
    for line in _RECIPIENT.finditer(text) if "\n" in text else ():
        end = _name_end(text, line.end())
        if (
            end is not None
            and " " in text[line.end() : end]
            and not text[end:].split("\n")[0].strip()
        ):
            found.append((line.end(), end))
    # spaCy reads a lower-case credit verb as a name ("sung by ..."): the cue is no one
    cues = [c.span() for c in credits]
    out = [
        s
        for s in spans
        if s.type != "PERSON" or not any(a <= s.start and s.end <= b for a, b in cues)
    ]
    for start, end in in_prose(text, found):
        if any(s.start < end and start < s.end for s in out):
            continue
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
