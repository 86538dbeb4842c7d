"""Issue 14, tuned on ``uner_ewt_train``, ``btc_train`` and ``presidio_synth`` dev: names in
sign-off and contact lines ("--Liz", "Kim 713-853-3098", "GEORGE WALKER BUSH"), possessive shop
names that are no person ("Del Frisco's"), everyday words read as one-word streets ("During
2004"), and a spaCy "place" in a list of people; look-alikes stay as they were.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.coordinated_names import people_in_lists
from transforms.privacy.pii.kin_names import kin_names
from transforms.privacy.pii.laughter import drop_laughter, laughter
from transforms.privacy.pii.patterns import detect_patterns
from transforms.privacy.pii.shop_names import drop_shop_names, shop_possessive
from transforms.privacy.pii.signature_names import signature_name_spans
from transforms.privacy.pii.street_words import everyday_word_street
from transforms.privacy.spans import Span


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def added(text: str) -> set[str]:
    """Names added over the regex detections (phones among them)."""
    have = detect_patterns(text)
    return {text[s.start : s.end] for s in signature_name_spans(text, have) if s not in have}


# --- sign-offs, contact lines, capitals ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("--Liz", "Liz"),
        ("Thanks for the update.\n--Sally", "Sally"),
        ("--Paul, Atlanta, USA", "Paul"),
        ("-- John B, Windermere, Florida", "John B"),
        ("~Jason", "Jason"),
        ("\u2014 Mac", "Mac"),
    ],
)
def test_dash_sign_offs(text: str, name: str) -> None:
    assert name in added(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim 713-853-3098", "Kim"),
        ("Call me later.\nDudley Cate 828-296-8466", "Dudley Cate"),
        ("FROM: GEORGE WALKER BUSH 202.456.1414 / 202.456.1111", "GEORGE WALKER BUSH"),
    ],
)
def test_name_before_phone(text: str, name: str) -> None:
    assert name in added(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I am GEORGE WALKER BUSH, son of the former president", "GEORGE WALKER BUSH"),
        ('he wrote under the assumed name of "RAPHAEL PEREGRINO."', "RAPHAEL PEREGRINO"),
    ],
)
def test_capital_names(text: str, name: str) -> None:
    assert name in added(text)


@pytest.mark.parametrize(
    "text",
    [
        "-- Note: the build is broken",  # a dash before a word, not a name
        "--Enron",
        "-- Update, see below",
        "Fax 713-654-1281",  # labels before numbers
        "Cell 281-435-0295",
        "FAX 202.456.2461",
        "SMS 081912233358",
        "Sat Jan 10 2015 12:00",  # dates
        "Oakley 900 pcm",  # too few digits for a phone
        "GOOD LUCK MEETING JAKE TOMORROW IM SO EXCITED",  # a shouted sentence
        "I AND FBI TO REPEAT PESAWAR , INDIA MAY BE BLAMED",
        "see the NOTE TO FILE below",
        # an address in text written all in capitals
        "HAD GIVEN MATHIAS RUUD HIS ADDRESS: 66029 04862 VICTOR HUGO U. 49. SUITE 638",
        "CAN YOU PLEASE SEND A NEW ONE TO 62573 103 CASSIDY STREET SUITE 653",
    ],
)
def test_signature_look_alikes(text: str) -> None:
    assert added(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("somehow things will work out in the end . -Larry Bird", "Larry Bird"),
        ('a mutually beneficial symbiosis ." -Velasquez-Manoff #diet', "Velasquez-Manoff"),
        ("the absence of your worrying . ~ Gurudev #yoga", "Gurudev"),
        ("and that 's you and me . \u2013 Pooh", "Pooh"),
        ("Stay hungry. -Steve Jobs http://t.co/x", "Steve Jobs"),
    ],
)
def test_quote_credits(text: str, name: str) -> None:
    assert name in added(text)


@pytest.mark.parametrize(
    "text",
    [
        "Celebrate 25th ... - RaceDayCT http://t.co/x",  # a headline's source
        "second is Bawana constituency on Feb 4 - Final",  # no quotation before
        "Done for today. - Admin",  # an everyday word
        "See the logs. -F",  # a flag, not an initial
    ],
)
def test_quote_credit_look_alikes(text: str) -> None:
    assert added(text) == set()


def test_signature_names_skip_what_is_already_read() -> None:
    text = "Kim 713-853-3098"
    have = [Span(0, 3, "PERSON", 0.9, "spacy_ner")]
    assert signature_name_spans(text, have) == have


def test_signature_names_end_to_end() -> None:
    assert ("PERSON", "Kim") in typed("Kim 713-853-3098")
    assert ("PERSON", "Liz") in typed("Sounds good.\n--Liz")


# --- possessive shop names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We are going to Del Frisco's for dinner.", "Del Frisco"),
        ("What is the dress code for males at Del Frisco 's Philadelphia?", "Del Frisco"),
        ("We go to Japaneiro 's all the time.", "Japaneiro"),
        ("I 'm at a real restaurant like Applebee s , their food is good", "Applebee"),
        ("I threw a party for my wife at Fraiser's.", "Fraiser"),
        ("Reservations at Sullivan's Steak House for 6:30.", "Sullivan"),
        ("Britt's Pizza is long gone.", "Britt"),
        ("The boat was heading toward Cox's Bazar in Bangladesh.", "Cox"),
    ],
)
def test_shop_possessives(text: str, name: str) -> None:
    start = text.index(name)
    assert shop_possessive(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("How is Deb's knee?", "Deb"),  # no place preposition: her knee
        ("in response to Steve's comment: do you really", "Steve"),  # something owned follows
        ("We moved into Diana's former home", "Diana"),
        ("I stayed at Jerry's house.", "Jerry"),
        ("Mary's kitchen is tiny.", "Mary"),  # a lower-case business word is hers
        ("I like Terry's cheeky slap", "Terry"),
        ("Ask Wendy about it at the meeting.", "Wendy"),  # no possessive at all
    ],
)
def test_person_possessives_stay(text: str, name: str) -> None:
    start = text.index(name)
    assert not shop_possessive(text, start, start + len(name))


def test_drop_shop_names_takes_the_business_words_too() -> None:
    text = "Reservations at Sullivan's Steak House for 6:30."
    spans = [
        Span(16, 24, "PERSON", 0.8, "spacy_ner"),
        Span(27, 38, "PERSON", 0.8, "spacy_ner"),
    ]
    assert drop_shop_names(text, spans) == []
    assert ("PERSON", "Sullivan") not in typed(text)


# --- everyday words that end like a one-word street ---------------------------------------------


@pytest.mark.parametrize("value", ["During 2004", "Remembering 25", "Spring 2021", "Bring 1"])
def test_everyday_words_are_no_street(value: str) -> None:
    assert everyday_word_street(value)


@pytest.mark.parametrize("value", ["Kirchweg 3", "Vesterbrogade 12", "Kaiserring 5"])
def test_one_word_streets_stay(value: str) -> None:
    assert not everyday_word_street(value)


def test_during_a_year_is_no_address() -> None:
    text = "During 2004, rosales-mcguire invested heavily in new microprocessor designs."
    assert not any(t == "LOCATION" for t, _ in typed(text))
    assert ("LOCATION", "Kirchweg 3, 10115 Berlin") in typed("Send it to Kirchweg 3, 10115 Berlin")


# --- a "place" in a list of people --------------------------------------------------------------


def test_place_in_a_list_of_people_is_a_person() -> None:
    text = "Bush, Musharraf and Karzai held a meeting"
    spans = [
        Span(0, 4, "PERSON", 0.9, "spacy_ner"),
        Span(6, 15, "PERSON", 0.9, "spacy_ner"),
        Span(20, 26, "LOCATION", 0.9, "spacy_ner"),
    ]
    assert [s.type for s in people_in_lists(text, spans)] == ["PERSON"] * 3


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bush, Musharraf and Pakistan agreed", "Pakistan"),  # a listed country stays a place
        ("Tom Dempsey and Gulf Breeze, FL", "Gulf Breeze"),  # one person is no list
    ],
)
def test_places_next_to_people_stay(text: str, place: str) -> None:
    spans = []
    for word, typ in (("Bush", "PERSON"), ("Musharraf", "PERSON"), ("Tom Dempsey", "PERSON")):
        if word in text:
            start = text.index(word)
            spans.append(Span(start, start + len(word), typ, 0.9, "spacy_ner"))
    start = text.index(place)
    spans.append(Span(start, start + len(place), "LOCATION", 0.9, "spacy_ner"))
    assert people_in_lists(text, spans)[-1].type == "LOCATION"


def test_possessive_lists_of_shops() -> None:
    text = "do you like: McDonald s , Burger King, Taco Bell, Wendy s ?"
    start = text.index("Wendy")
    assert shop_possessive(text, start, start + 5)
    # something owned follows: the person stays
    text = "Bob's, Jim's and Wendy's cars were parked."
    start = text.index("Wendy")
    assert not shop_possessive(text, start, start + 5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could you please block my credit card ASAP? My name is chad.", "chad"),
        ("I want to add Tünde Hoffmann as a beneficiary to my account", "Tünde Hoffmann"),
        ("in the Spring of 2001, a man named El-Shukrijumah, also known as", "El-Shukrijumah"),
        ("please follow up with chad in a couple of months.", "chad"),
        ("chad will be talking in the conference", "chad"),
        ("My name is Belle but everyone calls me chad", "chad"),
        ("Mccullough spent a year at Bridgewater as the assistant to Valida, and", "Valida"),
    ],
)
def test_spacy_places_that_are_people(text: str, name: str) -> None:
    start = text.index(name)
    spans = [Span(start, start + len(name), "LOCATION", 0.85, "spacy_ner")]
    assert people_in_lists(text, spans)[0].type == "PERSON"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("There are lots of towns called Miramar.", "Miramar"),  # a listed town after "called"
        ("a town named Miramar", "Miramar"),
        ("The Princess Royal arrived at Blatná this morning", "Blatná"),  # a place preposition
        ("I live in Chad.", "Chad"),
        ("I flew to jordan last week", "jordan"),
        ("trade with china is growing", "china"),  # "with" alone is no person verb
        ("georgia was hot", "georgia"),
    ],
)
def test_spacy_places_stay_places(text: str, place: str) -> None:
    start = text.index(place)
    spans = [Span(start, start + len(place), "LOCATION", 0.85, "spacy_ner")]
    assert people_in_lists(text, spans)[0].type == "LOCATION"


# --- laughter -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["Hahahahhahahaha", "lalala", "Ratatatatatata", "Hahahahahahahahah"]
)
def test_laughter_is_no_name(word: str) -> None:
    assert laughter(word)
    spans = [Span(0, len(word), "PERSON", 0.8, "spacy_ner")]
    assert drop_laughter(word, spans) == []


@pytest.mark.parametrize("word", ["Lulu", "Nana", "Barbara", "Hannah", "Anastasia", "Kakashi"])
def test_names_with_repeated_syllables_stay(word: str) -> None:
    assert not laughter(word)


def test_blog_byline_is_no_person() -> None:
    text = "Posted by Hidden Nook to Hidden Nook at 3/9/2005 11:16:00 PM"
    spans = [Span(10, 21, "PERSON", 0.8, "context_cue")]
    assert signature_name_spans(text, spans) == []
    text = "Posted by Jane Smith to Hidden Nook at 3/9/2005 11:16:00 PM"
    spans = [Span(10, 20, "PERSON", 0.8, "context_cue")]
    assert signature_name_spans(text, spans) == spans


# --- kinship possessives ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tracy:\"i'm roberto's daughter\".", "roberto"),
        ("Baby Ferouz 's family to fight visa ruling", "Ferouz"),
    ],
)
def test_kin_possessive_names(text: str, name: str) -> None:
    assert name in {text[s.start : s.end] for s in kin_names(text, [])}


@pytest.mark.parametrize(
    "text",
    [
        "my mom's sister is here",  # lower-case words that are no given name
        "Everyone's family was invited",  # an everyday word
        "the company's parents",
    ],
)
def test_kin_possessive_look_alikes(text: str) -> None:
    assert kin_names(text, []) == []


def test_plural_groups_are_no_place() -> None:
    text = "the economy of the White Stripes' home city"
    start = text.index("White")
    spans = [Span(start, start + len("White Stripes"), "LOCATION", 0.85, "spacy_ner")]
    assert people_in_lists(text, spans) == []
    for text, place in (
        ("the Netherlands' capital", "Netherlands"),  # one listed word
        ("diving in the Florida Keys' reefs", "Florida Keys"),  # a listed word in it
        ("the White Stripes played", "White Stripes"),  # no possessive
    ):
        start = text.index(place)
        spans = [Span(start, start + len(place), "LOCATION", 0.85, "spacy_ner")]
        assert people_in_lists(text, spans) == spans
