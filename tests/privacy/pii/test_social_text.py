"""Names and places in lower-case social text, the country policy, and what stays unflagged.

spaCy reads lower-case-style English sentences with listed names and places title-cased
(``truecase``); countries and regions spaCy tags in prose are LOCATION (see ``ner``).
"""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.truecase import lowercase_style, truecase_names


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def test_truecase_keeps_offsets_and_touches_only_listed_words():
    text = "wow emma and kaite is so cute . thank you fake kevin smith"
    out = truecase_names(text)
    assert len(out) == len(text)
    assert out == "wow Emma and kaite is so cute . thank you fake Kevin Smith"


@pytest.mark.parametrize(
    "text",
    [
        "and it was sung by Adam McDowell",  # the writer capitalises names: "sung" is a word
        'if sys.platform == "darwin":',  # a quoted string
        "pourquoi la page est blanche ?",  # French
        "x = emma.get()",  # a member access
    ],
)
def test_truecase_leaves_other_text_alone(text):
    assert truecase_names(text) == text


def test_lowercase_style():
    assert lowercase_style("did anyone else notice gaby gave herself more soda")
    assert not lowercase_style("Thanks for uploading , Miccoli")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wow emma is so very cute and so funny , i wish i was ryan", {"emma", "ryan"}),
        ("did you call him hubert ? my name is hubert", {"hubert"}),
        ("thank you fake kevin smith", {"kevin smith"}),
    ],
)
def test_lower_case_names_in_social_text(text, expected):
    found = {v for t, v in typed(text) if t == "PERSON"}
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i ' ve never been so glad i live in canada", "canada"),
        ("I wish I grew up in Finland", "Finland"),
        ("Go to Clark Airbase Hospital .", "Clark Airbase Hospital"),
        ("he should be elected president of the United States", "United States"),
    ],
)
def test_places_in_prose_include_countries_and_states(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "A good basic US Census dataset to analyze is the American Community Survey.",
        "Pourquoi la page est blanche ?",
        "$ aider /etc/hosts  # May need sudo",
        'if sys.platform == "darwin":\n    import setproctitle',
        "Sure, I can help you create a simple Pong game using Pygame.",
        "i need to fix the mapper suffix in the config loader",
    ],
)
def test_no_person_or_place_flagged(text):
    assert {t for t, _ in typed(text)} & {"PERSON", "LOCATION"} == set()


def test_continents_are_places_earth_is_not():
    # a continent narrows a writer down much as a country does; "Earth" locates nobody
    found = typed("Britain went to war for Poland and then helped save Europe .")
    assert ("LOCATION", "Europe") in found
    assert "Earth" not in {v for _, v in typed("It is the biggest ship on Earth .")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("RT @BBCBreaking : US economy grows by 5% between July & Sept", "US"),
        ("PM Modi on Pakistan School Attack : India on Tuesday condemned it", "Pakistan"),
    ],
)
def test_a_country_qualifying_a_noun_is_a_place(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're rolling this out in Germany first.",
        "The VAT rules for France apply to all customers.",
        "Add a locale for Brazil with its own currency.",
    ],
)
def test_a_product_market_is_no_ones_whereabouts(text):
    assert "LOCATION" not in {t for t, _ in typed(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shouted names the public lists know are title-cased before spaCy reads them
        ("Managed to get a pic of EVA MENDES ! Didn't know she was signing", "EVA MENDES"),
        ("I REMEMBER WHEN PRISCILLA RAN UP TO ME AT SCHOOL", "PRISCILLA"),
        # a lone spaCy PERSON as rare as a name, also opening a sentence
        ("Altho i dont like Hitler tbh he saved cod", "Hitler"),
        ("So Shima still is n ' t back , huh ? Please Shima come back ! : (", "Shima"),
        # a surname that is also a GeoNames city stays a person without a place preposition
        ("I do n ' t see how Kennedy is not the number one paid country singer", "Kennedy"),
    ],
)
def test_social_text_names(text, expected):
    assert ("PERSON", expected) in typed(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # spaCy GPE confirmed by a GeoNames town of >= 15,000 people
        ("Candlelight vigil for the man shot by Wichita police , tomorrow night", "Wichita"),
        ("@thevoiceoverguy 9 days then Sydney", "Sydney"),
        # a lower-case town or country after a place preposition, in any sentence
        ("I'm leaving yakima on Wednesday ughh goal is not cry", "yakima"),
        ("@FLAM3Z130 half the time in inglewood the other half in mv", "inglewood"),
        ("i'm moving to america when i'm at least 23 . no joke", "america"),
        # a town phrase is never a given name + surname; "the" is no part of a facility
        ("more pics of Justin and fans in Beverly Hills , CA last night", "Beverly Hills"),
        ("they do not have access to the White House like that", "White House"),
    ],
)
def test_social_text_places(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "An opt in asking the scan to hold the GIL for pulls and release callbacks.",
        "This dataset covers the US population and its characteristics.",
        "# 1-JAN-0001 in JD = 1721425.5",
        "a large variety of species including lemurs, antelope, camels, and more",
        "MAX_RETRIES = 3  # DENVER region default",
    ],
)
def test_social_text_rules_leave_code_and_words_alone(text):
    assert {t for t, _ in typed(text)} & {"PERSON", "LOCATION"} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bill is from the labyrinth review", "Bill"),  # a name that is also a word, as subject
        ("LeBron is by far the most entertaining player", "LeBron"),  # a surname prefix + capital
        ("Dreymond , so much better player than LeQueen , complete pkg", "LeQueen"),
    ],
)
def test_sentence_opening_and_prefixed_names(text, name):
    assert ("PERSON", name) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Build is failing on main again",  # an everyday word as subject is no name
        "Use a DiGraph or a DataFrame here",  # PascalCase identifiers stay unflagged
    ],
)
def test_subjects_and_identifiers_not_names(text):
    assert not {t for t, _ in typed(text)} & {"PERSON", "LOCATION"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I 'm gonna need some company next Friday in NYC ...", "NYC"),  # spaCy: LOC, not GPE
        ("moving to the UK in approx 12 days", "UK"),
        ("we are moving to the US in spring", "US"),
    ],
)
def test_abbreviated_places_after_a_place_preposition(text, place):
    assert ("LOCATION", place) in typed(text)


def test_shouted_rare_names_are_read():
    assert ("PERSON", "OBAMA") in typed("Well , THANKS OBAMA ! : D")
    # a run of shouted constants is no English sentence
    assert truecase_names('{ORTH: "x", NORM: "y"}') == '{ORTH: "x", NORM: "y"}'


def test_country_in_shouted_sentence_is_a_place():
    assert ("LOCATION", "INDIA") in typed("ISI AND FBI TO REPEAT PESAWAR , INDIA MAY BE BLAMED")


def test_given_name_with_lower_case_surname():
    assert ("PERSON", "Kylie minogue") in typed("I ' m getting a garbage , Kylie minogue feel")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a GeoNames town after a place or travel word, though also a given name or surname
        ("Was going to stay until Sunday but my mother made me mad , and back to Kent !", "Kent"),
        ("@tonygarcha Hurray ! Enjoy your time in Harrison .", "Harrison"),
        # a state code spaCy calls ORG after a place preposition or a town and comma
        ("Made it back home to GA . It sucks not to be at Disney world", "GA"),
        ("Samuel Williams at Potbelly Lincoln Park in Chicago , IL http://bit.ly/x", "IL"),
    ],
)
def test_towns_and_state_codes_after_place_words(text, place):
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a shouted name spaCy tags PERSON, checked as the title-cased name
        ("I only just found out yesterday that KRISTEN BELL is the voice of #GG", "KRISTEN BELL"),
        # a stage name opened by an everyday word
        (
            "@GaryLuvin still hot ... But excited about tomorrow going to see Lady Gaga :)",
            "Lady Gaga",
        ),
    ],
)
def test_shouted_and_stage_names(text, name):
    assert ("PERSON", name) in typed(text)


def test_a_rare_word_spacy_calls_a_place_with_no_place_cue_is_a_person():
    assert ("PERSON", "Jaiden") in typed("Jaiden , you are so beautiful . i love you .")
    # a tool named in a sentence with a label colon and product words stays unflagged
    assert not typed("1. Ollama: Aider supports using local models through Ollama.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a handle or an interjection glued to the front of spaCy's PERSON is trimmed
        ("Awwwww Didga ❤ 😍 so cute baby ! I want to hug her", "Didga"),
        # two people joined by "x" in one spaCy PERSON
        (
            "RT @cosmicsticks : Yayyyy this coming sat 's radio features Jonghyun x Iron !",
            "Jonghyun",
        ),
        # a person known by initials
        ("Jackie joins Twitter 50 years after JFK campaign [ AP : US News ]", "JFK"),
    ],
)
def test_trimmed_joined_and_initial_names(text, name):
    assert ("PERSON", name) in typed(text)


def test_a_farewell_names_who_it_is_addressed_to():
    assert ("PERSON", "Capwin") in typed("Bye Capwin !")


@pytest.mark.parametrize(
    "text",
    [
        "Sooo plans for tomorrow night ? I gotta do something .",  # an elongated word
        "Idk why but this guy comes across as an asshole to me",  # chat shorthand
        "Options: 'gk21' (Gauss-Kronrod 21-point rule),",  # a name + digits in a docstring
    ],
)
def test_interjections_are_no_names(text):
    assert "PERSON" not in {t for t, _ in typed(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a venue word makes spaCy's ORG a place; the article and a trailing "at" are trimmed
        ("Performing on Thursday in the Student Centre at Centennial College", "Student Centre"),
        (
            "The winner of tomorrow 's contest at Lambeau Field will play at Seattle",
            "Lambeau Field",
        ),
        # a spaced dash ends an entity
        ("Accounts Payable Coordinator North York - $37K ( 1 year Contract)", "North York"),
    ],
)
def test_venues_and_entity_edges(text, place):
    assert ("LOCATION", place) in typed(text)


def test_lower_case_style_allows_chat_abbreviations_and_a_stray_foreign_word():
    # "XD" is no capitalised name; "ma" ("I'ma") and "die" are English here
    assert lowercase_style("That rick roll was so good XD")
    assert lowercase_style("like paris hilton on camera to feed my angry birds habit until i die")
    assert not lowercase_style("pourquoi la page est blanche ?")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("is there actually anything on UK tv tonight !", "UK"),  # read for its country code
        ("now that the rally exists , I must go to D.C. next month .", "D.C."),  # dots kept
    ],
)
def test_country_codes_and_dotted_abbreviations(text, place):
    assert ("LOCATION", place) in typed(text)


def test_a_town_known_by_another_geonames_name_stays_a_place():
    # GeoNames lists "Bangalore" among Bengaluru's names: never re-typed as a person
    found = typed("We had a great week in the office , then Bangalore for the weekend .")
    assert ("PERSON", "Bangalore") not in found
    assert ("LOCATION", "Vegas") in typed(
        "It 's official !!! Vegas for the weekend ! Starting tonight"
    )
