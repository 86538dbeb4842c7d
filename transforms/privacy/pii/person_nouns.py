"""A name the sentence calls a person is a person: "Victoria is a very sympathetic person",
"Yonis was such a kind man" (session 30, issue 14).

A copula with a predicate noun that only a human takes (person, man, woman, guy, girl, lady,
gentleman, boy, individual, human being), after at most three modifiers, says what its subject
is, whatever a list or spaCy make of the word ("Victoria" is also a place). The subject is one or
two capitalised words opening the sentence, each a listed given name or as rare as a name
(:func:`~transforms.privacy.pii.gazetteers.listed_or_rare_name`: "Redis is a great tool" takes
no person noun, "This is a nice man" opens with an everyday word). A place tag of spaCy on the
subject is replaced; a span of another detector keeps it.

The same holds for a subject a personal pronoun takes up ("his/her" in its sentence, "he/she/
him/her" early in the next: "Yonis is very reliable. You can always depend on him."), one said to
be from or at a firm named by its legal form ("Teodata is from Franklin Financial Network Inc."),
and the other side of a speech act with a person found already ("Tesmija shouted at Michael",
"said naja to jose"). Lower-case subjects must be as rare as :mod:`lower_name_cues` asks. The
subject cues are English: a span another language's identifier claims takes none.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import english_frequency, listed_or_rare_name
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.lower_name_cues import MAX_WORD_FREQUENCY as LOWER_NAME_FREQUENCY
from transforms.privacy.pii.name_cues import _LEGAL_FORM
from transforms.privacy.pii.ner_filters import _CAP_TOKEN, NOT_NAME_WORDS, plausible_person
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


# ... or said to be from a firm ("Teodata is from Franklin Financial Network Inc.", "mikayla is
# from big sofa technologies group plc"): the firm named by its legal form (ISO 20275, as in
# ``name_cues``); a library or a country is no firm ("this helper is from NumPy").
_FROM_FIRM = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<name>"
    + _CAP_TOKEN
    + r"(?:[ \t]+"
    + _CAP_TOKEN
    + r")?|[^\W\d_A-Z]{3,}(?:[ \t]+[^\W\d_A-Z]{3,})?)[ \t]+(?:is|was|works|worked)[ \t]+"
    r"(?:from|at|for)[ \t]+[^.!?\n]{1,60}?[^\w\n]" + _LEGAL_FORM + r"\b"
)


# A speech act between two people: "Tesmija shouted at Michael:", "said naja to jose". When
# one side is a person found already, the other name-like word is a person too.
_WORD1 = r"(?:" + _CAP_TOKEN + r"|[^\W\d_A-Z]{3,})"
_SPEECH = re.compile(
    r"(?<![\w'\u2019])(?P<a>" + _WORD1 + r")[ \t]+(?:shouted|yelled|screamed|whispered|snapped|"
    r"said|says|shouts|yells|whispers)[ \t]+(?:at|to)[ \t]+(?P<b>" + _WORD1 + r")(?![\w'\u2019])"
    r"|(?<![\w'\u2019])(?:said|says|asked|asks|whispered|shouted)[ \t]+(?P<c>"
    + _WORD1
    + r")[ \t]+to[ \t]+(?P<d>"
    + _WORD1
    + r")(?![\w'\u2019])"
)

# literal parts of every verb of _SPEECH (a cheap test before the regex)
_SPEECH_VERBS = ("said", "says", "shout", "yell", "scream", "whisper", "snapped", "ask")


def _speech_partners(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """The unread side of a speech act whose other side is a PERSON span."""
    out: list[tuple[int, int]] = []
    if not any(v in text for v in _SPEECH_VERBS):
        return out  # every _SPEECH match holds one of these verbs
    for m in _SPEECH.finditer(text):
        pair = ("a", "b") if m.group("a") else ("c", "d")
        for this, other in (pair, pair[::-1]):
            if any(s.type == "PERSON" and s.start <= m.start(other) < s.end for s in spans):
                out.append(m.span(this))
    return out


def _subjects(text: str) -> list[re.Match]:
    out = list(_IS_PERSON.finditer(text)) if " is " in text or " was " in text else []
    out += list(_FROM_FIRM.finditer(text)) if " from " in text or " at " in text else []
    low = text.lower()
    if any(p in low for p in (" his ", " her ", " him", " he ", " she ", " herself", " himself")):
        out += list(_GENDERED.finditer(text))
    return out


_SENTENCE_END = re.compile(r"[.!?\n]")


def _foreign_cue(text: str, m: re.Match) -> bool:
    """The cue words are English: in another language's sentence they are other words
    (Norwegian "her" is "here": "Eg er her for å fortelja ...", NorNE dev)."""
    end = _SENTENCE_END.search(text, m.end())
    return foreign_language(text[m.start() : end.start() if end else len(text)]) is not None


def _lower_name(word: str) -> bool:
    """A lower-case word as :mod:`lower_name_cues` reads a name: no everyday word."""
    return word not in NOT_NAME_WORDS and english_frequency(word) < LOWER_NAME_FREQUENCY


def person_noun_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for sentence subjects called a person or taken up by a
    personal pronoun."""
    out = list(spans)
    found = [m.span("name") for m in _subjects(text) if not _foreign_cue(text, m)]
    if " to " in text or " at " in text:
        found += _speech_partners(text, spans)
    for start, end in found:
        name = text[start:end]
        if name.islower():
            if not all(_lower_name(w) for w in name.split()):
                continue
        elif not plausible_person(name) or not all(listed_or_rare_name(w) for w in name.split()):
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
