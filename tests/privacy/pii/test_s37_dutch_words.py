"""Dutch prose in the old spelling (session 37, tuned on enp_nl dev): old-spelling adjectives,
weekdays and months are no persons; streets, "'s"-places and capitalised datelines are places;
look-alikes (short surnames in -sch, everyday words ending in a street word, other languages)
stay as they were."""

from __future__ import annotations

from transforms.privacy.pii.dutch_words import dutch_non_name, dutch_place_spans


def _places(text: str, lang: str = "nl") -> list[str]:
    return [text[a:b] for a, b in dutch_place_spans(text, 0, len(text), lang)]


def test_old_spelling_adjectives_weekdays_and_months_name_no_person():
    for word in ("Fransche", "Binnenlandsche", "Franschen", "Duitsch", "Pruissisch"):
        assert dutch_non_name([word]), word
    for word in ("Dingsdag", "Zaturdag", "Maandags", "Junij", "Februarij", "September"):
        assert dutch_non_name([word]), word
    assert dutch_non_name(["Parijssche", "Modellen"])


def test_surnames_and_given_names_stay_possible_persons():
    for words in (["Bosch"], ["Busch"], ["Willem", "Bentinck"], ["J.", "Hartgering"], ["Dag"]):
        assert not dutch_non_name(words), words
    assert not dutch_non_name(["mei"])  # lower case: not a capitalised run word at all


def test_streets_by_their_shape():
    text = "Een huis aan de Heuvelstraat, bij de Mauritskade en de Korte Kamperstraat."
    assert _places(text) == ["Heuvelstraat", "Mauritskade", "Korte Kamperstraat"]
    assert _places("gelegen aan de Poppen Allee te Dalfsen") == ["Poppen Allee"]
    assert _places("langs den Molenweg naar huis") == ["Molenweg"]


def test_everyday_words_and_other_languages_give_no_street():
    assert _places("Dat was een Omweg en een Uitweg.") == []
    assert _places("Der Ausweg war ein Umweg über die Heuvelstraat", "de") == []
    assert _places("He walked the Heuvelstraat", "en") == []


def test_article_places_and_capitalised_datelines():
    assert _places("Te 's-Hertogenbosch is gisteren") == ["'s-Hertogenbosch"]
    assert _places("uit 's Gravenhage vertrokken") == ["'s Gravenhage"]
    assert _places("NIJMEGEN , 12 Junij. De rivier") == ["NIJMEGEN"]
    # the archaic genitive "'s Konings" and capitalised surnames are no places
    assert _places("op 's Konings verjaardag sprak VISSCHER") == []
