"""Institutions as speakers: "Congress said", "Kremlin said", "Newsweek reported" (issue 14).

The context cue "X said" (:mod:`~transforms.privacy.pii.name_cues`) reads any lone capitalised
word before a speech verb as a person. In news prose the speaker is as often a body: a
legislature, a ministry, a paper. spaCy reads the sentence too and tags such a word ORG; it also
tags some rare surnames ORG ("Beutel said", "Bangs said"), so its reading only wins for a lone
word that the English word list (pyspellchecker, frequency > 0) knows as an everyday lower-case
word, that is no census given name, and that is no census surname among the 20,000 most
common (US Census 1990 list, rank order; "Congress" ranks 52,389, "Senate" 45,486, while "Bangs"
ranks 9,161 and "Groom" 5,544). Only the speaker position counts, the word right before the
verb: after it ("said Tuppence") the cue reads a character or a person. "Obama said" stays:
spaCy reads a person there.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    english_frequency,
    surnames_within_rank,
)

# spaCy labels that read a lone word as a body rather than a person
INSTITUTION_LABELS = frozenset({"ORG"})
# The speaker position of the cue: the word right before a speech verb ("Congress said"); after
# "said" ("said Tuppence") the cue reads a character of fiction or a person, not a body.
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|stated|tweeted|wants|asked|reported|told)\b")
# A census surname ranked beyond this is rarer as a name than as the word ("Congress").
RARE_SURNAME_RANK = 20000
_COMMON_SURNAMES = surnames_within_rank(RARE_SURNAME_RANK)


def institution_speaker(text: str, start: int, end: int) -> bool:
    """Whether the lone word ``text[start:end]``, read as an organisation by spaCy, is a body
    speaking ("Congress said") rather than a person."""
    word = text[start:end]
    if not _SPEECH_AFTER.match(text, end):
        return False
    if " " in word.strip() or word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES:
        return False
    if english_frequency(word.lower()) <= 0:
        return False  # "Beutel", "Habib": no English word
    return word not in _COMMON_SURNAMES


def institution_spans(ents: list[tuple[int, int, str]], to_original) -> set[tuple[int, int]]:
    """Original-text offsets of spaCy's organisation entities (view offsets mapped back)."""
    out: set[tuple[int, int]] = set()
    for start, end, label in ents:
        if label in INSTITUTION_LABELS:
            mapped = to_original(start, end)
            if mapped is not None:
                out.add(mapped)
    return out
