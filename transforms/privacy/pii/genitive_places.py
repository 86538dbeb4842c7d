"""A listed place in the genitive, in German and Danish sentences: "die Geschicke Mosbachs",
"Berlins Regierender Bürgermeister", "det centrale Stockholms" (issue 14).

German and Danish mark the genitive of a proper name with a bare "-s" (Duden, "Genitiv bei
Eigennamen", https://www.duden.de/sprachwissen/sprachratgeber/Genitiv-bei-geografischen-Namen;
Dansk Sprognævn, "genitiv", https://dsn.dk/sprogets-regler/genitiv), so the gazetteer, which
holds "Mosbach" and "Stockholm", does not see the inflected word. A capitalised word is a place
when dropping its final "s" leaves a listed place of the sentence's language (at least
:data:`MIN_STEM` letters, not ending in a vowel: "Paris", "Texas" are nominatives) and neither
is a plain German noun, common word or listed given name ("Kantons", "Basis", "Lars" stay
words). A genitive place is kept without the cue a lone place otherwise needs. German also
writes "-es" after a name ending in a consonant cluster ("des Griechenlandes", "Deutschlandes";
Duden, same page); Norwegian the bare "-s" ("Telemarks", Språkrådet,
https://www.sprakradet.no/sprakhjelp/Skriveregler/Genitiv/).

Tuned on the dev splits of GermEval 2014 and UNER DDT.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.foreign_lists import common_word, fold
from transforms.privacy.pii.foreign_words import german_noun, is_place
from transforms.privacy.pii.gazetteers import GIVEN_NAMES
from transforms.privacy.pii.train_names import learned_place

LANGUAGES = frozenset({"de", "da", "no"})
# German "-es" genitives of places ending in these letters ("Griechenland|es", "Rom|s" stays -s)
_ES_STEM_END = ("nd", "rg", "ch", "rt")
MIN_STEM = 4
_GENITIVE = re.compile(r"(?<![\w\-'’])[A-ZÄÖÜÆØÅ][a-zäöüßæøå]{3,}s(?![\w\-'’])")


def _genitive_place(word: str, lang: str) -> bool:
    stem = word[:-1]
    if lang == "de" and word.endswith("es") and word[:-2].endswith(_ES_STEM_END):
        stem = word[:-2]  # "Griechenlandes"
        return is_place(stem, lang=lang) and not german_noun(stem) and fold(stem) not in GIVEN_NAMES
    # Norwegian towns and regions come from NorNE's train lists ("Telemarks", "Kviteseids")
    listed = is_place(stem, lang=lang) or (lang == "no" and learned_place(stem, lang))
    if not listed or word[-2] in "aeiouy":
        return False  # "Paris", "Virus", "Texas": a name or word ending so is no genitive
    if common_word(word, lang) or common_word(stem, lang):
        return False
    if fold(stem) in GIVEN_NAMES:
        return False
    if lang == "no":
        return True  # German compounds ("Tele|mark") say nothing of a Norwegian word
    return not german_noun(word) and not german_noun(stem)


def genitive_place_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Listed places in the genitive in the ``lang`` sentence ``text[start:end]``."""
    if lang not in LANGUAGES:
        return []
    return [
        (m.start(), m.end())
        for m in _GENITIVE.finditer(text, start, end)
        if len(m.group()) - 1 >= MIN_STEM and _genitive_place(m.group(), lang)
    ]
