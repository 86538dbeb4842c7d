"""Session 35: German compounds need a word before a short head; town and street shapes beat
spaCy's PERSON (issue 14, tuned on GermEval 2014 dev and UNER Portuguese Bosque dev)."""

from __future__ import annotations

from transforms.privacy.pii.foreign_lists import german_words, known_german_word
from transforms.privacy.pii.foreign_ner import foreign_candidates
from transforms.privacy.pii.foreign_words import german_noun
from transforms.privacy.pii.german_context import german_context_spans
from transforms.privacy.pii.german_lexicon import compound_head, compound_modifier


def _cands(text: str, entity: str, label: str = "PERSON", lang: str = "de") -> list:
    start = text.index(entity)
    found = foreign_candidates(text, start, start + len(entity), label, lang)
    return [(text[a:b], t) for a, b, t in found]


def _context(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in german_context_spans(text, 0, len(text))]


def test_a_surname_ending_in_a_short_noun_is_no_compound():
    for name in ("Pinkwart", "Blaszkiewitz", "Ghering", "Rusterholz"):
        assert not german_noun(name, compounds=True), name


def test_real_compounds_stay_nouns():
    for noun in (
        "Tandemanordnung",  # noun modifier
        "Bundesfinanzminister",  # linking -s-, itself a compound
        "Drohgebärde",  # verb stem ("drohen")
        "Handygeplärre",
        "Nitromethan",  # a long head whatever comes before it
        "Axialturbine",
        "Fußball-Experte",
    ):
        assert german_noun(noun, compounds=True), noun


def test_compound_modifier_takes_linking_elements_and_stems():
    nouns = german_words("nouns")
    assert compound_modifier("Bundes", nouns, known_german_word)  # Bund + es
    assert compound_modifier("Lese", nouns, known_german_word)  # lesen
    assert not compound_modifier("Pink", frozenset(), lambda w: False)
    # without a word list the old, looser rule holds
    assert compound_head("Pinkwart", nouns) == "Wart"
    assert compound_head("Pinkwart", nouns, known_german_word) is None


def test_lone_surnames_named_by_context():
    assert _context("Pinkwart plädierte im Januar dafür , die Regelung auszusetzen .") == [
        "Pinkwart"
    ]
    assert "Blaszkiewitz" in _context(
        "Über seinen Sprecher Detlef Untermann ließ Blaszkiewitz verbreiten , er bleibe ."
    )
    # a plain noun opening a sentence stays unflagged
    assert _context("Werkbegriff des Urheberrechts ist umstritten .") == []


def test_town_and_street_shapes_are_places_not_persons():
    text = "Erst 1833 wurde Pfrondorf eigene Pfarrei ."
    assert _cands(text, "Pfrondorf") == [("Pfrondorf", "LOCATION")]
    text = "Die Reviere Knoopstraße und Nöldekestraße wurden zusammengelegt ."
    assert _cands(text, "Knoopstraße") == [("Knoopstraße", "LOCATION")]


def test_compound_nouns_spacy_calls_persons_stay_unflagged():
    text = "Er arbeitet auf eine zweistufige Axialturbine ."
    assert _cands(text, "Axialturbine") == []
    text = "Das hat mit wirklicher Feinschmeckerei zu tun ."
    assert _cands(text, "Feinschmeckerei") == []
