"""A capitalised English derived word is no person or place (session 34, formal English).

English forms abstract nouns and adjectives with derivational suffixes: "-ness", "-ity", "-cy",
"-ism", "-ology", "-graphy", "-ship", "-ment", "-tion", "-ous", "-ing", ... (Wikipedia, "List of
English suffixes", https://en.wikipedia.org/wiki/List_of_English_suffixes). In headings, at a
sentence start or in a list of fields such words are capitalised and spaCy reads them as a
PERSON or a place ("Biography" as a heading, "Normalcy returned, though ...", "Melodious music
could be heard", "the church of Scientology", "his career in Marketing, Sales, Management";
gum_train, wikigold dev).

:func:`drop_derived_words` drops a ONE-word PERSON or LOCATION span, capitalised or in capitals
only at its first letter, that ends in one of those suffixes, is an English word in
pyspellchecker's list (frequency >= 1e-7, the rarest words there being mostly names: "Lessing"
3e-8) and is no listed given name or surname ("Browning", "Manning", "Nancy"), no given name of the
international list at any frequency class (virtue names: "Felicity", "Serenity") and no GeoNames
place ("Beijing", "Wyoming", "Woking").

An inflected form counts by its base (session 35, sec_filings and so_ner dev): a plural or an
"-ly" adverb of such a word is rarer in the list than the word itself, or missing ("General
Intangibles" in a security agreement, "Upsettingly, Windows does not ..." in a post), so the
frequency test also passes when the word without its "-s" or "-ly" is frequent enough.
"""

from __future__ import annotations

import re

from transforms.privacy.pii import gazetteers
from transforms.privacy.pii.demonyms import listed_place
from transforms.privacy.pii.intl_names import intl_given_names
from transforms.privacy.spans import Span

WORD_FREQUENCY = 1e-7
_DERIVED = re.compile(
    r"[A-Z][a-z]{2,}(?:ness|ity|cy|ism|ology|graphy|ship|ment|tion|sion|ous|ful|less|able|ible"
    r"|ive|ical|ance|ence|ery|ing)(?:s|ly)?"
)
_INFLECTION = re.compile(r"(?:s|ly)$")


def derived_word(word: str) -> bool:
    """Whether ``word`` is a capitalised English derived word that names no one and nowhere."""
    return (
        _DERIVED.fullmatch(word) is not None
        and any(
            gazetteers.english_frequency(form) >= WORD_FREQUENCY
            for form in (word.lower(), _INFLECTION.sub("", word.lower()))
        )
        and not gazetteers.listed_name_word(word)
        and word not in intl_given_names()
        and not listed_place(word)
    )


def drop_derived_words(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without one-word PERSON/LOCATION spans that are derived words (docstring)."""
    return [
        s
        for s in spans
        if s.type not in ("PERSON", "LOCATION")
        # a name cue beats the word's shape: '"True," said Tuppence'
        or s.detector == "context_cue"
        or not derived_word(text[s.start : s.end])
    ]
