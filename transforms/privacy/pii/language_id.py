"""Which Latin-script language a sentence is in (:func:`foreign_language`), behind every
detector that reads English and other languages differently.

``py3langid`` (BSD, model bundled, offline) restricted to the languages of
:data:`~transforms.privacy.pii.foreign_lists.LANGUAGES`; plainly English sentences (their
function words, own short lists in :mod:`.foreign_word_lists`) never load it. A two- or
three-word line is read from pyspellchecker's frequent words (:mod:`.foreign_lists`), Slovak,
Croatian and Swedish lines from :mod:`.slavic_language`, Finnish ones from :mod:`.finnish_words`.
The identifier loads once per process (:func:`warm_up`, with every list, before worker
processes fork; :func:`preload_identifier` overlaps it with the spaCy model load).
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

from transforms.privacy.pii import slavic_language
from transforms.privacy.pii.finnish_words import finnish_short_line
from transforms.privacy.pii.foreign_lists import (
    FREQUENCY_LANGUAGES,
    LANGUAGES,
    LATIN,
    common_words,
    english_frequency,
    place_names,
)
from transforms.privacy.pii.foreign_word_lists import EN_FUNCTION as _EN_FUNCTION
from transforms.privacy.pii.foreign_word_lists import FALLBACK_FUNCTION as _FALLBACK_FUNCTION
from transforms.privacy.pii.foreign_word_lists import ID_FUNCTION_WORDS
from transforms.privacy.pii.slavic_language import slavic_sentence

# The identifier's answer counts at this normalised probability (or when the cheap
# function-word check also says the sentence is not English).
MIN_PROBABILITY = 0.7
MIN_WORDS = 4
# A shorter line (a headline) is read as non-English only from two words, its content words
# all rarer than this in English.
MIN_SHORT_WORDS = 2
MIN_CONTENT_WORD = 4  # "s", "it", "lol" of code and chat lines say nothing
_CODE_MARK = re.compile(r"[(){}\[\];=/_<>$+|\\]")
SHORT_ENGLISH_FREQUENCY = 1e-7
_WORD = re.compile(r"[^\W\d_]+")


_identifier_lock = threading.Lock()
_identifier_loaded: Any = None


def _identifier() -> Any:
    global _identifier_loaded
    with _identifier_lock:  # one load, also when preload_identifier's thread is still at it
        if _identifier_loaded is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            ident.set_languages(list(LANGUAGES))
            _identifier_loaded = ident
    return _identifier_loaded


def preload_identifier() -> None:
    """Start loading the identifier in a background thread: most of its ~1-2 s is LZMA
    decompression, which releases the GIL, so it overlaps the spaCy model load on another core.
    :func:`warm_up` waits for it."""
    threading.Thread(target=_identifier, name="langid-preload", daemon=True).start()


_lock = threading.Lock()
# a function word of any language the identifier reads (one set lookup per word, not four)
_ID_FUNCTION_ANY = frozenset().union(*ID_FUNCTION_WORDS.values())


@functools.lru_cache(maxsize=20_000)
def foreign_language(sentence: str) -> str | None:
    """The ISO 639-1 code of a non-English Latin-script sentence, else ``None`` (English, too
    short to tell, or another script)."""
    written = _WORD.findall(sentence)
    if slavic_language.country_words(sentence, written):
        return "sk"  # "Dánsko, Nórsko, Švédsko": no function word to tell by
    words = [w.lower() for w in written]
    if len(words) < MIN_WORDS:
        return _short_language(sentence, words, written)
    latin = sum(1 for w in words if LATIN.match(w))
    if latin * 2 < len(words):
        return None
    english = sum(w in _EN_FUNCTION for w in words)
    in_foreign = [w in _FALLBACK_FUNCTION or w in _ID_FUNCTION_ANY for w in words]
    foreign = sum(in_foreign)
    # English only: "a", "for", "at" are Portuguese or Danish function words too
    only_english = sum(w in _EN_FUNCTION and not f for w, f in zip(words, in_foreign, strict=True))
    if english >= 2 and english * 5 >= len(words) and english >= foreign and only_english:
        return None  # plainly English: never load the identifier for it
    with _lock:
        lang, prob = _identifier().classify(sentence)
    if lang == "en":
        return None
    # "Vilko spal v kuse dva dni a dve noci." (sk, p 0.38), "Sídli v holandskom Haagu." (0.31)
    slavic = slavic_sentence(sentence, lang) or slavic_language.slavic_line(sentence, lang, prob)
    if prob >= MIN_PROBABILITY or foreign > english or slavic:
        return lang
    return None


def _short_language(sentence: str, words: list[str], written: list[str]) -> str | None:
    """The language of a two- or three-word line (a headline: "Experiência fracassada",
    "Loucuras em Valkenvania"): its words other than function words and names capitalised past
    the first are no English words, and most are frequent words of one language of
    pyspellchecker's lists (the identifier breaks a tie); else ``None``. Its probabilities are
    too low on so few words to use alone. ``written`` are its words as written, ``words`` the same
    lower-cased."""
    if len(words) < MIN_SHORT_WORDS or _CODE_MARK.search(sentence):
        return None  # one word, or a code line ("def factorial(n):", "const todo = {")
    if any(slavic_sentence(sentence, g) for g in ("sk", "hr", "sv")):  # "Jurko sa urazil."
        with _lock:
            lang, _ = _identifier().classify(sentence)
        if slavic_sentence(sentence, lang):
            return lang
        # "Det er bra.": Swedish-looking, but the identifier says not: the lists below decide
    if slavic_language.slavic_line_words(sentence):  # "Pochádzal z Porbandaru."
        with _lock:
            lang, prob = _identifier().classify(sentence)
        if slavic_language.slavic_line(sentence, lang, prob):
            return lang
    foreign_function = [w in _FALLBACK_FUNCTION or w in _ID_FUNCTION_ANY for w in words]
    if any(w in _EN_FUNCTION and not f for w, f in zip(words, foreign_function, strict=True)):
        return None  # "Where 's Kishan ?", "She 's a ."
    content = [
        w
        for i, (w, raw, f) in enumerate(zip(words, written, foreign_function, strict=True))
        if not (i and raw[:1].isupper()) and not f and len(w) >= MIN_CONTENT_WORD
    ]
    if not content:
        return _function_word_line(sentence, words)
    if any(english_frequency(w) >= SHORT_ENGLISH_FREQUENCY for w in content):
        return None
    hits = {lang: sum(w in common_words(lang) for w in content) for lang in FREQUENCY_LANGUAGES}
    best = max(hits.values())
    langs = sorted(lang for lang, n in hits.items() if n == best)
    if best * 2 < len(content):
        if finnish_short_line(content):
            return "fi"
        return "sk" if slavic_language.slovak_short_line(content) else None
    if len(langs) > 1:  # a word of several languages ("campo"): the identifier picks
        with _lock:
            lang, _ = _identifier().classify(sentence)
        return lang if lang in langs else None
    return langs[0]


def _function_word_line(sentence: str, words: list[str]) -> str | None:
    """A short line of function words and short words only ("Jeg vet ikke.", "Det er bra."):
    the language with two of its function words there (the identifier breaks a tie between
    neighbours such as Danish and Norwegian, the first of them when it names neither), else
    ``None``. No content word is left to read it by, and without a language "Det" and "Jeg"
    at its start look like names."""
    hits = {lang: sum(w in ws for w in words) for lang, ws in ID_FUNCTION_WORDS.items()}
    best = max(hits.values())
    if best < MIN_SHORT_WORDS:
        return None
    langs = [lang for lang, n in hits.items() if n == best]
    if len(langs) == 1:
        return langs[0]
    with _lock:
        lang, _ = _identifier().classify(sentence)
    return lang if lang in langs else langs[0]


def warm_up() -> None:
    """Load the identifier and every list now (before worker processes fork)."""
    _identifier()
    place_names()
