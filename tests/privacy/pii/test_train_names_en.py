"""English names and places learned from official TRAIN splits (:mod:`.train_names_en`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from converter_scripts import load_converter

from transforms.privacy.engine import detect
from transforms.privacy.pii.train_names_en import DATA, learned, learned_spans

BUILDER = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "external"
    / "train_names"
    / "build_english_names.py"
)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], t) for a, b, t in learned_spans(text)]


def _added(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in detect(text) if s.detector == "train_names"}


def test_builder_reproduces_the_vendored_list():
    builder = load_converter(BUILDER)
    assert builder.dumps(builder.build()) == DATA.read_text("utf-8")


def test_list_holds_counts_and_leaves_out_words_and_tools():
    persons = learned("person_tokens")
    n, other = persons["Musharraf"]
    assert n >= 2 and n >= 9 * other
    assert "Queensland" in learned("place_tokens")
    assert "Pervez Musharraf" in learned("person_names")
    assert "Buenos Aires" in learned("place_names")
    for word in ("Jenkins", "Travis", "Rob", "Chip", "Bush", "React", "Vercel"):
        assert word not in persons  # a tool, or an everyday English word
    assert not any(w.isupper() for w in persons)  # shouted or abbreviations
    assert "AlexFerguson" not in persons  # camelCase handle


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I met Sheetal Patel at lunch.", [("Sheetal Patel", "PERSON")]),
        ("Drake , well done", [("Drake", "PERSON")]),
        ("Musharraf said no to the plan.", [("Musharraf", "PERSON")]),
        ("President Musharraf's visit", [("Musharraf", "PERSON")]),
        ("The motive for the Iraq War was oil.", [("Iraq", "LOCATION")]),
        ("the Queensland electricity spot price", [("Queensland", "LOCATION")]),
        ("We flew to Buenos Aires in May.", [("Buenos Aires", "LOCATION")]),
        ("Pervez Musharraf met them.", [("Pervez Musharraf", "PERSON")]),
    ],
)
def test_learned_names_and_places_are_found(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Create a Harper template for the dashboard.",  # a determiner: a thing
        "Set up Einstein analytics for the team.",  # qualifies a noun
        "Merge the Nguyen branch after review.",
        "The Clinton Foundation should be first.",  # an organisation
        "Please send the J.M. Huber Corporation Guaranty.",
        "Add a locale for Brazil with its own currency.",  # a market
        "call Queensland(1) now",  # code
        "then Musharraf.run() returns",
        "see #Musharraf and @Drake",  # hashtag and handle
        "Ayer Musharraf dijo que no vendría a la reunión de hoy.",  # not English
    ],
)
def test_look_alikes_stay_unflagged(text):
    assert _spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "add a button to Navbar",
        "deploy to Vercel",
        "Thanks, Claude",
        "Rename Button to PrimaryButton",
        "The Jenkins pipeline is red again, can you check?",
        "Travis CI failed on the lint step.",
        "Ask Copilot to write the tests for Checkout.",
        "Switch the Kafka consumer to Pulsar.",
        "Set up Einstein analytics for Salesforce.",
        "Merge the Nguyen branch after review.",
        "Create a Harper template for the Palmer dashboard.",
        "```python\nprint('Musharraf went to Queensland')\n```",
        "Rename `Musharraf` to `Queensland` in the fixtures.",
        "import Musharraf from './people';\nMusharraf.run()",
    ],
)
def test_coding_chat_gains_nothing_from_the_list(text):
    assert _added(text) == set()


def test_detect_adds_learned_names_where_nothing_else_lies():
    # (a state such as "Queensland" is now a spaCy place confirmed by ``regions``)
    assert ("Bardarbunga", "LOCATION") in _added(
        "I use Bardarbunga half-hourly price during 13 December."
    )
    assert ("Terio", "PERSON") in _added('They called this lil kid Terio " entree 3000 "')
