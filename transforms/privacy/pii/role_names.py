"""Names a former role or a courtesy title introduces: "ex-Beatle Paul", "Mr. Greece".

"ex-" before a capitalised group or role word ("ex-Beatle", "ex-Marine", "ex-Zombie") makes
the next capitalised word the person who left it; spaCy either glues the role into the name
("Zombie Simon") or misses an unlisted name ("ex-Zombie Egede"). The role word is trimmed off a
PERSON span, and a missing name is added when it is a listed given name or as rare as a name
in English (so "ex-Soviet Union", "ex-Google Engineer" add nothing).

A courtesy title (Mr, Mrs, Ms, Mx, Dr; https://en.wikipedia.org/wiki/English_honorifics) names
a person even when the surname is a place name: a lone LOCATION right after one ("Mr. Greece is
a 46 year old man", "Mrs. Chester") becomes a PERSON.

A title of rank or office (session 35; the titles of https://en.wikipedia.org/wiki/Title and
https://en.wikipedia.org/wiki/English_honorifics: "Lord Diplock", "Emperor Norton", "Pope
Damasus I", "Judge Shanlyn Park", "General Fahim", "the teacher Adz") names the person after it:
one or two capitalised words that end the name (no further capitalised word or number: "Queen
Mary 2" is a ship, "Emperor Norton Bridge" a bridge, "President Emery Financial Group" a firm),
each a listed given name or as rare as a name, and no listed place ("Captain America", "Prince
George") become a PERSON; a spaCy place there that no list knows is re-typed ("Judge Shanlyn
Park"). "St."/"Saint" is left out: it opens places ("St. Thomas", "Saint Lucia").

The post-nominal "Esquire"/"Esq." of the same page follows a lawyer's name ("Attn: David A.
Ephraim, Esquire"; sec_filings dev) and is no name itself: a PERSON span of that word alone
is dropped (session 35).
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    KNOWN_PLACES,
    listed_or_rare_name,
)
from transforms.privacy.spans import Span

SCORE = 0.75
DETECTOR = "role_name"
_WORD = r"[A-Z][a-z\u00df-\u024f]+(?:[-'][A-Z]?[a-z\u00df-\u024f]+)?"
_EX_ROLE = re.compile(rf"(?<![\w\-])[Ee]x-(?P<role>[A-Z][a-z]+)[ \t]+(?P<name>{_WORD})")
COURTESY_TITLES = r"(?:Mr|Mrs|Ms|Mx|Dr)\.?"
_POST_NOMINAL = re.compile(r"Esquire|Esq\.?")
RANKS = (
    r"(?:Lord|Lady|Sir|Dame|King|Queen|Prince|Princess|Emperor|Empress|Pope|Judge|"
    r"General|Captain|Capt\.|Imam|Rabbi|Pastor|Reverend|Rev\.|Senator|Sen\.|Governor|Minister|"
    r"President|[Cc]oach|teacher)"
)
_TITLE = re.compile(rf"(?<![\w\-]){COURTESY_TITLES}[ \t]+(?P<name>{_WORD})(?![ \t]+[A-Z])")
_RANK = re.compile(
    rf"(?<![\w\-]){RANKS}[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD})?)"
    # the name ends here: no word or number follows but a regnal numeral ("Pope Damasus I")
    r"(?![\w\-]|[ \t]+(?!(?:I|II|III|IV|V|VI|VII|VIII)\b)[A-Z\d])"
)


def role_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without a lone post-nominal, with role words trimmed off names and names after
    a role or title added."""
    out = [
        s for s in spans if s.type != "PERSON" or not _POST_NOMINAL.fullmatch(text[s.start : s.end])
    ]
    for m in _EX_ROLE.finditer(text):
        start, end = m.span("name")
        glued = [s for s in out if s.type == "PERSON" and s.start == m.start("role")]
        if glued and glued[0].end > start:
            out[out.index(glued[0])] = replace(glued[0], start=start)
        elif listed_or_rare_name(m.group("name")) and not any(
            s.start < end and start < s.end for s in out
        ):
            out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    for m in _TITLE.finditer(text):
        place = [s for s in out if (s.start, s.end) == m.span("name") and s.type == "LOCATION"]
        if place:
            out[out.index(place[0])] = replace(place[0], type="PERSON", detector=DETECTOR)
    for m in _RANK.finditer(text):
        _ranked_name(out, m.group("name"), *m.span("name"))
    return out


def _listed_place(value: str) -> bool:
    return value in COUNTRIES_AND_REGIONS or value in CITIES or value in KNOWN_PLACES


def _ranked_name(out: list[Span], name: str, start: int, end: int) -> None:
    """Add (or re-type from an unlisted spaCy place) the PERSON a title of rank introduces."""
    if _listed_place(name) or any(_listed_place(w) for w in name.split()):
        return
    held = [s for s in out if s.start < end and start < s.end]
    if not held:
        if all(listed_or_rare_name(w) for w in name.split()):
            out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
        return
    place = held[0]
    if len(held) == 1 and (place.start, place.end) == (start, end) and place.type == "LOCATION":
        out[out.index(place)] = replace(place, type="PERSON", detector=DETECTOR)
