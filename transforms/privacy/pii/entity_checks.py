"""Checks :mod:`~transforms.privacy.pii.spacy_entity` applies to one spaCy entity: an
all-caps place abbreviation, an ORG that is a person or a town, a lone place word that is a
person, initials, a shouted name, lower-case names and places in social text, a facility."""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    CITY_PHRASES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    TOWN_ALTERNATE_NAMES,
    US_STATE_CODES,
    _geonames_cities,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.ner_context import (
    _DETERMINER_BEFORE,
    _JOINERS,
    _NEXT_CAPITAL,
    _NEXT_SYMBOL,
    _NEXT_SYMBOL_LISTED,
    _NEXT_WORD,
    _STOP_END,
    _TOWN_COMMA,
    _UPPER_WORD,
    _after_place_cue,
    _foreign_around,
    _sentence_around,
)
from transforms.privacy.pii.ner_filters import (
    _ELONGATED,
    _EN_WORDS,
    _NAME_PARTICLES,
    _ORG_WORDS,
    _STARTERS,
    _TOKEN_OK,
    _WORD,
    COMMON_WORD_FREQUENCY,
    EVERYDAY_WORD_FREQUENCY,
    NOT_NAME_WORDS,
    ORG_NAME_FREQUENCY,
    SINGLE_NAME_FREQUENCY,
    _single_name_ok,
    looks_english,
    plausible_person,
)
from transforms.privacy.pii.place_forms import listed_lowercase_place, place_qualifier
from transforms.privacy.pii.truecase import listed_lowercase, lowercase_style
from transforms.privacy.pii.web_text import place_context_before
from transforms.privacy.segments import NerView


def _abbreviated_place_ok(view: NerView, start: int, end: int, *, listed: bool) -> bool:
    """An all-caps place spaCy tags GPE ("UK", "NYC", "D.C."): after a place preposition or a
    town and comma ("Hickory , NC"), or in a sentence that is not shouted (where every word is
    capitals, spaCy's GPE means little), never joined to a term ("US-East", "en_US"). A listed
    country or state code may qualify a noun ("UK tv", "NY Congressman"); an unlisted one may
    not ("her DUI case")."""
    text = view.text
    # "in JD = 1721425.5": a unit or variable; a listed country before a spaced bracket or
    # colon is prose ("the US (no matter what ...)")
    if (_NEXT_SYMBOL_LISTED if listed else _NEXT_SYMBOL).match(text, end):
        return False
    if _after_place_cue(text, start) or _TOWN_COMMA.search(text, max(0, start - 40), start):
        return True
    # "US-East", "en_US", "US.json"; not "a US-based firm" or a listed code ending a sentence
    if text[end : end + 1] in _JOINERS and not place_qualifier(text, end):
        return False
    if text[end : end + 1] == "." and not (listed and _STOP_END.match(text, end)):
        return False
    if not listed:
        # an unlisted abbreviation qualifying a word is a term ("her DUI case", "PRC starts")
        nxt = _NEXT_WORD.match(text, end)
        if _NEXT_CAPITAL.match(text, end) or (nxt and nxt.group(1) not in _EN_WORDS):
            return False
    sentence = _sentence_around(view, start)
    words = _WORD.findall(sentence)
    return len(_UPPER_WORD.findall(sentence)) * 3 < len(words)


def _org_is_person(view: NerView, start: int, end: int, tokens: list[str]) -> bool:
    """A spaCy ORG that is a person's name (see :func:`~.spacy_entity._spacy_candidate`)."""
    value = view.text[start:end]
    if len(tokens) > 3 or not plausible_person(value):
        return False
    if any(t.lower() in _ORG_WORDS for t in tokens):
        return False
    if not looks_english(_sentence_around(view, start)):
        return False
    if len(tokens) == 1:
        word = tokens[0]
        if _DETERMINER_BEFORE.search(view.text, max(0, start - 30), start):
            return False  # "a simple Pong game"
        return (word in GIVEN_NAMES or word in SURNAMES) and _single_name_ok(
            word, ORG_NAME_FREQUENCY
        )
    # "Boston Globe", "Georgia Tech", "Cargill Incorporated": a listed name first, then no
    # listed surname or given name, is a body named after a place or founder (on the English
    # tuning splits 71 such organisations and 7 people); unless every word after it is unknown
    # to English and the first is no place ("Jouni Hahli", "Freddie Ljungberg")
    if not any(t.title() in ALL_SURNAMES or t.title() in GIVEN_NAMES for t in tokens[1:]) and not (
        all(english_frequency(t.lower()) == 0 for t in tokens[1:])
        and tokens[0] not in COUNTRIES_AND_REGIONS
        and tokens[0] not in KNOWN_PLACES
        and tokens[0] not in CITIES
    ):
        return False
    return any(
        t in GIVEN_NAMES or (t in SURNAMES and _single_name_ok(t, ORG_NAME_FREQUENCY))
        for t in tokens
    )


_TOWN_CUE_BEFORE = re.compile(r"(?:#[ \t]?|\b(?:County|Co\.?)[ \t]+)$")


# A GeoNames town this populous that spaCy calls an organisation is the town with no place cue
# too ("Rotherham child abuse", "Oxford 's new wastewater system"); smaller ones are as often a
# rare surname there ("Solon", "Welling", "Montalvo": btc_train, wnut17_train, gum_train).
ORG_TOWN_POPULATION = 100_000
_BIG_TOWNS = frozenset(_geonames_cities(ORG_TOWN_POPULATION))


def _org_town(text: str, start: int, value: str) -> bool:
    """A one-word GeoNames town that is no census given name and no common surname, after a
    place cue, a hashtag, "County" or a town and comma, or of :data:`ORG_TOWN_POPULATION`: the
    town, not a person, when spaCy calls it an organisation ("#Galway", "County Galway",
    "Witham , Essex", "--Mac, Nottingham", "Rotherham child abuse")."""
    return (
        " " not in value
        and (value in KNOWN_PLACES or value in TOWN_ALTERNATE_NAMES)
        and value not in GIVEN_NAMES
        and value not in AMBIGUOUS_GIVEN_NAMES
        and value not in COMMON_SURNAMES
        and (
            value in _BIG_TOWNS
            or _after_place_cue(text, start)
            or _TOWN_CUE_BEFORE.search(text, max(0, start - 10), start) is not None
            or _TOWN_COMMA.search(text, max(0, start - 40), start) is not None
        )
    )


def _unplaced_name(view: NerView, start: int, end: int, word: str) -> bool:
    """A lone word spaCy tags GPE/LOC that no place list knows and no place word precedes, as
    rare as a name, in a plain chat sentence ("Jaiden , you are so beautiful", "I watch you and
    Desi everyday"): a person the model mistook for a place. Not in sentences with digits,
    colons, handles, hashtags or product/UI words, where it is more often a venue, team or tool
    ("Ollama: Aider supports ...")."""
    text = view.text
    if word in KNOWN_PLACES or word in TOWN_ALTERNATE_NAMES or word in COUNTRIES_AND_REGIONS:
        return False  # "Bangalore": GeoNames knows it as Bengaluru
    if not plausible_person(word):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 30), start) or _LABEL_AFTER.match(text, end):
        return False
    if place_context_before(text, start):
        return False  # "the Indian states of Manipur", "northern Bengal"
    sentence = _sentence_around(view, start)
    if word.isupper() or _NOT_CHAT.search(sentence):
        return False
    if any(w.lower() in NOT_NAME_WORDS for w in _WORD.findall(sentence)):
        return False
    return _single_name_ok(word, COMMON_WORD_FREQUENCY) and looks_english(sentence)


_NOT_CHAT = re.compile(r"[:|#@/\d]")


_LABEL_AFTER = re.compile(r"[ \t]*(?::|\.[ \t]*\d)")  # "Ollama:", "Sept . 22"


def _initials_name(view: NerView, start: int, end: int, tokens: list[str]) -> bool:
    """A person known by initials that spaCy tags PERSON ("JFK", "MJ"): two or three capitals
    that are no product word, place code or country, in an English sentence that is not shouted
    (where spaCy's tags on capitals mean little), not joined to a term or symbol ("JD =") and not
    after a number, where capitals are an era or unit ("from 776 BCE to 394 AD", "at 5 PM")."""
    word = tokens[0]
    if len(tokens) != 1 or not _INITIALS.match(word):
        return False
    if word.lower() in NOT_NAME_WORDS or word in US_STATE_CODES or word in COUNTRIES_AND_REGIONS:
        return False
    text = view.text
    if (
        _NEXT_SYMBOL.match(text, end)
        or text[end : end + 1] in _JOINERS | {")", "."}
        or text[start - 1 : start] in ("@", "#", "$", "-", "(", ".")
        # "the CI config": initials after a determiner are a thing
        or _DETERMINER_BEFORE.search(text, max(0, start - 30), start)
        or _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        or _foreign_around(text, start, end)
    ):
        return False
    sentence = _sentence_around(view, start)
    words = _WORD.findall(sentence)
    return len(_UPPER_WORD.findall(sentence)) * 3 < len(words) and looks_english(sentence)


_INITIALS = re.compile(r"^[A-Z]{2,3}$")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")


def _shouted_name(tokens: list[str]) -> bool:
    """A spaCy PERSON written in capitals ("DEMI LOVATO", "ODELL BECKHAM JR"): two to four
    capitalised words, some all caps, one of them a census given name or surname once
    title-cased."""
    if not 2 <= len(tokens) <= 4 or not all(t.isalpha() and t[0].isupper() for t in tokens):
        return False
    if len(set(tokens)) < len(tokens):
        return False  # "DING DONG DING DONG"
    # "Kristen BELL": ``truecase`` title-cased the listed name, the rest stays shouted
    if not (tokens[0].isupper() or tokens[1].isupper()) or not all(
        t.isupper() or t in GIVEN_NAMES or t in SURNAMES for t in tokens
    ):
        return False  # "Jim Rohn RT": a name, then shouted words
    titled = [t.title() for t in tokens]
    return any(t in GIVEN_NAMES or t in SURNAMES for t in titled) and not any(
        t.lower() in NOT_NAME_WORDS for t in titled
    )


def _lowercase_name_ok(tokens: list[str]) -> bool:
    """A lower-case spaCy PERSON in chat text ("kevin smith", "selma"; the md model tags them):
    a census given name first, census given names or surnames after it, none of them an
    everyday, ambiguous ("will", "grace"), product or UI word."""
    if not 1 <= len(tokens) <= 3 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    first = tokens[0].title()
    if first not in GIVEN_NAMES or first in AMBIGUOUS_GIVEN_NAMES:
        return False
    if not all(t.title() in GIVEN_NAMES or t.title() in SURNAMES for t in tokens[1:]):
        return False
    return not any(
        t in NOT_NAME_WORDS or t in _STARTERS or english_frequency(t) >= EVERYDAY_WORD_FREQUENCY
        for t in tokens
    )


def _lowercase_unlisted_ok(view: NerView, start: int, tokens: list[str]) -> bool:
    """A lower-case spaCy PERSON in all-lower-case social text ("did anyone notice gaby ...",
    "mehmood sahab never ..."): one or two rare words (no everyday, product or UI word)."""
    if not 1 <= len(tokens) <= 2 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    if any(
        len(t) < 3
        or _ELONGATED.search(t)
        or t in NOT_NAME_WORDS
        or t in _STARTERS
        or english_frequency(t) >= COMMON_WORD_FREQUENCY
        for t in tokens
    ):
        return False
    # The writer does not capitalise names: past its first word, the sentence's only capitals
    # are "I" and the listed names ``truecase`` title-cased.
    words = _WORD.findall(_sentence_around(view, start))[1:]
    return not any(w[0].isupper() and w != "I" and not listed_lowercase(w.lower()) for w in words)


# Facility words that make a spaCy ORG a place one can be at (Presidio maps FAC to LOCATION).
_FACILITY_WORDS = word_set("""
House Tower Hospital Airport Airbase Station Mall Park Bridge Stadium Arena Square Castle
Palace Museum Zoo Beach Cathedral Centre Theatre Theater Hall Field Campus Lounge Church Chapel
Temple Mosque Library Gardens Pub Inn Bistro Cafe
""")


def _facility(tokens: list[str]) -> bool:
    """A spaCy ORG naming a building or site: capitalised words ending in a facility word."""
    return (
        2 <= len(tokens) <= 4
        and tokens[-1] in _FACILITY_WORDS
        and all(_TOKEN_OK.match(t) for t in tokens)
        and not any(t.lower() in NOT_NAME_WORDS for t in tokens[:-1])
    )


_DIRECTIONS = word_set("north south east west northern southern eastern western downtown")


def _lowercase_place_ok(view: NerView, start: int, tokens: list[str]) -> bool:
    """A lower-case spaCy GPE/LOC: listed places (``place_forms``) in any English sentence;
    in lower-case social text ("from englewood", "in east portland") also rare words
    (directions aside) in a lower-case-style sentence."""
    # "in north carolina", "to the united states", "i live in los angeles" (``truecase`` may
    # have title-cased one word): a listed state, country or large city of two or three words,
    # as unambiguous in lower case as title-cased
    phrase = " ".join(t.title() for t in tokens)
    if (
        2 <= len(tokens) <= 3
        and all(t.isalpha() for t in tokens)
        and tokens[0].islower()
        and (phrase in COUNTRIES_AND_REGIONS or phrase in CITY_PHRASES)
        and looks_english(_sentence_around(view, start))
    ):
        return True
    if not 1 <= len(tokens) <= 3 or not all(t.isalpha() and t.islower() for t in tokens):
        return False
    # "how are vietnam and Afghanistan alike?": a listed place in any English sentence
    if (
        all(t in _DIRECTIONS or listed_lowercase_place(t) for t in tokens)
        and not all(t in _DIRECTIONS for t in tokens)
        and looks_english(_sentence_around(view, start))
    ):
        return True
    # "birds in punjab ?": after a place preposition a rare word will do, in any sentence
    cue = _after_place_cue(view.text, start)
    if not all(
        t in _DIRECTIONS
        or (
            len(t) >= 4
            and t not in NOT_NAME_WORDS
            and t not in _STARTERS
            and (
                english_frequency(t) == 0 or (cue and english_frequency(t) < COMMON_WORD_FREQUENCY)
            )
        )
        for t in tokens
    ) or all(t in _DIRECTIONS for t in tokens):
        return False
    return cue or lowercase_style(_sentence_around(view, start))


def _lowercase_lead(tokens: list[str]) -> bool:
    """A spaCy PERSON opening with a lower-case everyday or chat word ("omg", "another")
    before capitalised words: the word is no part of the name. Name particles ("bin Laden",
    "van Gogh") stay."""
    first = tokens[0]
    return (
        first.isalpha()
        and first.islower()
        and first not in _NAME_PARTICLES
        and all(t[:1].isupper() for t in tokens[1:])
        and (first in NOT_NAME_WORDS or english_frequency(first) >= SINGLE_NAME_FREQUENCY)
    )
