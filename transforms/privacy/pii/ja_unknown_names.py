"""Foreign persons SudachiDict has never heard of, as the subject of a Japanese sentence
(:mod:`.ja_ner`).

A transliterated surname the dictionary lacks ("スクルートン", "ネヴィンソン", "ダーヴラ・カーワン")
is one katakana token with no dictionary entry; GiNZA's NER, trained on names it has seen,
often leaves it untagged. Where such a word opens a clause (sentence start, after 、 「 『 （)
and the topic or subject particle follows (は, が, も), it is the one the sentence is about, and
in encyclopaedic prose that is mostly a person. A compound of dictionary words
("イージスシステム", "コテージガーデン") is two tokens, each with an entry, and is not taken; nor is
a word inside a longer GiNZA entity of a type that is not ours (a company, a product).
"""

from __future__ import annotations

from typing import Any

from transforms.privacy.pii.ja_lexicon import _katakana_runs, _next_to, readings

# the topic and subject particles (and も, "also") after a clause's subject
SUBJECT_PARTICLES = frozenset({"は", "が", "も"})
# what may stand before a clause's first word: nothing, a comma, an opening bracket
CLAUSE_OPENERS = frozenset({"、", "「", "『", "（", "("})
# a two-letter katakana word is too often an abbreviation or a nickname
MIN_NAME_CHARS = 3


def subject_names(doc: Any, ours: set[str]) -> list[tuple[int, int, str]]:
    """``(start, end, "PERSON")`` of the ``・``-joined katakana words of ``doc`` that are each
    one token with no SudachiDict entry, open a clause and come before a subject particle;
    not inside a GiNZA entity whose label is outside ``ours``."""
    others = [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in ours]
    out: list[tuple[int, int, str]] = []
    for words, after in _katakana_runs(doc):
        if not _next_to(words, after) or after.text not in SUBJECT_PARTICLES:
            continue
        first = words[0].i
        if first > 0 and doc[first - 1].text not in CLAUSE_OPENERS:
            continue
        if any(len(w.text) < MIN_NAME_CHARS or readings(w.text) for w in words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if any(s <= start and end <= e for s, e in others):
            continue
        out.append((start, end, "PERSON"))
    return out
