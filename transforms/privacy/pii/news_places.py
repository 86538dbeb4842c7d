"""LOCATION recall on news prose (issue 14): places that the sentence shape names, not a list.

A post-pass over the PERSON/LOCATION spans of one text, in its prose pieces only:

- a place after its class noun: "the southern city of Tyre", "the town of Qaim", "the
  republic of Iraq", "the island of Crete";
- a town before a comma and a state, province or country: "Libby, Montana, where ...",
  "Gatineau, Que., used ...", "Alexandria, Va.-based" (the AP abbreviation is a place too; AP
  Stylebook state abbreviations, as listed at
  https://en.wikipedia.org/wiki/List_of_U.S._state_and_territory_abbreviations);
- two countries joined by a hyphen: "the Iran-Iraq war";
- a rare capitalised word coordinated with a place after a place preposition ("in Tikrit and
  Huwaijah"), or before "and other cities" ("Samarra and other cities");
- a capitalised subject placed by a compass word: "Kut is in southeastern Iraq".
- a capitalised subject or head the sentence calls a settlement or island, the class noun ending
  the phrase: "York is an ancient cathedral city.", "Aisby is a village in ...", "Coron, a town
  in Palawan" (session 31; not "Smith is a town planner").

And the reverse: a spaCy GPE/LOC whose words are all learned person name words and no listed
place (``train_names_en``: "Karzai also has to deal with ...", "Vajpayee indulged in") is a
person (:func:`learned_person`).

Names the passes cut short or typed as a place are mended too: a PERSON followed by an
apostrophe surname takes it in ("Marie L'Heureux"), a title before an apostrophe name makes it a
person ("Mr. N'Golo Kanté"), and a place that is also a census given name before a surname is a
person ("Georgia O'Keeffe") (:func:`mend_names`).

A PERSON span the new place covers is dropped (a town that is also a given name: "Libby").
Tuned on ``uner_ewt`` dev and ``uner_ewt_train`` and hand-written probes only.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.ner_filters import (
    _STARTERS,
    COMMON_WORD_FREQUENCY,
    EVERYDAY_WORD_FREQUENCY,
    NOT_NAME_WORDS,
)
from transforms.privacy.pii.peoples import is_people_word
from transforms.privacy.pii.word_sets import word_set
from transforms.privacy.segments import NerView
from transforms.privacy.spans import Span

_NAME = r"[A-Z][a-z]+(?:['\u2019\-][A-Za-z][a-z]+)*"
_CLASS_OF = re.compile(
    r"\b(?:city|town|village|province|region|district|governorate|republic|island|isle|capital"
    r"|port|county|municipality|suburb|kingdom|emirate|township|hamlet)[ \t]+of[ \t]+"
    rf"({_NAME}(?:[ \t]+{_NAME}){{0,2}})"
)
# AP state and province abbreviations (see the module docstring for the source).
AP_ABBREVIATIONS = word_set("""
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn.
Vt. Va. Wash. W.Va. Wis. Wyo. Que. Ont. Alta. Sask. Man. B.C. N.S.
""")
_TOWN_STATE = re.compile(
    rf"\b({_NAME}(?:[ \t]+{_NAME}){{0,2}})[ \t]?,[ \t]+"
    r"((?:[A-Z]\.){1,2}[A-Z][a-z]*\.|[A-Z][a-z]+\.|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    # not a list ("mentioned Saddam, Iraq, or regime")
    r"(?![ \t]*,[ \t]*(?:and|or)\b)(?=[,;:)]|-based|[ \t]*$|\.(?:[ \t]|$))"
)
_PAIR = re.compile(rf"\b({_NAME}|[A-Z]{{2,3}})-({_NAME}|[A-Z]{{2,3}})\b(?!-)")
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|between|near|across|around|through|into|outside)[ \t]+$"
)
# the coordinated word ends the list: punctuation or a preposition follows, not a verb
# ("brought him to Leicester and Tunchev hopes ...")
_COORDINATED_AFTER = re.compile(
    rf"(?:[ \t]?,)?[ \t]+(?:and|or)[ \t]+({_NAME})\b"
    r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:in|on|near|as|and|or|were|are)\b)"
)
_COORDINATED_BEFORE = re.compile(rf"\b({_NAME})[ \t]+(?:and|or)[ \t]+$")
_OTHER_PLACES = re.compile(
    rf"\b({_NAME})[ \t]+and[ \t]+other[ \t]+(?:cities|towns|villages|provinces|countries|regions)\b"
)
_COMPASS = (
    r"(?:(?:north|south)(?:ern|east|eastern|west|western)?|east(?:ern)?|west(?:ern)?|central)"
)
_PLACED_BY_COMPASS = re.compile(
    rf"(?:^|(?<=[(\n])|(?<=\.[ \t]))({_NAME})[ \t]+is[ \t]+(?:located[ \t]+|situated[ \t]+)?"
    rf"in[ \t]+{_COMPASS}[ \t]+$"
)

# "York is an ancient cathedral city.", "Coron, a town in Palawan": a capitalised subject or
# head that the sentence calls a settlement or island (session 31); the class noun ends the
# phrase ("Jack is a city boy", "Smith is a town planner" are no places).
_CLASS_NOUN = (
    r"(?:city|town|village|island|country|province|state|region|capital|port|municipality"
    r"|suburb|county|archipelago|kingdom|borough|settlement|commune|nation|republic|metropolis)"
)
_CLASS_END = (
    r"(?=[ \t]*(?:[,.;:)\-\u2013\u2014]|$)|[ \t]+(?:of|in|on|with|that|which|where|located"
    r"|situated|known|near|at|founded|famous|and|by|whose|from|off|between|north|south|east"
    r"|west)\b)"
)
_CALLED_PLACE = re.compile(
    rf"(?:^|(?<=[(\n])|(?<=[.!?][ \t]))({_NAME}(?:[ \t]+{_NAME})?)(?:[ \t]+(?:is|was|remains)"
    rf"|[ \t]?,)[ \t]+(?:a|an|the)[ \t]+(?:[a-z\-]+[ \t]+){{0,3}}{_CLASS_NOUN}{_CLASS_END}"
)


def learned_person(value: str) -> bool:
    """Whether every word of ``value`` is a learned person name word and none a listed place
    (``train_names_en``: learned from the train splits only)."""
    from transforms.privacy.pii.train_names_en import _place_word, learned

    words = [w.rstrip("'\u2019") for w in value.split()]
    tokens = learned("person_tokens")
    return bool(words) and all(w in tokens and not _place_word(w) for w in words)


def _in_prose(view: NerView, start: int, end: int) -> bool:
    """Whether the original offsets lie inside one prose piece of ``view``."""
    return any(
        o <= start and end <= o + n for o, n in zip(view.orig_starts, view.lengths, strict=True)
    )


def _rare(word: str) -> bool:
    return (
        english_frequency(word.lower()) < COMMON_WORD_FREQUENCY
        and word.lower() not in NOT_NAME_WORDS
    )


def _place(value: str) -> bool:
    return value in COUNTRIES_AND_REGIONS or value in AP_ABBREVIATIONS


def _name_of_place(word: str) -> bool:
    """No given name, no nationality word: "between Iraqi and Kurdistan" (CLDR, ``peoples``)."""
    return word not in GIVEN_NAMES and not is_people_word(word)


def _candidates(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    # cheap literal tests first: each regex needs that character or word
    out: list[tuple[int, int]] = (
        [m.span(1) for m in _CLASS_OF.finditer(text)] if "of" in text else []
    )
    for m in _TOWN_STATE.finditer(text) if "," in text else ():
        if (
            _place(m.group(2))
            and m.group(1) not in COUNTRIES_AND_REGIONS
            # "Hello, Texas": an everyday word is no town
            and english_frequency(m.group(1).split()[0].lower()) < EVERYDAY_WORD_FREQUENCY
        ):
            out.append(m.span(1))
            if m.group(2) in AP_ABBREVIATIONS:
                out.append(m.span(2))
    for m in _PAIR.finditer(text) if "-" in text else ():
        if m.group(1) in COUNTRIES_AND_REGIONS and m.group(2) in COUNTRIES_AND_REGIONS:
            out.extend((m.span(1), m.span(2)))
    places = [s for s in spans if s.type == "LOCATION"]
    for s in places:
        before = text[max(0, s.start - 16) : s.start]
        if _PLACE_PREPOSITION.search(before):
            m = _COORDINATED_AFTER.match(text, s.end)
            if m and _rare(m.group(1)) and _name_of_place(m.group(1)):
                out.append(m.span(1))
        m = _COORDINATED_BEFORE.search(text, max(0, s.start - 40), s.start)
        if (
            m
            and _rare(m.group(1))
            and _name_of_place(m.group(1))
            and _PLACE_PREPOSITION.search(text, max(0, m.start(1) - 16), m.start(1))
        ):
            out.append(m.span(1))
        m = _PLACED_BY_COMPASS.search(text, max(0, s.start - 80), s.start)
        if m and m.end() == s.start:
            out.append(m.span(1))
    if "other" in text:
        out.extend(m.span(1) for m in _OTHER_PLACES.finditer(text))
    out.extend(
        m.span(1)
        for m in _CALLED_PLACE.finditer(text)
        if m.group(1).split()[0] not in _STARTERS and _rare(m.group(1).split()[-1])
    )
    return out


# "L'Heureux", "D'Amour", "O'Neill", "N'Golo": one or two letters, an apostrophe, a capital
_APOSTROPHE_NAME = r"[A-Z][a-z]?['\u2019][A-Z][^\W\d_]+"
_APOSTROPHE_AFTER = re.compile(rf"[ \t]+({_APOSTROPHE_NAME})\b")
_TITLED_APOSTROPHE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+({_APOSTROPHE_NAME}(?:[ \t]+[A-Z][^\W\d_]+)?)"
)
_SURNAME_AFTER = re.compile(rf"[ \t]+({_APOSTROPHE_NAME}|(?:Mc|Mac)?[A-Z][a-z]+)\b")


def _surname_word(word: str) -> bool:
    if "'" in word or "\u2019" in word:
        return True
    return (
        word in ALL_SURNAMES
        and word not in COUNTRIES_AND_REGIONS
        and word not in CITIES
        and english_frequency(word.lower()) < EVERYDAY_WORD_FREQUENCY
    )


def mend_names(text: str, spans: list[Span], view: NerView) -> list[Span]:
    """PERSON spans mended as the module docstring says."""
    out: list[Span] = []
    grown: list[Span] = []
    for s in spans:
        m = _APOSTROPHE_AFTER.match(text, s.end)
        n = _SURNAME_AFTER.match(text, s.end)
        if s.type == "PERSON" and m and _in_prose(view, s.start, m.end(1)):
            s = Span(s.start, m.end(1), "PERSON", s.score, s.detector)  # "Marie L'Heureux"
            grown.append(s)
        elif (
            s.type == "LOCATION"
            and " " not in text[s.start : s.end]
            and text[s.start : s.end] in GIVEN_NAMES
            and n
            and _surname_word(n.group(1))
            and _in_prose(view, s.start, n.end(1))
        ):
            s = Span(s.start, n.end(1), "PERSON", s.score, s.detector)  # "Georgia O'Keeffe"
            grown.append(s)
        out.append(s)
    titled = _TITLED_APOSTROPHE.finditer(text) if "'" in text or "\u2019" in text else ()
    for m in titled:
        a, b = m.span(1)
        if _in_prose(view, a, b) and not any(s.start < b and a < s.end for s in out):
            out.append(Span(a, b, "PERSON", 0.8, "news_place"))  # "Mr. N'Golo Kanté"
    # a grown span replaces the shorter spans it now covers (and its own twins)
    seen: set[tuple[int, int, str]] = set()
    kept: list[Span] = []
    for s in out:
        if (s.start, s.end, s.type) in seen or any(
            g.start <= s.start and s.end <= g.end and g.end - g.start > s.end - s.start
            for g in grown
        ):
            continue
        seen.add((s.start, s.end, s.type))
        kept.append(s)
    return kept


def news_places(text: str, spans: list[Span], view: NerView | None) -> list[Span]:
    """``spans`` with the places of :func:`_candidates` added (see the module docstring)."""
    if view is None or not view.text:
        return spans
    spans = mend_names(text, spans, view)
    for a, b in _candidates(text, spans):
        if not _in_prose(view, a, b):
            continue
        if any(s.start < b and a < s.end and s.type != "PERSON" for s in spans):
            continue  # already a place, or another type's span
        # a person span of several words ("Rick Perry, Texas") is left alone
        if any(
            s.start < b and a < s.end and (s.start < a or s.end > b) and s.type == "PERSON"
            for s in spans
        ):
            continue
        spans = [s for s in spans if not (s.start < b and a < s.end)]
        spans.append(Span(a, b, "LOCATION", 0.8, "news_place"))
    return sorted(spans, key=lambda s: (s.start, s.end))
