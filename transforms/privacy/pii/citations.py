"""Authors in author-year citations: "(Dye & Bavelier, 2010)", "Quilis (1964)", "Smith et al."

Academic prose names the people it builds on in the author-date style of APA and Chicago
(https://apastyle.apa.org/style-grammar-guidelines/citations/basic-principles/author-date;
Chicago Manual of Style ch. 15): a parenthetical group of ``Surname[, Surname][, & Surname],
year`` items separated by semicolons, after "e.g." or "see" at most, or a narrative
``Surname (year)`` / ``Surname et al. (year)`` / ``Surname's (year)``, or ``Surname et al.``
alone (an image credit "Image: Daily et al."). spaCy reads the lone
surnames as nothing, or as places ("Nutley", "Bohlin"); the citation shape settles them as
persons (seen on the GUM academic train documents, which count cited authors as persons).

Each surname is one or two capitalised words (accents, hyphens, "Mc"/"O'" prefixes: "García-Paje",
"Filippini Fantoni", "McFarlane") with an optional lower-case particle ("van", "de"). A lone
author (no co-author, no "et al.") must also be a census surname or no everyday English word
("Quilis", "North" yes; "Windows (2010)", "Version (2)" no), and a narrative one must not follow
"the" ("the Census (2010)", "the Equality Act (2010)"). Months, weekdays and document words
("Table", "Figure", "Act", "Census") are never authors.

Kept out of code: the parenthesis must not touch a preceding word ("foo(2010)",
"print(Smith, 2010)"), a narrative author needs a space before "(", and only prose is read
(code blocks and inline code are skipped by ``in_prose``). Tuned on the GUM train/dev splits.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import ALL_SURNAMES, COUNTRIES_AND_REGIONS, english_frequency
from transforms.privacy.pii.ner_filters import EVERYDAY_WORD_FREQUENCY, NOT_NAME_WORDS
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span, add_uncovered

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
# one surname word: "Quilis", "García-Paje", "McFarlane", "O'Brien", "Cómbita"
_WORD = rf"(?:Mc|Mac|O['\u2019]|D['\u2019])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_PARTICLE = r"(?:van|von|der|den|de|del|della|da|di|du|la|le)"
_SURNAME = rf"(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}(?:[ \t]+{_WORD})?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
_ET_AL = r"[ \t]+et[ \t]+al\.?"
# Surname, Surname, & Surname | Surname and Surname | Surname et al.
_AUTHORS = (
    rf"(?P<authors>{_SURNAME}(?:,[ \t]+{_SURNAME})*(?:,?[ \t]+(?:&|and)[ \t]+{_SURNAME})?)"
    rf"(?P<etal>{_ET_AL})?"
)
# One item of a parenthetical group: "e.g. Hartsell-Gundy et al., 2015", "Brieber 2014",
# "Domínguez Caparrós, 2000: 103".
_ITEM = re.compile(
    r"^[ \t]*(?:(?:e\.g\.|i\.e\.|cf\.|see|also|for|example|among|others),?[ \t]+)*"
    rf"{_AUTHORS},?[ \t]+(?:{_YEAR}|n\.d\.|in[ \t]+press)(?:[,:][ \t]*(?:p+\.[ \t]*)?\d+"
    r"(?:[-\u2013]\d+)?)?[ \t]*$"
)
# "(" first, then the look back at the character before it: a pattern that opens with a literal
# is searched for it instead of being tried at every position
_GROUP = re.compile(r"\((?<![\w.]\()([^()\n]{4,400})\)")
# "Quilis (1964)", "Martínez Cantón (2011)", "Smith et al. (2010)", "Navarro's (2016)"
_NARRATIVE = re.compile(
    rf"(?<![\w'\u2019-]){_AUTHORS}(?:['\u2019]s)?,?[ \t]+\({_YEAR}(?:[,:][^()\n]{{0,20}})?\)"
)
# "Image: Daily et al.": "et al." names co-authors, with or without a year
_ET_AL_ONLY = re.compile(rf"(?<![\w'\u2019-])(?P<authors>{_SURNAME}){_ET_AL}")
_ET_AL_ANYWHERE = re.compile(_ET_AL)
_NAME_SPLIT = re.compile(r",?[ \t]+(?:&|and)[ \t]+|,[ \t]+")
_NOT_AUTHOR = word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday table figure fig appendix chapter
    section act census survey report edition volume version conference proceedings workshop
    study review issue page note"""
)
_FUNCTION_WORD_FREQUENCY = 1e-3
# "the Census (2010)", "in Italy (1821)": a narrative author follows no article or place word
_BEFORE_THING = re.compile(r"\b(?:the|a|an|in|at|from|to|near|into)[ \t]+$", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:The|A|An)[ \t]")
_LEAD_WORDS = word_set("see also as and in by from for the of on with while")


def _word_ok(word: str) -> bool:
    low = word.lower()
    return (
        low not in _NOT_AUTHOR
        and low not in NOT_NAME_WORDS
        # "Imagine Me and You (2005)" is a film: function words are no surnames
        and english_frequency(low) < _FUNCTION_WORD_FREQUENCY
    )


def _lone_ok(word: str) -> bool:
    """A word of a lone author: a census surname or no everyday English word ("Chasing Liberty
    (2004)" is a film), and no country or region ("in Italy (1821)")."""
    return word not in COUNTRIES_AND_REGIONS and (
        word in ALL_SURNAMES or english_frequency(word.lower()) < EVERYDAY_WORD_FREQUENCY
    )


def _names(start: int, authors: str, lone: bool) -> list[tuple[int, int]]:
    """Offsets of each surname of an author list that starts at ``start``; none when one of
    them is no author word."""
    out = []
    pos = 0
    for part in _NAME_SPLIT.split(authors):
        at = authors.index(part, pos)
        pos = at + len(part)
        words = [(at + w.start(), at + w.end()) for w in re.finditer(r"\S+", part)]
        # "See Quilis", "As Martínez": a sentence word before a one-word surname is no name
        while len(words) > 1 and authors[slice(*words[0])].lower() in _LEAD_WORDS:
            words = words[1:]
        names = [authors[a:b] for a, b in words]
        if not all(_word_ok(w) for w in names) or (lone and not all(map(_lone_ok, names))):
            return []
        out.append((start + words[0][0], start + words[-1][1]))
    return out


def citation_name_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every author surname in an author-year citation of ``text``."""
    found: list[tuple[int, int]] = []
    if "(" not in text and not _ET_AL_ANYWHERE.search(text):
        return found  # every citation pattern needs one of them
    for g in _GROUP.finditer(text):
        inner, base = g.group(1), g.start(1)
        if not re.search(_YEAR + r"|n\.d\.|in press", inner):
            continue
        offset = 0
        for item in inner.split(";"):
            m = _ITEM.match(item)
            if m:
                lone = not m.group("etal") and not _NAME_SPLIT.search(m.group("authors"))
                found += _names(base + offset + m.start("authors"), m.group("authors"), lone)
            offset += len(item) + 1
    for m in _NARRATIVE.finditer(text):
        if _BEFORE_THING.search(text, max(0, m.start() - 6), m.start()) or _ARTICLE.match(
            m.group("authors")
        ):
            continue
        lone = not m.group("etal") and not _NAME_SPLIT.search(m.group("authors"))
        found += _names(m.start("authors"), m.group("authors"), lone)
    for m in _ET_AL_ONLY.finditer(text):
        if not _ARTICLE.match(m.group("authors")):
            found += _names(m.start("authors"), m.group("authors"), False)
    return sorted(set(found))


def citation_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with cited authors added as PERSON where no span lies, and a LOCATION span that
    is exactly a cited surname retyped PERSON ("Nutley, Bohlin, & Klingberg, 2009")."""
    if "(" not in text and "et al" not in text:
        return spans
    found = in_prose(text, citation_name_spans(text))
    if not found:
        return spans
    exact = set(found)
    spans = [
        Span(s.start, s.end, "PERSON", s.score, s.detector)
        if s.type == "LOCATION" and (s.start, s.end) in exact
        else s
        for s in spans
    ]
    return add_uncovered(spans, found, "PERSON", 0.8, "citation")
