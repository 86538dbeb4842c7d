"""Names from their company in non-English prose (issue 14, session 26 Danish/German round):
titles and reporting verbs name German surnames that are also nouns, spaCy PERSON given names
open Danish sentences, and a found full name is found again at its lone later mentions."""

from __future__ import annotations

import pytest

from transforms.privacy.pii.foreign_ner import foreign_candidates
from transforms.privacy.pii.name_context import names_from_context
from transforms.privacy.spans import Span


def _cands(text: str, entity: str, lang: str, label: str = "PERSON") -> list[tuple[str, str]]:
    start = text.index(entity)
    found = foreign_candidates(text, start, start + len(entity), label, lang)
    return [(text[a:b], t) for a, b, t in found]


@pytest.mark.parametrize(
    ("text", "entity", "name"),
    [
        ("Herr Müller kam gestern nach Hause.", "Herr Müller", "Müller"),
        ("Das reicht nicht, sagte Rüttgers.", "Rüttgers", "Rüttgers"),
        ("Fischer sagte, das sei gut.", "Fischer", "Fischer"),
        ("Da half ihr die Tante Cilli beim Umzug.", "Tante Cilli", "Cilli"),
        ("Für US-Präsident Obama wird es ein schweres Jahr.", "Obama", "Obama"),
    ],
)
def test_german_surnames_named_by_title_or_reporting_verb(text, entity, name):
    assert _cands(text, entity, "de") == [(name, "PERSON")]


@pytest.mark.parametrize(
    ("text", "entity", "label"),
    [
        ("Das sagte er gestern im Landtag.", "Das", "ORG"),  # a function word, not a name
        ("Er sagte Bescheid und ging.", "Bescheid", "PERSON"),  # a plain noun after the verb
        ("Der Fischer fing gestern einen Hecht.", "Fischer", "PERSON"),  # no title, no verb
    ],
)
def test_german_nouns_without_a_name_cue_stay_clean(text, entity, label):
    assert _cands(text, entity, "de", label) == []


def test_a_danish_given_name_may_open_a_sentence():
    text = "Lars mumlede noget om, at klokken var mange."
    assert _cands(text, "Lars mumlede", "da") == [("Lars", "PERSON")]


def test_a_danish_pronoun_opening_a_sentence_is_no_name():
    text = "Han mumlede noget om, at klokken var mange."
    assert _cands(text, "Han mumlede", "da") == []


def _at(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), "PERSON", 0.85, "spacy_ner")


def _people(text: str, spans: list[Span]) -> list[str]:
    found = names_from_context(text, spans)
    return sorted(text[s.start : s.end] for s in found if s.type == "PERSON")


def test_lone_later_mentions_of_a_full_name():
    text = "Per Madsen kom i går. Madsen gav mig opskriften, og Madsens kone smilede."
    assert _people(text, [_at(text, "Per Madsen")]) == ["Madsen", "Madsens", "Per Madsen"]


def test_a_place_tagged_lone_mention_becomes_the_person():
    text = "Bill Clinton talte længe. Unge Clintons kone lyttede."
    start = text.index("Clintons")
    place = Span(start, start + 8, "LOCATION", 0.85, "spacy_ner")
    found = names_from_context(text, [_at(text, "Bill Clinton"), place])
    assert sorted((text[s.start : s.end], s.type) for s in found) == [
        ("Bill Clinton", "PERSON"),
        ("Clintons", "PERSON"),
    ]


def test_lone_mentions_need_the_same_case_and_a_full_name():
    text = "John Page wrote the docs; see page 4, pageSize and Page.render()."
    assert _people(text, [_at(text, "John Page")]) == ["John Page"]
    text = "Rose called. Rose petals are red."
    assert _people(text, [_at(text, "Rose")]) == ["Rose"]
