"""Gazetteer pass of :mod:`~transforms.privacy.pii.ner`: listed given names (with the
surname-shaped words after them) and listed cities in prose, re-checked in non-English
sentences, and listed places and given names in the foreign-language sentences."""

from __future__ import annotations

import re

from transforms.privacy.pii.compass_regions import compass_region_spans
from transforms.privacy.pii.dutch_words import dutch_place_spans
from transforms.privacy.pii.facility_names import facility_spans
from transforms.privacy.pii.finnish_names import (
    finnish_addressee_spans,
    finnish_given_form_spans,
    finnish_surname_spans,
)
from transforms.privacy.pii.foreign_given import (
    german_given_spans,
    german_surname_spans,
    listed_name_spans,
)
from transforms.privacy.pii.foreign_ner import (
    foreign_gazetteer,
    foreign_place_spans,
    titled_name_spans,
)
from transforms.privacy.pii.foreign_place_cues import german_common_noun
from transforms.privacy.pii.gazetteers import (
    AMBIGUOUS_GIVEN_NAMES,
    CITIES,
    CITY_PHRASES,
    COMMON_SURNAMES,
    GIVEN_NAMES,
    INTL_GIVEN_NAMES,
    KNOWN_PLACES,
    NOT_LOCATIONS,
    SURNAMES,
    TITLES,
    english_frequency,
)
from transforms.privacy.pii.genitive_places import genitive_place_spans
from transforms.privacy.pii.german_context import german_context_spans
from transforms.privacy.pii.german_place_names import german_place_name_spans
from transforms.privacy.pii.german_regions import german_region_spans
from transforms.privacy.pii.hungarian_names import hungarian_name_spans
from transforms.privacy.pii.language_id import foreign_language
from transforms.privacy.pii.language_names import full_name_spans
from transforms.privacy.pii.name_context import title_not_name
from transforms.privacy.pii.name_evidence import cut_role, town_state_after
from transforms.privacy.pii.ner_context import (
    _DETERMINER_BEFORE,
    _TRAVEL_CUE,
    _has_capital,
    _sentence_around,
)
from transforms.privacy.pii.ner_filters import (
    _CAP_TOKEN,
    _ORG_WORDS,
    _PARTICLES,
    _POSS_TAIL,
    NOT_NAME_WORDS,
    _name_token_ok,
)
from transforms.privacy.pii.place_class_nouns import class_noun_spans
from transforms.privacy.pii.reported_names import reported_name_spans
from transforms.privacy.pii.romance_streets import romance_street_spans
from transforms.privacy.pii.slavic_cases import DECLINING
from transforms.privacy.pii.slavic_declined import declined_name_spans
from transforms.privacy.pii.slavic_places import joined_place_spans
from transforms.privacy.pii.slavic_subjects import slavic_subject_spans
from transforms.privacy.pii.town_cues import dateline_spans, german_town_spans
from transforms.privacy.pii.train_names import train_spans
from transforms.privacy.pii.web_text import ADMIN_WORDS
from transforms.privacy.segments import NerView, sentences

_CAP_RUN = re.compile(
    r"(?<![\w@.\-/])" + _CAP_TOKEN + r"(?:[ \t]+(?:(?:de|da|del|van|von|der|"
    r"den|di|du|la|le|bin|al|el|dos|das)[ \t]+)?" + _CAP_TOKEN + r"){0,4}"
)
_TOKEN = re.compile(r"\S+")

_CITY_PHRASE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in CITY_PHRASES) + r")(?![\w-])"
)


def _gazetteer_spans(view: NerView) -> list[tuple[int, int, str, float]]:
    """PERSON from known given names (+ surname), LOCATION from known cities; view offsets."""
    text = view.text
    out = []
    for m in _CAP_RUN.finditer(text):
        toks = [
            (m.start() + t.start(), m.start() + t.end(), t.group())
            for t in _TOKEN.finditer(m.group())
        ]
        i = 0
        while i < len(toks):
            start, end, tok = toks[i]
            word = _POSS_TAIL.sub("", tok)
            if word in KNOWN_PLACES and _TRAVEL_CUE.search(text, max(0, start - 24), start):
                i += 1  # "playing in Austin tonite": a town, though also a given name
                continue
            if word in KNOWN_PLACES and town_state_after(text, start + len(word)):
                out.append((start, start + len(word), "LOCATION", 0.8))
                i += 1  # "Enron Networks - Houston, TX": a town before its state code
                continue
            if word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES:
                j = i + 1
                # Extend over surname-shaped words (a particle only when a surname follows it).
                while j < len(toks) and j - i <= 3 and not _POSS_TAIL.search(toks[j - 1][2]):
                    nxt = toks[j][2]
                    core = _POSS_TAIL.sub("", nxt)
                    if core.lower() in _PARTICLES and j + 1 < len(toks):
                        j += 1
                        continue
                    if core.lower() in ADMIN_WORDS:
                        j = -1  # "Marin County", "Harrison County": a place
                        break
                    if (
                        not _name_token_ok(core)
                        or core.lower() in NOT_NAME_WORDS
                        or core in TITLES
                        or core in CITIES
                        or core.lower() in _PARTICLES
                    ):
                        break
                    j += 1
                if j < 0:
                    i += 2
                    continue
                while j - 1 > i and toks[j - 1][2].lower() in _PARTICLES:
                    j -= 1
                j = cut_role(toks, i, j)  # "Joy Powell Executive Assistant"
                if any(t[2].lower().rstrip(".,") in _ORG_WORDS for t in toks[i : j + 1]):
                    i = j + 1  # "Parker Holdings", "Morgan Stanley Bank": a firm
                    continue
                single = j == i + 1
                if word in AMBIGUOUS_GIVEN_NAMES and title_not_name(text, start, toks[i + 1 : j]):
                    i = j  # "The Princess Royal", "Carry Me Back To Poland": a title
                    continue
                phrase = " ".join(_POSS_TAIL.sub("", t[2]) for t in toks[i:j])
                if not single and phrase in KNOWN_PLACES:
                    i = j  # "Beverly Hills", "Hong Kong": a town, whatever spaCy makes of it
                    continue
                if word in INTL_GIVEN_NAMES and _intl_not_name(text, start, single):
                    i = j
                    continue
                if single and len(word) <= 2:
                    i = j  # "Na night", "Mi amor", "Ima ... Yu": two letters alone, spaCy decides
                    continue
                if not (single and word in AMBIGUOUS_GIVEN_NAMES):
                    last_end = toks[j - 1][1] - len(
                        _POSS_TAIL.search(toks[j - 1][2]).group()
                        if _POSS_TAIL.search(toks[j - 1][2])
                        else ""
                    )
                    out.append((start, last_end, "PERSON", 0.8 if single else 0.88))
                i = j
                continue
            if word in CITIES and word not in NOT_LOCATIONS:
                out.append((start, start + len(word), "LOCATION", 0.8))
            i += 1
    for m in _CITY_PHRASE.finditer(text):
        out.append((m.start(), m.end(), "LOCATION", 0.85))
    return out


_SAINT_BEFORE = re.compile(r"(?<![\w'\u2019])(?:S[aã]o|Santo|Santa|San|Sankt|St\.?)[ \t]+$")


def _intl_not_name(text: str, start: int, single: bool) -> bool:
    """An international given name (``gazetteers.INTL_GIVEN_NAMES``) that names a place or thing:
    after a saint's title ("São Tiago"), or alone after an article ("the Meili index")."""
    if _SAINT_BEFORE.search(text, 0, start):
        return True
    return single and _DETERMINER_BEFORE.search(text, 0, start) is not None


def _foreign_places(view: NerView) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Listed places in the non-English sentences of the view
    (:func:`~transforms.privacy.pii.foreign_ner.foreign_place_spans`), and listed given names with
    their surnames in the German ones (:func:`~transforms.privacy.pii.foreign_given`)."""
    places, given = [], []
    for a, b in sentences(view.text, 0, len(view.text)):
        if _has_capital(view.text[a:b]):
            lang = foreign_language(view.text[a:b])
            if lang is not None:
                places.extend(
                    (x, y)
                    for x, y in foreign_place_spans(view.text, a, b, lang)
                    if not german_common_noun(view.text, x, [view.text[x:y]], lang)  # "am Hof"
                )
                places.extend(class_noun_spans(view.text, a, b, lang))  # "Gemeinde Bedra"
                places.extend(facility_spans(view.text, a, b, lang))  # "Bairro de S. Tomé"
                places.extend(genitive_place_spans(view.text, a, b, lang))  # "Berlins"
                places.extend(dateline_spans(view.text, a, b, lang))  # "KØBENHAVN: En ..."
                places.extend(joined_place_spans(view.text, a, b, lang))  # "Bosni i Hercegovini"
                places.extend(romance_street_spans(view.text, a, b, lang))  # "rue Drouot"
                places.extend(dutch_place_spans(view.text, a, b, lang))  # "Heuvelstraat"
                if lang == "pt":
                    places.extend(compass_region_spans(view.text, a, b))  # "o Nordeste", "(PE)"
                given.extend(listed_name_spans(view.text, a, b, lang))
                given.extend(full_name_spans(view.text, a, b, lang))  # "Anabela Moutinho"
                if lang == "fi":
                    given.extend(finnish_surname_spans(view.text, a, b))  # "Lipponen"
                    given.extend(finnish_addressee_spans(view.text, a, b))  # "toisi Hypatialle"
                    # "Sallan" (also a town), "arkkitehti Panu Kaila" (Kaila: also a town)
                    fi_given = finnish_given_form_spans(view.text, a, b)
                    titled = titled_name_spans(view.text, a, b)
                    given.extend(fi_given + titled)
                    places = [
                        p
                        for p in places
                        if p not in fi_given and not any(x <= p[0] and p[1] <= y for x, y in titled)
                    ]
                if lang == "hu":  # "Szalay Ferencnek", "Évának"
                    given.extend(hungarian_name_spans(view.text, a, b))
                given.extend(reported_name_spans(view.text, a, b, lang))  # "diz Altino"
                learned_places, learned_names = train_spans(view.text, a, b, lang)
                places.extend(learned_places)
                if lang in DECLINING:  # "Galileo objavil", "označil Busha", "rekao je Rama"
                    learned_names = [
                        *learned_names,
                        *slavic_subject_spans(view.text, a, b, lang),
                        *declined_name_spans(view.text, a, b, lang),
                    ]
                    places = [p for p in places if p not in learned_names]  # towns too
                given.extend(learned_names)
            if lang == "de":
                places.extend(german_region_spans(view.text, a, b))  # "in Bayern"
                places.extend(german_town_spans(view.text, a, b))  # "von Helmarshausen"
                places.extend(german_place_name_spans(view.text, a, b))  # "Tegeler See"
                given.extend(german_given_spans(view.text, a, b))
                given.extend(german_surname_spans(view.text, a, b))
                given.extend((x, y) for x, y, _ in german_context_spans(view.text, a, b))
    return places, given


# An everyday word after a given name that is also a word makes a capitalised term, not a name
# ("the Loan Agreement", "Loan Supplement", "Loan Payment"); a census surname that is one of the
# 5,000 commonest ("Buddy Rich") or no everyday word ("May Allah") stays a name. The full census
# list holds everyday words too ("Payment", "Factor"), so it does not decide.
_PAIR_WORD_FREQUENCY = 5e-7


def _word_pair(words: list[str]) -> bool:
    """Two capitalised everyday words, the first an ambiguous given name ("Loan Document")."""
    return (
        len(words) == 2
        and words[0] in AMBIGUOUS_GIVEN_NAMES
        and words[1] not in COMMON_SURNAMES
        and words[1] not in SURNAMES
        and english_frequency(words[1].lower()) >= _PAIR_WORD_FREQUENCY
    )


def _checked_gazetteer(view: NerView) -> list[tuple[int, int, str, float]]:
    """Gazetteer matches; in a non-English sentence re-checked by
    :func:`~transforms.privacy.pii.foreign_ner.foreign_gazetteer`."""
    out = []
    for a, b, etype, score in _gazetteer_spans(view):
        if etype == "PERSON" and _word_pair(view.text[a:b].split()):
            continue  # "Loan Agreement", "Loan Supplement": contract terms in capitals
        lang = foreign_language(_sentence_around(view, a))
        kept = etype if lang is None else foreign_gazetteer(view.text, a, b, etype, lang)
        if (
            lang == "fi"
            and kept == "LOCATION"
            and (a, b) in finnish_given_form_spans(view.text, a, b)
        ):
            kept = "PERSON"  # "Sallan kanssa": a given name that is also a town
        if kept == "LOCATION" and german_common_noun(view.text, a, view.text[a:b].split(), lang):
            continue  # "im Norden", "bei schlechtem Wetter" (:mod:`.foreign_place_cues`)
        if kept is not None:
            out.append((a, b, kept, score))
    return out
