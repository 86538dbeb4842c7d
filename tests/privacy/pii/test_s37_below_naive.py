"""Session 37: lists of people in Nordic prose, Finnish -s names in the -kse- stem, lower-case
places in spoken requests (issue 14)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.finnish_words import finnish_base_forms
from transforms.privacy.pii.people_lists import list_people
from transforms.privacy.pii.regnal_names import regnal_names
from transforms.privacy.pii.request_places import request_place_spans
from transforms.privacy.spans import Span


def _typed(text: str, typ: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type == typ}


def _places(text: str) -> list[str]:
    return [text[a:b] for a, b in request_place_spans(text)]


def _person(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), "PERSON", 0.85, "test")


# lists of people


def test_unread_member_of_a_finnish_list_of_people() -> None:
    text = "Johanna , Sharon ja Nadja nautiskelivat aamiaisesta samassa nurkassa ."
    spans = [_person(text, "Johanna"), _person(text, "Nadja")]
    found = {text[s.start : s.end] for s in list_people(text, spans)}
    assert found == {"Johanna", "Sharon", "Nadja"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Boka kom ut på forlaget Oktober , Anne Holt og Jo Nesbø skrev forordet .", "Oktober"),
        ("Frp og Siv Jensen har de siste dagene skjerpet tonen overfor partiene .", "Frp"),
        ("Prisen gikk til vertskapet på Mjonøy , Ellen Nordstoga og Darius i går .", "Mjonøy"),
    ],
)
def test_no_person_in_a_list_of_people(text: str, word: str) -> None:
    people = [w for w in ("Anne Holt", "Jo Nesbø", "Siv Jensen", "Ellen Nordstoga") if w in text]
    spans = [_person(text, w) for w in people]
    found = {text[s.start : s.end] for s in list_people(text, spans)}
    assert word not in found


def test_list_of_people_end_to_end() -> None:
    text = "Johanna , Sharon ja Nadja nautiskelivat aamiaisesta samassa nurkassa ."
    assert {"Johanna", "Sharon", "Nadja"} <= _typed(text, "PERSON")


def test_two_unread_given_names_make_a_list() -> None:
    text = "Yleensähän Peppi ja Mimmi syleilevät ihmisiä , mutta minä tarvitsin rutistuksen ."
    spans = [Span(0, 1, "PERSON", 0.85, "test")]  # the step reads only texts with a person
    found = {text[s.start : s.end] for s in list_people(text, spans) if s.detector != "test"}
    assert found == {"Peppi", "Mimmi"}


def test_swedish_list_of_people() -> None:
    text = "Under mötet talade Anna , Lovisa och Bergström om skolans framtid i kommunen ."
    spans = [_person(text, "Anna"), _person(text, "Lovisa")]
    found = {text[s.start : s.end] for s in list_people(text, spans)}
    assert "Bergström" in found


def test_places_in_a_list_stay_places() -> None:
    text = "Brysselissä päätettiin , että Kreikan , Portugalin ja Irlannin täytyy maksaa korkoa ."
    assert "PERSON" not in {s.type for s in detect(text)}


def test_list_without_a_given_name_adds_nothing() -> None:
    # the only person's first word is no listed given name: no anchor for the list
    text = "Eilen Xqzvbn , Kokoomus ja Keskusta keskustelivat pitkään hallituksen ohjelmasta ."
    spans = [_person(text, "Xqzvbn")]
    assert list_people(text, spans) == spans


def test_apposition_is_no_list() -> None:
    text = "Her taler formanden for Mellemfolkeligt Samvirke , Knud Vilby og Jens om sagen ."
    spans = [_person(text, "Knud Vilby"), _person(text, "Jens")]
    assert list_people(text, spans) == spans  # "Samvirke": the end of a longer name


def test_comma_only_run_is_no_list() -> None:
    text = "Formanden for foreningen er Samvirke , Knud Vilby , der taler i dag om sagen ."
    spans = [_person(text, "Knud Vilby")]
    assert list_people(text, spans) == spans


def test_english_lists_are_left_to_other_steps() -> None:
    text = "Yesterday John , Paul and Ringo met the Press in London to talk about the tour ."
    spans = [_person(text, "John"), _person(text, "Paul")]
    assert list_people(text, spans) == spans


def test_detected_members_keep_their_type() -> None:
    text = "Johanna , Sharon ja Nokia nautiskelivat aamiaisesta samassa nurkassa ."
    nokia = Span(text.index("Nokia"), text.index("Nokia") + 5, "ORGANIZATION", 0.8, "test")
    spans = [_person(text, "Johanna"), _person(text, "Sharon"), nokia]
    assert list_people(text, spans) == spans


# regnal numbers


def test_given_name_and_regnal_numeral() -> None:
    text = "Puolasta valittiin Paavi Paavali II ensimmäiseksi paaviksi ."
    found = [(text[s.start : s.end], s.type) for s in regnal_names(text, [])]
    assert found == [("Paavali II", "PERSON")]


def test_person_extended_over_the_numeral() -> None:
    text = "Kuningas Kaarle XII hyökkäsi Venäjälle vuonna 1707 ."
    found = [text[s.start : s.end] for s in regnal_names(text, [_person(text, "Kaarle")])]
    assert found == ["Kaarle XII"]


@pytest.mark.parametrize(
    "text",
    [
        "During World War II the city was bombed .",  # no given name before the numeral
        "Paul I think we should go now .",  # "I": the pronoun
        "The Paul VI Audience Hall is in Rome .",  # kept when another type holds it (below)
    ],
)
def test_regnal_near_misses(text: str) -> None:
    spans = []
    if "Hall" in text:
        start = text.index("Paul")
        spans = [Span(start, text.index(" is"), "LOCATION", 0.8, "test")]
    assert regnal_names(text, spans) == spans


# Finnish -s names


@pytest.mark.parametrize(
    ("word", "base"),
    [("Iglesiaksen", "Iglesias"), ("Thomakselle", "Thomas"), ("Carloksella", "Carlos")],
)
def test_s_names_take_the_kse_stem(word: str, base: str) -> None:
    assert base in finnish_base_forms(word)


def test_kse_stem_keeps_the_nen_surnames() -> None:
    assert "Virtanen" in finnish_base_forms("Virtasen")
    assert not any(f.endswith("ks") for f in finnish_base_forms("Virtasen"))


def test_genitive_of_an_s_surname_is_a_person() -> None:
    text = "Kyseessä oli todennäköisesti kaikkein odotetuin julkaisu Iglesiaksen uralla ."
    assert "Iglesiaksen" in _typed(text, "PERSON")


# lower-case places in requests


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("how much is a train ticket to san fransisco", "san fransisco"),
        ("book for me a train ticket to washingdon dc", "washingdon dc"),
        ("i need a place that will deliver pizza to me in benton ar", "benton ar"),
        ("schedule lunch at tomo in arcata california tomorrow at noon", "arcata california"),
        ("if it's eight pm on the east coast what time is it", "east coast"),
    ],
)
def test_request_places(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "i need to go in there ok",  # "there": an everyday word before "ok"
        "send this to new friends please",  # "new" before an everyday word
        "what did the coast guard say",  # no "the east/west coast"
        "put the meeting in general ca",  # "general" is an everyday word
        "Book a train ticket to Washingdon DC",  # capitals: not lower-case style
    ],
)
def test_request_place_near_misses(text: str) -> None:
    assert _places(text) == []


def test_listed_town_with_a_code_still_needs_nothing_more() -> None:
    assert _places("weather in benton ar today") == ["benton ar"]
