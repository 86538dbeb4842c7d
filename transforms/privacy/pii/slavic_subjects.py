"""Lone names spaCy leaves untagged in Slavic sentences (issue 14).

The English spaCy model reads "Galileo objavil rozpory", "V roku 1915 Einstein vyvinul" or
"Iňigo takto stratil pána" without any entity (or calls the name a PRODUCT), so the Slavic
evidence of :func:`~transforms.privacy.pii.slavic_names.lone_subject` (a verb of a person's act
or statement next to the word) never saw them. :func:`slavic_subject_spans` applies the same
evidence to every capitalised word standing alone in a sentence of a declining language (no
capitalised word right before or after it), with the same guards (no ordinary word of the UNER
train splits, no opening verb, acronym, country, city of the language or -sk- adjective), and
never to a function word or a listed place (``foreign_ner`` weighs those: "Bush"). A word
opening the sentence counts only when it is a listed name (census given names and surnames,
person words of the UNER train split: "Jurko", "Einstein"), since nouns open sentences too
("Lekár vykonal", "Obvinenia odmietol"). Tuned on the UNER Slovak SNK train split and the
hr/sr/sk dev splits.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import english_frequency
from transforms.privacy.pii.foreign_word_lists import FUNCTION_WORDS
from transforms.privacy.pii.foreign_words import at_sentence_start, is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES
from transforms.privacy.pii.gazetteers import ascii_fold as fold
from transforms.privacy.pii.slavic_cases import DECLINING
from transforms.privacy.pii.slavic_language import GROUP
from transforms.privacy.pii.slavic_names import lone_subject
from transforms.privacy.pii.slavic_ordinary import ordinary_lone_word
from transforms.privacy.pii.train_names import learned_person_word

# A capitalised word with no capitalised word beside it (a run of one)
# (never inside quotes, backticks or paths, nor before a bracket: "`Config`", "Builder()")
_LONE = re.compile(r"(?<![\w\-.`'\"/])([A-ZÀ-ÞČĎĽŇŠŤŽŘĆĐ][a-zß-ÿčďľňšťžřůěćđ]+)(?![\w\-`'\"(/])")
# An unlisted word this frequent in English is a term of code or trade ("Config", "Parser")
ENGLISH_WORD = 1e-6
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-ZÀ-ÞČĎĽŇŠŤŽŘĆĐ]")
_PREV_CAPITAL = re.compile(r"[A-ZÀ-ÞČĎĽŇŠŤŽŘĆĐ][^\s]*[ \t]+$")


def _listed_name(tok: str, lang: str) -> bool:
    """A census given name or surname, or a person word of the language's train split."""
    group = GROUP.get(lang, lang)
    return fold(tok) in GIVEN_NAMES or fold(tok) in SURNAMES or learned_person_word(tok, group)


def slavic_subject_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """PERSON spans of lone capitalised words with :func:`lone_subject` evidence in the ``lang``
    sentence ``text[start:end]``."""
    if lang not in DECLINING:
        return []
    out = []
    for m in _LONE.finditer(text, start, end):
        a, b = m.span(1)
        if _NEXT_CAPITAL.match(text, b, end):
            continue  # "Georga Busha": a longer run, read elsewhere
        if a > start and _PREV_CAPITAL.search(text[max(start, a - 40) : a]):
            continue
        tok = m.group(1)
        if tok.lower() in FUNCTION_WORDS.get(lang, ()) or is_place(tok, lang=lang):
            continue  # "To vysvetlila"; a listed place is left to ``foreign_ner`` ("Bush")
        if ordinary_lone_word(tok, lang):
            continue  # "ciparskih Turaka poduprla": a people (:mod:`.slavic_ordinary`)
        listed = _listed_name(tok, lang)
        if at_sentence_start(text, a) and not listed:
            continue  # "Lekár vykonal", "Obvinenia odmietol": nouns open sentences too
        if not listed and english_frequency(tok.lower()) >= ENGLISH_WORD:
            continue  # "V kóde Config nastavil": an English word, a name in code

        if lone_subject(text, a, tok, lang):
            out.append((a, b))
    return out
