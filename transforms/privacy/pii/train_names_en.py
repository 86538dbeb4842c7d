"""English names and places learned from the official TRAIN splits of public NER corpora (issue 14).

``data/train_names_en.json`` holds the PERSON name words, whole PERSON names and LOCATION names
that the train splits of WNUT 2017, the Broad Twitter Corpus and the UNER English Web Treebank
(and since session 31 GUM's train documents, adding entries only) tag in at least 90 % of the
times they are written, seen tagged at least twice, and that are no
everyday English word, no product or framework word and shaped like a name (built by
``tests/data/external/train_names/build_english_names.py``; their dev and test splits are never
read). Mostly the people and places of news and social posts no census or GeoNames list holds
("Musharraf", "Zawahiri", "Drake", "Queensland", "Grimsby").

:func:`learned_spans` uses them as evidence in an English sentence, on a run of capitalised words
not followed by code (``.attr``, ``(``, ``=``, ``::``) nor glued to a handle, path or hashtag:

- a learned multi-word name or place, as a whole ("Pervez Musharraf", "Buenos Aires");
- a learned place word that is the run, or whose other words are everyday words ("Queensland",
  "the Iraq War");
- a learned name word, with the name-like words beside it in the run (other learned name words,
  census given names and rarer surnames, rare words that are no listed place: "Sheetal Patel").

A lone name word qualifying a noun ("the Harper template", "Einstein analytics") is a thing,
not a person; so is one before an organisation word ("The Clinton Foundation", "Huber
Corporation"). A place near a market, locale or data word ("a locale for Brazil") is left, as
``ner`` leaves spaCy's (:func:`~transforms.privacy.pii.place_forms.product_place_near`).

:func:`train_names_en` adds them, in prose only (never in a code block or inline code), where no
other span lies. Product and CI tool names that are also names ("Jenkins", "Travis") are left
out of the list (``TOOL_NAMES`` of the builder).
Thresholds were set on the ``wnut17``/``btc``/``uner_ewt`` dev splits only.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from transforms.privacy.pii.eponyms import named_thing
from transforms.privacy.pii.gazetteers import (
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
    TITLES,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.place_forms import product_place_near
from transforms.privacy.pii.social_forms import in_prose
from transforms.privacy.pii.technical_terms import technical_term
from transforms.privacy.pii.web_text import verb_after
from transforms.privacy.segments import sentences
from transforms.privacy.spans import Span, add_uncovered

DATA = Path(__file__).with_name("data") / "train_names_en.json"
# A word this rare in English text may stand beside a learned name as part of it.
RARE_WORD_FREQUENCY = 1e-6
MAX_PHRASE = 4
_PARTICLES = word_set("bin ibn al el de da del van von der di du la le")
# One of these after a name in its run makes the run an organisation ("The Clinton Foundation",
# "the J.M. Huber Corporation", "Greater New Orleans Fair Housing Action Center"), not its
# namesake.
_ORG_WORDS = word_set("""
inc ltd llc gmbh plc corp corporation company co group holdings bank university college school
institute foundation association society club agency center centre council committee
department ministry fund trust hospital clinic church band records studios media network
""")

_CAP = r"[A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
# A run of capitalised words (a name particle may join two), not glued to a handle, hashtag,
# path, attribute or word.
_RUN = re.compile(
    r"(?<![\w@#./\\'\u2019\-])"
    + _CAP
    + r"(?:[ \t]+(?:(?:bin|ibn|al|el|de|da|del|van|von|der|di|du|la|le)[ \t]+)?"
    + _CAP
    + r"){0,9}"
)
# After a run: code ("Queensland(1)", "Musharraf.run()", "Drake = 2", "Iraq::Map") or a word
# glued on ("Iraq_1", "Drake@home").
_CODE_AFTER = re.compile(r"[\w@#/\\\-]|\.\w|\(|[ \t]*(?:=|::)")
_WORD = re.compile(r"\S+")
# A name's shape: a capital, then lower case ("McCartney", "O'Neill", "Al-Anbar" allowed; not
# "PrimaryButton" nor "API").
_NAME_SHAPE = re.compile(
    r"^(?:Mc|Mac|O['\u2019]|De|Le|La|Di|Van)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    r"(?:[-'\u2019][A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff]+)*$"
)
# Lower-case words that may follow a lone name ("Drake and Future", "Terio is", "Osama al-").
_AFTER_NAME = word_set("""
and or but is was has had have said says says who whom whose to of in at on for with from by
will would can could did does do also as if when while than that just not never still al bin
""")
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:a|an|the|this|that|these|those|our|your|my|some|any|every)[ \t]+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


@functools.cache
def _data() -> dict[str, dict[str, list[int]]]:
    data: dict[str, dict[str, list[int]]] = json.loads(DATA.read_text("utf-8"))
    return data


def learned(kind: str) -> dict[str, list[int]]:
    """``person_tokens``, ``person_names``, ``place_tokens`` or ``place_names``."""
    return _data().get(kind, {})


def _everyday(word: str) -> bool:
    return english_frequency(word.lower()) >= RARE_WORD_FREQUENCY


def _place_word(word: str) -> bool:
    return (
        word in learned("place_tokens")
        or word in CITIES
        or word in KNOWN_PLACES
        or word in COUNTRIES_AND_REGIONS
    )


def _name_like(word: str) -> bool:
    """A word that may stand in a person name beside a learned one."""
    if word in learned("person_tokens"):
        return True
    if word in TITLES or not _NAME_SHAPE.match(word):
        return False
    if word in GIVEN_NAMES or word in SURNAMES:
        return not _place_word(word)
    return not _everyday(word) and not _place_word(word)


def _phrase(words: list[str], i: int) -> tuple[int, str] | None:
    """(length, type) of the longest learned name or place starting at word ``i``."""
    for n in range(min(MAX_PHRASE, len(words) - i), 1, -1):
        value = " ".join(words[i : i + n])
        if value in learned("person_names"):
            return n, "PERSON"
        if value in learned("place_names"):
            return n, "LOCATION"
    return None


def _run_spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(first word, end word, type) of the learned names and places in one run."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        found = _phrase(words, i)
        if found:
            out.append((i, i + found[0], found[1]))
            i += found[0]
            continue
        word = words[i]
        if word in learned("place_tokens") and word not in learned("person_tokens"):
            if all(j == i or _everyday(w) for j, w in enumerate(words)):
                out.append((i, i + 1, "LOCATION"))  # "Queensland", "the Iraq War"
            i += 1
            continue
        if word in learned("person_tokens"):
            a, b = i, i + 1
            while a > 0 and _name_like(words[a - 1]):
                a -= 1
            while b < len(words) and (
                _name_like(words[b])
                or (words[b] in _PARTICLES and b + 1 < len(words) and _name_like(words[b + 1]))
            ):
                b += 1
            if not out or out[-1][1] <= a:
                out.append((a, b, "PERSON"))
            i = b
            continue
        i += 1
    return out


def _modifier(text: str, start: int, end: int) -> bool:
    """A lone name word qualifying a noun ("the Harper template", "Einstein analytics",
    "merge the Nguyen branch"): a determiner before it, or a lower-case word after it that is
    no function word and no verb."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return True
    m = _NEXT_LOWER.match(text, end)
    return m is not None and m.group(1) not in _AFTER_NAME and not verb_after(text, end)


@functools.cache
def _first_words() -> frozenset[str]:
    """Every word a learned name or place can start with: a run without one holds none."""
    words = set(learned("person_tokens")) | set(learned("place_tokens"))
    for kind in ("person_names", "place_names"):
        words.update(name.split(" ", 1)[0] for name in learned(kind))
    return frozenset(words)


def learned_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of learned names and places in the English sentences of ``text``."""
    out: list[tuple[int, int, str]] = []
    first = _first_words()
    if not any(
        _POSSESSIVE.sub("", w.group()) in first
        for m in _RUN.finditer(text)
        for w in _WORD.finditer(m.group())
    ):
        return out  # cheap gate: no sentence split or language id for text with no candidate
    for s, e in sentences(text, 0, len(text)):
        if foreign_language(text[s:e]) is not None:
            continue
        for m in _RUN.finditer(text, s, e):
            if _CODE_AFTER.match(text, m.end()):
                continue
            toks = [(m.start() + t.start(), m.start() + t.end()) for t in _WORD.finditer(m.group())]
            words = [_POSSESSIVE.sub("", text[a:b]) for a, b in toks]
            for i, j, typ in _run_spans(words):
                start = toks[i][0]
                end = toks[j - 1][0] + len(words[j - 1])
                if typ == "PERSON" and j == i + 1 and _modifier(text, start, end):
                    continue
                if typ == "PERSON" and (
                    named_thing(text, start, end) or technical_term(text, start, end)
                ):
                    continue  # "Newton's laws", "before Easter", "Euler's totient" (``eponyms``)
                if typ == "LOCATION" and product_place_near(text, start, end):
                    continue  # "a locale for Brazil": a market, no one's whereabouts
                if any(w.lower().rstrip(".,") in _ORG_WORDS for w in words[i:]):
                    continue  # "The Clinton Foundation"; not "Yume & Co Grimsby"
                out.append((start, end, typ))
    return out


def train_names_en(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with learned English names and places added where no other span lies."""
    if not any(c.isupper() for c in text):
        return spans
    found = learned_spans(text)
    if not found:
        return spans
    for typ in ("PERSON", "LOCATION"):
        ranges = in_prose(text, [(a, b) for a, b, t in found if t == typ])
        if typ == "LOCATION":
            # a learned place phrase takes in the shorter place found inside it ("Atlantic
            # Canada" over spaCy's "Canada")
            spans = [
                s
                for s in spans
                if not (
                    s.type == "LOCATION"
                    and any(
                        a <= s.start and s.end <= b and b - a > s.end - s.start for a, b in ranges
                    )
                )
            ]
        spans = add_uncovered(spans, ranges, typ, 0.8, "train_names")
    return spans
