"""Polish phrases whose capitalised word is no name (session 33, Polish coding chat).

:mod:`~transforms.privacy.pii.polish_vocabulary` drops a span only when every Morfeusz reading
of its words is a common word; two Polish word forms have a proper-name reading and are still
no name where they stand. Both are read with Morfeusz 2 (SGJP dictionary, already a
dependency; tags documented at http://morfeusz.sgjp.pl/doc/) and only in Polish prose
(:func:`~transforms.privacy.pii.polish_vocabulary.polish_around`):

- **An adjective before its noun**: "Dobry postęp!", "Nowy plik `x.md`" open a sentence with an
  adjective that SGJP also lists as a surname ("Dobry", "Nowy"). A one-word PERSON/LOCATION
  with an adjective reading that agrees in number, case and gender with a common-noun reading
  of the lower-case word right after it is that adjective ("Kowalski powiedział": a verb
  follows, the name stays).
- **After "w"/"we" (in)**: Polish puts things and places, not people, after "w" in the locative.
  A one-word PERSON there is a LOCATION when Morfeusz gives it a geographic locative reading
  ("w Krakowie") and is dropped otherwise: a declined product name unknown to SGJP ("testy w
  Jeście", "w Cursorze").
- **A declined product name**: Polish declines borrowed names ("z Qdrantem", "w Cursorze",
  "Ollamy"); SGJP does not know the form. A word Morfeusz does not know whose base, after one
  Polish case ending (SGJP's masculine and feminine noun endings: -a, -u, -owi, -em, -ie, -ze,
  -y, -ą, -ę, -om, -ów, -ami, -ach), is a listed product or tool word
  (:data:`~transforms.privacy.pii.ner_filters.NOT_NAME_WORDS`, the assistants of
  :mod:`~transforms.privacy.pii.assistant_tools`) or an everyday English word ("cursor") that is
  no listed name, is that product. A span opened by Polish common words ("Użyłem Cursora") is
  read without them first.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.assistant_tools import ASSISTANTS
from transforms.privacy.pii.gazetteers import english_frequency, listed_name_word
from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS
from transforms.privacy.pii.polish_vocabulary import (
    analyse,
    maybe_polish,
    polish_around,
    polish_common_word,
    polish_word,
    readings,
)
from transforms.privacy.spans import Span

_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_IN_BEFORE = re.compile(r"(?:^|[\s(])[Ww]e?[ \t]+$")
_WORD = re.compile(r"[^\W\d_]+")
# case endings of borrowed masculine/feminine nouns, longest first
_ENDINGS = ("ami", "ach", "owi", "em", "ie", "ze", "om", "ów", "a", "u", "y", "ą", "ę")
# an everyday English word from this frequency is a base a product name is made of ("cursor")
ENGLISH_BASE_FREQUENCY = 1e-6
_ASSISTANTS = frozenset(w.lower() for w in ASSISTANTS)


def declined_product(word: str) -> bool:
    """Whether ``word`` is a Polish case form of a product or tool name ("Qdrantem")."""
    if len(word) < 4 or polish_word(word) or listed_name_word(word):
        return False
    low = word.lower()
    for ending in _ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        # a feminine "-a" noun swaps its ending ("Ollama" -> "Ollamy", "Ollamą")
        for base in (low[: -len(ending)], low[: -len(ending)] + "a"):
            if listed_name_word(base.capitalize()):
                continue
            if base in NOT_NAME_WORDS or base in _ASSISTANTS:
                return True
            if english_frequency(base) >= ENGLISH_BASE_FREQUENCY:
                return True
    return False


def _without_common_opener(text: str, s: Span) -> Span | None:
    """``s`` without the Polish common words opening it; ``None`` when nothing is left."""
    start = s.start
    for m in _WORD.finditer(text, s.start, s.end):
        if not polish_common_word(m.group()):
            break
        start = m.end()
    else:
        return None
    while start < s.end and not text[start].isalpha():
        start += 1
    return s if start == s.start else Span(start, s.end, s.type, s.score, s.detector)


def _parts(tag: str) -> tuple[str, set[str], set[str]] | None:
    """(number, cases, genders) of an ``adj`` or ``subst`` tag ("adj:sg:nom.voc:m1.m2.m3:pos")."""
    fields = tag.split(":")
    if len(fields) < 4 or fields[0] not in ("adj", "subst"):
        return None
    return fields[1], set(fields[2].split(".")), set(fields[3].split("."))


def _agree(adj: tuple[str, set[str], set[str]], noun: tuple[str, set[str], set[str]]) -> bool:
    number = adj[0] == noun[0] or "." in noun[0] and adj[0] in noun[0].split(".")
    return number and bool(adj[1] & noun[1]) and bool(adj[2] & noun[2])


def adjective_before_noun(text: str, start: int, end: int) -> bool:
    """Whether the one word ``text[start:end]`` is an adjective agreeing with the common noun
    written in lower case right after it ("Dobry postęp")."""
    word = text[start:end]
    m = _NEXT_WORD.match(text, end)
    if not _WORD.fullmatch(word) or not m or not m.group(1)[:1].islower():
        return False
    adjectives = [p for _, tag in readings(word) if tag.startswith("adj:") and (p := _parts(tag))]
    if not adjectives:
        return False
    nouns = [
        p
        for lemma, tag in readings(m.group(1))
        if tag.startswith("subst:") and lemma[:1].islower() and (p := _parts(tag))
    ]
    return any(_agree(a, n) for a in adjectives for n in nouns)


def _geographic_locative(word: str) -> bool:
    return any(
        "nazwa_geograficzna" in kinds and "loc" in (tag.split(":") + ["", "", ""])[2].split(".")
        for _lemma, tag, kinds in analyse(word)
    )


def _after_in(text: str, start: int) -> bool:
    return bool(_IN_BEFORE.search(text, max(0, start - 4), start))


def polish_phrase_spans(text: str, spans: list[Span]) -> list[Span]:
    """Spans without Polish adjectives and declined products read as names, without Polish
    common words opening them, and with PERSONs after "w" re-read (module docstring)."""
    if not any(s.type in ("PERSON", "LOCATION") for s in spans) or not maybe_polish(text):
        return spans
    out = []
    for s in spans:
        if s.type in ("PERSON", "LOCATION") and polish_around(text, s.start, s.end):
            s = _polish_reading(text, s)
        if s is not None:
            out.append(s)
    return out


def _polish_reading(text: str, s: Span) -> Span | None:
    """``s`` as Polish prose reads it: trimmed, re-typed, or ``None`` (no name)."""
    s = _without_common_opener(text, s)
    if s is None or not _WORD.fullmatch(text[s.start : s.end]):
        return s
    word = text[s.start : s.end]
    if declined_product(word) or adjective_before_noun(text, s.start, s.end):
        return None
    if s.type == "PERSON" and _after_in(text, s.start):
        if not _geographic_locative(word):
            return None
        return Span(s.start, s.end, "LOCATION", s.score, s.detector)
    return s
