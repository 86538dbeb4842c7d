"""Capitalise listed names in lower-case prose before spaCy reads it ("wow emma and kaite").

Social-media and chat users often write names and places in lower case; spaCy's English models
learnt entities from edited text and tag few lower-case ones. Title-casing a lower-case word
that a public name or place list knows keeps every offset (same length) and lets the model
decide from context whether it is a person or a place here. Listed words are census given names
and surnames, GeoNames cities, countries and US states (``gazetteers``), never an everyday
English word ("will", "china" as porcelain is too frequent a word: pyspellchecker frequency
>= :data:`EVERYDAY_FREQUENCY`), a product/UI word or a sentence starter.

In a social post or comment (:func:`plain_post`: no code, no markdown) a rare unlisted word
(:func:`_rare`) is title-cased too where a name stands: before a finite verb or after a
greeting, not after a determiner and not a one-letter slip of a common word ("obama is so
cool", "hey titi"; session 34, tuned on wnut17/btc dev and their train sets).
"""

from __future__ import annotations

import functools
import re

from transforms.privacy.pii.gazetteers import (
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    INTL_GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    _english_words,
    english_frequency,
)
from transforms.privacy.pii.ner_filters import _EN_WORDS, _FOREIGN_WORDS, _STARTERS, NOT_NAME_WORDS
from transforms.privacy.pii.regions import REGIONS
from transforms.privacy.pii.web_text import verb_after
from transforms.privacy.segments import code_regions, sentences

# A third of the words of a lower-case-style sentence must be this frequent in English.
COMMON_ENGLISH_FREQUENCY = 1e-6
# The same threshold as ``ner.EVERYDAY_WORD_FREQUENCY``: above it a word is no name on its own.
EVERYDAY_FREQUENCY = 1e-5
# Lower-case words only; ASCII and Latin-1 letters keep their length when title-cased.
_LOWER_WORD = re.compile(
    r"(?<![\w@./\\#$'\u2019\"-])[a-z\u00df-\u00ff]{3,}(?![\w@/\\(=\"'\u2019-]|\.\w)"
)

_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


@functools.cache
def _excluded() -> frozenset[str]:
    return NOT_NAME_WORDS | _STARTERS


_HANDLE = re.compile(r"[@#]\w+|\b[a-z][a-z0-9+.\-]*://\S+|\bRT\b")


@functools.cache
def listed_lowercase(word: str) -> bool:
    """A lower-case word that the public name/place lists know and that is no everyday word."""
    title = word.title()
    if len(title) != len(word) or word in _excluded():
        return False
    if not (title in GIVEN_NAMES or title in CITIES or title in COUNTRIES_AND_REGIONS):
        return False
    if title in INTL_GIVEN_NAMES:
        return False  # the long international list has too many slang look-alikes ("bae")
    return english_frequency(word) < EVERYDAY_FREQUENCY


# A smaller town (``KNOWN_PLACES``) counts only right after a place preposition ("goes to
# richmond", "IN HICKORY"): alone, too many are also words ("antelope", "mesa").
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|to|from|at|near|around|visit|visiting|leaving)[ \t]+)$")


def _town(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` is a GeoNames town or a country right after a place preposition.
    The writer may capitalise other words and still type places in lower case ("I'm leaving
    yakima on Wednesday", "moving to america"), so this holds in any sentence."""
    if _PLACE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return _place_word(word)


@functools.cache
def _place_word(word: str) -> bool:
    title = word.title()
    if len(title) != len(word) or word in _excluded():
        return False
    if title in KNOWN_PLACES or title in REGIONS:
        return True
    return (title in CITIES or title in COUNTRIES_AND_REGIONS) and english_frequency(
        word
    ) < EVERYDAY_FREQUENCY


@functools.cache
def _surname(word: str) -> bool:
    title = word.title()
    return len(title) == len(word) and title in SURNAMES and word not in _excluded()


_WORD = re.compile(r"[^\W\d_]+")


def lowercase_style(sentence: str) -> bool:
    """The writer does not capitalise names here: past its first word the sentence has no
    capitalised word but "I" ("did anyone notice gaby ..."). Where other words are
    capitalised ("sung by Adam McDowell"), a lower-case word is a word, not a name."""
    # @-mentions, hashtags, URLs and "RT" are handles, not the writer's capitalisation.
    sentence = _HANDLE.sub(" ", sentence)
    words = _WORD.findall(sentence)[1:]
    # all-caps chat abbreviations ("XD", "LOL", "GAC") say nothing about capitalising names
    if any(w[0].isupper() and w != "I" and not (len(w) > 1 and w.isupper()) for w in words):
        return False
    # English: fewer foreign function words than English ones ("i die", "I'ma" are English;
    # "pourquoi la page est blanche ?" is not), and a third of the words common English ones
    # (not a foreign stop-word list or a Finnish test sentence).
    words = [w.lower() for w in _WORD.findall(sentence) if len(w) > 1]
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    if foreign and foreign >= sum(w in _EN_WORDS for w in words):
        return False
    common = sum(english_frequency(w) >= COMMON_ENGLISH_FREQUENCY for w in words)
    return common * 3 >= len(words)


# A lower-case word this rare in English ("hangwani", "kunjana") may be an unlisted name.
RARE_FREQUENCY = 2e-7


def has_listed_lowercase(sentence: str) -> bool:
    """Whether a lower-case-style sentence holds a listed name or place (module docstring; a
    multi-word one too: "new york"), or a rare lower-case word spaCy may know as a name from
    context."""
    words = list(_LOWER_WORD.finditer(sentence))
    if any(_town(sentence, m.start(), m.group()) for m in words):
        return True
    listed = any(listed_lowercase(m.group()) or _rare(m.group()) for m in words)
    if not listed and not _lowercase_place_phrases(sentence, 0, len(sentence)):
        return False
    return lowercase_style(sentence)


# Endings of English derived words ("pagination", "sortable", "cached"): jargon, not names.
_DERIVED = re.compile(
    r"(?:ed|able|ible|ing|tion|sion|ity|ize|ise|ment|ness|ly|ous|ive|less|ful|ship|ism|ist|"
    r"ence|ance|age|ify|ware)$"
)
_VOWEL = re.compile(r"[aeiouy]")


@functools.cache
def _rare(word: str) -> bool:
    """A rare lower-case word shaped like a name, not like chat jargon: no derived-word
    ending, no plural or compound of common words ("devtools", "endpoint"), a vowel."""

    def known(w: str) -> bool:
        return len(w) >= 3 and english_frequency(w) >= COMMON_ENGLISH_FREQUENCY

    if len(word) < 4 or word in _excluded() or english_frequency(word) >= RARE_FREQUENCY:
        return False
    if _DERIVED.search(word) or not _VOWEL.search(word):
        return False
    if word.endswith("s") and known(word[:-1]):
        return False
    return not any(known(word[:i]) and known(word[i:]) for i in range(3, len(word) - 2))


# A rare lower-case word (:func:`_rare`) stands where a name does: the subject before a finite
# verb ("obama is so cool", "conor makes millions") or the one greeted ("hey titi"); after a
# determiner or possessive it is a slang or misspelt noun ("your vedo is", "that waifu box"). A
# word in "-ed" after it may be a participle ("implementations related to"), so it does not count.
_GREETING_BEFORE = re.compile(r"(?i:\b(?:hey|hi|hello|thanks|thank[ \t]+you|love[ \t]+you)[ \t]+)$")
_DETERMINER_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|this|that|these|those|my|your|his|her|our|their|its|some|any|no)[ \t]+"
    r"(?:[a-z]+[ \t]+)?)$"  # "my last retweet goes in"
)
# A one-letter slip of one of the commonest English words is that word misspelt ("tommorrow
# is", "yall did", "woud n't"): pyspellchecker frequency of the word it slips from.
SLIP_OF_FREQUENCY = 1e-4
_ED_AFTER = re.compile(r"(?:['\u2019][ \t]?s)?[ \t]+(?:[a-z]{3,}ly[ \t]+)?[a-z]{3,}ed\b")
# Developer chat marks itself: code, backticks, bold, headings, tables, lists, paragraphs.
_MARKUP = re.compile(r"`|\*\*|^[ \t]*(?:#{1,6} |\||[-*] |\d+\. )|\n[ \t]*\n", re.MULTILINE)


def plain_post(text: str) -> bool:
    """Whether a message reads like a social post or comment, not developer chat: no code
    region and no markdown (:data:`_MARKUP`). Only there are rare lower-case words title-cased
    (:func:`_rare_name`): a chat's lower-case jargon ("telnet", "tuple") is rare English too."""
    return not _MARKUP.search(text) and not code_regions(text)


@functools.cache
def _slip(word: str) -> bool:
    """Whether ``word`` is one edit from a word at least :data:`SLIP_OF_FREQUENCY` frequent."""
    near = _english_words().edit_distance_1(word)
    return any(english_frequency(w) >= SLIP_OF_FREQUENCY for w in near)


def _rare_name(text: str, m: re.Match[str]) -> bool:
    """A rare lower-case word in a name's place (above), title-cased so spaCy reads it as it
    reads an unlisted capitalised name; spaCy's entity is still checked as the lower-case word
    it is (``entity_checks._lowercase_unlisted_ok``)."""
    if not _rare(m.group()) or _slip(m.group()):
        return False
    before = text[max(0, m.start() - 16) : m.start()]
    if _DETERMINER_BEFORE.search(before):
        return False
    if _GREETING_BEFORE.search(before):
        return True
    return verb_after(text, m.end()) and not _ED_AFTER.match(text, m.end())


def truecase_names(text: str, *, message: str | None = None) -> str:
    """``text`` with every lower-case listed word title-cased; same length, same offsets.

    Only lower-case-style sentences (:func:`lowercase_style`) are touched. A census surname is
    title-cased only right after a given name ("kevin smith"): alone,
    too many of the 86,000 are also tool or jargon words ("sudo"). Shouted listed names and
    places are title-cased in any sentence (:func:`_truecase_shouted`). When ``message`` (the
    whole message ``text`` was cut from) reads like a social post (:func:`plain_post`), a rare
    word in a name's place is title-cased too (:func:`_rare_name`).
    """
    out = list(text)
    rare = message is not None and plain_post(message)
    for a, b in sentences(text, 0, len(text)):
        if lowercase_style(text[a:b]):
            _truecase_sentence(text, a, b, out, rare=rare)
            for start, canonical in _lowercase_place_phrases(text, a, b):
                out[start : start + len(canonical)] = canonical
        else:  # a place after a preposition, in any sentence
            for m in _LOWER_WORD.finditer(text, a, b):
                if _town(text, m.start(), m.group()):
                    out[m.start() : m.end()] = m.group().title()
    if _SHOUTED_WORD.search(text):
        _truecase_shouted(text, out)
    return "".join(out)


# Two or three lower-case words in a row, between word boundaries ("new york", "las vegas").
_LOWER_PHRASE = re.compile(
    r"(?<![\w@./\\#$'\u2019\"-])[a-z]{2,}(?:[ ][a-z]{2,}){1,2}(?![\w@/\\(=-])"
)


@functools.cache
def _place_phrases() -> dict[str, str]:
    """Lower-cased multi-word names of cities of >= 500,000 people, countries and US states ->
    their listed spelling ("new york" -> "New York"), ASCII only (same length title-cased), with
    one word at least that is no everyday English word ("united states", "gold coast" are
    left alone)."""
    names = {*CITY_PHRASES, *(c for c in COUNTRIES_AND_REGIONS if " " in c.strip())}
    out = {}
    for name in names:
        low = name.lower()
        if not name.isascii() or not low.replace(" ", "").isalpha() or name.strip() != name:
            continue
        if any(english_frequency(w) < EVERYDAY_FREQUENCY for w in low.split()):
            out[low] = name
    return out


def _lowercase_place_phrases(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(start, listed spelling) of each listed multi-word place written in lower case inside
    ``text[start:end]`` (a lower-case-style sentence): spaCy then decides from context, as for
    the single words of :func:`_truecase_sentence`. The longest phrase at a position wins."""
    phrases = _place_phrases()
    found: list[tuple[int, str]] = []
    pos = start
    while (m := _LOWER_PHRASE.search(text, pos, end)) is not None:
        words = m.group().split(" ")
        for n in (3, 2):
            canonical = phrases.get(" ".join(words[:n])) if len(words) >= n else None
            if canonical:
                found.append((m.start(), canonical))
                pos = m.start() + len(canonical)
                break
        else:
            pos = m.start() + len(words[0]) + 1
    return found


# An all-caps word of prose ("THANKS OBAMA", "a pic of EVA MENDES", "FROM MIAMI"); not an
# identifier, constant, env var or member access.
_SHOUTED_WORD = re.compile(r"(?<![\w@./\\#$'\u2019\"-])[A-Z]{3,}(?![\w@/\\(=\"'\u2019-]|\.\w)")
_SHOUTED_RUN = re.compile(r"(?<![\w@./\\#$'\u2019\"-])[A-Z]{2,}(?:[ \t][A-Z]{2,}){1,2}(?![\w(=])")


def _shouted_names(text: str) -> list[tuple[int, int]]:
    """All-caps words to title-case: a listed given name or place (:func:`listed_lowercase`,
    a town after a place preposition) of four letters or more, a three-letter one only before a
    census surname ("EVA MENDES"; alone, "GIL", "JOE" are as often acronyms), and a census
    surname right after a given name ("KRISTEN BELL" is not: "bell" is an everyday word)."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _SHOUTED_WORD.finditer(text)]
    out: list[tuple[int, int]] = []
    after_given = False
    for k, (start, end, word) in enumerate(words):
        adjacent = after_given and text[out[-1][1] : start] in (" ", "\t")
        after_given = False
        listed = listed_lowercase(word) or _town(text, start, word)
        if listed and len(word) == 3:
            nxt = words[k + 1] if k + 1 < len(words) else None
            listed = bool(nxt and text[end : nxt[0]] in (" ", "\t") and _surname(nxt[2]))
        if listed:
            out.append((start, end))
            after_given = word.title() in GIVEN_NAMES
        elif adjacent and _surname(word):
            out.append((start, end))
    return out


def _shouted_rare(text: str) -> list[tuple[int, int]]:
    """All-caps words of a shouted sentence (two thirds of its words in capitals: "IS THAT
    IDRIS ?", "THANKS OBAMA") that are rare in English and shaped like names (:func:`_rare`),
    the shouted counterpart of the rare lower-case words of lower-case-style text."""
    out: list[tuple[int, int]] = []
    if _SHOUTED_WORD.search(text) is None:
        return out
    for a, b in sentences(text, 0, len(text)):
        words = [w for w in _WORD.findall(_HANDLE.sub(" ", text[a:b])) if len(w) > 1]
        upper = sum(w.isupper() for w in words)
        if len(words) < 2 or upper * 3 < len(words) * 2:
            continue
            # shouted English ("THANKS", "IS THAT"), not a run of constants ("ORTH", "NORM")
        if not any(english_frequency(w.lower()) >= EVERYDAY_FREQUENCY for w in words):
            continue
        out.extend(
            (m.start(), m.end())
            for m in _SHOUTED_WORD.finditer(text, a, b)
            if _rare(m.group().lower())
        )
    return out


def _shouted_spans(text: str) -> list[tuple[int, int]]:
    """All-caps names and places the public lists know: multi-word towns ("NEW ORLEANS"),
    :func:`_shouted_names` and :func:`_shouted_rare`."""
    towns = [
        (m.start(), m.end())
        for m in _SHOUTED_RUN.finditer(text)
        if m.group().title() in KNOWN_PLACES
    ]
    return towns + _shouted_names(text) + _shouted_rare(text)


def shouted_listed(text: str) -> bool:
    """Whether ``text`` holds an all-caps listed given name or place (:func:`_truecase_shouted`)."""
    return bool(_shouted_spans(text))


def _truecase_shouted(text: str, out: list[str]) -> None:
    """Title-case the spans of :func:`_shouted_spans`: spaCy's models tag few entities in
    shouted text."""
    for start, end in _shouted_spans(text):
        out[start:end] = text[start:end].title()


def _truecase_sentence(
    text: str, start: int, end: int, out: list[str], *, rare: bool = False
) -> None:
    for m in _LOWER_WORD.finditer(text, start, end):
        word = m.group()
        if listed_lowercase(word) or _town(text, m.start(), word) or (rare and _rare_name(text, m)):
            out[m.start() : m.end()] = word.title()
        elif _surname(word):
            prev = _PREVIOUS_WORD.search(text, max(0, m.start() - 30), m.start())
            if prev and prev.group(1).title() in GIVEN_NAMES:
                out[m.start() : m.end()] = word.title()
