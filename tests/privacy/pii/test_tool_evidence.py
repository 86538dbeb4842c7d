"""Software names read from the sentence and the rest of the message (``tool_evidence``):
software-only predicates, code after a verb, possessive software parts, migrations and the word
in code form. Real people next to the same words keep their names, and listed given names need
the stronger evidence of ``technical_terms``."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.tool_evidence import code_form, listed_given_name, software_context


def names(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.type in ("PERSON", "LOCATION")}


def context(text: str, word: str) -> bool:
    start = text.index(word)
    return software_context(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Since version 0.26.0, Typer has vendored Click.", "Typer"),
        ("Beyond the defaults, Ruff re-implements some of the most popular plugins.", "Ruff"),
        ("Starlette is designed to be used either as a complete framework.", "Starlette"),
        ("make sure Jupytext is activated in Jupyter", "Jupytext"),
        ("*Vega-Altair was originally developed by Jake Vanderplas", "Vega-Altair"),
        ("Originally, Typer was built on Click.", "Typer"),
        ("> Ruff is ~150-200x faster than flake8 on my machine", "Ruff"),
        ("Dependabot opened 12 PRs overnight.", "Dependabot"),
        ("Shellingham raises ``ShellDetectionFailure`` if there is no shell.", "Shellingham"),
        ("Starlette only requires `anyio`, and the following are optional.", "Starlette"),
        ("The only ANSI sequences that Colorama converts into win32 calls are:", "Colorama"),
        ("Zod returns `undefined` for optional keys.", "Zod"),
        ("If left unspecified, Ruff's default configuration is equivalent to", "Ruff"),
        ("We build them by running Blis's build system, then convert the log.", "Blis"),
        ("> Just switched my first project to Ruff. Only one downside so far", "Ruff"),
        ("We are migrating from Webpack to Vite.", "Webpack"),
    ],
)
def test_sentences_that_make_a_word_software(text, word):
    assert context(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thanks Sarah for the fix, she returns `None` now.", "Sarah"),
        ("Sarah returns from vacation on Monday.", "Sarah"),
        ("Sarah supports the `--fix` flag idea.", "Sarah"),  # a listed given name
        ("Jiri said the `pytest` run is green.", "Jiri"),
        ("Behdad's codebase is huge.", "Behdad"),  # a person's own work
        ("Behdad's fix for the CLI landed.", "Behdad"),
        ("Maria's API key leaked, rotate it.", "Maria"),
        ("I moved the ticket to Tomasz.", "Tomasz"),
        ("Tomasz switched to Kotlin last year.", "Tomasz"),
        ("I ported the script to Julia.", "Julia"),  # a given name: needs "written in Julia"
        ("Talbot is on call this week.", "Talbot"),  # no bot
        ("Ask Devin to rerun the tests.", "Devin"),
    ],
)
def test_people_in_the_same_frames_are_no_software(text, word):
    assert not context(text, word)


def test_listed_given_names_include_everyday_word_ones():
    assert listed_given_name("Sarah")
    assert listed_given_name("Rich")  # ambiguous ("Rich renders ...") but a name in chat
    assert not listed_given_name("Starlette")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("See `ruff help` for more on Ruff's top-level commands.", "Ruff"),
        ("Universal Pathlib implements `pathlib.Path` for remote stores.", "Pathlib"),
        ("Ruff reads its settings from ruff.toml.", "Ruff"),
        ("Codecov posts a comment; see .codecov.yml for the thresholds.", "Codecov"),
        ("created with [Copier](https://copier.readthedocs.io/)", "Copier"),
        ("Bug reports for Chardet go to https://github.com/chardet/chardet/issues", "Chardet"),
    ],
)
def test_the_word_written_as_code_elsewhere(text, word):
    assert code_form(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Behdad reviewed it (https://github.com/behdad/fonttools).", "Behdad"),  # a user
        ("Mail Tomasz at tomasz.k@example.com about it.", "Tomasz"),
        ("Ping @behdad, Behdad knows the font code.", "Behdad"),
        ("Sarah, run `chown sarah:staff` on the box.", "Sarah"),  # a listed given name
        ("Thanks Lynn (https://www.roguelynn.com) for the logo.", "Lynn"),
    ],
)
def test_handles_mail_and_usernames_are_no_code_form(text, word):
    assert not code_form(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Since version 0.26.0, Typer has vendored Click.",
        "Starlette is designed to be used either as a complete framework.",
        "**Vega-Altair** is a declarative statistical visualization library for Python.",
        "Dependabot opened 12 PRs overnight.",
        "Honestly Ruff's defaults are fine, just run `ruff check .`",
        "Even some advanced Vi functionality, like named registers and digraphs.",
        "`.env` files should mostly look like Bash files.",
    ],
)
def test_tool_sentences_come_out_clean(text):
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guido van Rossum wrote the first version of Python.", "Guido van Rossum"),
        ("thanks Sarah, the build is green", "Sarah"),
        ("Ask Devin to rerun the tests.", "Devin"),  # an agent with a person's name stays
        ("Behdad's codebase is huge, thanks Behdad!", "Behdad"),
        ("Could you ask Kasia to review `auth.py`?", "Kasia"),
        ("Priya's config is in the repo.", "Priya"),
        ("Tomasz switched to Kotlin last year.", "Tomasz"),
    ],
)
def test_people_in_coding_chat_stay(text, name):
    assert name in names(text)


def test_an_api_is_software_but_an_api_key_belongs_to_a_person():
    assert context("Vega-Altair's API is simple, friendly and consistent.", "Vega-Altair")
    assert not context("Behdad's API key leaked, rotate it.", "Behdad")
