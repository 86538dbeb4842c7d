"""PERSON evidence from the shape of a name, for names the US census lists do not know.

International names ("Szabina J Gelencsér", "Hedvig Arvidsson", "Navrátilová") are missed by
the census-based gazetteer pass and often tagged LOCATION/ORG by spaCy. Three kinds of
evidence, each written from documentation of naming systems, not from any list of names:

- **Given Initial(.) Surname**: two name-shaped words around a one-letter middle initial
  ("Ravil G Yefimov", "Sari J. Paavolainen"; the Western middle-initial convention, see
  https://en.wikipedia.org/wiki/Middle_name), and its lower-case form on a line of its own or
  after "name:" ("emidio p lombardo", an all-lower-case postal block).
- **Surname morphology** (:data:`SURNAME_ENDINGS`): endings that national naming systems
  document for family names (Slavic -ov/-ova/-ev/-ski/-ić/-ová/-ský, Nordic -sson/-sen/-dóttir
  and ornamental -berg/-ström/-qvist, Finnish -nen/-lainen/-aho, Baltic, Greek, Georgian,
  Armenian, Turkish, Romanian, Persian, German -mann); the Wikipedia article per system is
  cited next to its endings.
- **Letters English spelling does not use** (å, ø, þ, ő, ć, ł ...): evidence only together with
  a census given name or surname ("Tünde Hoffmann").

A phrase counts as a PERSON when its last word carries surname morphology (or a middle initial
precedes it, or a census name pairs with a non-English-lettered word), every word is rare in
English (pyspellchecker frequency, as in :mod:`~transforms.privacy.pii.ner_filters`) or a
census name, and nothing says place (a GeoNames town or city, a place preposition, a street
word after it) or organisation. A lone word needs more: spaCy must tag it as some entity ("says
Navrátilová": GPE) or it must be coordinated with a name ("Usamov and Bowers"); an eponym
before a technical noun ("Markov chain", "Chebyshev distance") is not a person here.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    TITLES,
    english_frequency,
)
from transforms.privacy.pii.ner_context import _after_place_cue, _foreign_around, _sentence_around
from transforms.privacy.pii.ner_filters import (
    _ORG_WORDS,
    _PARTICLES,
    _STARTERS,
    COMMON_WORD_FREQUENCY,
    NOT_NAME_WORDS,
    _name_token_ok,
    looks_english,
)

# Family-name endings, lower-case, each from the naming-system article cited beside it.
SURNAME_ENDINGS: tuple[str, ...] = (
    # East Slavic: https://en.wikipedia.org/wiki/Eastern_Slavic_naming_customs ,
    # https://en.wikipedia.org/wiki/Slavic_name_suffixes (-ov/-ev and feminine -ova/-eva,
    # -sky/-skaya, -ovich, Ukrainian -enko/-uk/-chuk)
    "ov", "ova", "ev", "eva", "yov", "yev", "yeva", "ovich", "evich", "sky", "skiy", "skaya",
    "enko", "chuk", "czuk", "yuk",
    # Polish: https://en.wikipedia.org/wiki/Polish_name (-ski/-ska, -cki/-cka, -wicz, -czyk)
    "ski", "ska", "cki", "cka", "dzki", "wicz", "czyk",
    # Czech/Slovak: https://en.wikipedia.org/wiki/Czech_name (feminine -ová; adjectival names
    # end in -ý, feminine -á: Černý/Černá, -ský/-ská)
    "ová", "ý", "á",
    # South Slavic: https://en.wikipedia.org/wiki/South_Slavic_naming_customs (-ić, -vić, -ič)
    "ić", "ič", "vic",
    # Nordic: https://en.wikipedia.org/wiki/Scandinavian_family_name_etymology (patronymic
    # -sson/-sen, ornamental nature words), https://en.wikipedia.org/wiki/Icelandic_name
    "sson", "ssen", "sen", "dóttir", "dottir", "berg", "ström", "strom", "qvist", "kvist",
    "quist", "gren", "lund", "dahl", "blad",
    # Finnish: https://en.wikipedia.org/wiki/Finnish_name (-nen, -lainen/-läinen; nature names)
    "nen", "lainen", "läinen", "aho", "mäki", "maki", "niemi", "koski", "järvi", "jarvi",
    "virta",
    # Baltic: https://en.wikipedia.org/wiki/Lithuanian_name , https://en.wikipedia.org/wiki/Latvian_name
    "aitis", "aitė", "aitytė", "ytė", "ienė", "auskas", "ičius", "iņš",
    # Greek: https://en.wikipedia.org/wiki/Greek_name (-opoulos, -akis, -idis/-iadis, -akos)
    "opoulos", "poulos", "akis", "idis", "iadis", "akos",
    # Georgian: https://en.wikipedia.org/wiki/Georgian_name (-shvili, -dze)
    "shvili", "dze",
    # Armenian: https://en.wikipedia.org/wiki/Armenian_name (-yan, -yants)
    "yan", "yants",
    # Turkish: https://en.wikipedia.org/wiki/Turkish_name (-oğlu, 1934 Surname Law)
    "oğlu", "oglu",
    # Romanian: https://en.wikipedia.org/wiki/Romanian_name (-escu, -eanu)
    "escu", "eanu",
    # Persian/Azerbaijani: https://en.wikipedia.org/wiki/Iranian_name (-zadeh, -pour, -nejad)
    "zadeh", "zade", "pour", "nejad",
    # German occupational/descriptive names: https://en.wikipedia.org/wiki/German_name (-mann)
    "mann",
)  # fmt: skip
_ENDINGS = tuple(sorted(SURNAME_ENDINGS, key=len, reverse=True))
MIN_STEM = 3  # letters before the ending: "Ivanov" yes, "Dev", "Nova", "Sen" no

# A capitalised word of any Latin script: the token regex allows letters, then hyphen/apostrophe
# parts ("Hauta-aho", "O'Neil"); :func:`_word_ok` checks its case pattern.
_WORD = r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*"
# A letter that is no lower-case ASCII/Latin-1 one: a run holds capitalised words and initials.
_UP = r"[^\W\d_a-z\u00df-\u00ff]"
_CAP_WORD = _UP + r"[^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
_TOKEN = re.compile(_UP + r"\.(?!\w)|" + _CAP_WORD)
_RUN = re.compile(
    r"(?<![\w'\u2019@./\\#$-])" + _CAP_WORD + r"(?:[ \t]+(?:" + _UP + r"\.|" + _CAP_WORD + r"))+"
    r"(?![\w@/\\#$(]|['\u2019]?\.\w)"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
# Words after a phrase that make it a place or a firm ("Holmberg Street", "Sandström AB").
_PLACE_OR_FIRM_AFTER = re.compile(
    r"(?i:[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Square|Plaza|Park|City|County|"
    r"District|Province|Oblast|Krai|Region|Island|Islands|Lake|River|Bay|Beach|Mountain|Airport|"
    r"Station|Bridge|Inc|Ltd|LLC|AB|AS|ASA|Oy|GmbH|AG|SA|Group|Bank|University|Institute)\b)"
)
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|near|outside|around|city of|town of|village of)[ \t]+$)")
# Eponyms before a technical noun ("Markov chain", "Chebyshev distance"): a method, not a person.
_TECHNICAL_AFTER = re.compile(
    r"[ \t]+(?:chains?|process(?:es)?|models?|distances?|inequality|polynomials?|algorithms?|"
    r"filters?|transforms?|equations?|theorem|tests?|distributions?|matri(?:x|ces)|"
    r"methods?|decomposition|series|space|bound|criterion|property|operations?|graphs?|"
    r"kernels?|estimators?|coefficients?|integrals?|norms?|formula|constant|approximation)\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"[ \t]+(?:and|&)[ \t]+(" + _WORD + r")")
# Chat shorthand letters ("omg u suck", "me n you"): no middle initial without a full stop.
_SHORTHAND = frozenset("abcikmnruwxy")
_LOWER_LINE = re.compile(
    r"(?m)^[ \t>]*(?:name:[ \t]*)?(?P<name>[a-z]{3,}[ \t]+[a-z]\.?[ \t]+[a-z]{3,})[ \t]*$"
)


def surname_shaped(word: str) -> bool:
    """A family-name ending from :data:`SURNAME_ENDINGS` after a stem of 3+ letters."""
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= MIN_STEM:
            return low[: len(low) - len(ending)].replace("-", "").isalpha()
    return False


def foreign_letters(word: str) -> bool:
    """A Latin letter English spelling does not use ("ø", "ő", "ć", "þ")."""
    return any(ord(c) > 127 for c in word)


@functools.cache
def _kind(word: str) -> frozenset[str] | None:
    """Evidence flags of one capitalised word, or ``None`` when it is no name word."""
    low = word.lower()
    if (
        not _name_token_ok(word)
        or word[0].islower()
        or low in NOT_NAME_WORDS
        or low in _STARTERS
        or low in _ORG_WORDS
        or low in _PARTICLES
        or word in TITLES
        or word in CITIES
        or word in COUNTRIES_AND_REGIONS
    ):
        return None
    freq = english_frequency(low)
    flags = set()
    if word in GIVEN_NAMES:
        flags.add("given")
    if word in SURNAMES:
        flags.add("surname")
    if freq < COMMON_WORD_FREQUENCY:
        flags.add("rare")
    if foreign_letters(word):
        flags.add("foreign")
    if surname_shaped(word) and ("rare" in flags or "surname" in flags):
        flags.add("shape")
    if not flags & {"given", "surname", "rare"} or word in AMBIGUOUS_GIVEN_NAMES:
        return None  # an English word that is no listed name ("Gold", "Will")
    return frozenset(flags)


def person_shaped(tokens: list[str]) -> bool:
    """Whether a 2-3 word phrase (a middle initial allowed) is a name by its shape alone."""
    if not 2 <= len(tokens) <= 3:
        return False
    first, last = tokens[0], tokens[-1]
    middle = tokens[1:-1]
    initial = bool(middle) and _INITIAL.match(middle[0]) is not None
    if initial:
        letter = middle[0]
        if not letter[0].isupper() or (letter in ("A", "I")):
            return False  # "A"/"I" without a full stop are words
    a, z = _kind(first), _kind(last)
    if a is None or z is None or (middle and not initial and _kind(middle[0]) is None):
        return False
    if " ".join(tokens) in KNOWN_PLACES or " ".join(tokens) in CITY_PHRASES:
        return False
    if not a & {"given", "rare", "foreign"}:
        return False
    return (
        "shape" in z
        or (initial and bool(z & {"surname", "rare", "foreign"}))
        or ("given" in a and "foreign" in z)
        or ("foreign" in a and "surname" in z)
    )


def lone_surname(word: str, *, town_ok: bool = False) -> bool:
    """A single word with surname morphology that is no English word, city or product; a
    GeoNames town ("Sokolov") only when ``town_ok`` (spaCy tags it and nothing says place)."""
    z = _kind(word)
    return (
        z is not None
        and "shape" in z
        and "given" not in z
        and (town_ok or word not in KNOWN_PLACES)
    )


def _no_place_or_eponym(text: str, start: int, end: int) -> bool:
    return not (
        _PLACE_BEFORE.search(text, max(0, start - 20), start)
        or _PLACE_OR_FIRM_AFTER.match(text, end)
        or _TECHNICAL_AFTER.match(text, end)
    )


def _english_here(view: Any, start: int, end: int) -> bool:
    return looks_english(_sentence_around(view, start)) and not _foreign_around(
        view.text, start, end
    )


def _declined_place(view: Any, start: int, word: str) -> bool:
    """In a Slavic sentence the last word is a declined listed place ("Aktivity Bieloruska",
    "Tragédiou Poľska": an opener and a country, UNER Slovak SNK dev)."""
    from transforms.privacy.pii.foreign_words import is_place
    from transforms.privacy.pii.language_id import foreign_language
    from transforms.privacy.pii.slavic_cases import DECLINING

    lang = foreign_language(_sentence_around(view, start))
    return lang in DECLINING and is_place(word, lang=lang)


def name_shape_spans(view: Any) -> list[tuple[int, int, str, float]]:
    """PERSON spans (view offsets) found by shape alone in the prose of ``view``."""
    text = view.text
    out: list[tuple[int, int, str, float]] = []
    for m in _RUN.finditer(text):
        toks = [(m.start() + t.start(), m.start() + t.end()) for t in _TOKEN.finditer(m.group())]
        i = 0
        while i < len(toks):
            found = None
            for n in (3, 2):  # longest first: "Ravil G Yefimov" before "Ravil G"
                part = toks[i : i + n]
                if len(part) == n:
                    words = [text[a:b] for a, b in part]
                    words[-1] = _POSSESSIVE.sub("", words[-1])
                    if person_shaped(words):
                        found = part
                        break
            if found is not None:
                start, end = found[0][0], found[-1][0] + len(words[-1])
                if (
                    _no_place_or_eponym(text, start, end)
                    and _english_here(view, start, end)
                    and not _declined_place(view, start, words[-1])
                ):
                    out.append((start, end, "PERSON", 0.87))
                i += len(found)
                continue
            i += 1
    out.extend(_coordinated(view))
    out.extend(_lowercase_lines(view))
    return out


def _coordinated(view: Any) -> list[tuple[int, int, str, float]]:
    """A lone surname-shaped word joined by "and" to a listed or shaped name ("Usamov and
    Bowers", "Sokolova & Petrov")."""
    text = view.text
    out = []
    for m in _COORDINATED.finditer(text):
        other = m.group(1)
        start = m.start()
        w = re.search(r"(" + _WORD + r")$", text[max(0, start - 40) : start])
        if w is None:
            continue
        word = w.group(1)
        w_start = start - len(word)
        if w_start > 0 and text[w_start - 1] not in " \t\n\"'(>":
            continue
        o = _kind(other)
        if (
            lone_surname(word)
            and o is not None
            and o & {"given", "surname", "shape"}
            and _no_place_or_eponym(text, w_start, start)
            and _english_here(view, w_start, start)
        ):
            out.append((w_start, start, "PERSON", 0.85))
    return out


def _lowercase_lines(view: Any) -> list[tuple[int, int, str, float]]:
    """A lower-case "given i. surname" alone on its line or after "name:" ("emidio p
    lombardo" heading a postal block): both words rare, the letter no chat shorthand."""
    if "\n" not in view.text and "name:" not in view.text:
        return []
    out = []
    for m in _LOWER_LINE.finditer(view.text):
        first, letter, last = m.group("name").split()
        if letter.rstrip(".") in _SHORTHAND and not letter.endswith("."):
            continue
        if all(
            w not in NOT_NAME_WORDS
            and w not in _STARTERS
            and english_frequency(w) < COMMON_WORD_FREQUENCY
            for w in (first, last)
        ):
            out.append((m.start("name"), m.end("name"), "PERSON", 0.85))
    return out


def spacy_entity_person(view: Any, start: int, end: int, tokens: list[str], label: str) -> bool:
    """A spaCy entity of any label that is a person by its shape ("Ravil G Yefimov" FAC,
    "Tünde Hoffmann" GPE, "Navrátilová" GPE, "Ásgeirsdóttir" ORG), with no place evidence."""
    if label not in ("PERSON", "GPE", "LOC", "FAC", "ORG"):
        return False
    text = view.text
    if len(tokens) == 1:
        ok = lone_surname(tokens[0], town_ok=True) and not _after_place(text, start)
    else:
        ok = person_shaped(tokens)
    return ok and _no_place_or_eponym(text, start, end) and _english_here(view, start, end)


def _after_place(text: str, start: int) -> bool:
    return _after_place_cue(text, start)
