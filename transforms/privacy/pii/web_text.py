"""PERSON/LOCATION adjustments for edited web text and tweets (UNER EWT, Broad Twitter Corpus).

The filters in :mod:`~transforms.privacy.pii.ner` were written against code look-alikes in coding
chats, and on general web text they drop spaCy entities a naive Presidio keeps. The helpers
here win some back, each with its own evidence beyond spaCy's label (tuned on the ``uner_ewt``
and ``btc`` dev splits and ``btc_train`` only):

- :func:`rare_place`: a single-word GPE/LOC that is a rare word in English (pyspellchecker
  frequency < 2e-7: "Fallujah", "Queensland", "Baiji") in an English sentence, where the
  coding-chat false positives ("a new Message", "Stripe") are everyday or product words.
- :func:`person_cue`: a lone surname that is also a word ("Bush") after a title ("President
  Bush") or before "administration" / a reporting verb ("Bush nominated ...").
- :func:`place_retype`: a spaCy PERSON/ORG (or a listed name) that is a place by its last word
  ("Undercliff Ave", "Jasper National Park", "Gerard Gardens"), a GeoNames town that is no given
  name ("Noida", "San Rafael"), or a town before a US state code ("Linwood , PA").
- :func:`not_a_person`: hurricanes ("Hurricane Katrina"), zodiac signs and planets ("Aries",
  "Venus"; not "Leo", a common given name), faiths and peoples ("the Sunni vote"), elongated
  interjections ("Soooo", "Wowwwwwww"), and countries that are no census given name which the
  cue pass would call a person ("Russia wants ..."; "Jordan" may be one).
"""

from __future__ import annotations

import re

from transforms.privacy.pii.eponyms import named_thing
from transforms.privacy.pii.gazetteers import (
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    US_STATE_CODES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.locative_cues import locative_place

# Last words that make a capitalised phrase a street, site or area (street suffixes from USPS
# Publication 28, appendix C1: https://pe.usps.com/text/pub28/28apc_002.htm; site words; since
# session 31 buildings and works no one is named after, and BGN feature classes of
# ``feature_places`` that are no common census surname: "Shah Mosque", "Clarence Dock").
# The strong ones name no person; the weak ones are also surnames ("Nathan Lane", "Ricki Lake")
# and count only when the phrase does not open with a census given name.
STRONG_PLACE_SUFFIXES = word_set("""
Street St Avenue Ave Road Rd Boulevard Blvd Highway Hwy Parkway Pkwy Interchange Gardens
Square Plaza Airport Station Mall Stadium Arena School Academy Hotel Hospital Keys Center
Centre Islands Mountains Valley Canyon Beach Harbor Harbour
Mosque Cathedral Museum Palace Dock Docks Wharf Pier Quay Rink Playfield Railroad Railway
Turnpike Expressway Freeway Motorway Tunnel Canal Lighthouse Monastery Synagogue Shrine
Penitentiary Prison Desert Glacier Peninsula Plateau Sea Ocean Gulf Creek Reservoir Cemetery
""")
WEAK_PLACE_SUFFIXES = word_set("""
Lane Ln Way Place Pl Court Ct Terrace Garden Park Bridge Lake River Mountain Island Bay Falls
Market Drive
""")
# Words after which a capitalised word is a storm, sign or heavenly body, not a person.
_STORM_BEFORE = re.compile(r"\b(?:Hurricane|Storm|Typhoon|Cyclone|hurricane|storm)[ \t]+$")
_STORM_AFTER = re.compile(r"[ \t]+(?:devastated|made landfall|hit|struck|slammed)\b")
# Faiths and peoples spaCy or the census lists may take for a given name ("the Sunni vote").
FAITHS_AND_PEOPLES = word_set(
    "Sunni Sunnis Shia Shiite Shiites Sufi Hindu Sikh Jain Baath Kurd Arab"
)
ZODIAC_AND_PLANETS = word_set("""
Aries Taurus Gemini Cancer Virgo Libra Scorpio Sagittarius Capricorn Aquarius Pisces
Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto Rahu Ketu
""")
_ELONGATED = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)
# Titles and roles before a lone surname ("President Bush", "cleric al-Sadr").
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Senator|Sen\.|Governor|Gov\.|Rep\.|Judge|Justice|General|Gen\.|Minister|"
    r"Chancellor|Mayor|Secretary|Sheikh|Shaikh|Imam|Ayatollah|cleric|Pope|Coach|Rev\.|"
    r"Reverend|Father|Sister|Brother|Uncle|Aunt|Aunty|Auntie|Grandma|Grandpa)[ \t]+$"
)
_PERSON_AFTER = re.compile(
    r"(?:['\u2019][ \t]?s)?[ \t]+(?:administration|government|campaign|said|says|told|"
    r"nominated|announced|wrote|added|argued|claimed|insisted|admitted|denied|replied|"
    r"also (?:said|nominated|announced)|has (?:any|no|been)|gets|"
    # "the Bush regime", "a second Bush term", "the Robinson case"
    r"regime|family|presidency|era|years|term|doctrine|case|trial)\b"
)
# A state code after a town and a comma ("Linwood , PA").
_STATE_AFTER = re.compile(r"[ \t]*,[ \t]*([A-Z]{2})\b")
# A capitalised word, a speaker colon or ", Given" after; a capitalised word or "al-" before.
_NAME_NEAR_AFTER = re.compile(
    r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][a-z]|:)|"
    r"[ \t]*,[ \t]*[A-Z][a-z]+\b(?![ \t]*,)"
)
_NAME_NEAR_BEFORE = re.compile(
    r"(?:\b(?!(?:The|A|An|This|That|In|On|At|From|To|Of|And|But|Near)\b)[A-Z][a-z]+"
    r"|\b(?:al|el|bin|ibn)-?)[ \t]+$"
)
_SAYS_BEFORE = re.compile(r"\b(?:says|said|asks|asked|told|thanks|by|with)[ \t]+$")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?\n]")
# Words of a technical sentence, where a rare capitalised word is a tool, not a place.
_TECH_WORDS = word_set("""
api apis model models llm llms server servers install installed library package packages
command commands version versions function functions database deploy
deployed plugin plugins extension framework endpoint endpoints config cli sdk repo
""")
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|from|at|near|across|around|through|into|outside|inside|towards?|via|between)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# Words that put a sentence about places ("Iguazu is a big or a small country?").
_PLACE_WORDS = word_set("""
country countries city cities town towns village villages province district region state
island islands capital border borders troops streets street north south east west located
""")
# Nouns after "the <place>" that an event or site in that place takes ("the Fallujah fighting").
_PLACE_EVENTS = word_set("""
fighting campaign compaign assault attack attacks siege battle offensive bombing bombings blast
uprising massacre protests riots police area region office airport border area
accident disaster garrison issue conflict dispute crisis war earthquake floods residents
""")
# Where a place stands in edited prose besides after a preposition: after a compass or
# landscape adjective ("northern Bengal", "the high Arctic") or after "<place noun> of" ("the
# Indian states of Manipur", "the rebel stronghold of Kilinochchi").
_PLACE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:northern|southern|eastern|western|northeastern|northwestern|southeastern|"
    r"southwestern|central|coastal|upstate|downstate)[ \t]+$",
    re.IGNORECASE,
)
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:states?|provinces?|districts?|regions?|city|cities|towns?|villages?|islands?|"
    r"governorates?|county|counties|stronghold|capital|outskirts|suburbs?|streets)[ \t]+of"
    r"[ \t]+$",
    re.IGNORECASE,
)


def place_context_before(text: str, start: int) -> bool:
    """Whether a compass adjective or "<place noun> of" stands right before ``start``."""
    lo = max(0, start - 30)
    return bool(
        _PLACE_ADJECTIVE_BEFORE.search(text, lo, start) or _PLACE_OF_BEFORE.search(text, lo, start)
    )


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that)[ \t]+$", re.IGNORECASE)
_LOWER_NEXT = re.compile(r"[ \t]+([a-z]+)\b")
# A lone word this frequent is no place on spaCy's word alone (see ``rare_place``).
RARE_PLACE_FREQUENCY = 2e-7
# A lone word up to this frequent may be a surname after a title ("Bush": 4.8e-6).
TITLED_NAME_FREQUENCY = 1e-5


def _sentence_of(text: str, pos: int) -> str:
    """The stretch around ``pos`` between sentence ends (at most 200 chars either side)."""
    lo = max(0, pos - 200)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    m = _SENTENCE_END.search(text, pos, pos + 200)
    return text[starts[-1] if starts else lo : m.start() if m else pos + 200]


def rare_place(text: str, start: int, end: int, english: bool) -> bool:
    """A single-word spaCy GPE/LOC to keep without a place preposition (module docstring)."""
    from transforms.privacy.pii.ner_filters import _EN_WORDS, _STARTERS, NOT_NAME_WORDS

    word = text[start:end]
    low = word.lower()
    if not english or len(word) < 3 or not word[0].isupper() or word.isupper():
        return False
    if low in NOT_NAME_WORDS or low in _STARTERS or word in ZODIAC_AND_PLANETS:
        return False
    if (
        word in GIVEN_NAMES
        or (word in SURNAMES and not _PLACE_PREPOSITION.search(text, max(0, start - 12), start))
        # a list after "states of" is of places ("the states of Manipur, Nagaland and ...")
        or (_NAME_NEAR_AFTER.match(text, end) and not place_context_before(text, start))
        or _NAME_NEAR_BEFORE.search(text, max(0, start - 8), start)
        or _SAYS_BEFORE.search(text, max(0, start - 12), start)
    ):
        return False  # "Manmohan Singh", "Kejri : ...", "al- Nujaifi", "says Navrátilová"
    words = _WORD.findall(_sentence_of(text, start))
    if len(words) < 3:
        return False  # "Selah!", "Runar": a one-word line is a sign-off or an exclamation
    if any(w.lower() in _TECH_WORDS for w in words):
        return False  # "local models through Ollama": a tool in a technical sentence
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])|\b{re.escape(word)}:", text):
        return False  # written lower-case or as a list heading elsewhere ("1. Ollama:")
    nxt = _LOWER_NEXT.match(text, end)
    if (
        _DETERMINER_BEFORE.search(text, max(0, start - 12), start)
        and nxt
        and nxt.group(1) not in _EN_WORDS
        and nxt.group(1) not in _PLACE_EVENTS
    ):
        return False  # "the Sokolov novel": a thing named after someone
    if english_frequency(low) >= RARE_PLACE_FREQUENCY:
        return False
    # Place evidence beyond spaCy's label: social text is full of unlisted given names spaCy
    # calls GPE ("Jedidiah is beyond irritating").
    return bool(
        _PLACE_PREPOSITION.search(text, max(0, start - 12), start)
        or place_context_before(text, start)
        or (nxt and nxt.group(1) in _PLACE_EVENTS)
        or any(
            w.lower() in _PLACE_WORDS
            or (w != word and (w in CITIES or w in KNOWN_PLACES or w in COUNTRIES_AND_REGIONS))
            for w in words
        )
    )


def person_cue(text: str, start: int, end: int) -> bool:
    """A lone capitalised word spaCy tags PERSON with a title before or a reporting verb or
    "administration" after it, and no more frequent than a surname may be."""
    word = text[start:end]
    if (
        not word[:1].isupper()
        or word.isupper()
        or english_frequency(word.lower()) >= TITLED_NAME_FREQUENCY
    ):
        return False
    return bool(
        _TITLE_BEFORE.search(text, max(0, start - 16), start) or _PERSON_AFTER.match(text, end)
    )


# A word with a lower-case letter right before ("that Bush", "So Bush", "Congressman Bush", "Mr.
# Bush"): the capital is no sentence start. At a sentence start, a verb after it ("Bush was").
_WORD_BEFORE = re.compile(r"\b[A-Za-z]*[a-z]\.?[,;]?[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+)[\"'(\[]?$")
# A finite verb, maybe after an adverb ("Bush was", "Bush did no such thing", "Bush received an
# honorable discharge", "Bush successfully makes", "an angry Musharraf categorically said").
_VERB_AFTER = re.compile(
    r"(?:['\u2019][ \t]?s)?[ \t]+(?:[a-z]{3,}ly[ \t]+)?(?:is|was|has|had|did|does|would|will|"
    r"could|should|wants|stopped|seems|makes|made|gets|got|goes|went|says|said|fails|wins|won|"
    r"takes|took|gives|gave|knows|knew|thinks|thought|believes|told|tells|lied|kept|ran|came|"
    # a regular past tense ("received", "earned", "pledged")
    r"[a-z]{3,}ed)\b"
)


def verb_after(text: str, end: int) -> bool:
    """Whether a finite verb follows the word ending at ``end`` (see :data:`_VERB_AFTER`)."""
    return _VERB_AFTER.match(text, end) is not None


# ...nor a heading, where every word is capitalised ("Life After Bush").
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def mid_sentence_surname(text: str, start: int, end: int) -> bool:
    """A lone word spaCy tags PERSON that the census lists as a surname but that is also an
    English word ("Bush", "Pope", "Bangs"), capitalised inside a sentence ("the policies that
    Bush wants", "So Bush stopped") or opening one before a verb ("Bush was ..."): the writer's
    capital says proper noun where the word would be written lower-case. As frequent as a
    titled name may be (``TITLED_NAME_FREQUENCY``): "Brown", "Black" or "Young" capitalised
    mid-sentence are as often a colour or a brand."""
    from transforms.privacy.pii.gazetteers import ALL_SURNAMES

    word = text[start:end]
    if (
        word not in ALL_SURNAMES
        or word.isupper()
        or english_frequency(word.lower()) >= TITLED_NAME_FREQUENCY
    ):
        return False
    if _CAPITAL_AFTER.match(text, end):
        return False
    before = text[max(0, start - 30) : start]
    return _WORD_BEFORE.search(before) is not None or (
        _SENTENCE_START.search(before) is not None and _VERB_AFTER.match(text, end) is not None
    )


def place_named(tokens: list[str]) -> bool:
    """Two or more words ending in a street or site word ("Undercliff Ave", "Gerard Gardens")."""
    if len(tokens) < 2:
        return False
    last = tokens[-1].rstrip(".")
    return last in STRONG_PLACE_SUFFIXES or (
        last in WEAK_PLACE_SUFFIXES and (tokens[0] not in GIVEN_NAMES or tokens[-2] in _PARK_KINDS)
    )


def place_retype(text: str, start: int, end: int) -> bool:
    """Whether a spaCy PERSON is a place (see the module docstring); countries aside."""
    value = text[start:end]
    tokens = value.split()
    if not tokens:
        return False
    if place_named(tokens):
        return True
    if value in KNOWN_PLACES and tokens[0] not in GIVEN_NAMES:
        # A one-word town that is also a surname or a word ("Hobbs", "Bush") stays a person;
        # one that is neither only after a place preposition ("between Noida", not "Obama").
        return len(tokens) > 1 or (
            value not in SURNAMES
            and english_frequency(value.lower()) < RARE_PLACE_FREQUENCY
            and _PLACE_PREPOSITION.search(text, max(0, start - 12), start) is not None
        )
    state = _STATE_AFTER.match(text, end)
    return bool(len(tokens) == 1 and state and state.group(1) in US_STATE_CODES)


# Lower-case words after a place name that spaCy takes into the entity ("Doda district").
ADMIN_WORDS = word_set("district province region county state prefecture municipality area")
_OF_HEADS = word_set("Gulf Bay Sea Isle Isles Strait Straits Cape Lake Gulf Mount Valley")


def of_phrase(tokens: list[str]) -> bool:
    """A spaCy LOC/FAC "<feature> of <Name>" ("Gulf of Mexico", "Bay of Bengal")."""
    return (
        len(tokens) == 3
        and tokens[0] in _OF_HEADS
        and tokens[1] == "of"
        and tokens[2][:1].isupper()
        and tokens[2][1:].islower()
    )


_PARK_KINDS = word_set("National State Regional Memorial Provincial Theme Business")
_SAINT_BEFORE = re.compile(r"\bSt\.?[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def adjust_person(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A PERSON candidate of any pass as it stands, re-typed LOCATION ("Jasper National Park",
    "Dallas| Street"), or ``None`` when it is no person (:func:`not_a_person`)."""
    if not_a_person(text, start, end):
        return None
    if locative_place(text, start, end):
        return start, end, "LOCATION"  # "Near Tal Afar,", "Republic of China" (``locative_cues``)
    tokens = text[start:end].split()
    if len(tokens) > 1 and tokens[0] in FAITHS_AND_PEOPLES:
        start = text.index(tokens[1], start + len(tokens[0]))  # "Sufi Inayat Khan"
        tokens = tokens[1:]
    if place_named(tokens):
        return start, end, "LOCATION"
    saint = _SAINT_BEFORE.search(text, max(0, start - 5), start)
    if saint:
        return saint.start(), end, "LOCATION"  # "St. Thomas", "St Albans": a place
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1) in STRONG_PLACE_SUFFIXES:
        return start, nxt.end(1), "LOCATION"
    if len(tokens) == 1 and tokens[0] in WEAK_PLACE_SUFFIXES and start > 1:
        before = text[max(0, start - 20) : start].split()
        if before and before[-1][:1].isupper():
            return None  # "Petticoat Lane": a listed name as a street word
    town = _town_inside(text, start, end)
    if town is not None:
        return town[0], town[1], "LOCATION"  # "Fortunately Kansas City", "Las Vegas Breweries"
    return start, end, "PERSON"


def _town_inside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest run of two or more words inside a 3-4 word candidate that is a GeoNames town
    or city ("Kansas City", "Las Vegas")."""
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    if len(toks) < 3 or len(toks) > 4 or text[start : start + toks[0][1]] in GIVEN_NAMES:
        return None  # "Bianca Del Rio" is a person
    for n in range(len(toks) - 1, 1, -1):
        for i in range(len(toks) - n + 1):
            a, b = start + toks[i][0], start + toks[i + n - 1][1]
            if text[a:b] in KNOWN_PLACES or text[a:b] in CITY_PHRASES:
                return a, b
    return None


def not_a_person(text: str, start: int, end: int) -> bool:
    """A PERSON candidate that is a storm, a sign or planet, an interjection or a country."""
    value = text[start:end]
    tokens = value.split()
    if len(tokens) == 1 and (
        value in ZODIAC_AND_PLANETS or (value in COUNTRIES_AND_REGIONS and value not in GIVEN_NAMES)
    ):
        return True  # "Aries", "Russia wants ..." (but "Jordan" may be a person)
    if tokens and all(t in FAITHS_AND_PEOPLES for t in tokens):
        return True  # "the Sunni vote", "Sunni Arab"
    if any(_ELONGATED.search(t) for t in tokens):
        return True
    if named_thing(text, start, end):
        return True  # "the Tony Award", "Rita packed winds", "before Easter" (``eponyms``)
    return bool(
        _STORM_BEFORE.search(text, max(0, start - 16), start)
        or (len(tokens) == 1 and _STORM_AFTER.match(text, end))
    )
