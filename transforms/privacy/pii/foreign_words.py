"""Word-level evidence behind :mod:`~transforms.privacy.pii.foreign_ner` (issue 14): is a word of
a non-English sentence a German noun, a listed name, a genitive, a place?

- **German nouns** (:func:`german_noun`): Wiktionary DE forms, and with ``compounds`` nouns
  built on a listed head (:func:`~transforms.privacy.pii.german_lexicon.compound_head`).
- **Names** (:func:`german_name_word`, :func:`german_given`): US Census given names and surnames
  (accents folded) and the Wiktionary DE ``Vorname``/``Nachname`` entries.
- **Places** (:func:`is_place`): country and city lists of :mod:`.foreign_lists`, German
  Wiktionary toponyms, the Danish/German genitive ("Nordafrikas", "Danmarks").
- **Listed countries** (:func:`listed_country`): a CLDR country or territory name is a place
  even when the language's frequency list holds it as a common word ("Österreich", "Brasil",
  "Ägyptens"): those lists are lower-cased, so frequent names look like frequent words there.
- **Run shapes**: a plain noun closing a German run (:func:`noun_tail`: "Zabels Entscheidung"),
  a listed name capitalised mid-sentence (:func:`capitalised_name`), a city capitalised
  mid-sentence where nouns are lower-case (:func:`listed_place_word`: "de Londres"), surnames
  that are words there (:func:`surnames_may_be_words`: "Joaquim Carneiro"), an unlisted word
  after an in-place preposition (:func:`unnamed_word`: "i Hobro", "in Kreischa").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from transforms.privacy.pii.cldr_cities import cldr_city_names
from transforms.privacy.pii.finnish_lists import finnish_place
from transforms.privacy.pii.finnish_words import finnish_base_forms, finnish_lemma
from transforms.privacy.pii.foreign_lists import (
    MAX_UNLISTED_NAME_WORD,
    NOUN_CAPITALISING,
    PARTICLES,
    city_names,
    common_word,
    country_names,
    fold,
    german_words,
    is_function_word,
    known_german_word,
    major_cities,
    place_names,
)
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES, english_frequency
from transforms.privacy.pii.german_lexicon import compound_head
from transforms.privacy.pii.hungarian_cases import hungarian_base_forms
from transforms.privacy.pii.slavic_cases import DECLINING, declined_forms, nominatives

# Shorter unlisted words are abbreviations or particles, not surnames.
MIN_NAME_WORD = 4
# CLDR's code for the world, listed among its territories
WORLD = "001"


def german_noun(tok: str, compounds: bool = False) -> bool:
    """A German common noun ("Leiter", "Menschen"; with ``compounds`` also "Tandemanordnung",
    "Fußball-Experte"), not a listed given name, surname or place."""
    nouns = german_words("nouns")
    head = tok.rsplit("-", 1)[-1] if "-" in tok.strip("-") else tok
    if tok in nouns or head in nouns:
        return True
    if not compounds or german_name_word(tok):
        return False
    return compound_head(head, nouns, known_german_word) is not None


def german_name_word(tok: str) -> bool:
    bare = genitive_stripped(tok) or tok
    return any(
        w in german_words(kind) for w in (tok, bare) for kind in ("given", "surnames", "places")
    ) or any(fold(w) in GIVEN_NAMES or fold(w) in SURNAMES for w in (tok, bare))


def german_given(tok: str) -> bool:
    """A listed given name (census or Wiktionary DE), also in the genitive ("Guidos") or
    hyphenated from listed ones ("Hans-Dietrich", "Karl-Heinz")."""
    given = german_words("given")
    if "-" in tok.strip("-"):
        return all(german_given(p) for p in tok.split("-"))
    return fold(tok) in GIVEN_NAMES or tok in given or genitive_stripped(tok) in given


def genitive_stripped(value: str) -> str | None:
    """``USAs`` -> ``USA``, ``Obamas`` -> ``Obama`` (Danish/German/Swedish genitive)."""
    return value[:-1] if len(value) > 3 and value.endswith("s") else None


def is_place(value: str, names: frozenset[str] | None = None, lang: str | None = None) -> bool:
    """A listed place (``names``, default every place list), also declined in a language that
    declines names ("Zagrebu", "Srbiji": :mod:`.slavic_cases`)."""
    towns = names is None or names is city_names()
    names = place_names() if names is None else names
    if _listed_place(value, names, lang):
        return True
    if lang == "fi":  # "Suomessa", "Helsingin" (:mod:`.finnish_words`)
        if towns and finnish_place(value):
            return True  # "Utsjoella", "Keski-Lapin" (:mod:`.finnish_lists`)
        forms = [c for c in finnish_forms(value) if not _kse_surname(value, c)]
        # Finnish -lanti for English -land ("Englannin", "Skotlantiin", "Hollannista"): lands
        # CLDR names otherwise (United Kingdom, Alankomaat) or not at all
        return any(_listed_place(c, names, lang) for c in forms) or any(
            " " not in c and c.endswith("lanti") for c in (value, *forms)
        )
    if lang == "hu":  # "Budapesten", "Moszkvában" (:mod:`.hungarian_cases`)
        return any(_listed_place(c, names, lang) for c in hungarian_forms(value))
    return lang in DECLINING and any(_listed_place(c, names, lang) for c in declined_forms(value))


def _kse_surname(value: str, form: str) -> bool:
    """``form`` is the -s name of the -kse- stem of ``value`` and a census surname: a person
    ("Iglesiaksen": Enrique's, not the Sardinian town's; session 37)."""
    return "kse" in value[-7:] and form.endswith("s") and fold(form) in SURNAMES


def bare_forms(word: str, lang: str, alone: bool) -> list[str]:
    """``word`` without a genitive -s (when ``alone``) or, in Finnish, its case ending
    ("Sallan", "Matille" -> "Salla", "Matti"): forms to look up as given names."""
    bare = genitive_stripped(word) if alone else None
    return ([bare] if bare else []) + (finnish_forms(word) if lang == "fi" else [])


def cut_places(text: str, a: int, toks: list[str], lang: str) -> list[tuple[int, list[str]]]:
    """A Finnish or Hungarian run ``toks`` at ``a`` cut around its words that are places on their
    own ("Helsingissä Suomen", "Halonen Irlantiin", "Budapestet Kecskeméttel"): both languages
    inflect each name, so two capitalised words in a row are rarely one name unless the whole
    run is listed ("Uusi-Seelanti"). In Hungarian only at a word in a case form: a listed place
    as written is often a name word too ("Kun Béla", "Kerekes Gyula András")."""
    if lang not in ("fi", "hu") or len(toks) < 2 or is_place(" ".join(toks), lang=lang):
        return [(a, toks)]
    parts: list[tuple[int, list[str]]] = []
    pos, group_at, group = a, a, []
    for tok in toks:
        pos = text.index(tok, pos)
        if is_place(tok, lang=lang) and not (lang == "hu" and is_place(tok)):
            if group:
                parts.append((group_at, group))
            parts.append((pos, [tok]))
            group = []
        else:
            group_at, group = (group_at, [*group, tok]) if group else (pos, [tok])
        pos += len(tok)
    return parts + ([(group_at, group)] if group else [])


def _last_word_forms(value: str, forms: Callable[[str], list[str]]) -> list[str]:
    """``value`` with its last word replaced by each of ``forms(last word)``."""
    head, _, last = value.rpartition(" ")
    return [f"{head} {c}" if head else c for c in forms(last)]


def _finnish_word_forms(word: str) -> list[str]:
    lemma = finnish_lemma(word)
    return ([lemma] if lemma and lemma != word else []) + finnish_base_forms(word)


def finnish_forms(value: str) -> list[str]:
    """Base-form candidates of a Finnish name inflected in its last word: simplemma's lemma
    first, then :func:`.finnish_words.finnish_base_forms` ("Nieuve Amsterdamin")."""
    return _last_word_forms(value, _finnish_word_forms)


def hungarian_forms(value: str) -> list[str]:
    """Base-form candidates of a Hungarian name inflected in its last word ("Los Angelesben",
    "Egyesült Államokban"): :func:`.hungarian_cases.hungarian_base_forms`."""
    return _last_word_forms(value, hungarian_base_forms)


def _listed_place(value: str, names: frozenset[str], lang: str | None) -> bool:
    if " " not in value and value not in major_cities() and fold(value) in GIVEN_NAMES:
        return value in country_names()  # "Lotte", "Esperanza": a town somewhere, a name here
    bare = genitive_stripped(value)
    if lang == "de" and (value in german_words("places") or bare in german_words("places")):
        return True  # Wiktionary DE toponyms: "Nordafrikas", "Mecklenburg"
    if lang == "de" and bare in german_words("places_plural") and not german_noun(value):
        return True  # "Böhmens", "Sachsens": the people's noun takes no -s (.german_regions)
    if value in names or fold(value) in names:
        return True
    if lang is not None and value in cldr_city_names(lang):
        return True  # "Rom", "Tokio", "Singapura" (:mod:`.cldr_cities`)
    if bare is None or value in german_words("given"):
        return False  # "Lars" is a name, not the genitive of Lar (Iran)
    return bare in names or fold(bare) in names


@functools.cache
def _countries_in(lang: str) -> frozenset[str]:
    """One-word CLDR country, territory and continent names in ``lang`` and English (via
    ``babel``, BSD), without the world itself ("Welt", "verden")."""
    from babel import Locale

    names: set[str] = set()
    for code in {lang, "en", *(("pt_PT",) if lang == "pt" else ())}:
        try:
            territories = Locale.parse(code).territories
        except (ValueError, LookupError):
            continue
        names.update(n for key, n in territories.items() if key != WORLD)
    return frozenset(n for n in names if " " not in n and n[:1].isupper())


def listed_country(tok: str, lang: str) -> bool:
    """A one-word country, territory or continent name of ``lang`` or English, also in the
    genitive ("Österreich", "Ägyptens", "Danmarks"); never a function word of the language."""
    if is_function_word(tok, lang):
        return False
    bare = genitive_stripped(tok)
    names = _countries_in(lang)
    if tok in names or (bare is not None and bare in names):
        return True
    if lang == "fi":
        return any(c in names for c in finnish_forms(tok))  # "Saksan", "Yhdysvalloista"
    if lang == "hu":
        return any(c in names for c in hungarian_base_forms(tok))  # "Görögországban"
    return lang in DECLINING and any(c in names for c in nominatives(tok))  # "Hrvatskoj"


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)[\s\"'«“(\-\u2013\u2014]*$")
# German words after which a capitalised word is a noun or a nominalised adjective or verb
# ("das Gute", "beim Laufen", "im Allgemeinen"), own list.
GERMAN_DETERMINERS = frozenset(
    """der die das dem den des ein eine einer eines einem einen im am beim zum zur vom ins
    kein keine keinen keinem keiner dieser diese dieses diesem diesen alle allen viel viele
    vielen wenig etwas nichts alles""".split()  # noqa: SIM905
)
_NEXT_WORD = re.compile(r"\s*([^\s]+)")


def at_sentence_start(text: str, pos: int) -> bool:
    return _SENTENCE_START.search(text, max(0, pos - 200), pos) is not None


def capitalised_name(text: str, a: int, tok: str) -> bool:
    """A listed name inside a German sentence that is neither a noun nor a function word:
    German writes adjectives, adverbs and verbs in lower case there, so a frequent word
    written capitalised is a name ("Walter", "Alex", "Stanleys"), unless it opens the
    sentence, follows a determiner (a nominalised word: "das Gute") or qualifies the noun
    after it ("Schwarze Meer", "Deutsche Bank")."""
    if at_sentence_start(text, a) or is_function_word(tok, "de") or not tok[:1].isupper():
        return False
    if german_noun(tok, compounds=True) or tok.isupper() or not german_name_word(tok):
        return False
    prev = text[max(0, a - 20) : a].split()
    if prev and prev[-1].lower() in GERMAN_DETERMINERS:
        return False
    nxt = _NEXT_WORD.match(text, a + len(tok))
    return not (nxt and nxt.group(1)[:1].isupper() and german_noun(nxt.group(1), compounds=True))


# Heads of German street, building and landscape names: a run ending in one is a place name
# ("Gubener Straße", "Steinerne Brücke", "Weitinger Mühle"), not a name and a noun.
PLACE_HEADS = tuple(
    """straße strasse gasse weg allee platz ring damm ufer brücke mühle hof haus house hall
    kirche kapelle dom tor turm bahnhof markt park garten schloss burg berg see tal wald insel
    """.split()  # noqa: SIM905
)


def noun_tail(toks: list[str]) -> bool:
    """The last word of a German run is a plain noun (no listed name or place) after a word that
    is no noun, given name or particle."""
    last, prev = toks[-1], toks[-2]
    return (
        german_noun(last)
        and not last.lower().endswith(PLACE_HEADS)
        and not german_name_word(last)
        and not is_place(last, lang="de")
        and not german_noun(prev, compounds=True)  # "Stadt Bremen": a name after a noun
        and not german_given(prev)
        and prev.lower() not in PARTICLES
    )


def listed_place_word(text: str, a: int, tok: str, lang: str) -> bool:
    """A frequent word that names a place here: a country ("Österreich", "Brasil"), or in a
    language that writes nouns in lower case a listed city written capitalised mid-sentence
    ("de Londres", "o Porto")."""
    if listed_country(tok, lang):
        return True
    prev = text[max(0, a - 30) : a].split()
    if lang in NOUN_CAPITALISING and prev and prev[-1] in ("in", "nach", "aus"):
        return is_place(tok, lang=lang) and not german_noun(tok)  # "in Peking"; not "in Hof"
    return (
        lang not in NOUN_CAPITALISING
        and not at_sentence_start(text, a)
        and not (prev and prev[-1][:1].isupper())  # "Costa Ramos", "Cunha Lima": a name
        and not is_function_word(tok, lang)
        and tok in city_names()
    )


def surnames_may_be_words(text: str, a: int, words: list[str], lang: str) -> bool:
    """Inside a sentence of a language that writes nouns in lower case, a run spaCy calls a
    person whose first word is no common word: its other words may be ("Joaquim Carneiro",
    "Edite Estrela": surnames that are words there)."""
    return (
        len(words) > 1
        and not at_sentence_start(text, a)
        and not common_word(words[0], lang)
        and len(words[0]) <= MAX_UNLISTED_NAME_WORD
        and not is_place(words[0])
    )


# An English word at least this frequent inside German prose is a loanword ("im Web").
ENGLISH_LOANWORD_FREQUENCY = 1e-6
# Prepositions that put what follows in a place ("em Lisboa", "i Hobro"), not "de"/"a", which
# also precede people ("de Brandão"); own list.
IN_PLACE = frozenset(
    ["em", "no", "na", "i", "på", "fra", "til", "nach", "aus", "in", "im", "en", "à", "au"]
)


def unnamed_word(toks: list[str], lang: str) -> bool:
    """One word no name list knows and no genitive: after a place preposition a town, whatever
    spaCy called it ("i Hobro", "til Tårnby")."""
    if len(toks) != 1:
        return False
    tok = toks[0]
    if lang == "de" and (german_noun(tok, compounds=True) or german_name_word(tok)):
        return False  # "in Brüssel" is listed; "aus Liebe" a noun; "nach Müller" a name
    return not (
        fold(tok) in GIVEN_NAMES
        or fold(tok) in SURNAMES
        or tok.endswith("s")
        or tok.isupper()
        or len(tok) > MAX_UNLISTED_NAME_WORD  # "Propagandaministeriet"
        or re.search(r"-[a-zæøå]", tok) is not None  # "Olé-sangen": a compound noun
    )


def unknown_word_name(text: str, a: int, tok: str) -> bool:
    """A word spaCy calls an organisation or nationality inside a German sentence that no
    German or English word list, noun lexicon or place list holds: a surname ("Ramelow",
    "Schrempp"); not after a determiner, adjective or place preposition ("die Saponine", "den
    Marbachsee", "nach Oberperu"), nor a landscape name ("Bachtal")."""
    from transforms.privacy.pii.foreign_lists import PLACE_PREPOSITIONS

    prev = text[max(0, a - 30) : a].split()
    before = prev[-1] if prev else ""
    if (
        before.lower() in GERMAN_DETERMINERS
        or before.lower() in PLACE_PREPOSITIONS
        or (before[:1].islower() and before.endswith(("e", "en", "er", "es", "em")))
        or before in ("(", ",")
        or tok.lower().endswith(PLACE_HEADS)
    ):
        return False
    return tok.isalpha() and unknown_word(tok)


def unknown_word(tok: str) -> bool:
    """No German word, noun, compound, place, function word or frequent English word, nor a
    landscape name ("Bachtal")."""
    from transforms.privacy.pii.foreign_lists import known_german_word

    return not (
        known_german_word(tok)
        or german_noun(tok, compounds=True)
        or is_place(tok, lang="de")
        or is_function_word(tok, "de")
        or tok.isupper()
        or len(tok) < MIN_NAME_WORD
        or len(tok) > MAX_UNLISTED_NAME_WORD
        or english_frequency(tok.lower()) >= ENGLISH_LOANWORD_FREQUENCY
        or tok.lower().endswith(PLACE_HEADS)
    )
