"""PERSON candidates that name a thing, not a person: news and encyclopaedia prose (issue 14).

A name that modifies a noun is part of the thing's name, not a mention of someone to redact:

- an eponym before its head noun: "the Tony Award", "the Marshall Plan", "the Gini
  coefficient", "a Kalashnikov rifle", "the Ming dynasty", "the Feith memo"; after a
  possessive only heads that are eponyms by themselves ("Parkinson's disease", "Halley's Comet",
  "Newton's laws"), because "Sarah's plan" is Sarah's;
- a storm's given name in a sentence about weather ("Rita packed winds of 240 kilometres an
  hour", "the Hurricane Center said Rita was dangerous") unless a reporting verb follows it;
- a work or vessel after its class noun ("the ship Queen Mary", "his novel Oliver Twist");
- a holiday the models take for a given name ("the Saturday before Easter", "pre Chanukah");
- a one-word group in the plural, unlisted as a name ("the Beatles", "Saddamites", "Marxists");
- a name after "the" qualifying a lower-case brand, club or product noun ("the Chelsea
  striker", "the Sherman tank", "the Elizabeth line").

Tuned on ``uner_ewt`` dev and ``uner_ewt_train`` and on hand-written probes (never held-out).
Every list below is written here for this purpose.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import ALL_SURNAMES, GIVEN_NAMES
from transforms.privacy.pii.word_sets import word_set

# Nouns that an eponym qualifies: prizes, plans and papers, scientific and medical terms,
# weapons and machines, eras. Lower-case or capitalised, right after the name.
EPONYM_HEADS = word_set("""
award awards prize prizes medal medals trophy scholarship scholarships fellowship fellowships
lecture lectures plan doctrine memo memorandum treaty accord accords convention conventions
coefficient constant boson comet equation equations theorem principle paradox conjecture
hypothesis disease syndrome effect index scale dynasty rifle wheel era act cup filter vaccine
system
""")
# Heads that are eponyms even after a possessive ("Parkinson's disease", "Newton's laws").
POSSESSIVE_EPONYM_HEADS = word_set("""
disease syndrome comet law laws theorem equation equations constant paradox conjecture
principle prize award medal
""")
# Lower-case nouns a name qualifies after "the" when the name is a brand, club, company or
# product line, not a person: "the Sherman tank", "the Porsche 911" is left to spaCy. Not
# "administration", "government", "camp", "family", "report", "film": the Universal NER
# guidelines tag the person in "the Bush administration" and "the Kerry camp".
BRAND_HEADS = word_set("""
brand brands model models class line tank tanks boot boots dance musical shuttle striker
defender midfielder goalkeeper manager coach squad club chain hotel hotels engine engines car
cars jeans guitar guitars franchise label store stores dealership airline
""")
HOLIDAYS = word_set("""
Easter Christmas Xmas Chanukah Hanukkah Hanukah Ramadan Diwali Passover Thanksgiving Halloween
Kwanzaa Purim Lent Advent Pentecost Shavuot Sukkot Navratri Holi Eid
""")
# Plural endings of peoples, followers and kinds ("Saddamites", "Marxists", "Visualizations").
_GROUP_PLURAL = re.compile(r"(?:ites|ists|isms|ians|ations|itions)$")

# (a hyphenated partner name between: "the Dodd-Frank Act")
_NEXT_HEAD = re.compile(r"(?:-[A-Z][a-z]+)*[ \t]+([A-Za-z]+)\b")
_QUALIFIED_HEAD = re.compile(r"[ \t]+([A-Za-z][a-z]{3,})[ \t]+([A-Za-z]+)\b")
# Words that put a head noun in a sentence of its own rather than qualify it after a name.
_NOT_QUALIFIERS = word_set("""
another their this that these those some every each with from about into over your first
second third last next special
""")
_POSSESSIVE_HEAD = re.compile(r"[ \t]?['\u2019]s?[ \t]+([A-Za-z]+)\b")
_WEATHER = re.compile(
    r"\b(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Tt]ropical [Ss]torm|[Tt]ropical [Dd]epression"
    r"|landfall|storm surge|winds of (?:about |up to |more than )?\d)"
)
_WORK_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)[ \t]+(?:novel|opera|film|movie|album|song|play"
    r"|ship|book|poem|painting|musical|sitcom|symphony|ballet|vessel|yacht|racehorse|frigate"
    r"|submarine|destroyer|carrier|statue)[ \t]+(?:[A-Z][a-z]+[ \t]+)?$"
)
# a work as the subject of its class noun or of "published" ("Ulysses is a novel by ...",
# "Othello is a tragedy", "Frankenstein was published in 1818"); not "she was a film director"
_WORK_AFTER = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:(?:an?|the)[ \t]+(?:[A-Za-z]+[ \t]+)?(?:novel|novella|tragedy"
    r"|comedy|play|poem|film|movie|opera|song|album|book|painting|musical|sculpture|epic|sitcom"
    r"|symphony|ballet)(?=[ \t]*[.,;]|[ \t]+(?:by|about|of|from|in|that|which|set|written|first)\b)"
    r"|(?:first[ \t]+)?published\b)"
)
_STORM_WORDS = word_set("Hurricane Typhoon Cyclone Tropical")
_REPORTING_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|warned|asked|wrote)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|$)|\n")


def eponym(text: str, start: int, end: int) -> bool:
    """Whether the candidate ``text[start:end]`` qualifies a head noun, inside the candidate
    ("Tony Award", "Marshall Plan") or right after it ("Gini coefficient", "Halley's Comet")."""
    tokens = text[start:end].split()
    if len(tokens) > 1 and tokens[-1].lower() in EPONYM_HEADS and tokens[-1][:1].isupper():
        return True
    m = _NEXT_HEAD.match(text, end)
    if m and m.group(1).lower() in EPONYM_HEADS:
        return True
    # one qualifying word between ("the Heisenberg uncertainty principle"), not "gave Sarah
    # another award"
    m = _QUALIFIED_HEAD.match(text, end)
    if (
        m
        and m.group(1).lower() not in _NOT_QUALIFIERS
        and m.group(1) not in ALL_SURNAMES  # "Kevin Smith award": a name goes on
        and m.group(2).lower() in EPONYM_HEADS
    ):
        return True
    m = _POSSESSIVE_HEAD.match(text, end)
    return bool(
        m and (m.group(1).lower() in POSSESSIVE_EPONYM_HEADS or m.group(1) == "Day")
    )  # "Valentine's Day"


def titled_work(text: str, start: int, end: int) -> bool:
    """Whether the candidate follows the class noun of a work or vessel after a determiner
    ("The ship Queen Mary", "his novel Oliver Twist", "the opera Don Giovanni") or is a work
    by what follows ("Ulysses is a novel by", "Frankenstein was published in 1818")."""
    if _WORK_BEFORE.search(text, max(0, start - 30), start):
        return True
    m = _WORK_AFTER.match(text, end)
    if m is None:
        return False
    value = text[start:end]
    # an author is published too ("John Grisham was first published"): only a one-word title
    return not m.group().endswith("published") or (" " not in value and value not in GIVEN_NAMES)


def storm_name(text: str, start: int, end: int) -> bool:
    """Whether a one-word given name names a storm: its sentence is about weather and no
    reporting verb follows the name ("Rita packed winds of 240 kilometres an hour")."""
    value = text[start:end]
    if value.split()[0] in _STORM_WORDS:
        return True  # "Tropical Storm Irene", "Hurricane Katrina" tagged as one name
    if " " in value or value not in GIVEN_NAMES or _REPORTING_AFTER.match(text, end):
        return False
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return _WEATHER.search(text, left, right.start() if right else len(text)) is not None


def group_plural(text: str, start: int, end: int) -> bool:
    """Whether a one-word candidate is a plural group unlisted as a name ("Saddamites",
    "Marxists", "the Beatles")."""
    value = text[start:end]
    if " " in value or not value.endswith("s") or value in GIVEN_NAMES or value in ALL_SURNAMES:
        return False
    stem = value[:-1]
    if stem in GIVEN_NAMES or stem in ALL_SURNAMES:
        return False  # "the Kennedys": a family of named people
    return bool(_GROUP_PLURAL.search(value) or _THE_BEFORE.search(text, max(0, start - 5), start))


def brand_qualifier(text: str, start: int, end: int) -> bool:
    """Whether a candidate after "the" qualifies a lower-case brand, club or product noun
    (:data:`BRAND_HEADS`: "the Chelsea striker", "the Elizabeth line", "The Sherman tank")."""
    m = _NEXT_HEAD.match(text, end)
    return bool(
        m
        and m.group(1) in BRAND_HEADS
        and _THE_BEFORE.search(text, max(0, start - 5), start) is not None
    )


def named_thing(text: str, start: int, end: int) -> bool:
    """Whether a PERSON candidate names a thing: an eponym, a storm, a holiday or a group."""
    value = text[start:end]
    return (
        value in HOLIDAYS
        or eponym(text, start, end)
        or brand_qualifier(text, start, end)
        or titled_work(text, start, end)
        or storm_name(text, start, end)
        or group_plural(text, start, end)
    )
