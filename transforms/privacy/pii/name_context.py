"""PERSON from the company a word keeps in its own text, after the per-span detectors ran.

A lone first name that no list knows ("Torpy", "leonti", "Destiny") is rarely a person on its
own evidence, yet the text around it often says so:

- **coordination**: a word joined by ``and`` / commas to names already found ("Torpy and
  Salinas were ...", "they had 6: silvana, adam, christopher, kristina, chad and caleb") is
  one more name, when it is name-shaped (not an everyday English word, same case as its
  neighbours) and no other detector claimed it;
- **speaker labels**: a line opening with ``Word:`` in a dialogue whose other labels are names
  ("Ella: ...\\nDestiny: ...");
- **one name, one type**: a word spaCy tagged as a place that is also part of a person found
  in the same text ("my name is borna jerković but everyone calls me borna") is that person;
  and so is a place-tagged word listed among names ("..., chad and caleb"); a full name found
  once is found at its other mentions too;

A one-word PERSON the sentence calls a work ("Zoolander is a 2017 Polish action-comedy film")
is dropped, and so is one the sentence shows to be a band (:mod:`music_acts`). It also holds
:func:`title_not_name`, the gazetteer's check that an ambiguous given name opens a title
("The Princess Royal", "Carry Me Back To Poland"), not a person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_SURNAMES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    _english_frequencies,
    ascii_fold,
    english_frequency,
    word_set,
)
from transforms.privacy.pii.music_acts import music_act
from transforms.privacy.spans import Span

# A word this frequent in English ("me", "back", "to") never continues a person's name.
TITLE_WORD_FREQUENCY = 1e-3
# A new name from its company alone must be rarer than this in English ("Torpy", "silvana");
# a census given name or surname ("Brown", "Destiny") may be more common, up to the second.
RARE_WORD_FREQUENCY = 1e-6
LISTED_NAME_FREQUENCY = 1e-4
# A word this frequent in English is an everyday word ("Video", "Birthday", "Fruit").
EVERYDAY_FREQUENCY = 1e-5

_DEFINITE_BEFORE = re.compile(r"(?i:(?<![\w'\u2019])the)[ \t]+$")
_WORD = r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*"
_CAP_WORD = r"[A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
_ITEM = _WORD + r"(?:[ \t]" + _CAP_WORD + r"){0,2}"
# "A and B", "A, B, C and D" (an Oxford comma allowed); tokenised social text puts a space
# before each comma ("Vin , Dwayne , Luda & Michelle": WNUT 2017, Broad Twitter Corpus)
_COMMA = r"[ \t]?,"
_COORDINATION = re.compile(
    r"(?<![\w\-@./])("
    + _ITEM
    + r")((?:"
    + _COMMA
    + r"[ \t]+"
    + _ITEM
    + r")*)(?:"
    + _COMMA
    + r")?[ \t]+(?:and|&)[ \t]+("
    + _ITEM
    + r")(?![\w\-@])"
)
_NUMBER_AFTER = re.compile(r"[ \t]*\d")  # "Young Dro and Cap 1": a stage name with a number
_LIST_ITEM = re.compile(_COMMA + r"[ \t]+(" + _ITEM + r")")
_CALENDAR_WORDS = word_set("""
jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july
august september october november december mon tue tues wed thu thur thurs fri sat sun monday
tuesday wednesday thursday friday saturday sunday
""")
_SPEAKER = re.compile(r"(?m)^[ \t>]*(" + _WORD + r")[ \t]*:")


def title_not_name(text: str, start: int, rest: list[tuple[int, int, str]]) -> bool:
    """An ambiguous given name at ``start`` opens a title rather than a name: ``the`` before
    it ("The Princess Royal") or an everyday word after it ("Carry Me Back To")."""
    if not rest:
        return False
    if _DEFINITE_BEFORE.search(text, max(0, start - 12), start):
        return True
    words = {w.lower() for _, _, w in rest}
    return any(f >= TITLE_WORD_FREQUENCY for f in _english_frequencies(words).values())


def _name_shaped(word: str, lower_list: bool, strong: bool) -> bool:
    """Not an everyday word, in the case of the names beside it; a lower-case word the name
    lists do not know only with ``strong`` evidence (a list with two names or more)."""
    from transforms.privacy.pii.ner_filters import NOT_NAME_WORDS

    if len(word) < 3 or word.lower() in NOT_NAME_WORDS or not re.fullmatch(_WORD, word):
        return False
    if word.isupper() or word.lower() in _CALENDAR_WORDS:
        return False  # "JLS and Justin Beiber": a band's initials; "on 22 Jan and ..."
    if word.islower() != lower_list:
        return False  # "Salinas and the band": case differs from the names beside it
    freq = _english_frequencies({word})[word]
    # an ambiguous given name ("Destiny", "Faith") is a name once its company says so
    given = word.capitalize() in GIVEN_NAMES or word.capitalize() in AMBIGUOUS_GIVEN_NAMES
    if word.islower() and not (given or strong):
        return False  # "a minecraft gamer and grian fan"
    # a census surname that is an everyday word ("Fruit", "Pass", "Jobs") only when it is a
    # common surname ("Brown", "Bishop"): "Fruit & Maple Oatmeal" lists no people
    surname = word in COMMON_SURNAMES or (word in ALL_SURNAMES and freq < EVERYDAY_FREQUENCY)
    known = given or (not word.islower() and surname)
    return freq < (LISTED_NAME_FREQUENCY if known else RARE_WORD_FREQUENCY)


def _covering(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start < end and start < s.end]


def _claim(
    spans: list[Span], start: int, end: int, word: str, lower_list: bool, strong: bool
) -> Span | None:
    """A PERSON span for ``word`` at ``start``, or a PERSON re-typing of the place span there;
    None when another detector holds it or it is not name-shaped."""
    if " " in word or not _name_shaped(word, lower_list, strong):
        return None
    held = _covering(spans, start, end)
    if not held:
        return Span(start, end, "PERSON", 0.7, "name_context")
    if len(held) == 1 and held[0].type == "LOCATION" and held[0].detector == "spacy_ner":
        # a place tag yields to a given name or a lower-case word ("chad and caleb"), not to a
        # capitalised place ("Avon and Somerset")
        given = word.capitalize() in GIVEN_NAMES or word.capitalize() in AMBIGUOUS_GIVEN_NAMES
        same = (held[0].start, held[0].end) == (start, end)
        if same and (given or word.islower()) and word not in COUNTRIES_AND_REGIONS:
            return replace(held[0], type="PERSON", detector="name_context")
    return None


def _is_person(spans: list[Span], start: int, end: int) -> bool:
    return any(s.type == "PERSON" and s.start <= start and end <= s.end for s in spans)


def _coordinated(text: str, spans: list[Span]) -> list[tuple[int, int, Span | None]]:
    out = []
    for m in _COORDINATION.finditer(text):
        items = [(m.start(1), m.end(1))]
        items += [(x.start(1), x.end(1)) for x in _LIST_ITEM.finditer(m.group(2))]
        items = items[:1] + [(m.start(2) + a, m.start(2) + b) for a, b in items[1:]]
        items.append((m.start(3), m.end(3)))
        people = [it for it in items if _is_person(spans, *it)]
        # two names out of a longer list, or the one other conjunct of "A and B"
        if not people or (len(items) > 2 and len(people) < 2):
            continue
        lower_list = all(text[a:b].islower() for a, b in people)
        for a, b in items:
            if not _is_person(spans, a, b) and not _NUMBER_AFTER.match(text, b):
                out.append((a, b, _claim(spans, a, b, text[a:b], lower_list, len(people) > 1)))
    return out


def _speakers(text: str, spans: list[Span]) -> list[tuple[int, int, Span | None]]:
    labels = [(m.start(1), m.end(1)) for m in _SPEAKER.finditer(text)]
    if len(labels) < 2 or not any(_is_person(spans, a, b) for a, b in labels):
        return []
    return [
        (a, b, _claim(spans, a, b, text[a:b], text[a:b].islower(), True))
        for a, b in labels
        if not _is_person(spans, a, b)
    ]


def _same_person_words(text: str, spans: list[Span]) -> list[Span]:
    # the first or last word of a full name found in the text ("borna jerković" ... "borna")
    words = set()
    for s in spans:
        parts = re.findall(_WORD, text[s.start : s.end]) if s.type == "PERSON" else []
        if len(parts) > 1:
            words.update((parts[0], parts[-1]))
    return [
        replace(s, type="PERSON", detector="name_context")
        for s in spans
        if s.type == "LOCATION"
        and s.detector == "spacy_ner"
        and text[s.start : s.end] in words
        and text[s.start : s.end] not in COUNTRIES_AND_REGIONS
    ]


# "Zoolander is a 2017 Polish action-comedy film": the subject is a work, not a person
_WORK_AFTER = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\w\-']+[ \t]+){0,4}?"
    r"(?:film|movie|album|song|single|novel|book|band|video game|game|series|sitcom|musical|"
    r"opera|play)\b(?![ \t]*(?:director|maker|producer|star|critic|writer|editor|fan|lover|"
    r"buff|singer|player|designer|developer|composer))"
)


def _work_title(text: str, span: Span) -> bool:
    """A one-word spaCy PERSON that the sentence says is a film, album, band, book..."""
    one_word = re.fullmatch(_WORD, text[span.start : span.end])
    return (
        bool(one_word) and span.detector == "spacy_ner" and bool(_WORK_AFTER.match(text, span.end))
    )


def _repeated_names(text: str, spans: list[Span]) -> list[Span]:
    """Other mentions of a full name found once ("Gyala Antall" above the address, again in
    the signature) that no detector claimed."""
    out = []
    lines = {}
    for s in spans:
        if s.type == "PERSON" and len(re.findall(_WORD, text[s.start : s.end])) > 1:
            lines.setdefault(text[s.start : s.end], set()).add(text.count("\n", 0, s.start))
    for name, found_on in lines.items():
        for m in re.finditer(r"(?<![\w\-@])" + re.escape(name) + r"(?![\w\-@])", text):
            # on a line of its own: "Posted by Hidden Nook to Hidden Nook" names a blog twice
            if text.count("\n", 0, m.start()) in found_on:
                continue
            if not _covering(spans, m.start(), m.end()):
                out.append(Span(m.start(), m.end(), "PERSON", 0.8, "name_context"))
    return out


# A lone later mention of a found name: its surname or listed given name, capitalised, at
# least this long ("Madsen gav mig opskriften." after "Per Madsen"), genitive forms included.
_MIN_LONE_MENTION = 3


def _lone_mentions(text: str, spans: list[Span]) -> list[Span]:
    """Other mentions of one word of a full name found in ``text`` (issue 14): its last word
    ("Clinton og Gore" after "Al Gore", "Hendersons" after "Fletcher Henderson") or its
    first word when that is a listed given name ("Lars svarede ikke." after "Lars Hansen")."""
    words: set[str] = set()
    rare_first: set[str] = set()  # unlisted first words: "Şuheda", not "Cerro" of "Cerro Amarillo"
    lower_names: set[str] = set()  # words of a name written all in lower case ("arya jongman")
    for s in spans:
        toks = re.findall(_WORD, text[s.start : s.end])
        if s.type != "PERSON" or len(toks) < 2:
            continue
        words.add(toks[-1])
        if text[s.start : s.end].islower():
            lower_names.update(toks)
        # or a word as rare as a name ("Şuheda"), but not "Jan" ("Jan 5" is a date)
        first = toks[0]
        if ascii_fold(first) in GIVEN_NAMES:
            words.add(first)
        elif _rare_word(first) and first not in AMBIGUOUS_GIVEN_NAMES:
            words.add(first)
            rare_first.add(first)
    full = [
        (m.start(), m.end())
        for s in spans
        if s.type == "PERSON" and " " in text[s.start : s.end].strip()
        for m in re.finditer(re.escape(text[s.start : s.end]), text)
    ]
    out = []
    for word in words:
        # a lower-case name ("arya jongman") is met again lower-case ("early jongman"); a
        # lower-case word must then be rare, as the lower-case name cues ask
        lower = word in lower_names and _rare_word(word)
        if len(word) < _MIN_LONE_MENTION or not (word[0].isupper() or lower) or word.isupper():
            continue
        if _everyday_word(word):
            continue  # "Happy Birthday" after a slip "Happy Harry Birthday"
        pattern = r"(?<![\w\-@.])" + re.escape(word) + r"(?:s|'s?|’s?)?(?![\w\-@(]|\.\w)"
        for m in re.finditer(pattern, text):
            held = _covering(spans, m.start(), m.end())
            if any(a <= m.start() and m.end() <= b for a, b in full):
                continue  # a word of the full name itself ("Posted by Hidden Nook to Hidden Nook")
            if word in rare_first and _CAP_AFTER.match(text, m.end()):
                continue  # the head of another name ("Cerro San Félix" after "Cerro Amarillo")
            if not held:
                out.append(Span(m.start(), m.end(), "PERSON", 0.75, "name_context"))
            elif len(held) == 1 and held[0].type == "LOCATION" and held[0].detector == "spacy_ner":
                same = (held[0].start, held[0].end) == m.span()
                if same:  # "unge Clintons" (spaCy: GPE) after "Bill Clinton"
                    out.append(replace(held[0], type="PERSON", detector="name_context"))
    return out


_CAP_AFTER = re.compile(r"[ \t]+[A-Z\u00c0-\u00de]")


def _rare_word(word: str) -> bool:
    """As rare in English as a name (:data:`RARE_WORD_FREQUENCY`): "Şuheda", "jongman"."""
    return english_frequency(word.lower()) < RARE_WORD_FREQUENCY


def _everyday_word(word: str) -> bool:
    """An English word no name list knows, at least :data:`RARE_WORD_FREQUENCY` frequent."""
    core = re.sub(r"(?:'s?|’s?)$", "", word)
    if core in GIVEN_NAMES or core in AMBIGUOUS_GIVEN_NAMES or core in ALL_SURNAMES:
        return False
    return _english_frequencies({core})[core] >= RARE_WORD_FREQUENCY


def names_from_context(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with names implied by coordination, speaker labels and a person found
    elsewhere in ``text`` added (or place spans re-typed as PERSON), and one-word PERSON
    spans the text calls a work ("X is a ... film") or a band dropped; see module docstring."""
    retyped: dict[tuple[int, int], Span] = {}
    if any(s.type == "PERSON" for s in spans):
        spans = [
            s
            for s in spans
            if not (s.type == "PERSON" and (_work_title(text, s) or music_act(text, s)))
        ]
        retyped.update({(s.start, s.end): s for s in _same_person_words(text, spans)})
        found = [*_coordinated(text, spans), *_speakers(text, spans)]
        repeated = _repeated_names(text, spans)
        found += [(s.start, s.end, s) for s in repeated]
        found += [(s.start, s.end, s) for s in _lone_mentions(text, spans + repeated)]
        for _a, _b, span in found:
            if span is not None:
                retyped[(span.start, span.end)] = span
    if not retyped:
        return spans
    kept = [s for s in spans if not (s.type == "LOCATION" and (s.start, s.end) in retyped)]
    return kept + list(retyped.values())
