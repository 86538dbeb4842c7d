"""In-place prepositions and German determiners before a word in non-English prose (issue 14,
:mod:`transforms.privacy.pii.foreign_place_cues`; tuned on GermEval 2014, DDT, Bosque dev)."""

from __future__ import annotations

from transforms.privacy.engine import detect
from transforms.privacy.pii.foreign_place_cues import (
    after_german_determiner,
    after_in_place,
    in_place_town,
)


def _typed(text: str, value: str) -> str | None:
    start = text.index(value)
    for s in detect(text):
        if s.start == start and s.end == start + len(value):
            return s.type
    return None


def test_in_place_prepositions_and_the_split_portuguese_contraction():
    text = "Chegaram em o Itaim ontem"
    assert after_in_place(text, text.index("Itaim"))
    text = "Jeg træner et damehold i Nakskov"
    assert after_in_place(text, text.index("Nakskov"))
    text = "Ele falou de o Pará"
    assert not after_in_place(text, text.index("Pará"))  # "de o" also precedes people
    text = "Ela gosta de a Maria"
    assert not after_in_place(text, text.index("Maria"))


def test_an_unlisted_word_after_one_is_a_town_not_a_listed_name():
    text = "Kriminalpolitiet i Løgstør har endnu ikke kunnet konstatere det"
    assert in_place_town(text, text.index("Løgstør"), ["Løgstør"], "da", "PERSON")
    text = "Han gik til Søren og sagde det"
    assert not in_place_town(text, text.index("Søren"), ["Søren"], "da", "PERSON")
    text = "Das Video steht im Web und wird oft geteilt"
    assert not in_place_town(text, text.index("Web"), ["Web"], "de", "ORG")
    text = "Der Bericht kam aus XXX und wurde gelesen"  # a placeholder
    assert not in_place_town(text, text.index("XXX"), ["XXX"], "de", "PERSON")


def test_danish_and_portuguese_towns_spacy_calls_people():
    assert (
        _typed("Jeg træner et damehold i Nakskov og har været med til at starte det.", "Nakskov")
        == "LOCATION"
    )
    assert (
        _typed("Foram colocados em liberdade tão logo chegassem em o Canadá.", "Canadá")
        == "LOCATION"
    )


def test_german_determiners_read_no_person():
    text = "Er wird von der Saine durchflossen ."
    assert after_german_determiner(text, text.index("Saine"))
    text = 'Das erklärt van der Vaart , " da müssen wir alle ran " .'
    assert not after_german_determiner(text, text.index("Vaart"))  # a name particle
    text = "Das sagte Röttgen am Montag ."
    assert not after_german_determiner(text, text.index("Röttgen"))
    text = "Am Stimberg in der Haard und am Opferstein finden sich Felsbänke ."
    assert _typed(text, "Haard") != "PERSON"  # spaCy: PERSON "Haard und am"


def test_von_der_before_a_name_is_a_particle():
    text = "Das sagte Ursula von der Leyen am Montag ."
    assert not after_german_determiner(text, text.index("Leyen"))


def test_german_nouns_are_no_places_listed_towns_only_without_an_article():
    from transforms.privacy.pii.foreign_place_cues import german_common_noun

    def noun(text: str, word: str) -> bool:
        return german_common_noun(text, text.index(word), [word], "de")

    assert noun("Der Angestellte ging im Boden verloren .", "Boden")
    assert noun("Unsicherheiten am Kapitalmarkt kamen auf .", "Kapitalmarkt")
    assert noun("Olympias lebte am Hof ihrer Tochter .", "Hof")
    assert noun("Bei schlechtem Wetter ziehen wir um .", "Wetter")
    assert not noun("Er zog 1990 nach Hof und blieb dort .", "Hof")  # the town
    assert not noun("Der Pakt zwischen Ägypten und Syrien hielt .", "Ägypten")
    assert not noun("Nicht nur in Nordhessen sitzt der Schock tief .", "Nordhessen")
    assert not noun("Er produzierte in Düsseldorf-Gerresheim Glas .", "Düsseldorf-Gerresheim")
    assert not german_common_noun("Il vit au Boden .", 11, ["Boden"], "fr")  # German only
    places = _typed("Bei schlechtem Wetter ziehen wir in die Halle .", "Wetter")
    assert places is None


def test_two_and_three_word_headlines_get_a_language():
    from transforms.privacy.pii.language_id import foreign_language

    assert foreign_language("Experiência fracassada") == "pt"
    assert foreign_language("Loucuras em Valkenvania") == "pt"
    assert foreign_language("Grüße aus Berlin") == "de"
    for english in ("Thanks Rui", "Hello Maria", "Fix Dockerfile build", "Great work", "lol ok"):
        assert foreign_language(english) is None
    assert _typed("Experiência fracassada", "Experiência") is None  # spaCy: PERSON
