"""Tool and product names in technical prose are no people or places
(``technical_terms.tool_name``/``tool_words``): a one-word name before a technical head noun,
in a tech phrase, classed as software or installed/imported. Real names next to the same
words keep their type."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.technical_terms import tool_name, tool_words


def names(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type in ("PERSON", "LOCATION")}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Jenkins pipeline failed again", "Jenkins"),
        ("Travis CI failed on the build", "Travis"),
        ("the Cassandra cluster is down", "Cassandra"),
        ("Luigi task failed", "Luigi"),
        ("the Julia script is slow", "Julia"),
        ("CircleCI and Travis CI both run the tests", "Travis"),
        ("our Ruby on Rails app crashes", "Ruby"),
        ("Mako is a template library written in Python.", "Mako"),
        ("Starlette is a lightweight [ASGI][asgi] framework.", "Starlette"),
        ("Install Jupytext in the Python environment you use", "Jupytext"),
        ("Now let's start using Typer in your own code", "Typer"),
        ("Ruff is written in Rust.", "Ruff"),
        ("the Paige build is red", "Paige"),
        ("we keep it in Redis and Cassandra storage", "Cassandra"),
    ],
)
def test_tool_names_are_not_flagged(text, word):
    start = text.index(word)
    assert tool_name(text, start, start + len(word)) or tool_words(text, {word})
    assert word not in names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sarah's pipeline is broken", "Sarah"),
        ("ask Maria to review the PR", "Maria"),
        ("John Smith's server is down", "John Smith"),
        ("Jenkins said he would fix the build", "Jenkins"),
        ("My name is Julia and I run the build", "Julia"),
        ("Maria is a software engineer at Acme", "Maria"),
        ("Did Priya deploy it already?", None),
        ("Thanks Andrew Svetlov for the fix", "Andrew Svetlov"),
        ("Bob's branch has the fix", "Bob"),
    ],
)
def test_real_names_next_to_technical_words_stay(text, word):
    start = text.index(word) if word else 0
    if word:
        assert not tool_name(text, start, start + len(word))
        assert word in names(text)


def test_verb_nouns_with_an_object_or_after_a_causative_are_verbs():
    for text in ("let Sarah build the app tomorrow", "Priya deploy it", "did Priya deploy?"):
        word = text.split()[1] if text.startswith(("let", "did")) else text.split()[0]
        start = text.index(word)
        assert not tool_name(text, start, start + len(word)), text
    text = "the Paige build is red"
    assert tool_name(text, 4, 9)


def test_one_tool_occurrence_speaks_for_the_others():
    text = "For more information about Numba, see the Numba homepage."
    assert "Numba" not in names(text)
    assert tool_words("Colorama works on Windows. Run pip install colorama.", {"Colorama"})
    # a lower-case word in prose says nothing: "we will build" is no tool named Will
    assert not tool_words("Will said we will build it.", {"Will"})


def test_places_keep_their_type_before_nouns_a_place_takes():
    text = "the Frankfurt cluster and our Chicago clients"
    for word in ("Frankfurt", "Chicago"):
        start = text.index(word)
        assert not tool_name(text, start, start + len(word), "LOCATION")
    text = "works with Jinja templating and dbt"
    start = text.index("Jinja")
    assert tool_name(text, start, start + 5, "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "deploy to Vercel",
        "add a button to Navbar",
        "Thanks, Claude",
        "the Kafka topic has no consumers",
        "Heroku deployment failed",
        "the Grafana dashboard shows spikes",
        "install the Sentry SDK",
        "the Jenkins job on node 3",
        "push the Docker image to the registry",
        "the Supabase client throws on insert",
        "Julia 1.10 is slow to start",
        "point the Nginx config at port 8000",
    ],
)
def test_coding_chat_sentences_stay_clean(text):
    assert names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "I borrowed it using Maria's laptop",
        "Maria is a client of ours",
        "Maria is a backend developer",
        "Maria was the lead on the app",
        "Got a message from maria. Maria says hi",
        "Maria is a server at the diner",
    ],
)
def test_people_described_with_technical_words_keep_their_name(text):
    assert "Maria" in {text[s.start : s.end] for s in detect(text) if s.type == "PERSON"}
    start = text.index("Maria")
    assert not tool_name(text, start, start + 5)
    assert not tool_words(text, {"Maria"})


def test_from_counts_only_in_an_import():
    assert tool_words("Starlette is nice. from starlette.routing import Route", {"Starlette"})
