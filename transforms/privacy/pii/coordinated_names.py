"""spaCy "places" that are people (issue 14).

spaCy reads some surnames and given names as places when they stand alone ("Matthews",
"Salinas", "Navrátilová", lower-case "chad"). Such a span becomes PERSON where

- it stands in a list whose other members are people, joined only by commas, "and" or "&"
  ("Vide A. Persson, Silvia J Křenová and Matthews"); listed countries and big cities keep the
  place ("--John B, Windermere, Florida" lists a person and where he lives), and so does a list
  opened by a place noun ("the Indian states of Manipur, Nagaland and Tripura");
- a naming phrase introduces it: "my name is chad", "everyone calls me chad", or "a man
  named El-Shukrijumah" (after "named", or a role or kinship word such as "the assistant to
  Valida", only when no place list knows the word: "a town named Miramar");
- it is a lower-case census given name that is also a listed place, after a verb whose
  object is a person ("follow up with chad", "tell jordan") or before a verb of speaking,
  thinking or feeling ("chad will be talking", "jordan said");
- its shape is a person's, no place list knows it and no place preposition comes before it
  (:func:`~transforms.privacy.pii.name_shapes.person_shaped`, e.g. "Tünde Hoffmann", or a lone
  surname with a family-name ending such as "Navrátilová"; not "arrived at Blatná").

A spaCy place named by everyday words in the plural and followed by the plural possessive
("the White Stripes' home city", "the Rolling Stones' tour") is a band or a team, not a place:
places named in the plural are listed ("the Netherlands'", "the Florida Keys'") and stay.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    BIG_CITY_NAMES,
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
)
from transforms.privacy.pii.list_joins import joined, list_joiner
from transforms.privacy.spans import Span

# "my name is chad", "her name's Alma", "call me Jo": a name whatever the lists say
_NAMING = re.compile(
    r"(?i:\b(?:(?:my|his|her|your|their)[ \t]+name[ \t]+is|(?:my|his|her)[ \t]+name['\u2019]s|"
    r"(?:everyone[ \t]+|people[ \t]+|they[ \t]+)?calls?[ \t]+me)[ \t]+$)"
)
# "a man named El-Shukrijumah": a name unless a place list knows the word ("a town named X")
_NAMED = re.compile(r"(?i:\bnamed[ \t]+$)")
# "follow up with chad", "tell jordan": verbs whose object is a person, before a lower-case
# word that is both a census given name and a listed place
_PERSON_VERB = re.compile(
    r"(?i:\b(?:follow[ \t]+up[ \t]+with|talk(?:ed)?[ \t]+(?:to|with)|spoke[ \t]+(?:to|with)|"
    r"speak[ \t]+(?:to|with)|meet[ \t]+with|met[ \t]+with|ask|asked|tell|told|thank|thanks|"
    r"contact|contacted|email|emailed|e-mail|text|texted|call|married|dating|hug|kiss|"
    r"(?:forward|forwarded|send|sent|related)[ \t]+(?:it[ \t]+)?to)[ \t]+$)"
)
# "chad will be talking", "jordan said": a verb of speaking, thinking or feeling after it
_PERSON_VERB_AFTER = re.compile(
    r"(?i:[ \t]+(?:(?:will|would|can|could|should|must|did|does|is|was|has|had)[ \t]+"
    r"(?:be[ \t]+|been[ \t]+)?)?(?:talk|talks|talking|speak|speaks|speaking|said|says|told|"
    r"tells|thinks|thought|wants|wanted|likes|liked|loves|loved|hates|hated|knows|knew)\b)"
)
# "the assistant to Valida", "married to Parker", "the son of Matthews": a person's role or kin
_ROLE_OF = re.compile(
    r"(?i:\b(?:assistant|secretary|deputy|adviser|advisor|aide|successor|predecessor|"
    r"married|engaged)[ \t]+to[ \t]+$|\b(?:son|daughter|wife|husband|widow|mother|father)"
    r"[ \t]+of[ \t]+$)"
)
# "arrived at Blatná": a place preposition keeps an unlisted town a place whatever its shape
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|at|from|near|into|outside|around|of|via)[ \t]+$)")

# what joins two members of a list: ", ", ", and ", " and ", " & "
# (also German "und", Danish/Norwegian "og", Swedish "och", Portuguese/Italian "e", Spanish "y",
# French "et", Dutch "en": "Pinnick , Tabor und Gaskill")
_JOIN = list_joiner(("and", "&", "und", "og", "och", "e", "et", "y", "en"))
# people on either side needed before a place in the list counts as one more
MIN_PEOPLE = 2


def _joined(text: str, left: Span, right: Span) -> bool:
    return joined(_JOIN, text, left, right)


def _people_around(text: str, spans: list[Span], i: int) -> int:
    n, j = 0, i
    while j > 0 and spans[j - 1].type == "PERSON" and _joined(text, spans[j - 1], spans[j]):
        n, j = n + 1, j - 1
    j = i
    while j + 1 < len(spans) and spans[j + 1].type == "PERSON":
        if not _joined(text, spans[j], spans[j + 1]):
            break
        n, j = n + 1, j + 1
    return n


def _list_after_place_noun(text: str, spans: list[Span], i: int) -> bool:
    """Whether the list ``spans[i]`` stands in opens after a compass adjective or "<place noun>
    of" ("the Indian states of Manipur, Nagaland and Tripura"): a list of places."""
    from transforms.privacy.pii.web_text import place_context_before

    j = i
    while j > 0 and _joined(text, spans[j - 1], spans[j]):
        j -= 1
    return place_context_before(text, spans[j].start)


def _listed_place(value: str) -> bool:
    return any(
        v in COUNTRIES_AND_REGIONS or v in CITIES or v in KNOWN_PLACES
        for v in (value, value.title())
    )


def _shaped_person(value: str) -> bool:
    """A person's shape that no place list knows ("Tünde Hoffmann", "Navrátilová"); the
    multilingual country and city lists count too, spelt as listed (accents kept: "Kaká" is
    no "Kaka"): the Czech feminine ending "-á" is also the stressed "-á" of Portuguese place
    names ("o Canadá", "do Ceará", "no Pará")."""
    from transforms.privacy.pii.foreign_lists import place_names
    from transforms.privacy.pii.name_shapes import lone_surname, person_shaped

    if _listed_place(value) or value in place_names():
        return False
    tokens = value.title().split() if value.islower() else value.split()
    if len(tokens) == 1:
        return lone_surname(tokens[0])
    return person_shaped(tokens)


def _foreign_in_place(text: str, start: int) -> bool:
    """An in-place preposition of a non-English sentence before ``start`` ("i Nakskov": the
    Slavic "-ov" surname ending is also a Danish town's "-skov")."""
    from transforms.privacy.pii.foreign_place_cues import after_in_place
    from transforms.privacy.pii.language_id import foreign_language

    if not after_in_place(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return foreign_language(text[line_start : line_end if line_end >= 0 else len(text)]) is not None


def _declined_place(text: str, start: int, value: str) -> bool:
    """A declined listed place of a Slavic line ("Tragédiou Poľska": the "-ska" of a Polish
    surname is also a Slovak country's genitive; UNER Slovak SNK dev)."""
    from transforms.privacy.pii.foreign_words import is_place
    from transforms.privacy.pii.language_id import foreign_language
    from transforms.privacy.pii.slavic_cases import DECLINING

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    lang = foreign_language(text[line_start : line_end if line_end >= 0 else len(text)])
    return lang in DECLINING and is_place(value, lang=lang)


def _is_person(text: str, spans: list[Span], i: int) -> bool:
    s = spans[i]
    value = text[s.start : s.end]
    lo = max(0, s.start - 24)
    if _NAMING.search(text, lo, s.start):
        return True
    if (
        # lower case, a listed place too ("chad"); capitalised, no country or big city
        (value.islower() or (value not in BIG_CITY_NAMES and value not in COUNTRIES_AND_REGIONS))
        and value.title() in GIVEN_NAMES
        and (_PERSON_VERB.search(text, lo, s.start) or _PERSON_VERB_AFTER.match(text, s.end))
    ):
        return True  # "follow up with chad", "chad will be talking", "forward to Brant"
    if _listed_place(value) or _declined_place(text, s.start, value):
        return False
    if _NAMED.search(text, lo, s.start) or _ROLE_OF.search(text, lo, s.start):
        return True
    if (
        _shaped_person(value)
        and not _PLACE_BEFORE.search(text, lo, s.start)
        and not _foreign_in_place(text, s.start)
    ):
        return True
    from transforms.privacy.pii.foreign_lists import german_words, place_names

    return (
        value not in CITIES
        # "aus Frankreich und Großbritannien , Michèle ...": listed in some language
        and value not in place_names()
        and value not in german_words("places")
        and _people_around(text, spans, i) >= MIN_PEOPLE
        and not _list_after_place_noun(text, spans, i)
    )


# A plural everyday word: "Stripes" 2.3e-6, "Stones" 1.2e-5; "Andes", "Alps" are rarer.
PLURAL_WORD_FREQUENCY = 1e-6


def _plural_group(text: str, s: Span) -> bool:
    """An unlisted spaCy place of two or more words, the last an everyday plural, before the
    plural possessive apostrophe ("White Stripes' home city")."""
    from transforms.privacy.pii.gazetteers import english_frequency

    words = text[s.start : s.end].split()
    if len(words) < 2 or text[s.end : s.end + 1] not in ("'", "\u2019"):
        return False
    if text[s.end + 1 : s.end + 2].isalpha() or any(_listed_place(w) for w in words):
        return False  # "Stripe's", "Florida Keys'"
    last = words[-1].lower()
    return last.endswith("s") and english_frequency(last) >= PLURAL_WORD_FREQUENCY


def people_in_lists(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a spaCy LOCATION retyped PERSON where a list of people, a naming phrase
    or a person's shape says it is one (module docstring)."""
    if not any(s.type == "LOCATION" and s.detector == "spacy_ner" for s in spans):
        return spans
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    out = []
    for i, s in enumerate(ordered):
        if s.type == "LOCATION" and s.detector == "spacy_ner":
            if _plural_group(text, s):
                continue
            if _is_person(text, ordered, i):
                s = Span(s.start, s.end, "PERSON", s.score, s.detector)
        out.append(s)
    return out
