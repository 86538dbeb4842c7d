"""German names and places (issue 14): Wiktionary DE word classes and the rules built on them,
tuned on the GermEval 2014 dev set (``iw pii eval --corpus germeval14``)."""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_lists import german_words
from transforms.privacy.pii.foreign_ner import foreign_candidates, foreign_gazetteer
from transforms.privacy.pii.german_lexicon import compound_head


def _cands(text: str, entity: str, label: str = "PERSON") -> list[tuple[str, str]]:
    start = text.index(entity)
    found = foreign_candidates(text, start, start + len(entity), label, "de")
    return [(text[a:b], t) for a, b, t in found]


def _found(text: str) -> set[tuple[str, str]]:
    return {
        (text[s.start : s.end], s.type) for s in detect(text) if s.type in ("PERSON", "LOCATION")
    }


def test_wiktionary_word_classes():
    nouns, given = german_words("nouns"), german_words("given")
    assert {"Leiter", "Menschen", "Stücke", "Staatssekretär"} <= nouns
    assert {"Guido", "Gerhard", "Ernst"} <= given  # a given name may also be a noun
    assert {"Westerwelle", "Merkel"} <= german_words("surnames")
    assert "Wolf" not in german_words("surnames")  # the animal: a plain noun first
    assert "Mecklenburg" in german_words("places")


def test_compound_heads_and_noun_endings():
    nouns = german_words("nouns")
    assert compound_head("Turnvereinsleiter", nouns) == "Leiter"
    assert compound_head("Reglementierung", nouns) == "Reglementierung"
    assert compound_head("Schäuble", nouns) is None
    assert compound_head("Berlusconi", nouns) is None


def test_a_plain_noun_spacy_calls_a_person_is_none():
    text = "Kolb war seit 1986 im Turnverein als Leiter tätig ."
    assert _cands(text, "Leiter") == []  # also a US census surname
    text = "Die Spinne hatte sie an ihrem Schwanz gefesselt ."
    assert _cands(text, "Schwanz") == []


def test_role_nouns_before_a_name_are_cut_off():
    text = "Das sagte Bundesfinanzminister Wolfgang Schäuble am Montag ."
    assert _cands(text, "Bundesfinanzminister Wolfgang Schäuble") == [
        ("Wolfgang Schäuble", "PERSON")
    ]
    text = "Er wird der KV von Staatssekretär Gerd Krämer vorgestellt ."
    assert ("Gerd Krämer", "PERSON") in _cands(text, "KV von Staatssekretär Gerd Krämer")
    text = "Dann kam Lars Müller ins Spiel ."
    assert _cands(text, "Lars Müller") == [("Lars Müller", "PERSON")]  # Müller: also a noun


def test_unlisted_name_words_that_are_no_nouns_are_a_person():
    text = "Am Abend sprach Silvio Berlusconi in Rom ."
    assert _cands(text, "Silvio Berlusconi") == [("Silvio Berlusconi", "PERSON")]
    text = "Wieder einmal war Westerwelle nicht erreichbar ."
    assert _cands(text, "Westerwelle", "ORG") == [("Westerwelle", "PERSON")]


def test_compounds_and_derived_nouns_are_no_person():
    text = "Bei der Tandemanordnung gab es keine Probleme ."
    assert _cands(text, "Tandemanordnung") == []
    text = "Die Reglementierung kam zu spät ."
    assert _cands(text, "Reglementierung") == []


def test_german_places_by_wiktionary_and_after_a_noun():
    text = "Die Städte Nordafrikas wachsen schnell ."
    assert _cands(text, "Nordafrikas", "GPE") == [("Nordafrikas", "LOCATION")]
    text = "Der Bürgermeister der Stadt Bremen sagte ab ."
    assert _cands(text, "Stadt Bremen", "PERSON") == [("Bremen", "LOCATION")]


def test_months_and_abbreviations_are_no_names():
    text = "Der Vertrag wurde im Juli unterschrieben und kostet 3 Mrd Euro ."
    start = text.index("Juli")
    assert foreign_gazetteer(text, start, start + 4, "PERSON", "de") is None
    assert _cands(text, "Mrd") == []


def test_a_german_coding_request_stays_clean():
    text = "Kannst du bitte die Klasse UserService im Modul Auth umbauen und die Tests anpassen?"
    assert {t for _, t in _found(text)} <= {"LOCATION"} and not any(
        t == "PERSON" for _, t in _found(text)
    )
    assert _found("Gestern hat Angela Merkel in München mit Herrn Schulz gesprochen.") >= {
        ("Angela Merkel", "PERSON"),
        ("München", "LOCATION"),
    }
