"""Title-Case phrases in markdown headings, bold labels and front-matter titles are no people
(``title_phrases``)."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect_batch
from transforms.privacy.pii.title_phrases import title_phrase, title_place


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_batch([text])[0]]


def _people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_batch([text])[0] if s.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "### Manual Docker Setup\n\n```bash\ndocker compose up\n```",
        "**Onboarding Video**: watch it first",
        "# Junior Engineer Using Minsky Workflow at Different Stages",
        "#### 1. **Add a Manual Timeout to the Test**",
    ],
)
def test_titles_are_no_people(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("## Call with Sarah Hill", "Sarah Hill"),  # a census surname, no title word
        ("**Maria Lopez** approved the release", "Maria Lopez"),
        ("Thanks to Sarah Hill for the setup video.", "Sarah Hill"),  # prose line
    ],
)
def test_names_in_headings_and_prose_stay(text, name):
    assert name in _people(text)


def test_helper():
    text = "### Manual Docker Setup"
    assert title_phrase(text, 4, 10)
    assert not title_phrase("Manual Docker Setup", 0, 6)  # not a title line
    assert not title_phrase("## Sarah Hill", 3, 13)


def test_code_look_alikes():
    # a commented heading-like line in code and a bold identifier are not people either
    assert _people("# Create Session Manager Instance\nmanager = SessionManager()") == []
    assert _people("**Config Loader Options** are read from `config.yaml`") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("## Documents in Memory\n\nThe system has 3 documents stored.", "Memory"),
        ("### Deploy to Production\n\nRun `make release` after the tests pass.", "Production"),
    ],
)
def test_heading_words_are_no_places(text, value):
    start = text.index(value)
    assert title_place(text, start, start + len(value))
    assert (value, "LOCATION") not in _found(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("## Trip to Paris\n\nWe fly out on Monday.", "Paris"),
        ("### Berlin Office\n\nThe new desks arrive next week.", "Berlin"),
        # prose, not a heading: unchanged
        ("I moved the files to Memory Lane storage yesterday.", "Memory"),
    ],
)
def test_heading_places_kept(text, value):
    start = text.index(value)
    assert not title_place(text, start, start + len(value))
