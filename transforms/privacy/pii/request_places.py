"""A lower-case town after a request's place preposition is a place (issue 14, session 31;
tuned on the ``slurp`` dev split).

Requests typed to an assistant are often all lower case ("any good bike shops in oxford",
"tell me the weather for new brighton pa", "whats happening in ny"). :mod:`truecase` title-cases
such words, but spaCy's English models still leave many untagged. Here a place is read when, in
a lower-case-style sentence (:func:`~transforms.privacy.pii.truecase.lowercase_style`),

- a request word came before (weather, time, news, traffic, train, flights, shops, ...), and
- right after "in / to / from / for / near / around / visit(ing)" stands a GeoNames town
  (``KNOWN_PLACES``, one to three words, no everyday English word alone: the checks of
  ``truecase._place_word``), a listed country or region, or a New York / New Jersey / D.C. / USA
  abbreviation; a following two-letter US state code belongs to the place ("benton ar").
  State codes: USPS Publication 28, Appendix B
  (https://pe.usps.com/text/pub28/28apb.htm); those that are English words ("in", "me", "or",
  "hi", "ok", "oh", "la", "de") are left out.

Session 37: a word that opens many place names ("san", "new", "fort") takes the unlisted word
after it ("san fransisco", misspelt); a word that is no everyday English word followed by a
state code or a US state's name is a town there, even unlisted or misspelt ("washingdon dc",
"arcata california"); a town and a state need no request word ("deliver pizza to me in benton
ar"); "the east / west coast" is a place.
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import KNOWN_PLACES, english_frequency, us_state_names
from transforms.privacy.pii.truecase import EVERYDAY_FREQUENCY, _place_word, lowercase_style
from transforms.privacy.segments import sentences

# What an assistant request is about where a place follows: weather, time, news, travel, shops.
_REQUEST_WORD = re.compile(
    r"\b(?:weather|forecast|temperature|rain(?:ing|y)?|snow(?:ing)?|sunny|windy|time|news"
    r"|happening|going on|events?|traffic|trains?|tickets?|flights?|fly|trip|travel|drive"
    r"|directions|taxi|uber|ride|shops?|stores?|restaurants?|places|hotels?|concerts?"
    r"|pubs?|bars?|cafes?)\b"
)
_PREPOSITION = re.compile(r"\b(?:in|to|from|for|near|around|visit|visiting)[ ]+(?=[a-z])")
_WORDS = re.compile(r"[a-z]+(?:[ ][a-z]+){0,3}")
# Postal abbreviations typed for a place: USPS codes of New York / New Jersey / D.C. and the
# country's initials ("us" alone is the pronoun; "la" is also the article).
_ABBREVIATIONS = frozenset(("ny", "nyc", "nj", "dc", "usa"))
_CODES = (
    "ak az ar ca ct fl ga ia il ks ky md mi mn mo ms mt nc nd ne nh nj nm nv ny pa ri sc sd tn tx"
)
_STATE_CODES = frozenset((_CODES + " ut va vt wa wi wv wy dc").split())


# Words that open many place names ("san jose", "new haven", "fort worth"): one followed by a
# word no English list holds is that place, however spelt ("san fransisco")
_PLACE_OPENERS = frozenset(
    ["san", "santa", "santo", "los", "las", "new", "fort", "port", "saint", "st", "mount", "lake"]
)
# "the east coast", "the west coast": regions the writer names as places
_COAST = re.compile(r"\bthe[ ]+((?:east|west|gulf)[ ]+coast)\b")
# a preposition, one word and a state code or a state's name: checked without a request word
_STATED = re.compile(r"\b(?:in|to|from|near)[ ]+[a-z]{3,}[ ]+[a-z]{2}")


def _unlisted_word(word: str) -> bool:
    """No everyday English word: a misspelt or small town ("washingdon", "arcata")."""
    return len(word) >= 3 and english_frequency(word) < EVERYDAY_FREQUENCY


def _state_length(words: list[str]) -> int:
    """Length of a state code or a US state's name (one or two words) opening ``words``."""
    if words and words[0] in _STATE_CODES:
        return len(words[0])
    for n in (2, 1):
        if len(words) >= n and " ".join(words[:n]).title() in us_state_names():
            return len(" ".join(words[:n]))
    return 0


@functools.cache
def _multi_word_place(phrase: str) -> bool:
    """A listed GeoNames place of two or three words, one of them no everyday English word
    ("ann arbor", "new brighton"; not "long beach")."""
    title = phrase.title()
    if len(title) != len(phrase) or title not in KNOWN_PLACES:
        return False
    return any(english_frequency(w) < EVERYDAY_FREQUENCY for w in phrase.split())


def _place_length(text: str, start: int, end: int) -> tuple[int, bool]:
    """Length of the place that starts at ``start`` (0: none), and whether a state (code or
    name) ends it: no request word is needed then."""
    m = _WORDS.match(text, start, end)
    if m is None:
        return 0, False
    words = m.group().split(" ")
    length = 0
    for n in (3, 2):
        if len(words) >= n and _multi_word_place(" ".join(words[:n])):
            length, words = len(" ".join(words[:n])), words[n:]
            break
    else:
        if words[0] in _PLACE_OPENERS and len(words) > 1 and _unlisted_word(words[1]):
            length, words = len(words[0]) + 1 + len(words[1]), words[2:]  # "san fransisco"
        elif words[0] in _ABBREVIATIONS or _place_word(words[0]):
            length, words = len(words[0]), words[1:]
        elif _unlisted_word(words[0]) and _state_length(words[1:]):
            length, words = len(words[0]), words[1:]  # "washingdon dc", "arcata california"
    state = _state_length(words) if length else 0
    return (length + 1 + state, True) if state else (length, False)


def request_place_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each lower-case place after a request's place preposition in ``text``."""
    out: list[tuple[int, int]] = []
    if _COAST.search(text) is None and (
        _PREPOSITION.search(text) is None
        or not (_REQUEST_WORD.search(text) or _STATED.search(text))
    ):
        return out  # no sentence can hold one: skip the sentence split (every message's path)
    for a, b in sentences(text, 0, len(text)):
        if not lowercase_style(text[a:b]):
            continue
        out.extend(m.span(1) for m in _COAST.finditer(text, a, b))
        for m in _PREPOSITION.finditer(text, a, b):
            length, stated = _place_length(text, m.end(), b)
            if length and (stated or _REQUEST_WORD.search(text, a, m.start()) is not None):
                out.append((m.end(), m.end() + length))
    return out
