"""Names and places in requests typed all in lower case to a voice assistant (issue 14, session
32; tuned on the ``slurp`` dev split only).

Requests such as "alexa give me everything you know about bob dean", "reply to jean's email",
"email george brown", "how much traffic does atlanta georgia usually have" are all lower case;
spaCy reads them after :mod:`~transforms.privacy.pii.truecase` but misses or splits many names.
In a lower-case-style text (:func:`~transforms.privacy.pii.truecase.lowercase_style`, checked
only when the text holds no capital letter) :func:`adjust_request_spans`

- retypes a PERSON that :mod:`~transforms.privacy.pii.request_places` reads as a town
  ("train times for ann arbor");
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
  york"): one place, as the writer meant it, where a comma would separate them in edited text;
- reads a named street or park after a place preposition ("traffic in mg road", "the picnic at
  regent park", "the yellowstone national park"; not "on the road", "at the dog park"), "usa",
  and "la" after "in" at the end of the request or before a time ("what's going on in la");
- drops a LOCATION after the indefinite article "a" / "an": a place name is no countable thing,
  the common noun it spells is ("the quickest way to cook a turkey"; session 35).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    CENSUS_GIVEN_NAMES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    FUNCTION_WORD_FREQUENCY,
    SURNAMES,
    english_frequency,
)
from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS
from transforms.privacy.pii.request_places import request_place_spans
from transforms.privacy.pii.truecase import lowercase_style
from transforms.privacy.pii.word_sets import MONTHS_AND_DAYS
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
# A given name and a surname with no tagger's word for it ("bill pullman", "bob dean"): the
# surname must be rarer ("post" in "did mark post" is a census surname too).
PAIR_SURNAME_FREQUENCY = 5e-6
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_PAIR = re.compile(r"(?<![\w'])([a-z]+)(?=[ \t]+[a-z])")
# a state or country of two words ("new york"), then of one ("georgia")
_STATE_WORDS = (re.compile(r"[ \t]+([a-z]+[ \t]+[a-z]+)\b"), re.compile(r"[ \t]+([a-z]+)\b"))
# "<name>'s" before a thing a person has: messages, dates, contact details, home, events.
_POSSESSIVE = re.compile(
    # no determiner before a name ("the config's email field")
    r"(?<![\w'])(?<!the )(?<!a )(?<!an )(?<!this )(?<!my )(?<!your )(?<!our )"
    r"(?<!its )(?<!their )([a-z]{2,})['\u2019]s[ \t]+(?=(?:latest[ \t]+|last[ \t]+|new[ \t]+)?"
    r"(?:e-?mails?|messages?|texts?|birthday|bday|party|wedding|retirement|anniversary"
    r"|contact|number|phone|address|facebook|twitter|instagram|profile"
    r"|bedtime|appointment|meeting|calendar|schedule|(?:last[ \t]+|full[ \t]+)?name)\b)"
)
_PERSONAL_EVENT = re.compile(r"(?:birthday|bday|party|wedding|retirement|anniversary|bedtime)\b")
_BARE_OWNER = re.compile(
    r"(?<![\w'])(?<!the )(?<!a )(?<!my )(?<!your )(?<!our )([a-z]{3,})[ \t]+"
    r"(?=(?:birthday|bday|wedding|retirement|anniversary)\b)"
)
# A message or meeting cue, then the name: "email george", "send an email to susan", "reply
# to", "meeting with al", "call", "text", "remind".
_CUE = re.compile(
    r"(?<![\w'])(?:(?P<strong>e-?mail(?:[ \t]+(?:to|from))?|(?:an?[ \t]+)?e-?mails?[ \t]+"
    r"(?:to|from)|reply[ \t]+to|text|call|meet(?:ing)?[ \t]+with|meet|(?:my[ \t]+)?friend)"
    r"|message|phone|ring|remind|tell|invite|ask)[ \t]+(?=[a-z])"
)
# After a strong cue a given name that is also a word ("meeting with jack", "email from
# mark") is the name only when the request goes on with a preposition or a time, or ends.
_NAME_END = re.compile(
    r"(?:[ \t]+(?:on|at|about|for|to|and|with|that|saying|says|re|in|tomorrow|today|tonight"
    r"|this|next|please)\b|[ \t]*[.,!?]?$)"
)
_UNLISTED_NAME = re.compile(r"[a-z]{4,}")
_UNLISTED_CUE = re.compile(r"(?:\bto|\bfrom|\bmeet|\bfriend)[ \t]*$")


def _wake_word(text: str, span: Span) -> bool:
    """Whether PERSON ``span`` is an assistant's name addressed at the start or end."""
    if span.type != "PERSON" or text[span.start : span.end] not in WAKE_WORDS:
        return False
    lead = _WAKE_LEAD.match(text)
    return span.start == lead.end() or not text[span.end :].strip(" .,!?")


def _given(word: str) -> bool:
    return word.title() in CENSUS_GIVEN_NAMES and word not in WAKE_WORDS


def _word_name(word: str) -> bool:
    """A given name that is also an everyday word ("mark", "bob", "jack"; not "will", "may":
    function words and the months and days of :data:`AMBIGUOUS_GIVEN_NAMES`)."""
    title = word.title()
    return (
        title in AMBIGUOUS_GIVEN_NAMES
        and title not in MONTHS_AND_DAYS
        and english_frequency(word) < FUNCTION_WORD_FREQUENCY
    )


def _cue_name(text: str, cue: re.Match, word: re.Match) -> bool:
    """Whether ``word`` after message or meeting ``cue`` is a name."""
    name = word.group(1)
    if _given(name):
        return True
    if not cue.group("strong"):
        return False
    if _word_name(name):
        return _NAME_END.match(text, word.end()) is not None
    # "send email to enalen", "meet reveca": a word no English word list holds, after "to",
    # "from", "meet" or "friend" only (not "call setstate", "invite them by email pls")
    return (
        _UNLISTED_CUE.search(cue.group()) is not None
        and _UNLISTED_NAME.fullmatch(name) is not None
        and english_frequency(name) < MAX_UNLISTED_FREQUENCY
        and name not in WAKE_WORDS
        and name not in NOT_NAME_WORDS
    )


def _new_names(text: str) -> list[tuple[int, int]]:
    """Possessive names, names after a message or meeting cue, given name + surname pairs."""
    out = [
        m.span(1)
        for m in _POSSESSIVE.finditer(text)
        if _given(m.group(1))
        or _word_name(m.group(1))
        # an unlisted word only before a person's own event ("finlee's bedtime"; not
        # "github's profile", "npm's contact page")
        or (
            english_frequency(m.group(1)) < MAX_UNLISTED_FREQUENCY
            and _PERSONAL_EVENT.match(text, m.end())
            and m.group(1) not in NOT_NAME_WORDS
        )
    ]
    # "swatishs birthday": a name with no apostrophe before a person's own event
    out += [
        m.span(1)
        for m in _BARE_OWNER.finditer(text)
        if _given(m.group(1))
        or (
            english_frequency(m.group(1)) < MAX_UNLISTED_FREQUENCY
            and m.group(1) not in NOT_NAME_WORDS
        )
    ]
    for m in _CUE.finditer(text):
        word = _WORD_AFTER.match(text, m.end() - 1)
        if word is not None and _cue_name(text, m, word):
            out.append(word.span(1))
    for m in _PAIR.finditer(text):
        first = m.group(1)
        end = _surname_after(text, m.end(1), PAIR_SURNAME_FREQUENCY)
        if len(first) > 2 and (_given(first) or _word_name(first)) and end > m.end(1):
            out.append(m.span(1))  # the surname joins it below
    return out


def _surname_after(text: str, end: int, max_frequency: float = MAX_SURNAME_FREQUENCY) -> int:
    """End of a common census surname right after ``end`` (``end`` when there is none)."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    title = word.title()
    listed = (title in SURNAMES or title in COMMON_SURNAMES) and title not in MONTHS_AND_DAYS
    if listed and english_frequency(word) < max_frequency and not _given(word):
        return m.end()
    return end


def _state_after(text: str, end: int) -> int:
    """End of a US state or country (one or two words) right after ``end`` (else ``end``)."""
    for pattern in _STATE_WORDS:
        m = pattern.match(text, end)
        if m is not None and m.group(1).title() in COUNTRIES_AND_REGIONS:
            return m.end()
    return end


# A named street or park after a place preposition: "traffic in mg road", "the picnic at regent
# park", "visit the yellowstone national park"; the name word is no determiner or kind of park.
_STREET = re.compile(
    r"\b(?:in|at|to|on|near|from|around|visit|visiting)[ \t]+(?:the[ \t]+)?"
    r"(([a-z]+)(?:['\u2019]s)?[ \t]+(?:national[ \t]+park|street|road|avenue|park|square|lane"
    r"|boulevard))\b"
)
_NOT_STREET_WORDS = """the a an this that these those my your our his her their its any some
every each no one next last other same main car theme water amusement skate dog trailer ball
state city national public local nearest nearby closest new old big small"""
_NOT_STREET_NAME = frozenset(_NOT_STREET_WORDS.split())
# "usa" is the country; "la" after "in" is Los Angeles when the request ends or a time follows
_COUNTRY = re.compile(r"(?<![\w'])usa(?![\w'])")
# an indefinite article right before a span: a common noun, not a place ("cook a turkey")
_ARTICLE_BEFORE = re.compile(r"\ban?[ \t]+$")
_IN_LA = re.compile(r"\bin[ \t]+(la)(?=[ \t]*[.?!]?$|[ \t]+(?:today|tonight|now|tomorrow|this)\b)")


def _new_places(text: str) -> list[tuple[int, int]]:
    """Named streets and parks, "usa", "in la" (module docstring)."""
    out = [m.span(1) for m in _STREET.finditer(text) if m.group(2) not in _NOT_STREET_NAME]
    out += [m.span() for m in _COUNTRY.finditer(text)]
    return out + [m.span(1) for m in _IN_LA.finditer(text)]


def adjust_request_spans(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` of one lower-case request with the rules of this module applied (unchanged
    for any text with a capital letter or not in lower-case style)."""
    if any(c.isupper() for c in text) or not lowercase_style(text):
        return spans
    out: list[Span] = []
    towns = set(request_place_spans(text))
    for s in spans:
        if _wake_word(text, s):
            continue
        if s.type == "LOCATION" and _ARTICLE_BEFORE.search(text, max(0, s.start - 4), s.start):
            continue  # "cook a turkey"
        if s.type == "PERSON" and (s.start, s.end) in towns:  # "train times for ann arbor"
            s = Span(s.start, s.end, "LOCATION", s.score, s.detector)
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
        same = [n for n, s in enumerate(out) if (s.start, s.end, s.type) == (a, b, "LOCATION")]
        for n in same:  # "send an email to chelsea": the cue names a person
            out[n] = Span(a, b, "PERSON", out[n].score, DETECTOR)
        if not any(s.start < b and a < s.end for s in out):
            b = _surname_after(text, b)
            out.append(Span(a, b, "PERSON", SCORE, DETECTOR))
    for a, b in _new_places(text):
        if not any(s.start < b and a < s.end for s in out):
            out.append(Span(a, b, "LOCATION", SCORE, DETECTOR))
    return sorted(out, key=lambda s: (s.start, s.end))
