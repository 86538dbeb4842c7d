"""German names spaCy did not tag (issue 14): a listed given name and the surname after it.

The English spaCy model misses plenty of names in German prose ("Mein Dank gilt an Manfred
Pfister", "EU-Kommissarin Viviane Reding"), and the census-based gazetteer of
:mod:`~transforms.privacy.ner` does not know German given names. In a German sentence a run
(:func:`~transforms.privacy.foreign_ner.foreign_runs`, cut at inner nouns) that opens with a
given name of the US Census or Wiktionary DE lists (:func:`.foreign_words.german_given`) that is
no plain noun ("Ernst", "Wolf") and goes on with one or two capitalised words that are no plain
nouns, places or function words, or are listed surnames, is a PERSON ("Manfred Pfister",
"Jörg Haider", "Hans-Dietrich Haemmerlein").
"""

from __future__ import annotations

from transforms.privacy.foreign_lists import fold, is_function_word
from transforms.privacy.foreign_words import german_given, german_noun, is_place
from transforms.privacy.gazetteers import SURNAMES

# A given name and at most this many name words after it.
MAX_SURNAME_WORDS = 2


def _surname_word(tok: str) -> bool:
    if is_function_word(tok, "de") or is_place(tok, lang="de") or tok.isupper():
        return False
    return fold(tok) in SURNAMES or not german_noun(tok)


def german_given_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """PERSON spans of a German sentence ``text[start:end]``: a listed given name and the one or
    two name words after it."""
    from transforms.privacy.foreign_ner import foreign_runs

    out = []
    for a, toks in foreign_runs(text, start, end, "de"):
        first = toks[0]
        if len(toks) < 2 or not german_given(first) or german_noun(first):
            continue
        if is_function_word(first, "de") or first.isupper():
            continue  # "Am Sonntag"
        rest = toks[1 : 1 + MAX_SURNAME_WORDS]
        n = 0
        while n < len(rest) and _surname_word(rest[n]):
            n += 1
        if n:
            pos = a
            for tok in toks[: n + 1]:
                pos = text.index(tok, pos) + len(tok)
            out.append((a, pos))
    return out
