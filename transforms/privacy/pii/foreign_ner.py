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
  the sentence.
- **German** capitalises every noun, so there the evidence comes from Wiktionary DE word classes
  (:mod:`.german_lexicon`, tuned on GermEval 2014 dev): plain nouns, compounds of nouns and
  derived nouns ("Leiter", "Tandemanordnung") are no names and are cut out of runs
  ("Bundesfinanzminister Wolfgang Schäuble", "Stadt Bremen"); a listed German given name or
  surname is a person, and so is a run spaCy tags PERSON whose words are neither frequent nor
  nouns ("Berlusconi"); Wiktionary toponyms are places ("Nordafrikas"). These German runs live in
  :mod:`.german_runs`.
"""

from __future__ import annotations

import re

from transforms.privacy.pii.dutch_words import dutch_non_name
from transforms.privacy.pii.elision import after_article, elided_preposition
from transforms.privacy.pii.finnish_names import finnish_person_form, finnish_unknown
from transforms.privacy.pii.foreign_lists import (
    FREQUENCY_LANGUAGES,
    FUNCTION_WORDS,
    MAX_UNLISTED_NAME_WORD,
    NOUN_CAPITALISING,
    PARTICLES,
    PLACE_PREPOSITIONS,
    REPORTING_VERBS,
    TITLES,
    city_names,
    common_word,
    country_names,
    fold,
    german_words,
)
from transforms.privacy.pii.foreign_place_cues import in_place_town
from transforms.privacy.pii.foreign_words import (
    IN_PLACE,
    at_sentence_start,
    bare_forms,
    capitalised_name,
    cut_places,
    genitive_stripped,
    german_noun,
    is_place,
    listed_country,
    listed_place_word,
    surnames_may_be_words,
    unnamed_word,
)
from transforms.privacy.pii.gazetteers import GIVEN_NAMES, SURNAMES
from transforms.privacy.pii.german_place_names import german_place_word
from transforms.privacy.pii.german_runs import german_noun_opener, german_parts, german_person
from transforms.privacy.pii.hungarian_names import hungarian_unknown
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.language_names import given_in
from transforms.privacy.pii.name_runs import INITIAL, STRIP_END, capital_runs, place_tail
from transforms.privacy.pii.slavic_cases import DECLINING, adjective_form
from transforms.privacy.pii.slavic_declined import declined_name
from transforms.privacy.pii.slavic_names import TITLES as SLAVIC_TITLES
from transforms.privacy.pii.slavic_names import lone_subject
from transforms.privacy.pii.slavic_ordinary import (
    celestial_place,
    celestial_spans,
    in_slavic_place,
    ordinary_run,
    place_then_person,
)
from transforms.privacy.pii.slavic_places import opener_off_place
from transforms.privacy.pii.town_cues import named_city_after_locative
from transforms.privacy.pii.train_names import learned_type

_PLACE_PREP = re.compile(r"(?i:(?<![\w])([^\W\d_]+)[ \t]+)$")


def _parts(text: str, start: int, end: int, lang: str) -> list[tuple[int, list[str]]]:
    """The runs of ``text[start:end]``, German ones cut at inner nouns
    (:func:`.german_runs.german_parts`)."""
    out = []
    for a, _, toks in capital_runs(text, start, end, lang):
        for b, part in place_tail(text, a, toks, lang):  # "Juventus de Turim"
            out.extend(german_parts(text, b, part) if lang == "de" else [(b, part)])
    return [cut for b, part in out for cut in cut_places(text, b, part, lang)]  # Finnish


foreign_runs = _parts  # for :mod:`.foreign_given`


def _title_before(text: str, pos: int) -> bool:
    """A title or role word right before ``pos``, also as the head of a hyphenated compound
    ("US-Präsident Barack Obama")."""
    prev = text[max(0, pos - 30) : pos].split()
    if not prev:
        return False
    word = prev[-1].lower()
    return (
        word in TITLES
        or word in SLAVIC_TITLES
        or ("-" in word.strip("-") and word.rsplit("-", 1)[-1] in TITLES)
    )


def _reporting_verb_after(text: str, end: int) -> bool:
    """A reporting verb right after the run ("Müller sagte", "Madsen siger")."""
    nxt = text[end : end + 20].split(maxsplit=1)
    return bool(nxt) and nxt[0].strip(STRIP_END).lower() in REPORTING_VERBS


def _named_lone_word(text: str, a: int, tok: str, lang: str) -> bool:
    """A lone word that is also a noun or common word, named a person by its company: after a
    title ("Herr Müller", "Frau Fischer") or, when a listed surname, before a reporting verb
    ("Fischer sagte"). Never a function word ("Das sagte er")."""
    if tok.lower() in FUNCTION_WORDS.get(lang, ()) or not tok[:1].isupper():
        return False
    if _title_before(text, a):
        return True
    bare = genitive_stripped(tok) or tok
    listed = any(fold(w) in SURNAMES or w in german_words("surnames") for w in (tok, bare))
    if _reporting_verb_before(text, a):  # "sagte Rüttgers", "sagde Lis"
        return listed or not (common_word(tok, lang) or german_noun(tok))
    return listed and _reporting_verb_after(text, a + len(tok))


def _reporting_verb_before(text: str, a: int) -> bool:
    prev = text[max(0, a - 20) : a].split()
    return bool(prev) and prev[-1].lower() in REPORTING_VERBS


def _after_place_preposition(
    text: str, pos: int, prepositions: frozenset[str] = PLACE_PREPOSITIONS, lang: str = ""
) -> bool:
    m = _PLACE_PREP.search(text, max(0, pos - 20), pos)
    if m is not None:
        return m.group(1).lower() in prepositions
    return elided_preposition(text, pos, lang) in prepositions  # "d'Italie", "de l'Italie"


def _trim(text: str, a: int, toks: list[str], lang: str) -> tuple[int, list[str]]:
    """Drop titles and common words opening a run ("Em Madrid", "Präsident Barack Obama"); a
    run that is one common word ("Para", "Han", "Vi") is dropped whole, even when it is also a
    place or given name somewhere."""
    if len(toks) > 1 and is_place(" ".join(toks), lang=lang):
        return a, toks
    while (
        toks
        and not (len(toks) == 1 and _named_lone_word(text, a, toks[0], lang))
        and (
            toks[0].lower() in PARTICLES
            or toks[0].lower() in TITLES
            or (
                common_word(toks[0], lang)
                and (len(toks) == 1 or fold(toks[0]) not in GIVEN_NAMES)
                and not (len(toks) == 1 and listed_place_word(text, a, toks[0], lang))
                and not (lang == "de" and capitalised_name(text, a, toks[0]))
            )
            or (lang == "de" and german_noun_opener(toks))
        )
    ):
        a = text.index(toks[1], a + len(toks[0])) if len(toks) > 1 else a + len(toks[0])
        toks = toks[1:]
    return a, toks


def _slavic_subject(text: str, a: int, toks: list[str], lang: str) -> bool:
    return len(toks) == 1 and lone_subject(text, a, toks[0], lang)


def _person_evidence(text: str, a: int, toks: list[str], lang: str, label: str) -> bool:
    words = [t for t in toks if t.lower() not in PARTICLES]
    if lang == "nl" and dutch_non_name(words):
        return False  # "Fransche", "Dingsdag", "Junij" (:mod:`.dutch_words`)
    first = fold(words[0].rstrip("."))
    if _title_before(text, a) or (len(toks) == 1 and _named_lone_word(text, a, toks[0], lang)):
        return True
    if label == "PERSON" and _slavic_subject(text, a, toks, lang):
        return True
    given = first in GIVEN_NAMES or any(  # "Anabela", "Frits" (:mod:`.language_names`), "Kelds"
        given_in(b, lang)
        for b in (words[0], *bare_forms(words[0], lang, len(words) == 1))  # "Sallan" (fi)
    )
    # A capitalised sentence opener is a name only where a word list can say it is no word,
    # or when spaCy calls a listed given name a person ("Lars mumlede noget", "Kelds oplæg").
    opener = len(words) == 1 and at_sentence_start(text, a)
    if opener and lang not in FREQUENCY_LANGUAGES:
        listed = given or words[0] in german_words("given")  # Wiktionary: "Lars", "Jens"
        if lang == "hu":  # "Strasberg azt állította": no Hungarian word (:mod:`.hungarian_names`)
            listed = listed or hungarian_unknown(words[0])
        elif lang == "fi":  # "Hypatia saisi": no Finnish word (:mod:`.finnish_names`)
            listed = listed or finnish_unknown(words[0])
        return listed and label == "PERSON" and not common_word(words[0], lang)
    if given:
        return True  # "Søren" (spaCy: NORP), "Kelds"
    if lang == "de":
        return german_person(text, a, words, opener, label)
    if any(fold(t) in SURNAMES and not common_word(t, lang) for t in words):
        return True  # "Beckenbauer" (spaCy: ORG)
    if label != "PERSON" or lang in NOUN_CAPITALISING:
        return False
    if lang in DECLINING and len(words) == 1 and adjective_form(words[0]):
        return False  # "Svjetskom", "Slovenskej": adjectives (:mod:`.slavic_cases`)
    # long unlisted words are compounds ("Julkisoikeudelliset"), not names
    rest = words[:1] if surnames_may_be_words(text, a, words, lang) else words
    return not any(
        common_word(t, lang) or len(t) > MAX_UNLISTED_NAME_WORD
        for t in rest
        if not INITIAL.match(t)
    )


def foreign_candidates(
    text: str, start: int, end: int, label: str, lang: str
) -> list[tuple[int, int, str]]:
    """PERSON/LOCATION runs with evidence inside one spaCy entity of a ``lang`` sentence."""
    if label not in ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP"):
        return []
    out = []
    for a, toks in _parts(text, start, end, lang):
        a, toks = opener_off_place(text, *_trim(text, a, toks, lang), lang)  # "Aktivity Bieloruska"
        if not toks or ordinary_run(toks, lang):  # "Hrvatski plivač" (:mod:`.slavic_ordinary`)
            continue
        b = a + len(" ".join(toks)) if text.startswith(" ".join(toks), a) else None
        if b is None:
            last = toks[-1]
            b = text.index(last, a) + len(last)
        value = text[a:b]
        if any(celestial_place(t, lang) for t in toks):
            out.extend(celestial_spans(text, a, toks, lang))  # "Zatmenie Slnka" (spaCy: PERSON)
        elif in_place_town(text, a, toks, lang, label):
            out.append((a, b, "LOCATION"))  # "in Kreischa", "i Nakskov", "distrito de Braga"
        elif (
            lang == "de"
            and len(toks) == 1
            and german_place_word(value)
            and not _title_before(text, a)  # "Oberst Ollendorf"
        ):
            out.append((a, b, "LOCATION"))  # "Pfrondorf", "Knoopstraße" (spaCy: PERSON)
        elif named_city_after_locative(text, a, toks):
            out.append((a, b, "LOCATION"))  # "em Orlando" (:mod:`.town_cues`)
        elif learned_type(value, lang):  # lists learned from train splits (:mod:`.train_names`)
            out.append((a, b, learned_type(value, lang) or ""))
        elif is_place(value, lang=lang) and not (
            (label == "PERSON" and len(toks) > 1 and fold(toks[0]) in GIVEN_NAMES)
            or _title_before(text, a)  # "Tante Cilli", "US-Präsident Obama"
            or (label == "PERSON" and _slavic_subject(text, a, toks, lang))  # "Bush sa stal"
            or (len(toks) == 1 and declined_name(value, lang))  # "označil Busha"
            or (lang == "fi" and len(toks) == 1 and finnish_person_form(text, a, value))
        ):
            out.append((a, b, "LOCATION"))
        elif label == "PERSON" and in_slavic_place(text, a, toks, lang):
            out.extend(place_then_person(text, a, b, toks, lang))  # "u Beogradu (Majkl Polt)"
        elif _person_evidence(text, a, toks, lang, label):
            if not after_article(text, a, lang):
                out.append((a, b, "PERSON"))
            elif _after_place_preposition(text, a, lang=lang):
                out.append((a, b, "LOCATION"))  # "à l'Argonne": no article before a person
        elif (
            (
                label in ("GPE", "LOC", "FAC")
                or (
                    label == "ORG"
                    and unnamed_word(toks, lang)
                    and _after_place_preposition(text, a, IN_PLACE, lang)
                )
            )
            and _after_place_preposition(text, a, lang=lang)
            and not any(common_word(t, lang) for t in toks)
        ):
            out.append((a, b, "LOCATION"))  # "til Jyderup" (spaCy: GPE), "i Hobro" (ORG)
    return out


def foreign_place_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Listed places spaCy missed in a ``lang`` sentence ``text[start:end]``: a city name
    ("Viborg", "Prag"), or a country name after a place preposition ("i Danmark", "no Brasil");
    never a common word of the language."""
    out = []
    for a, toks in _parts(text, start, end, lang):
        a, toks = _trim(text, a, toks, lang)
        if not toks or ordinary_run(toks, lang):  # "Kažu", "Tieto" (:mod:`.slavic_ordinary`)
            continue
        value = " ".join(toks)
        if not text.startswith(value, a):
            continue
        b = a + len(value)
        listed = (
            (len(toks) == 1 and celestial_place(value, lang))  # "na Mesiaci"
            or is_place(value, city_names(), lang)
            or (len(toks) == 1 and listed_country(value, lang))
            # several words name a country anywhere ("den Vereinigten Staaten"), one only after
            # a place preposition
            or (
                is_place(value, country_names())
                and (len(toks) > 1 or _after_place_preposition(text, a, lang=lang))
            )
        )
        if listed and not (
            len(toks) == 1 and at_sentence_start(text, a) and fold(value) in SURNAMES
        ):
            out.append((a, b))
    return out


# a capitalised word, also after an elided "d'"/"l'" ("d'Italie"; :mod:`.elision`)
_CAP_WORD = re.compile(
    r"(?:(?<![\w'\u2019@./\-])|(?<=(?<!\w)[dl]['\u2019]))[A-Z\u00c0-\u00de][^\W\d_]+"
)


def foreign_gazetteer(text: str, start: int, end: int, etype: str, lang: str) -> str | None:
    """Re-check a gazetteer match in a ``lang`` sentence: a common word of the language ("Han",
    "Dia", "Era") is none; the type the train lists give it wins (:mod:`.train_names`); a listed
    place ("Nova Zelândia") is a LOCATION, not a PERSON."""
    toks = text[start:end].split()
    if (
        len(toks) == 1
        and (common_word(toks[0], lang) or (lang == "de" and german_noun_opener(toks)))
        and not _named_lone_word(text, start, toks[0], lang)
    ) or ordinary_run(toks, lang):
        return None
    if etype == "PERSON" and after_article(text, start, lang):
        return None  # "l'Hermine" (:mod:`.elision`)
    if fold(text[start:end]) in SURNAMES and _slavic_subject(text, start, toks, lang):
        return "PERSON"  # "Bush sa stal", "prezident Bush": also a town (:mod:`.slavic_names`)
    learned = learned_type(text[start:end], lang)  # "Jan Mayen": a place on train, not "Jan"
    if learned:
        return learned
    if etype == "PERSON" and (
        is_place(text[start:end]) or named_city_after_locative(text, start, toks)
    ):
        return "LOCATION"
    return etype


_TITLED_RUN = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+){0,2}(?![\w\-])")


def titled_name_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of up to three capitalised words right after a title word in a Finnish sentence
    ("arkkitehti Panu Kaila", "kuningas Philokrates"): Finnish writes titles in lower case
    before the name; no word of the run may be an everyday Finnish form."""
    return [
        (m.start(), m.end())
        for m in _TITLED_RUN.finditer(text, start, end)
        if not text[m.start() - 1 : m.start()].isalnum()
        and _title_before(text, m.start())
        and not any(common_word(w, "fi") for w in m.group().split())
    ]


def foreign_worth(sentence: str) -> bool:
    """A non-English sentence spaCy should read: a capitalised word past its first word, or a
    listed place or given name opening it."""
    words = list(_CAP_WORD.finditer(sentence))
    if not words:
        return False
    opening = sentence[: words[0].start()].strip(" \t\"'«“(-\u2013\u2014") == ""
    if opening and len(words) == 1:
        w = words[0].group()
        if not (is_place(w) or fold(w) in GIVEN_NAMES):
            # a lone Slavic surname opening the sentence before a verb ("Dunne navodi")
            lang = foreign_language(sentence)
            return lang is not None and (
                _slavic_subject(sentence, words[0].start(), [w], lang) or celestial_place(w, lang)
            )
    return foreign_language(sentence) is not None
