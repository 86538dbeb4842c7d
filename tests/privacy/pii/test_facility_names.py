"""Named buildings, streets and saints' places by the word for their kind
(:mod:`.facility_names`)."""

from __future__ import annotations

from transforms.privacy.pii.facility_names import facility_spans


def _names(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in facility_spans(text, 0, len(text), lang)]


def test_portuguese_kind_of_site_opens_the_name():
    text = "O novo horário de o Mercado de Manuel Firmino levou mais pessoas a o mercado."
    assert _names(text, "pt") == ["Mercado de Manuel Firmino"]
    assert _names("Oito detidos por a PSP em o Bairro de S. Tomé", "pt") == ["Bairro de S. Tomé"]
    assert _names("A as 19h30 em o Hotel Alfa, em Lisboa.", "pt") == ["Hotel Alfa"]
    assert _names("Chove em a centenária Igreja de Ceide.", "pt") == ["Igreja de Ceide"]


def test_portuguese_kind_word_without_a_name_is_nothing():
    assert _names("O mercado de o bairro fechou a as 18h.", "pt") == []
    assert _names("O Mercado de o bairro fechou.", "pt") == []
    assert _names("A Rua de O GLOBO, segundo a reportagem.", "pt") == []


def test_german_saints_places_also_after_a_split_at_the_abbreviation():
    text = "Die St . Nikolauskapelle wurde 1807 abgebrochen ."
    assert _names(text, "de") == ["St . Nikolauskapelle"]
    assert _names("Er zog nach St. Goar am Rhein .", "de") == ["St. Goar"]
    text = "Die Kapelle von 1504 , die St . Veitskapelle fiel 1803 ."
    cut = text.index("Veits")  # a splitter ended the sentence after "St ."
    assert [text[a:b] for a, b in facility_spans(text, cut, len(text), "de")] == [
        "St . Veitskapelle"
    ]


def test_german_landmark_compounds_need_a_name_as_modifier():
    assert _names("Das Kyffhäuserdenkmal steht seit 1896 .", "de") == ["Kyffhäuserdenkmal"]
    # everyday compounds: the modifier is a word
    text = "Am Kapitalmarkt und am Arbeitsmarkt , an der Nordkapelle und am Bahndamm ."
    assert _names(text, "de") == []


def test_danish_street_compounds_but_not_everyday_words():
    text = "Han kørte ind ad Bådehavnsgade og ud ad Speditørvej."
    assert _names(text, "da") == ["Bådehavnsgade", "Speditørvej"]
    assert _names("Vi gik ned ad gaden og over pladsen til Hovedgaden.", "da") == []


def test_code_look_alikes_and_other_languages_are_left_alone():
    assert _names("St.Value = Markt.get(key)", "de") == []
    assert _names("Mercado de Manuel Firmino", "en") == []
    assert _names("Das Kyffhäuserdenkmal", "pt") == []


def test_german_motorways_after_an_article_or_joined_to_one():
    text = "Der Wald ist zerschnitten von den Autobahnen A 2 und A 7. Beim Bau der A 7 ."
    assert _names(text, "de") == ["A 2", "A 7", "A 7"]
    assert _names("Wann erfolgt der Lückenschluss der A1 ?", "de") == ["A1"]
    # a paper format, a grade, a cell reference: no article or motorway word before
    assert _names("Im Format A4 , mit Note A 1 und Zelle A12 .", "de") == []
    assert _names("Die A-Klasse und die A4-Seite .", "de") == []


def test_german_town_prefix_before_a_name():
    text = "Der Plan legt fest , dass Bad Niedernau ein Kurort bleibt ."
    assert _names(text, "de") == ["Bad Niedernau"]
    assert _names("Die Dorfkirche Neu Lübbenau entstand 1939 .", "de") == ["Neu Lübbenau"]
    # the bath, a new house: the next word is a noun or common word
    assert _names("Das Bad Wasser lief , Neu Bauten und Alt Bier .", "de") == []
