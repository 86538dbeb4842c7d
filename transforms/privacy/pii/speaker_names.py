"""Speakers: the name that labels a quoted line or follows a speech verb is a person.

A transcript, a script or a chat log opens each line with its speaker, a colon and the quoted
words (``Angel: "Who are you?"``, ``Aki:"I'm Chad's daughter"``); news prose names the speaker
after the quotation (``"... in that direction," says Uotila.``, ``", said Dellucci``: the
inverted attribution of news style, e.g. https://apastyle.apa.org/style-grammar-guidelines/
citations/quotations and the AP's "said" rule). spaCy misses many of these one-word names of
other languages, and reads an ambiguous one ("Angel") as a word.

The word must look like a name: capitalised, not all capitals, no title before a name
("says Mr. Smith"), no day or month, and a listed given name or as rare as a name in English,
so ``Email: "..."``, ``Answer: "..."``, ``said Tuesday.`` and ``says CNN.`` stay words. A label
is only a speaker at the very start of a line and before a quoted word, never in code; an
attribution only right after a closing quote or the comma that ends the quotation. Words another
detector already reads are left alone.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import TITLES, listed_or_rare_name
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "speaker_name"
_NAME = r"(?P<name>[A-Z][a-z\u00df-\u024f]+(?:[-'][A-Z]?[a-z\u00df-\u024f]+)?)"
# 'Angel: "Who', 'Aki:"I'm', 'Ana: “Hi' at the start of a line
# (unindented, the quotation opening with a word: 'Keyword: "#919191",' in code is no line)
_LABEL = re.compile(rf"(?m)^{_NAME}[ \t]?:[ \t]?[\"\u201c](?=[^\W\d_])")
# '," says Uotila.', '" said Dellucci,', ', asked Karzai.' (the name ends the clause)
_ATTRIBUTION = re.compile(
    rf"[\"\u201d,][ \t]+(?:says|said|asks|asked|adds|added|explains|explained|replies|replied)"
    rf"[ \t]+{_NAME}(?=[ \t]*(?:[.,!?;]|$))",
    re.MULTILINE,
)
_CALENDAR = word_set("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Today Tomorrow Yesterday
""")


def _name(text: str, start: int, word: str) -> bool:
    if word in TITLES or word in _CALENDAR:
        return False
    # "says Mr. Smith": an abbreviation before a name is a title, not a speaker
    if re.match(r"\.[ \t]+[A-Z]", text[start + len(word) :]):
        return False
    return listed_or_rare_name(word)


def speaker_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for dialogue speakers and quoted speakers."""
    if '"' not in text and "\u201c" not in text and "," not in text:
        return spans
    found = [
        m.span("name")
        for rx in (_LABEL, _ATTRIBUTION)
        for m in rx.finditer(text)
        if _name(text, m.start("name"), m.group("name"))
    ]
    out = list(spans)
    for start, end in in_prose(text, found):  # not in code ("Deflate: ...")
        if not any(s.start < end and start < s.end for s in out):
            out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
