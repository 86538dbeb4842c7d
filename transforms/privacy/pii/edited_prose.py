"""A lower-case everyday word in edited prose is the word, not a name (issue 14, session 31).

spaCy reads a ``truecase``-d view, and the lower-case rules of
:mod:`~transforms.privacy.pii.entity_checks` keep a lower-case spaCy PERSON or GPE that is a
listed given name or town ("kevin", "sunrise"), because chat is often typed without capitals.
Edited prose is not: in "defeating ISIL will take time and patience", "in dire need", "a
mortgage, lien, deed of trust", "The hymn was sung" the writer capitalises names, so a common
English word they wrote in lower case is that word. Naive spaCy + Presidio does not flag them.

A sentence is edited when it opens with a capital, ends with a full stop, question or
exclamation mark (a closing quote or bracket may follow), holds six words or more, and has no
lower-case pronoun "i", @-handle, #hashtag or URL (the marks of typed chat). There a spaCy
entity of one lower-case word of three letters or more whose pyspellchecker English frequency
is at least :data:`WORD_FREQUENCY` is dropped. The threshold sits between the given names social
posts write in lower case ("michael" 2.3e-6, "sarah" 2.4e-6) and everyday words ("dire" 2.8e-6,
"sung" 3.3e-6, "patience" 8.3e-6), read on the dev splits of ``uner_ewt``, ``gum_train``,
``re3d``, ``sec_filings``, ``wnut17_train`` and ``btc_train``.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.gazetteers import english_frequency

# pyspellchecker frequency from which a lower-case word is an everyday word (module docstring)
WORD_FREQUENCY = 2.5e-6
MIN_WORDS = 6
_CHAT_MARK = re.compile(r"(?<![\w'\u2019])i(?![\w'\u2019])|[@#]\w|https?://|www\.")
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_]+")


def edited_sentence(sentence: str) -> bool:
    """Whether ``sentence`` reads as edited prose (module docstring)."""
    first = re.search(r"[^\W\d_]", sentence)
    return (
        first is not None
        and first.group().isupper()
        and _END.search(sentence) is not None
        and len(_WORD.findall(sentence)) >= MIN_WORDS
        and _CHAT_MARK.search(sentence) is None
    )


def everyday_lowercase_entity(value: str, sentence: str) -> bool:
    """Whether a spaCy entity ``value`` is one everyday lower-case word in an edited sentence."""
    return (
        len(value) >= 3
        and value.isalpha()
        and value.islower()
        and english_frequency(value) >= WORD_FREQUENCY
        and edited_sentence(sentence)
    )
