"""spaCy PERSON/LOCATION entities that name a thing: news and encyclopaedia prose (issue 14).

In sentences with no person or place (organisations, works, events, products only), most of
the remaining English flags are spaCy entities whose own words say they are things:

- a PERSON of several words after an article that ends in an everyday English word no census
  list holds as a given name or surname: "the Roman Empire", "the Hino Dealer", "the Abbey
  Road Studios"; a person's name ends in a name ("the late John Smith" has no article right
  before it), and without the article a glued headline word is too common ("Alex Rodriguez
  Suspended", "Tom Wilkinson Movie", "one of Victor Bout 's");
- a LOCATION that ends in a head noun of a body, event, product, illness or dish ("Manchester
  United", "the Solar System", "West Nile Virus", "the Chocolate Lava Cake"); a place's name
  ends in a place word ("West Bank", "Deep River");
- a LOCATION that is a holiday or a planet ("the festival of Diwali", "Jupiter is the largest
  planet"); "Earth" is handled in ``spacy_entity``;
- a place word that opens a common noun ("Guinea pigs", "Brussels sprouts", "plaster of
  Paris").

Tuned on ``uner_ewt`` dev, ``uner_ewt_train`` and hand-written news/Wikipedia probes (never
held-out). Every list below is written here for this purpose.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.eponyms import HOLIDAYS
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.segments import NerView

# An English word at least this frequent (pyspellchecker) that ends a spaCy PERSON is a thing's
# head noun ("Empire", "Studios", "Stock"), unless a census list holds it as a name.
HEAD_WORD_FREQUENCY = 1e-6
# Head nouns after which a capitalised phrase is a body, event, product, illness or dish, never a
# place a person lives in or travels to. Not "War", "Treaty" or "Church": the Universal NER
# guidelines tag the place in "the Vietnam War" and a named church as LOCATION.
NOT_PLACE_HEADS = word_set("""
Party Company Corporation Airlines Airways Records United FC Times Post Herald Tribune Journal
Gazette Festival Games Olympics Cup Championship Championships League Series Prix Award Awards
Prize System Syndrome Virus Fever Flu Disease Cake Soup Rolls Pie Boil Stew Sauce Salad Annex
Fire
""")
# Common nouns that open with a place name ("a guinea pig", "plaster of Paris", "Brussels
# sprouts"): the place word, lower-cased, and the words that follow (or precede) it.
PLACE_COMPOUNDS = {
    "guinea": word_set("pig pigs fowl"),
    "brussels": word_set("sprout sprouts"),
    "panama": word_set("hat hats"),
    "bermuda": word_set("shorts grass"),
    "jersey": word_set("cow cows"),
    "dijon": word_set("mustard"),
    "turkey": word_set("sandwich sandwiches breast burger burgers club"),
    "fiji": word_set("rock water"),
}
_COMPOUND_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_PLASTER_OF = re.compile(r"\b[Pp]laster[ \t]+of[ \t]+$")
# Planets: astronomy and astrology, not where anyone lives.
PLANETS = word_set("Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# An article right before: "the Roman Empire", "a Hino Dealer"; not "one of Victor Bout 's".
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)[ \t]+$")


def _name_word(word: str) -> bool:
    return word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES or word in ALL_SURNAMES


def thing_person(value: str, before: str = "") -> bool:
    """Whether a spaCy PERSON of several words after ``before`` (the text before it) names a
    thing (see the module docstring)."""
    words = [_POSSESSIVE.sub("", w) for w in value.split()]
    if len(words) < 2 or not words[-1].isalpha() or not _ARTICLE_BEFORE.search(before[-8:]):
        return False
    last = words[-1]
    return not _name_word(last) and english_frequency(last.lower()) >= HEAD_WORD_FREQUENCY


def thing_place(value: str) -> bool:
    """Whether a spaCy LOCATION names an event, body, work, product, holiday or planet."""
    words = value.split()
    if not words:
        return False
    if len(words) == 1:
        return value in HOLIDAYS or value in PLANETS
    return _POSSESSIVE.sub("", words[-1]) in NOT_PLACE_HEADS


def place_compound(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` opens a common noun (:data:`PLACE_COMPOUNDS`:
    "Guinea pigs", "live fiji rock") or is the Paris of "plaster of Paris"."""
    m = _COMPOUND_AFTER.match(text, end)
    heads = PLACE_COMPOUNDS.get(text[start:end].lower(), frozenset())
    if m and m.group(1) in heads:
        return True
    return text[start:end] == "Paris" and _PLASTER_OF.search(text, max(0, start - 12), start)


def thing_entity(text: str, start: int, end: int, etype: str) -> bool:
    """Whether the cleaned spaCy candidate ``text[start:end]`` of ``etype`` names a thing
    (:func:`thing_person`, :func:`thing_place`, :func:`place_compound`)."""
    if etype == "PERSON":
        return thing_person(text[start:end], text[max(0, start - 8) : start])
    return etype == "LOCATION" and (
        thing_place(text[start:end]) or place_compound(text, start, end)
    )


def inside_named_thing(span: tuple[int, int] | None, things: list[tuple[int, int]]) -> bool:
    """Whether ``span`` (original offsets) lies inside a spaCy entity that names a thing
    ("Roman" in "the Roman Empire", "Manchester" in "Manchester United", the listed given name
    "Paris" of "plaster of Paris")."""
    return span is not None and any(a <= span[0] and span[1] <= b for a, b in things)


_LABEL_TYPES = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_EDGES = re.compile(r"(?:[Tt]he[ \t]+)?(.*?)(?:[ \t]?['\u2019]s?)?$")


def thing_entities(view: NerView, ents: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Original offsets of the spaCy PERSON/GPE/LOC/FAC entities of ``view`` that name a thing
    (the article and a possessive aside), and of the ORG entities that hold a given name and
    would name a thing as a PERSON ("The Holy Roman Empire", ORG)."""
    out = []
    text = view.text
    for start, end, label in ents:
        etype = _LABEL_TYPES.get(label, "ORG" if label == "ORG" else None)
        m = _EDGES.match(text, start, end)
        if not etype or not m:
            continue
        a, b = m.start(1), m.end(1)
        # spaCy's place opening with a given name becomes a PERSON candidate and the gazetteer
        # reads a given name inside it ("the (Holy) Roman Empire", GPE): checked as a person too
        named = any(w in GIVEN_NAMES and w not in CITIES for w in text[a:b].split())
        if thing_entity(text, a, b, etype) or (named and thing_entity(text, a, b, "PERSON")):
            span = view.to_original(start, end)
            if span is not None:
                out.append(span)
    return out
