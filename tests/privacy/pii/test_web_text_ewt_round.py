"""Issue 14, the English Web Treebank round (tuned on ``uner_ewt`` dev and ``uner_ewt_train``):
everyday market words count only right beside a country, a job title ends a listed name,
a census surname before a verb is a person, compass adjectives and "<place noun> of" are place
evidence, and listed towns with particles or abbreviations pass the name-shape check;
look-alikes (product markets, headings, code, chat) stay unflagged.
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.name_evidence import role_after_name
from transforms.privacy.pii.place_forms import listed_place_form, product_place_near
from transforms.privacy.pii.web_text import place_context_before, verb_after


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def near(text: str, place: str) -> bool:
    start = text.index(place)
    return product_place_near(text, start, start + len(place))


# --- product places -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The VAT rules for France apply to all customers.", "France"),
        ("We're rolling this out in Germany and the EU first.", "Germany"),
        ("How big is the UK market for this app?", "UK"),
        ("We are launching in France next week.", "France"),
        ("Prices are in US dollars only.", "US"),
        ("Format the US phone numbers before saving.", "US"),
    ],
)
def test_product_place_beside_the_word(text, place):
    assert near(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "American young adults who don't know the population of the United States.",
            "United States",
        ),
        ("You may want to get a temporary phone for your trip to Canada.", "Canada"),
        ("Radicals launch operations against Israel from Iraq.", "Iraq"),
        ("Brazil we have current data already", "Brazil"),
        ("Six crew members were from the Arakan region of Myanmar.", "Myanmar"),
    ],
)
def test_everyday_word_further_off_is_no_market(text, place):
    assert not near(text, place)


def test_countries_in_news_prose_are_places():
    text = "Six crew members were from the Arakan region of Myanmar."
    assert ("LOCATION", "Myanmar") in typed(text)
    text = "You may want to get a temporary phone for your trip to Canada."
    assert ("LOCATION", "Canada") in typed(text)


def test_product_markets_stay_unflagged():
    for text in (
        "We're rolling this out in Germany and the EU first. May I ask why?",
        "Add a currency switcher for the UK market and US dollars.",
    ):
        assert not {t for t, _ in typed(text)} & {"LOCATION", "PERSON"}, text


# --- job titles after a listed name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joy Powell Executive Assistant to the board", "Joy Powell"),
        ("Diane Goode Senior Specialist", "Diane Goode"),
        ("Shawna Johnson Recruiting Coordinator", "Shawna Johnson"),
    ],
)
def test_job_title_ends_the_name(text, name):
    assert ("PERSON", name) in typed(text)


def test_middle_names_still_join():
    assert ("PERSON", "Tommy Lee Jones") in typed("I met Tommy Lee Jones yesterday.")
    assert not role_after_name("Jones", 2)
    assert role_after_name("Assistant", 2)
    assert not role_after_name("Heard", 1)  # the surname slot: "Marie Heard"


# --- a surname before a verb -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bush did no such thing.",
        "Bush received an honorable discharge after serving five years.",
        "Bush successfully makes Satan look good in comparison.",
        "Americans approved of the way Bush was handling his job.",
    ],
)
def test_surname_before_a_verb_is_a_person(text):
    assert ("PERSON", "Bush") in typed(text)


def test_angry_surname_after_a_determiner():
    text = "The next day an angry Musharraf categorically said that he would not."
    assert ("PERSON", "Musharraf") in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bush fires spread across the hills.",
        "Tests passed and Build succeeded.",
        "Styling changed after the update.",
        "a simple Pong game",
    ],
)
def test_words_before_verbs_stay_unflagged(text):
    assert not {t for t, _ in typed(text)} & {"PERSON"}, text


def test_verb_after():
    text = "Bush received it"
    assert verb_after(text, 4)
    assert not verb_after("Bush bed", 4)
    assert not verb_after("Bush need", 4)


# --- place evidence ----------------------------------------------------------------------------


def test_place_context_before():
    text = "the northeastern Indian states of Manipur"
    assert place_context_before(text, text.index("Manipur"))
    text = "wolves roaming the northern Rockies"
    assert place_context_before(text, text.index("Rockies"))
    text = "I watch you and Desi everyday"
    assert not place_context_before(text, text.index("Desi"))


def test_states_of_and_county_are_places():
    text = "It runs through the northeastern Indian states of Manipur, Nagaland and Tripura."
    assert ("LOCATION", "Manipur") in typed(text)
    assert ("PERSON", "Manipur") not in typed(text)
    text = "Marin County was predominantly caucasian."
    assert ("LOCATION", "Marin County") in typed(text)
    assert not {t for t, _ in typed(text)} & {"PERSON"}


def test_unplaced_given_name_stays_a_person():
    assert ("PERSON", "Jedidiah") in typed("Jedidiah is beyond irritating")


@pytest.mark.parametrize(
    ("value", "listed"),
    [
        ("La Crosse", True),
        ("El Hamma", True),
        ("LaGrange", True),
        ("Ft. Worth", True),
        ("Southeast Asia", True),
        ("New England", True),
        ("New Message", False),
        ("Ft. Knoxwell", False),
        ("OK", False),
        ("la crosse", False),
    ],
)
def test_listed_place_form(value, listed):
    assert listed_place_form(value) is listed


def test_listed_place_forms_in_sentences():
    assert ("LOCATION", "Ft. Worth") in typed(
        "My dad is having surgery in Ft. Worth, so I will be heading that way on Monday."
    )
    assert ("LOCATION", "La Crosse") in typed("I came to La Crosse to go to college.")


# --- surnames in news prose --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amount raised by the Bush-Cheney 2000 campaign, the most in history.", "Bush"),
        ("Number of guardsmen who were in Bush 's unit during that period.", "Bush"),
        ("Mr. ARCHIBALD: George certainly did n't seem to have any concerns.", "ARCHIBALD"),
        ("The message belongs to the Mark Taylor at EI (based in London).", "Mark Taylor"),
        ("Bill D Hare", "Bill D Hare"),
    ],
)
def test_surnames_in_news_prose(text, name):
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "We stayed in Kent 's oldest inn.",  # a rarer surname: the town
        "Please mark the Bill Payment step as done.",
        "The Grace Period ends tomorrow.",
        "I put a NOTE in the README about the build.",
    ],
)
def test_surname_look_alikes_stay_unflagged(text):
    assert not {t for t, _ in typed(text)} & {"PERSON"}, text


# --- lower-case listed places of several words -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we are going camping in a cabin in west virginia.", "west virginia"),
        ("Oh and btw I live in los angeles look for places", "los angeles"),
        ("Can I text from Canada to the united states?", "united states"),
        ("my home town Charlotte north Carolina please help!!!!", "north Carolina"),
    ],
)
def test_lowercase_listed_phrases(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "run the united tests again before the merge",
        "los angeles de la guarda, cuídenme esta noche",  # Spanish: angels, no city
    ],
)
def test_lowercase_phrase_look_alikes_stay_unflagged(text):
    assert not {t for t, _ in typed(text)} & {"LOCATION", "PERSON"}, text


def test_town_before_a_state_code_is_a_place():
    text = "Marcelo L. Meira Sr IT Developer Enron Networks - Houston, TX (713) 345-3436"
    assert ("LOCATION", "Houston") in typed(text)
    assert ("PERSON", "Houston") not in typed(text)
    # a state code that is an everyday word says nothing
    assert ("LOCATION", "Austin") not in typed("Thanks Austin, OK, I will check it.")


@pytest.mark.parametrize(
    "text",
    [
        "It probably gives more bang for the buck than acquiring a private company.",
        "it usually takes 20mins for a mezza luna, as they have to add extract to the mix.",
        "Sounds like a nascar",
    ],
)
def test_lowercase_noun_after_a_determiner_is_no_name(text):
    assert not {t for t, _ in typed(text)} & {"PERSON"}, text


def test_lowercase_names_in_chat_stay_names():
    assert ("PERSON", "kevin smith") in typed("lol kevin smith is so funny")
    text = "Does anyone know the brand n style name of the sunglasses chloe is wearing"
    assert ("PERSON", "chloe") in typed(text)
