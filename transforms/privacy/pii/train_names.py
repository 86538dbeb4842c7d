"""Names and places learned from the official TRAIN splits of public NER corpora (issue 14).

``data/train_names.json`` holds, per language, the PERSON name tokens, whole PERSON names and
LOCATION names of the Universal NER train splits (Danish DDT, Portuguese Bosque, ...) and of
NorNE's Norwegian train sentences (see
``data/README.md`` for licence and provenance), each with its counts ``[as PER/LOC, other]``
and kept only when tagged at least as often as not on train and no ordinary word of the language
(built by ``tests/data/external/train_names/build_train_names.py``; dev and test never read).

:func:`train_spans` uses them as evidence in a sentence of that language, where only proper
nouns are capitalised: a run of capitalised words (name particles inside) that is a learned
name or place as a whole ("Vila Franca de Xira", "Poul Nyrup Rasmussen") is one; a run with a
learned name token whose other words are names too or no ordinary words is a PERSON ("Søren",
"Nanna Hald"), not when it is one word opening the sentence (unless never seen untagged on
train); a learned place on its own is a LOCATION inside a sentence or after a place
preposition ("i Næstved"). A listed place or common word in the run blocks the person reading.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from transforms.privacy.pii.foreign_lists import (
    PARTICLES,
    PLACE_PREPOSITIONS,
    TITLES,
    common_word,
    fold,
)
from transforms.privacy.pii.foreign_words import at_sentence_start, genitive_stripped, is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES

DATA = Path(__file__).with_name("data") / "train_names.json"
# Genitive -s marks names in these languages ("Sørens", "Kelds", Norwegian "Stoltenbergs").
GENITIVE_S = frozenset({"da", "no"})
# A one-word run opening a sentence is a name only when seen this often as one on train, and
# never written the same way outside a name.
MIN_OPENER_COUNT = 2

_PREP = re.compile(r"([^\W\d_]+)[ \t]+$")
# Portuguese articles split off their preposition in UD text ("Maria de o Rosário"): a run goes
# on across them.
_SPLIT_ARTICLE = re.compile(r"[ \t]+de[ \t]+(?:a|o|as|os)[ \t]+$")
_ROLE_COMPOUND = re.compile(r"-[a-zæøåäöüéèáàíóúâêôãõç]")
_SPLIT_ARTICLES = frozenset({"a", "o", "as", "os"})
# A capitalised word, optionally with "de" (and a split article), right before a run: the run
# is the tail of a longer name ("Cidade de o México", "Novo México", "Bairro de S. Tomé").
_NAME_BEFORE = re.compile(
    r"([A-Z\u00c0-\u00de][^\W\d_]*\.?)(?:[ \t]+de(?:[ \t]+(?:a|o|as|os))?)?[ \t]+$"
)


@functools.cache
def _data() -> dict[str, dict[str, dict[str, list[int]]]]:
    data: dict[str, dict[str, dict[str, list[int]]]] = json.loads(DATA.read_text("utf-8"))
    return data


def trained_languages() -> frozenset[str]:
    return frozenset(_data())


def learned(kind: str, lang: str) -> dict[str, list[int]]:
    """``person_tokens``, ``person_names``, ``place_tokens`` or ``place_names`` of ``lang``."""
    return _data().get(lang, {}).get(kind, {})


def _lookup(kind: str, value: str, lang: str) -> list[int] | None:
    table = learned(kind, lang)
    if value in table:
        return table[value]
    bare = genitive_stripped(value) if lang in GENITIVE_S and " " not in value else None
    return table.get(bare) if bare else None


def learned_person_word(tok: str, lang: str) -> bool:
    return _lookup("person_tokens", tok, lang) is not None


def learned_place(value: str, lang: str) -> bool:
    kind = "place_names" if " " in value else "place_tokens"
    return _lookup(kind, value, lang) is not None


def learned_type(value: str, lang: str) -> str | None:
    """``LOCATION`` or ``PERSON`` when the learned lists of ``lang`` say which a whole spaCy
    entity is ("Nakskov", "Ceará" spaCy calls persons; "Søren" it calls a place), else None."""
    if lang not in trained_languages():
        return None
    words = value.split()
    place = learned_place(value, lang)
    person = _lookup("person_names", value, lang) is not None or (
        len(words) == 1 and learned_person_word(value, lang)
    )
    if place == person:
        return None
    return "LOCATION" if place else "PERSON"


def _after_place_preposition(text: str, pos: int) -> bool:
    m = _PREP.search(text[max(0, pos - 20) : pos])
    return m is not None and m.group(1).lower() in PLACE_PREPOSITIONS


def _name_word(tok: str, lang: str) -> bool:
    """A word that may stand in a person name beside a learned one."""
    if tok.lower() in PARTICLES or learned_person_word(tok, lang):
        return True
    if lang == "pt" and tok in _SPLIT_ARTICLES:
        return True  # "Maria de o Rosário": only ever inside a merged run
    if fold(tok) in GIVEN_NAMES or fold(tok) in SURNAMES:
        return not common_word(tok, lang)
    return not (common_word(tok, lang) or learned_place(tok, lang) or is_place(tok, lang=lang))


def _person_run(text: str, a: int, toks: list[str], lang: str) -> bool:
    if not any(learned_person_word(t, lang) for t in toks):
        return False
    if not all(_name_word(t, lang) for t in toks):
        return False
    if len(toks) > 1 or not at_sentence_start(text, a):
        return True
    n, other = _lookup("person_tokens", toks[0], lang) or [0, 1]
    return n >= MIN_OPENER_COUNT and other == 0


def _place_run(text: str, a: int, toks: list[str], lang: str) -> bool:
    value = " ".join(toks)
    if not learned_place(value, lang):
        return False
    return len(toks) > 1 or not at_sentence_start(text, a) or _after_place_preposition(text, a)


def _tail_of_name(text: str, a: int, lang: str) -> bool:
    """A capitalised word other than a title (with "de" between, maybe) before ``a``
    inside the sentence: the run ends a longer name ("Novo México", "Casa de o Nuno")."""
    m = _NAME_BEFORE.search(text[max(0, a - 40) : a])
    if m is None:
        return False
    word = m.group(1)
    start = a - len(m.group(0))
    return word.lower() not in TITLES and not at_sentence_start(text, start)


def _merged_runs(text: str, start: int, end: int, lang: str) -> list[tuple[int, list[str]]]:
    """Name runs; in Portuguese joined across a split article ("Maria de o Rosário")."""
    from transforms.privacy.pii.foreign_ner import foreign_runs  # builds on this module's imports

    runs: list[tuple[int, list[str]]] = []
    for a, toks in foreign_runs(text, start, end, lang):
        if runs and lang == "pt":
            pa, ptoks = runs[-1]
            pend = text.index(ptoks[-1], pa) + len(ptoks[-1]) if ptoks else pa
            gap = text[pend:a]
            if ptoks[-1].lower() == "de" and gap.strip() in ("a", "o", "as", "os"):
                runs[-1] = (pa, [*ptoks, gap.strip(), *toks])
                continue
            if _SPLIT_ARTICLE.match(gap + " ") or _SPLIT_ARTICLE.match(gap):
                runs[-1] = (pa, [*ptoks, *gap.split(), *toks])
                continue
        runs.append((a, list(toks)))
    return runs


def _trimmed(text: str, a: int, toks: list[str], lang: str) -> tuple[int, list[str]]:
    """The run without the titles, particles and common words opening it ("Men Søren"); a
    common word that is a census given name stays before another word ("Marcos Augusto")."""
    while toks and (
        toks[0].lower() in PARTICLES
        or toks[0].lower() in TITLES
        or (
            common_word(toks[0], lang)
            and not learned_person_word(toks[0], lang)
            and (len(toks) == 1 or fold(toks[0]) not in GIVEN_NAMES)
        )
    ):
        a = text.index(toks[1], a + len(toks[0])) if len(toks) > 1 else a + len(toks[0])
        toks = toks[1:]
    while len(toks) > 1 and _no_name_opener(text, a, toks, lang):
        a = text.index(toks[1], a + len(toks[0]))
        toks = toks[1:]
    return a, toks


def _listed_name(tok: str, lang: str) -> bool:
    return learned_person_word(tok, lang) or fold(tok) in GIVEN_NAMES or fold(tok) in SURNAMES


def _no_name_opener(text: str, a: int, toks: list[str], lang: str) -> bool:
    """A word before a name that is none itself: an acronym ("PSDB Sérgio Motta"), a
    compound role ("Ellington-saxofonisten Paul"), or an unlisted word opening the sentence
    before a listed name ("Erfarne Ivan Nielsen")."""
    first = toks[0]
    if _listed_name(first, lang):
        return False
    if sum(c.isupper() for c in first) > 1 or _ROLE_COMPOUND.search(first):
        return True
    return at_sentence_start(text, a) and _listed_name(toks[1], lang)


def train_spans(
    text: str, start: int, end: int, lang: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(LOCATION spans, PERSON spans) in the ``lang`` sentence ``text[start:end]`` on the
    evidence of the learned lists; nothing for a language without lists."""
    if lang not in trained_languages():
        return [], []
    places, persons = [], []
    for a0, toks0 in _merged_runs(text, start, end, lang):
        a, toks = _trimmed(text, a0, toks0, lang)
        whole = " ".join(toks0)
        if len(toks0) > 1 and text.startswith(whole, a0) and not _tail_of_name(text, a0, lang):
            span = (a0, a0 + len(whole))  # a learned name as a whole: "São Paulo"
            if _lookup("person_names", whole, lang) is not None:
                persons.append(span)
                continue
            if _lookup("place_names", whole, lang) is not None:
                places.append(span)
                continue
        if not toks or _tail_of_name(text, a, lang):
            continue
        value = " ".join(toks)
        if not text.startswith(value, a):
            continue
        span = (a, a + len(value))
        if len(toks) > 1 and _lookup("person_names", value, lang) is not None:
            persons.append(span)
        elif _place_run(text, a, toks, lang):
            places.append(span)
        elif _person_run(text, a, toks, lang):
            persons.append(span)
    return places, persons
