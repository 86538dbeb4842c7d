"""A name the sentence calls a person is a person: "Victoria is a very sympathetic person",
"Yonis was such a kind man" (session 30, issue 14).

A copula with a predicate noun that only a human takes (person, man, woman, guy, girl, lady,
gentleman, boy, individual, human being), after at most three modifiers, says what its subject
is, whatever a list or spaCy make of the word ("Victoria" is also a place). The subject is one or
two capitalised words opening the sentence, each a listed given name or as rare as a name
(:func:`~transforms.privacy.pii.gazetteers.listed_or_rare_name`: "Redis is a great tool" takes
no person noun, "This is a nice man" opens with an everyday word). A place tag of spaCy on the
subject is replaced; a span of another detector keeps it.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import listed_or_rare_name
from transforms.privacy.pii.ner_filters import _CAP_TOKEN, plausible_person
from transforms.privacy.spans import Span

SCORE = 0.8
DETECTOR = "person_noun"
_IS_PERSON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))[ \t]*(?P<name>"
    + _CAP_TOKEN
    + r"(?:[ \t]+"
    + _CAP_TOKEN
    + r")?)[ \t]+(?:is|was)[ \t]+(?:a|an|such[ \t]+a|such[ \t]+an|one)[ \t]+"
    r"(?:[a-z\-]+[ \t]+){0,3}"
    r"(?:person|man|woman|guy|girl|lady|gentleman|boy|individual|human[ \t]+being)\b"
)


# ... or one a personal pronoun takes up: "his/her" later in its sentence ("Globelnik began
# writing as a teenager, publishing her first story"), or "he/she/him/her" early in the next one
# ("Yonis is very reliable. You can always depend on him."). Things take "it"/"its".
_SUBJECT = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<name>"
    + _CAP_TOKEN
    + r"(?:[ \t]+"
    + _CAP_TOKEN
    + r"){0,2})[ \t]+[a-z]+\b"
)
_GENDERED = re.compile(
    _SUBJECT
    + r"(?:[^.!?\n]{0,60}?\b(?:his|her|himself|herself)\b"
    + r"|[^.!?\n]{0,60}[.!][ \t]+(?:[^.!?\n\s]+[ \t]+){0,6}(?:he|she|him|her)\b)"
)


def _subjects(text: str) -> list[re.Match]:
    out = list(_IS_PERSON.finditer(text)) if " is " in text or " was " in text else []
    low = text.lower()
    if any(p in low for p in (" his ", " her ", " him", " he ", " she ", " herself", " himself")):
        out += list(_GENDERED.finditer(text))
    return out


def person_noun_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for sentence subjects called a person or taken up by a
    personal pronoun."""
    out = list(spans)
    for m in _subjects(text):
        start, end = m.span("name")
        name = m.group("name")
        if not plausible_person(name) or not all(listed_or_rare_name(w) for w in name.split()):
            continue
        held = [s for s in out if s.start < end and start < s.end]
        if any(
            s.type != "PERSON" and not (s.type == "LOCATION" and s.detector == "spacy_ner")
            for s in held
        ):
            continue
        if any(s.type == "PERSON" and s.start <= start and end <= s.end for s in held):
            continue  # read already
        out = [s for s in out if s not in held]
        out.append(Span(start, end, "PERSON", SCORE, DETECTOR))
    return out
