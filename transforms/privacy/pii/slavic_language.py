"""Short or mixed Slovak, Czech, Croatian, Serbian and Swedish sentences the identifier is
unsure of (issue 14).

``py3langid`` names the language of "Jurko sa urazil." or "Vilko spal v kuse dva dni a dve
noci." right (``sk``) but with a probability under ``language_id.MIN_PROBABILITY``, and lines
under four words go to a check built on pyspellchecker's lists, which hold no Slavic language: so
such sentences were read as English and their names dropped (UNER Slovak SNK train: fiction,
dialogue). :func:`slavic_sentence` confirms the identifier's Slavic guess from the words
themselves: at least :data:`MIN_KNOWN` of the sentence's lower-case words, and
:data:`KNOWN_SHARE` of them, are function words of that language (own lists,
``foreign_word_lists``; one-letter words are not counted) or words written in lower case on the
UNER train splits of its group (``data/slavic_words.json``, CC BY-SA 4.0, see
``data/README.md``), and none is an English function word only ("Monogami och polygami" is
Swedish). Tuned on the Slovak SNK and Swedish Talbanken train splits and the hr/sr/sk/sv dev
splits.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from transforms.privacy.pii.foreign_word_lists import EN_FUNCTION, FUNCTION_WORDS

# Lower-case words of the UNER train splits (tests/data/external/train_names/build_slavic_words.py)
WORDS = Path(__file__).with_name("data") / "slavic_words.json"
# Identifier answer -> group of that word list (Serbian Latin and Bosnian read as "hr")
GROUP = {"hr": "hr", "sr": "hr", "bs": "hr", "sk": "sk", "cs": "sk"}
# Swedish: the same check on the Talbanken train words; Swedish writes nouns in lower case, so a
# listed word is an ordinary word there (``foreign_lists.common_word``)
WORD_GROUP = {**GROUP, "sv": "sv"}
# One-letter conjunctions and prepositions ("a", "v", "i", "u"), no evidence either way (own list)
LETTER_WORDS = frozenset("a i u v s z k o".split())  # noqa: SIM905
MIN_KNOWN = 2
KNOWN_SHARE = 0.75
_WORD = re.compile(r"[^\W\d_]+")
_CODE_MARK = re.compile(r"[(){}\[\];=/_<>$+|\\#@`]")


@functools.cache
def slavic_words(group: str) -> frozenset[str]:
    """Words of at least three letters written in lower case at least twice on the UNER train
    splits of ``group`` ("hr": Croatian and Serbian; "sk": Slovak; "sv": Swedish)."""
    data: dict[str, list[str]] = json.loads(WORDS.read_text("utf-8"))
    return frozenset(data.get(group, ()))


def _english_sign(lower: list[str], function: frozenset[str]) -> bool:
    """An English function word among the lower-case words that is none of ``function``; "a"
    is Slovak "and" as well, no sign of English ("navštívili Japonsko, Singapur a Čínu")."""
    return any(w in EN_FUNCTION and w not in function and w != "a" for w in lower)


def slavic_sentence(sentence: str, guess: str) -> bool:
    """The identifier's Slavic ``guess`` holds for ``sentence`` by its lower-case words (see
    the module docstring); never for a line with code marks."""
    group = WORD_GROUP.get(guess)
    if group is None or _CODE_MARK.search(sentence):
        return False
    lower = [w for w in _WORD.findall(sentence) if w.islower() and w not in LETTER_WORDS]
    function = FUNCTION_WORDS.get(guess, FUNCTION_WORDS[group])
    if _english_sign(lower, function):
        return False
    known = sum(w in function or w in slavic_words(group) for w in lower)
    return known >= MIN_KNOWN and known >= KNOWN_SHARE * len(lower)


# A Slovak or Czech line too short for :func:`slavic_sentence` ("Pochádzal z Porbandaru.",
# "Invázia do Poľska", "Bitka pri Turíne"): the identifier's sk/cs guess counts from this
# probability when a lower-case Slovak function word stands in it (UNER Slovak SNK dev)
LINE_PROBABILITY = 0.3
LINE_GUESSES = ("sk", "cs")


def slavic_line_words(sentence: str) -> bool:
    """A lower-case Slovak function word ("v", "do", "pri", "sa") in ``sentence`` and no
    English-only function word: worth asking the identifier (:func:`slavic_line`)."""
    if _CODE_MARK.search(sentence):
        return False
    lower = [w for w in _WORD.findall(sentence) if w.islower()]
    function = FUNCTION_WORDS["sk"] | {"do"}
    if _english_sign(lower, function):
        return False
    return any(w in function for w in lower)


def slavic_line(sentence: str, guess: str, probability: float) -> bool:
    """The identifier's Slovak/Czech ``guess`` at ``probability`` holds for a short line
    with a Slovak function word (:func:`slavic_line_words`)."""
    return guess in LINE_GUESSES and probability >= LINE_PROBABILITY and slavic_line_words(sentence)


@functools.cache
def _territories(code: str) -> frozenset[str]:
    """One-word CLDR territory names of locale ``code`` (via ``babel``, BSD)."""
    from babel import Locale

    names = Locale.parse(code).territories.values()
    return frozenset(n for n in names if " " not in n)


# A list line of Slovak country names ("Dánsko, Nórsko, Švédsko", "Španielsko a Portugalsko")
# holds no function word for the identifier: two or more CLDR names of Slovak, one at least no
# English name, and nothing else but "a" ("and") (UNER Slovak SNK dev)
MIN_COUNTRIES = 2


def country_line(sentence: str) -> bool:
    """``sentence`` is a list of Slovak country names (see :data:`MIN_COUNTRIES`)."""
    return country_words(sentence, _WORD.findall(sentence))


def country_words(sentence: str, written: list[str]) -> bool:
    """:func:`country_line` on the words ``written`` in ``sentence`` (``[^\\W\\d_]+``, as
    written) when the caller has split it already; the code-mark search only when every word is
    a country name (most sentences stop at their first word)."""
    words = [w for w in written if w != "a"]
    if len(words) < MIN_COUNTRIES:
        return False
    slovak, english = _territories("sk"), _territories("en")
    return (
        all(w in slovak for w in words)
        and any(w not in english for w in words)
        and not _CODE_MARK.search(sentence)
    )


# Letters of the Slovak alphabet beyond ASCII (https://en.wikipedia.org/wiki/Slovak_orthography)
SLOVAK_LETTERS = frozenset("áäčďéíĺľňóôŕšťúýž")


def slovak_short_line(content: list[str]) -> bool:
    """A short headline line ("Sociálna starostlivosť", "Horizont udalostí") whose lower-case
    content words are all forms of lower-case lemmas in ``simplemma``'s Slovak dictionary (MIT;
    loaded on the first such line) and one at least is written with a Slovak letter: the
    frequency lists of ``foreign_lists`` hold no Slovak (UNER Slovak SNK dev)."""
    if not content or not any(c in SLOVAK_LETTERS for w in content for c in w):
        return False
    return all(slovak_word(w) for w in content)


def slovak_word(word: str) -> bool:
    """The lower-cased ``word`` is a form of a lower-case lemma in ``simplemma``'s Slovak
    dictionary ("pápež", "sociálna"; not "Bush" or "Ignác", whose lemmas are capitalised)."""
    import simplemma

    low = word.lower()
    return simplemma.is_known(low, lang="sk") and simplemma.lemmatize(low, lang="sk").islower()
