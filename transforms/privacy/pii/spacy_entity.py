"""One spaCy entity of :mod:`~transforms.privacy.pii.ner`: split at layout gaps and joins,
trimmed (possessives, honorifics, articles, handles), re-typed with the gazetteers and context,
and kept or dropped by the code look-alike and everyday-word filters."""

from __future__ import annotations

import re

from transforms.privacy.pii.chat_edges import chat_tail, number_lead
from transforms.privacy.pii.entity_checks import (
    _abbreviated_place_ok,
    _facility,
    _initials_name,
    _lowercase_lead,
    _lowercase_name_ok,
    _lowercase_place_ok,
    _lowercase_unlisted_ok,
    _org_is_person,
    _org_town,
    _shouted_name,
    _unplaced_name,
)
from transforms.privacy.pii.gazetteer_places import travel_place
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    TITLES,
    TOWN_ALTERNATE_NAMES,
    US_STATE_CODES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.name_evidence import listed_surname, surname_pair, surname_possessive
from transforms.privacy.pii.ner_context import (
    _DETERMINER_BEFORE,
    _HONORIFIC,
    _IN_PLACE,
    _JOINERS,
    _NEXT_SYMBOL,
    _TOWN_COMMA,
    _TRAVEL_CUE,
    _after_place_cue,
    _foreign_after,
    _foreign_around,
    _sentence_around,
)
from transforms.privacy.pii.ner_filters import (
    _EN_WORDS,
    _NAME_PARTICLES,
    COMMON_WORD_FREQUENCY,
    EVERYDAY_WORD_FREQUENCY,
    NOT_NAME_WORDS,
    _single_name_ok,
    looks_english,
    plausible_location,
    plausible_person,
)
from transforms.privacy.pii.org_places import org_leading_place
from transforms.privacy.pii.place_evidence import place_evidence
from transforms.privacy.pii.place_forms import (
    country_form,
    initials_or_particle_name,
    listed_place_form,
    place_qualifier,
    product_place_near,
)
from transforms.privacy.pii.place_phrases import listed_core, the_region
from transforms.privacy.pii.regions import REGIONS
from transforms.privacy.pii.technical_terms import technical_term
from transforms.privacy.pii.web_text import (
    ADMIN_WORDS,
    mid_sentence_surname,
    of_phrase,
    person_cue,
    place_retype,
    rare_place,
    verb_after,
)
from transforms.privacy.segments import NerView

# spaCy labels we keep, mapped to the output vocabulary (countries/regions are dropped later).
LABELS = {"PERSON": "PERSON", "FAC": "LOCATION", "GPE": "LOCATION", "LOC": "LOCATION"}


# (EWT-style tokenised text puts a space before the possessive: "North Korea \u2019s")
_POSSESSIVE = re.compile(r"(?:[ \t]?['\u2019]s?|[.,:;!?)\]\"'])+$")
_LEADING = re.compile(r"^[\"'(\[@]+")


def _spacy_candidate(
    view: NerView, start: int, end: int, label: str
) -> tuple[int, int, str] | None:
    """Clean, re-type and filter one spaCy entity (view offsets), or ``None`` to drop it."""
    etype = LABELS.get(label)
    if etype is None and label != "ORG":
        return None
    text = view.text
    m = _POSSESSIVE.search(text, start, end)
    if m and m.end() == end and not _DOTTED.fullmatch(text, start, end):  # keep "D.C."
        end = m.start()
    m = _LEADING.match(text, start, end)
    if m:
        start = m.end()
    # Trim honorifics and role words ("Customer Rosa", "Dr. Okafor") off the front.
    tokens = text[start:end].split()
    while len(tokens) > 1 and tokens[0].rstrip(".") in TITLES:
        start = text.index(tokens[1], start + len(tokens[0]))
        tokens = tokens[1:]
    # "the United States", "the Bronx", "the White House": the article is no part of the place.
    if (etype == "LOCATION" or label == "ORG") and len(tokens) > 1 and tokens[0] in _ARTICLES:
        start = text.index(tokens[1], start + len(tokens[0]))
        tokens = tokens[1:]
    # "the Student Centre at": a preposition spaCy glued to the end is no part of the name
    while len(tokens) > 1 and tokens[-1] in _EN_WORDS:
        end = text.rindex(tokens[-2], start, end) + len(tokens[-2])
        tokens = tokens[:-1]
    if etype == "PERSON":
        # "@karensuluay Hyna", "Awwwww Didga ❤": a handle or interjection before, a symbol after
        while len(tokens) > 1 and _NOISE_TOKEN.match(tokens[0]):
            start = text.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        # "omg Simone", "another Sidney Sheldon": a lower-case word before a capitalised name
        while len(tokens) > 1 and _lowercase_lead(tokens):
            start = text.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        # "hangwani u", "minseok HAHAHHA", "3 Stephenson": chat words and numbers (chat_edges)
        for _ in range(chat_tail(tokens)):
            end = text.rindex(tokens[-2], start, end) + len(tokens[-2])
            tokens = tokens[:-1]
        for _ in range(number_lead(tokens)):
            start = text.index(tokens[1], start + len(tokens[0]))
            tokens = tokens[1:]
        while len(tokens) > 1 and not _ALNUM.search(tokens[-1]):
            end = text.rindex(tokens[-2], start, end) + len(tokens[-2])
            tokens = tokens[:-1]
    if etype == "LOCATION" and len(tokens) > 1 and tokens[-1] in ADMIN_WORDS:
        end = start + len(" ".join(tokens[:-1]))  # "Doda district" -> "Doda"
        tokens = tokens[:-1]
        if text[start:end] != " ".join(tokens):
            return None
    if end <= start or not tokens:
        return None
    if technical_term(text, start, end):
        return None  # "Euler's totient", "the Pixel Representation attribute", "Annex C.7"
    from transforms.privacy.pii.name_shapes import spacy_entity_person  # builds on this module

    if spacy_entity_person(view, start, end, tokens, label):
        return start, end, "PERSON"  # "Ravil G Yefimov" (FAC), "Navrátilová" (GPE): name_shapes
    value = text[start:end]
    if label in ("LOC", "FAC") and of_phrase(tokens):
        return start, end, "LOCATION"  # "the Gulf of Mexico", "Isle of Man" (web_text)
    first = tokens[0]
    if label == "ORG" and _facility(tokens):
        return start, end, "LOCATION"  # "the White House", "Clark Airbase Hospital"
    if etype == "PERSON" and place_retype(text, start, end):
        return start, end, "LOCATION"  # "Undercliff Ave", "Noida", "Linwood , PA" (web_text)
    if (
        etype == "PERSON"
        and (country_form(value) in COUNTRIES_AND_REGIONS or value in REGIONS)
        and value not in GIVEN_NAMES
    ):
        etype = "LOCATION"  # "Israel said ...": the country rules below decide
    if (
        label == "ORG"
        and (value in KNOWN_PLACES or value in CITIES or value in REGIONS)
        and _after_place_cue(text, start)
    ):
        return start, end, "LOCATION"  # "half the time in inglewood" (spaCy: ORG)
    if (
        etype == "LOCATION"
        and len(value) > 3
        and value.isupper()
        and value.replace(" ", "").isalpha()
        and (value.title() in KNOWN_PLACES or value.title() in TOWN_ALTERNATE_NAMES)
        and not _NEXT_SYMBOL.match(text, end)
    ):
        return start, end, "LOCATION"  # "PLANO BALLOON FESTIVAL": a shouted GeoNames town
    if etype == "LOCATION" and _lowercase_place_ok(view, start, tokens):
        return start, end, "LOCATION"  # "from englewood" in lower-case social text
    if (
        label == "ORG"
        and (value in COUNTRIES_AND_REGIONS or value in US_STATE_CODES)
        and (_after_place_cue(text, start) or _TOWN_COMMA.search(text, max(0, start - 40), start))
    ):
        label, etype = "GPE", "LOCATION"  # "back home to GA", "Chicago , IL" (spaCy: ORG)
    if label == "ORG":
        # The small model often calls an unfamiliar full name an organisation ("Tomomi
        # Nishiyama", "Usamov and Bowers"): keep it as PERSON only when the census lists know
        # it as a given name or surname and no word is an organisation word.
        if not _org_is_person(view, start, end, tokens):
            place = org_leading_place(view, start, end, tokens)
            return None if place is None else (*place, "LOCATION")
        if _org_town(view.text, start, value):
            return start, end, "LOCATION"  # "#Galway", "Witham , Essex" (spaCy: ORG)
        return start, end, "PERSON"
    if (value in CITIES or value in CITY_PHRASES) and not (
        # a surname spaCy calls a PERSON ("how Kennedy is not") stays one unless after a place cue
        etype == "PERSON" and value in SURNAMES and not _after_place_cue(text, start)
    ):
        etype = "LOCATION"
    elif etype == "LOCATION" and (
        first in GIVEN_NAMES
        and first not in CITIES
        and value not in COUNTRIES_AND_REGIONS
        # spaCy and GeoNames agree on a town that is also a given name ("then Sydney")
        and value not in KNOWN_PLACES
        # "Jasper National Park", "Linwood , PA" (web_text)
        and not place_retype(text, start, end)
        # "Marin County", "Harrison County": an administrative word ends the place
        and not (len(tokens) > 1 and tokens[-1].lower() in ADMIN_WORDS)
        and not travel_place(text, start, end, tokens)  # "born in Alberta" (gazetteer_places)
    ):
        etype = "PERSON"
    elif (
        etype == "PERSON"
        and len(tokens) == 1
        and first not in GIVEN_NAMES
        and _IN_PLACE.search(text, max(0, start - 24), start)
        and not surname_possessive(text, end, first)
    ):
        etype = "LOCATION"  # "stay in Compton": a surname-like town after "in"
    elif (
        etype == "PERSON"
        and value in KNOWN_PLACES
        and _TRAVEL_CUE.search(text, max(0, start - 24), start)
        and not surname_possessive(text, end, first)
    ):
        etype = "LOCATION"  # "back to Kent", "your time in Harrison": a GeoNames town
    if etype == "PERSON" and _initials_name(view, start, end, tokens):
        return start, end, "PERSON"  # "after JFK campaign", "MJ still had it"
    if etype == "PERSON" and (
        _shouted_name(tokens)
        # "Mr. ARCHIBALD: George certainly ...": a transcript's shouted speaker after a title
        or (
            len(tokens) == 1
            and len(first) > 2
            and first.isupper()
            and first.isalpha()
            and _HONORIFIC.search(text, max(0, start - 6), start) is not None
        )
    ):
        # "DEMI LOVATO", "KRISTEN BELL": checked as the title-cased name
        tokens = [t.title() for t in tokens]
        first, value = tokens[0], " ".join(tokens)
    if etype == "PERSON":
        if _lowercase_name_ok(tokens) or _lowercase_unlisted_ok(view, start, tokens):
            english = looks_english(_sentence_around(view, start))
            return (
                (start, end, "PERSON")
                if english and not _foreign_around(text, start, end)
                else None
            )
        # "Kylie minogue", "Mauro renallo": a listed given name and a rare lower-case surname
        lower_surname = (
            len(tokens) == 2
            and first in GIVEN_NAMES
            and tokens[1].isalpha()
            and tokens[1].islower()
            and english_frequency(tokens[1]) < COMMON_WORD_FREQUENCY
        )
        if not plausible_person(
            f"{first} {tokens[1].title()}" if lower_surname else value
        ) and not initials_or_particle_name(tokens):  # "V K Choudhry", "bin Laden"
            return None
        # Without a known given name, a spaCy PERSON in a non-English sentence is noise.
        if first not in GIVEN_NAMES and (
            not looks_english(_sentence_around(view, start)) or _foreign_around(text, start, end)
        ):
            return None
        # An everyday word opening a multi-word "name" is an imperative or heading ("Create
        # Paddle"), which the md model tags PERSON in code chats; real given names are listed.
        if (
            len(tokens) > 1
            and first not in GIVEN_NAMES
            and first.lower() not in _NAME_PARTICLES
            and first.lower() not in _NAME_OPENERS
            and english_frequency(first.lower()) >= EVERYDAY_WORD_FREQUENCY
            # a census given name that is also a word before a census surname ("the Mark
            # Taylor at EI", "Bill D Hare"), not "Mark Complete" or "Grace Period"
            and not (first in AMBIGUOUS_GIVEN_NAMES and listed_surname(tokens[-1]))
        ):
            return None
        if (
            len(tokens) == 1
            and first not in GIVEN_NAMES
            # spaCy and the census agree on a name that is also a word ("Bill", "Rose").
            and not (first in AMBIGUOUS_GIVEN_NAMES and first.lower() not in NOT_NAME_WORDS)
            and not _HONORIFIC.search(text, max(0, start - 6), start)
            and not _single_name_ok(first)
            and not person_cue(text, start, end)  # "President Bush", "Bush nominated"
            and not mid_sentence_surname(text, start, end)  # "policies that Bush wants"
        ):
            return None
        # "a simple Pong game", "the Kenworth": a determiner makes a lone word a thing.
        if (
            len(tokens) == 1
            and first not in GIVEN_NAMES
            and _DETERMINER_BEFORE.search(text, max(0, start - 30), start)
            and not person_cue(text, start, end)  # "the Bush administration"
            # "an angry Musharraf categorically said", "the way Bush was handling his job"
            # "the Bush-Cheney 2000 campaign": two surnames of one ticket
            and not (first in ALL_SURNAMES and surname_pair(text, end))
            and not (
                verb_after(text, end)
                and len(first) > 3  # not "the Gov will order"
                and (
                    first in ALL_SURNAMES
                    or english_frequency(first.lower()) < COMMON_WORD_FREQUENCY
                )
            )
        ):
            return None
    elif country_form(value) in COUNTRIES_AND_REGIONS or value in US_STATE_CODES:
        # ("U.S.", "South Vietnam": the listed country in another written form, ``place_forms``)
        # spaCy calls it a place in prose: redacted like a city, also where it qualifies a noun
        # ("UK tv", "NY Congressman": see the module docstring), unless it names a dataset's,
        # market's or locale's place or is a bare abbreviation.
        if (
            (value in _NOT_PLACES and not _after_place_cue(text, start))
            or (value.isupper() and not _abbreviated_place_ok(view, start, end, listed=True))
            # "US-East", "en_US", "US/Canada"; not "a US-based firm", "Sri Lanka-born"
            or (text[end : end + 1] in _JOINERS and not place_qualifier(text, end))
            # A market or locale of a product ("we're rolling this out in Germany", "VAT rules
            # for France") or a dataset's scope ("a US Census dataset") is no one's whereabouts.
            or product_place_near(text, start, end)
        ):
            return None
    elif _ABBREVIATION.match(value) and label in ("GPE", "LOC"):
        # "our SF and LA offices", "going to NYC": a place abbreviation spaCy tags GPE
        if not _abbreviated_place_ok(view, start, end, listed=False) or product_place_near(
            text, start, end
        ):
            return None
        return start, end, etype
    elif not plausible_location(value) and not listed_place_form(value):
        # ("La Crosse", "Ft. Worth", "Southeast Asia": ``place_forms``); the listed place a
        # longer entity ends with ("Next Ontario", "west Africa", "Renton WA": ``place_phrases``)
        core = listed_core(text, start, end)
        kept = core and _spacy_candidate(view, core[0], core[1], "GPE")
        return (core[2], core[3], "LOCATION") if kept and kept[2] == "LOCATION" else None
    elif (
        len(tokens) == 1
        and value not in CITIES
        # spaCy and GeoNames agree on a smaller town ("Wichita police", "Costco Irvine"), but
        # "the Sokolov novel" is a thing
        and (
            (
                value not in KNOWN_PLACES
                and value not in TOWN_ALTERNATE_NAMES
                and value not in REGIONS
            )
            or _DETERMINER_BEFORE.search(text, max(0, start - 30), start)
        )
        and not _after_place_cue(text, start)
        # a rare word spaCy calls a place in English prose ("Fallujah", "Queensland")
        and not rare_place(text, start, end, looks_english(_sentence_around(view, start)))
        # "the Gaza strip", "visit Monaco, Nice" (``place_evidence``)
        and not place_evidence(text, start, end)
        and not the_region(text, start, end, label)  # "the Arctic" (``place_phrases``)
        and not place_retype(text, start, end)  # "( Linwood , PA )" (``web_text``)
    ):
        # An unknown single word tagged GPE/LOC ("a new Message"): only after a place preposition.
        if _unplaced_name(view, start, end, value):
            if _TOPIC_BEFORE.search(text, max(0, start - 8), start):
                return start, end, "LOCATION"  # "a lot to learn about Chernobyl"
            return start, end, "PERSON"  # "Jedidiah is beyond irritating" (spaCy: GPE)
        return None
    if (
        len(tokens) == 1
        and value not in CITIES
        and value not in COUNTRIES_AND_REGIONS
        and (not looks_english(_sentence_around(view, start)) or _foreign_after(text, end))
    ):
        return None
    return start, end, etype


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
# A place spaCy tags after of/on/about/over ("heart of Mayfair", "references on Chernobyl") is no
# person: on the English tuning splits 6 places, 3 things and no person followed these words.
_TOPIC_BEFORE = re.compile(r"\b(?:of|on|about|over)[ \t]+$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")

# Regions that locate nobody unless a place preposition precedes; continents locate a person
# much as a country does ("helped save Europe") and are kept where spaCy tags them.
_NOT_PLACES = word_set("Earth EU EEA")

# Words that open a stage name or a title before a name ("Lady Gaga", "Lil Yachty", "Kid Cudi",
# "Lord Hanuman"), though everyday words.
_NAME_OPENERS = word_set("lady lord lil kid king queen prince princess saint sir dame")

_ARTICLES = frozenset(("the", "The", "a", "A", "an", "An"))
_ALNUM = re.compile(r"[^\W_]")
_NOISE_TOKEN = re.compile(r"^(?:[@#]\S*|\S*([^\W\d_])\1\1\S*)$")
