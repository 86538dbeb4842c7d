"""Names spaCy did not tag in non-English prose (issue 14): German given names with the surname
after them, German surnames, census names capitalised in Portuguese/Spanish/French/Italian/Dutch.

The English spaCy model misses plenty of names in German prose ("Mein Dank gilt an Manfred
Pfister", "EU-Kommissarin Viviane Reding"), and the census-based gazetteer of
:mod:`~transforms.privacy.pii.ner` does not know German given names. In a German sentence a run
(:func:`~transforms.privacy.pii.foreign_ner.foreign_runs`, cut at inner nouns) that opens with a
given name of the US Census or Wiktionary DE lists (:func:`.foreign_words.german_given`) that is
no plain noun ("Ernst", "Wolf") and goes on with one or two capitalised words that are no plain
nouns, places or function words, or are listed surnames, is a PERSON ("Manfred Pfister",
"Jörg Haider", "Hans-Dietrich Haemmerlein"). A Wiktionary DE surname (name-only entries, plain
nouns left out) is a PERSON on its own, also in the genitive ("Merkel", "Merkels"), unless it
is a place, a frequent German word or follows a determiner ("die Jungs"). In the languages that
write nouns in lower case a census given name or surname written capitalised inside a sentence
is a PERSON (:func:`listed_name_spans`: "o ala Goicoechea").
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import (
    FREQUENCY_LANGUAGES,
    PARTICLES,
    common_word,
    fold,
    german_words,
    is_function_word,
)
from transforms.privacy.pii.foreign_words import (
    GERMAN_DETERMINERS,
    at_sentence_start,
    german_given,
    german_noun,
    is_place,
)
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES

# A given name and at most this many name words after it.
MAX_SURNAME_WORDS = 2


def _surname_word(tok: str) -> bool:
    if is_function_word(tok, "de") or is_place(tok, lang="de") or tok.isupper():
        return False
    return fold(tok) in SURNAMES or not german_noun(tok)


def _given_at(toks: list[str], i: int) -> bool:
    """``toks[i]`` opens a name: a listed given name that is no noun or function word, first in
    its run or after a noun or particle ("Bündnis von Jörg Haider", "Kommissarin Viviane")."""
    tok = toks[i]
    if not german_given(tok) or german_noun(tok) or is_function_word(tok, "de") or tok.isupper():
        return False  # "Ernst", "Am Sonntag"
    prev = toks[i - 1] if i else ""
    return not prev or prev.lower() in PARTICLES or german_noun(prev, compounds=True)


def german_given_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """PERSON spans of a German sentence ``text[start:end]``: a listed given name and the one or
    two name words after it."""
    from transforms.privacy.pii.foreign_ner import foreign_runs

    out = []
    for a, toks in foreign_runs(text, start, end, "de"):
        starts, pos = [], a
        for tok in toks:
            pos = text.index(tok, pos)
            starts.append(pos)
            pos += len(tok)
        i = 0
        while i < len(toks) - 1:
            n = 0
            if _given_at(toks, i):
                while n < MAX_SURNAME_WORDS and i + n + 1 < len(toks):
                    if not _surname_word(toks[i + n + 1]):
                        break
                    n += 1
            if n:
                last = i + n
                out.append((starts[i], starts[last] + len(toks[last])))
                i = last + 1
            else:
                i += 1
    return out


_WORD = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][^\W\d_]+(?![\w\-])")


def german_surname_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Wiktionary DE surnames (name-only entries: "Merkel", "Westerwelle") in a German sentence,
    also in the genitive ("Merkels"); not a listed place ("Berlin") or frequent German word."""
    surnames = german_words("surnames")
    out = []
    for m in _WORD.finditer(text, start, end):
        tok = m.group()
        bare = tok[:-1] if tok.endswith("s") and len(tok) > 4 else None
        if not (tok in surnames or (bare is not None and bare in surnames)):
            continue
        prev = text[max(0, m.start() - 20) : m.start()].split()
        if prev and prev[-1].lower() in GERMAN_DETERMINERS:
            continue  # "die Jungs" are boys, not Jung's
        if is_place(tok, lang="de") or common_word(tok, "de"):
            continue  # "Berlin"; "Anstatt"
        out.append((m.start(), m.end()))
    return out


def listed_name_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Census given names and surnames written capitalised inside a sentence of a language
    that writes nouns in lower case and has a frequency list ("o ala Goicoechea"): a proper
    noun there, and one that is no place or common word of the language is a name."""
    if lang == "de" or lang not in FREQUENCY_LANGUAGES:
        return []
    out = []
    for m in _WORD.finditer(text, start, end):
        tok = m.group()
        if fold(tok) not in SURNAMES and fold(tok) not in GIVEN_NAMES:
            continue
        if at_sentence_start(text, m.start()) or common_word(tok, lang) or is_place(tok):
            continue
        prev = text[max(0, m.start() - 30) : m.start()].split()
        nxt = text[m.end() : m.end() + 30].split()
        glued_before = prev and prev[-1][:1].isupper() and prev[-1][-1].isalpha()
        if glued_before or (nxt and nxt[0][:1].isupper()):
            continue  # part of a longer run spaCy reads as a whole
        out.append((m.start(), m.end()))
    return out
