"""A term a contract defines in quotation marks is no person (session 34, formal English).

Contracts and filings define their terms in two fixed forms (K. A. Adams, "A Manual of Style
for Contract Drafting", the chapter on definitions): a definition sentence, the quoted term
followed by "means", "shall mean", "has the meaning", "is a/an/any" ('"Lien" is a mortgage,
lien, deed of trust, charge, pledge ...'), and an integrated definition, the quoted term in
brackets after what it names ('Tranche B Cash Payment ("Tranche B Repayment")'). Both name a
class of things or a role the text will refer to, and the term is often a capitalised common
noun that the name lists or NER read as a person ("Lien" is a given name; sec_filings dev).
:func:`drop_quoted_terms` drops every PERSON span whose words, case and a plural "s" aside, are
those of a term the same text defines ("lien", "Liens" in the sentence that defines "Lien"), and
any PERSON span inside the quotation marks of a definition.

A bracketed term needs an everyday English word that no name list holds (pyspellchecker
frequency >= 1e-7: "Repayment" 3e-7, "Lender"): 'Stephen Jones ("Jones")' or 'Robert ("Bobby")'
gives a short name for a person. The definition-sentence form is not, because a
person is introduced the other way round ('"Executive" means John Smith'). Tuned on sec_filings
dev.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import english_frequency, listed_name_word
from transforms.privacy.spans import Span

COMMON_WORD_FREQUENCY = 1e-7
_OPEN, _CLOSE = '"\u201c', '"\u201d'
_TERM = r"[" + _OPEN + r"][ \t]?(?P<term>[A-Za-z][A-Za-z0-9'\- \t]{0,60}?)[ \t]?[" + _CLOSE + r"]"
# '"Lien" means', '"LIEN" is a mortgage', '"Loan Documents" shall have the meaning'
_SENTENCE_FORM = re.compile(
    _TERM + r"[ \t]*(?:,[ \t]*)?(?:means|shall[ \t]+mean|(?:has|have|shall[ \t]+have)[ \t]+the"
    r"[ \t]+meaning|is[ \t]+defined|refers[ \t]+to|(?:is|are)[ \t]+(?:a|an|any|each|all)\b)"
)
# '(" Tranche B Repayment ")', '(the "Company")', '(each, a "Lender")', '(collectively, the
# "Loan Documents")'
_BRACKET_FORM = re.compile(
    r"\([ \t]*(?:(?:collectively|together|each|individually|hereinafter)[ \t]*,?[ \t]*)?"
    r"(?:(?:the|a|an)[ \t]+)?" + _TERM + r"[ \t]*\)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def _common_noun(word: str) -> bool:
    """An everyday English word that no name list holds ("Repayment", "Lender", "Company")."""
    return english_frequency(word.lower()) >= COMMON_WORD_FREQUENCY and not listed_name_word(word)


def _key(phrase: str) -> tuple[str, ...]:
    """The words of ``phrase`` lower-cased, a plural "s" off the last one."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return tuple(words)


def _definitions(text: str) -> tuple[set[tuple[str, ...]], list[tuple[int, int]]]:
    """(the defined terms' keys, the character ranges of their quoted terms)."""
    keys: set[tuple[str, ...]] = set()
    ranges: list[tuple[int, int]] = []
    for m in _SENTENCE_FORM.finditer(text):
        keys.add(_key(m.group("term")))
        ranges.append(m.span("term"))
    for m in _BRACKET_FORM.finditer(text):
        words = _WORD.findall(m.group("term"))
        if not any(_common_noun(w) for w in words):
            continue  # 'Stephen Jones ("Jones")', 'Robert ("Bobby")': a short name for a person
        keys.add(_key(m.group("term")))
        ranges.append(m.span("term"))
    return keys, ranges


def drop_quoted_terms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the PERSON spans that are terms the text defines (module docstring)."""
    if not any(s.type == "PERSON" for s in spans) or not any(q in text for q in _OPEN):
        return spans
    keys, ranges = _definitions(text)
    if not keys:
        return spans
    return [
        s
        for s in spans
        if s.type != "PERSON"
        or not (
            _key(text[s.start : s.end]) in keys
            or any(a <= s.start and s.end <= b for a, b in ranges)
        )
    ]
