"""Places and names in tokenised social text: dotted codes, initials, venues, natural features,
town hashtags (issue 14). True positives and the look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.feature_places import feature_place_spans
from transforms.privacy.pii.social_forms import dotted_place_spans, region_code_spans
from transforms.privacy.pii.social_text import hashtag_spans
from transforms.privacy.pii.venues import unlisted_place_spans, venue_spans
from transforms.privacy.spans import Span


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.type, text[s.start : s.end]) for s in detect(text)}


def values(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


# --- dotted place codes -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ferry fares to rise in B . C . next spring", "B . C ."),
        ("Hospital wait times in P . E . I . keep growing", "P . E . I ."),
        ("Tariffs on U . S . steel announced today", "U . S ."),
        ("We drove back to D.C. last night", "D.C."),
        ("Wildfire season starts early in N . L . this year", "N . L ."),
    ],
)
def test_dotted_place_codes(text, place):
    assert values(text, dotted_place_spans(text)) == [place]
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "O . K . see you at noon",  # "OK" is a word, not Oklahoma
        "The meeting starts at 9 A . M . sharp",  # time, not a code
        "Signed by J . R . before lunch",  # initials
        "Ask the M . D . about the dosage",  # a degree, not Maryland
        "Run it with -U.S. flag",  # inside an option
    ],
)
def test_dotted_lookalikes_stay_unflagged(text):
    assert dotted_place_spans(text) == []


# --- names split at initials or an apostrophe ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tonight George N . Parks gives his last lecture", "George N . Parks"),
        ("Quote of the day - Henry J . Kaiser", "Henry J . Kaiser"),
        ("Brendan O ' Connor was on the radio again", "Brendan O ' Connor"),
    ],
)
def test_names_stretched_over_initials(text, name):
    assert ("PERSON", name) in typed(text)


def test_initial_before_a_sentence_word_is_not_stretched():
    text = "Thanks for the reminder , Sara B . Focusing on the good today"
    assert not any(t == "PERSON" and "Focusing" in v for t, v in typed(text))


# --- state and province codes after a place -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("New show announced in Chicago , IL for March", "IL"),
        ("Snow day in Orillia , ON again", "ON"),
        # a sentence after the code is no dotted code ("U . S . A")
        ("Hanging Lake and Sprouting Rock , Glenwood Springs , CO . This is from a trip", "CO"),
    ],
)
def test_region_code_after_a_place(text, code):
    assert ("LOCATION", code) in typed(text)


def test_unlisted_town_before_a_state_code_is_a_place():
    # spaCy tags "Linwood" GPE; as an unknown word it would be read as a person
    text = "Cooks ( Linwood , PA ) http://t.co/YT9bJ0Wf8Y"
    assert {("LOCATION", "Linwood"), ("LOCATION", "PA")} <= typed(text)
    assert ("PERSON", "Jedidiah") in typed("Jedidiah is beyond irritating")


def test_dotted_code_after_a_place_stays_unsplit():
    text = "Back home in Austin , U . S . A . now"
    assert ("LOCATION", "U") not in typed(text)


def test_code_after_a_person_is_no_place():
    text = "Updates from Peter Hotez , MD on the outbreak"
    person = Span(13, 24, "PERSON", 0.85, "test")
    assert region_code_spans(text, [person]) == []


# --- venues after "at" ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Come see the band tonight at The Blue Anchor !", "The Blue Anchor"),
        ("DJing at Club Nokturn in Long Beach this Friday", "Club Nokturn"),
        ("Dinner at Futoosh was amazing", "Futoosh"),
        ("Study group at Centennial College tomorrow", "Centennial College"),
        ("Drinks at Kavanagh Pub tonight", "Kavanagh Pub"),
    ],
)
def test_venues_after_at(text, venue):
    assert values(text, venue_spans(text)) == [venue]


@pytest.mark.parametrize(
    "text",
    [
        "Stop laughing at Kevin Bacon memes",  # aimed at someone
        "She yelled at Rob Ford on camera",  # a person, and aimed at
        "See you at Christmas",  # a holiday
        "I was at Work all day",  # an everyday word
        "Great deals at Primal this week",  # a common word alone
        "Error at Object.parse (index.js:10)",  # a stack frame
        "at Module._compile (node:internal/modules)",  # code
        "Travel alone at Eurostar 's discretion",  # an owner, not a place
        "Look at Rachel Green in that episode",  # a person
        "Drinks at Rusty Anchor tonight",  # a given name opens it, no venue noun ends it
    ],
)
def test_at_lookalikes_stay_unflagged(text):
    assert venue_spans(text) == []


# --- named natural features -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sunrise over Sheephaven Bay this morning", "Sheephaven Bay"),
        ("Hiked up Kennesaw Mountain with the dog", "Kennesaw Mountain"),
        ("The first person to sail down the Congo river", "Congo river"),
        ("Long walk on Sandymount Strand today", "Sandymount Strand"),
    ],
)
def test_feature_places(text, place):
    assert values(text, feature_place_spans(text)) == [place]
    assert ("LOCATION", place) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Train a Random Forest on the features",  # statistics
        "Load it into the Data Lake first",  # data engineering
        "Our Car Park is full on Saturdays",  # everyday words
        "model = Random Forest(n_estimators=10)",  # code
        "The HANGING LAKE sign",  # shouted noun after a lower word
    ],
)
def test_feature_lookalikes_stay_unflagged(text):
    assert feature_place_spans(text) == []


# --- town hashtags ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sun is out over the harbour #Belfast", "Belfast"),
        ("Race week starts today #Galway #summer", "Galway"),
    ],
)
def test_town_hashtags_that_are_rare_surnames(text, place):
    assert (place,) in {(text[a:b],) for a, b, t, _ in hashtag_spans(text) if t == "LOCATION"}


@pytest.mark.parametrize("text", ["Happy birthday #Ferguson", "Go team #Kent"])
def test_common_surname_hashtags_are_no_town(text):
    assert not [s for s in hashtag_spans(text) if s[2] == "LOCATION"]


# --- unlisted places after a place preposition ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Can't wait to get back to Sayulita with everyone", "Sayulita"),
        ("Another sunny day in Terenure !", "Terenure"),
        ("Postcards from Takapuna : day one", "Takapuna"),
    ],
)
def test_unlisted_places_after_a_preposition(text, place):
    assert values(text, unlisted_place_spans(text)) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Addicted to Smurfs Village again",  # before another capitalised word
        "Great work from Kowalczyk tonight",  # a census surname
        "Port it to Rustc.main first",  # code
        "Say hi to Kaylee for me",  # a given name
        "I moved it to Progress yesterday",  # an English word
        "Bind it to Foobar(x) now",  # a call
        "add image upload to Supabase storage",  # a product qualifying a noun
        "I set API_KEY=abc in Vercel but it still fails",  # technical sentence
    ],
)
def test_prepositions_before_other_words_stay_unflagged(text):
    assert unlisted_place_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "```py\nCOUNTRY = 'U . S .'\n```",
        "Set it like this:\n```\n# meet at The Blue Anchor\nlake = 'Sheephaven Bay'\n```",
        "Use `region = 'B.C.'` in the config",
    ],
)
def test_code_blocks_stay_unflagged(text):
    assert not any(s.detector in ("social_forms", "venues", "feature_places") for s in detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "I work at Anthropic and we deploy to Vercel.",
        "Can you migrate this from Firebase to Supabase?",
        "Add a button to Navbar so users can log out.",
        "Errors at Runtime are logged twice.",
        "deployed at Netlify, DNS at Cloudflare",
        "Send the form data to Airtable and export it to Figma",
        "call @app.route and push to Heroku",
        "#include the header, then deploy to Vercel",
        "```py\n@app.route('/')\ndef home():\n    pass\n```\nThen push it to Heroku tonight",
    ],
)
def test_products_in_coding_chat_are_no_places(text):
    """Venue and unlisted-place rules run on social posts only: in a coding chat the same shapes
    name products and components."""
    assert not any(s.detector == "venues" for s in detect(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("omg @jess_m tonight at The Scoot Inn", "The Scoot Inn"),
        ("Can't wait to get back to Sayulita with everyone #roadtrip", "Sayulita"),
    ],
)
def test_social_posts_keep_venues(text, place):
    a = text.index(place)
    b = a + len(place)
    assert any(s.type == "LOCATION" and s.start < b and a < s.end for s in detect(text))


# --- courtesy titles in tokenised text ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms . Gaynes just called me Brina", "Gaynes"),
        ("Dr . Cox still hittin em with some heavy life lessons", "Cox"),
    ],
)
def test_tokenised_courtesy_title(text, name):
    assert ("PERSON", name) in typed(text)


def test_tokenised_title_before_a_title_is_no_name():
    assert not any(t == "PERSON" for t, _ in typed("What 's the plan , Mr . President ?"))


def test_dotted_code_before_government_body_is_no_place() -> None:
    assert dotted_place_spans("He spoke to the U.S. Army commander.") == []
    assert dotted_place_spans("yield of the U. S. Treasury note") == []
    assert dotted_place_spans("She moved to the U.S. in 2010.") == [(17, 21)]  # "U.S."
