"""Finnish surnames the English model misses (issue 14).

Most Finnish surnames end in the derivational suffix -nen ("Virtanen", "Lipponen", "Himanen"),
whose stem is -se- before a case ending ("Virtasen", "Markkaselle", "Halosella"; documented
grammar: https://en.wikipedia.org/wiki/Finnish_noun_cases, the "nainen" type). A capitalised
word of that shape in a Finnish sentence is a person when it is no everyday Finnish word and no
listed place (:mod:`.finnish_words`); at the start of a sentence, where Finnish capitalises
adjectives of the same shape ("Tavallinen", "Suomalaisen"), only when it is no form of an
everyday word at all. Tuned on the Turku NER corpus dev split.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.finnish_words import everyday_form
from transforms.privacy.pii.foreign_lists import common_word
from transforms.privacy.pii.foreign_words import at_sentence_start, is_place

_SURNAME = re.compile(
    r"(?<![\w\-'\u2019@./])[A-ZÅÄÖ][a-zåäö]{2,}"
    # the -se- stem follows a vowel ("Virta-s-en"), unlike -us nouns ("Tutkimuksen")
    r"(?:nen|(?<=[aeiouyäö])s(?:en|elle|ellä|ella|eltä|elta|ena|enä|eksi))"
    r"(?![\w\-'\u2019(])"
)
# a longer capitalised word opening a sentence is a compound adjective ("Paikkakuntalainen")
MAX_OPENING_SURNAME = 9


def finnish_surname_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Finnish -nen surnames in ``text[start:end]`` (module docstring)."""
    out = []
    for m in _SURNAME.finditer(text, start, end):
        word = m.group()
        if common_word(word, "fi") or is_place(word, lang="fi"):
            continue
        if at_sentence_start(text, m.start()) and (
            everyday_form(word) or len(word) > MAX_OPENING_SURNAME
        ):
            continue  # "Suomalaisen": also a surname, but an adjective first
        out.append((m.start(), m.end()))
    return out
