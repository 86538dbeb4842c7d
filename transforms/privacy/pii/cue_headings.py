"""When a context cue of :mod:`~transforms.privacy.pii.name_cues` names no person (session 31,
coding-assistant sessions in ``tests/data/external/assistant_sessions``).

Assistant replies write plans, changelogs and headings in Title Case, and code carries
docstrings and policy documents; the cue words of ``name_cues`` turn up there as parts of a
phrase, not before a name:

- **A capitalised role or verb cue** ("User", "Customer", "Owner", "Added", "Invited") opens or
  sits inside a Title-Case phrase: "Implement User Session Management", "IAM User Permissions",
  "# User Preferences", "**Added Key Policy Evaluation Logic**", "- Added Work Log section".
  Written with a capital and no colon after it, such a cue keeps only a phrase with a name-like
  word: a listed given name or a word English rarely uses ("Customer Ravi Hassan", "Customer
  Sven Dlamini", "Added Sarah Lee as admin"); "Session Management", "Work Log" are English.
  A lower-case cue ("the user Ravi", "added Kowalczyk") and a labelled one ("Customer: Ravi",
  "Author: Anton Grübel") are unchanged.
- **A key with a description**: a ``name:`` / ``owner:`` / ``author:`` key whose value is one
  capitalised word and then lower-case words on the same line is a parameter description
  ("name: Hash algorithm name", "owner: Team that maintains it"), not a value; a listed given
  name keeps it ("name: John is the admin").
- **An adverb before a verb of saying** ("- Explicitly stated that ..."): a one-word candidate
  ending in "-ly" that is no listed given name ("Kelly", "Emily", "Beverly" stay names).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    english_frequency,
)

# an English word at least this frequent is no name-like word in a Title-Case phrase
ENGLISH_WORD_FREQUENCY = 1e-7

# cue words that are nouns for a role or verbs of adding: parts of a phrase when capitalised
_ROLE_CUE = re.compile(
    r"(?:User|Customer|Client|Employee|Colleague|Coworker|Co-worker|Manager|Boss|Tenant|"
    r"Patient|Holder|Account Holder|Contact Person|Owner|Author|Producer|Director|Writer|"
    r"Singer|Actor|Actress|Added|Invited|Assigned to|Assign to|Order for)[ \t]+$"
)
# a key cue ("name: ", "Owner: ") then the value's first word, then lower-case words
_KEY_CUE = re.compile(r"(?i:name|owner|author|from):[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")


def listed_given(word: str) -> bool:
    return word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES


def phrase_cue(cue: str, words: list[str]) -> bool:
    """Whether the cue text ``cue`` (the regex match, ending in blanks) is a capitalised role or
    verb cue and no word of the candidate ``words`` is name-like (a listed given name, or a word
    rarer than :data:`ENGLISH_WORD_FREQUENCY` in English: "Sven", "Dlamini")."""
    if not _ROLE_CUE.search(cue):
        return False
    return not any(
        listed_given(w) or english_frequency(w.lower()) < ENGLISH_WORD_FREQUENCY for w in words
    )


def described_key(cue: str, text: str, first_end: int, first: str) -> bool:
    """Whether a ``key:`` cue's value is a one-word capitalised start of a description: the
    run of capitalised words is ``first`` alone, ending at ``first_end``, and a lower-case word
    follows it on the line."""
    return (
        bool(_KEY_CUE.search(cue))
        and not listed_given(first)
        and bool(_LOWER_AFTER.match(text, first_end))
    )


def adverb(name: str) -> bool:
    """A one-word candidate that is an "-ly" adverb, not a listed given name."""
    return bool(_ADVERB.fullmatch(name)) and not listed_given(name)
