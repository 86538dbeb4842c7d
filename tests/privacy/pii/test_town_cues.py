"""Session 30 non-English place evidence (issue 14; tuned on GermEval 2014, UNER Danish DDT and
UNER Portuguese Bosque dev): CLDR exonyms, cities named like people after a locative
preposition, German town-name endings, capitalised datelines, prose lines ending in ");"."""

from __future__ import annotations

from transforms.privacy.line_markers import prose_semicolon
from transforms.privacy.pii.cldr_cities import cldr_city_names
from transforms.privacy.pii.foreign_ner import foreign_candidates, foreign_place_spans
from transforms.privacy.pii.town_cues import (
    dateline_spans,
    german_town_name,
    german_town_spans,
    named_city_after_locative,
)
from transforms.privacy.segments import code_regions


def _spans(fn, text: str, *args) -> list[str]:
    return [text[a:b] for a, b in fn(text, 0, len(text), *args)]


def test_cldr_exonyms_are_places_in_their_language():
    assert "Rom" in cldr_city_names("de") and "Tokio" in cldr_city_names("de")
    assert "Rom" in cldr_city_names("da") and "Singapura" in cldr_city_names("pt")
    assert "Rom" not in cldr_city_names("pt")
    assert _spans(foreign_place_spans, "Er lebte in Rom , wo er starb .", "de") == ["Rom"]
    # the Wiktionary noun "Rom" (the Roma people) does not hide the city
    assert _spans(foreign_place_spans, "Alle veje fører til Rom .", "da") == ["Rom"]


def test_a_city_named_like_a_person_is_a_place_after_a_locative_preposition():
    text = "Foi a TV interactiva em Orlando (em a Florida), com a Nintendo."
    a = text.index("Orlando")
    assert named_city_after_locative(text, a, ["Orlando"])
    assert foreign_candidates(text, a, a + 7, "PERSON", "pt") == [(a, a + 7, "LOCATION")]
    # people are written to and come from: "til", "fra", "para" are no cue
    for text in ("Brevet fra Orlando kom i går.", "Ele deu o livro para Orlando ontem."):
        assert not named_city_after_locative(text, text.index("Orlando"), ["Orlando"])


def test_german_town_endings_after_a_place_preposition():
    for town in ("Pfrondorf", "Taiskirchen", "Riedlingen", "Schwielowsee", "Moritzburg"):
        assert german_town_name(town), town
    for word in ("Kinderheim", "Innenstadt", "Familienleben", "Goldberg", "Einstein", "Umfeld"):
        assert not german_town_name(word), word
    assert _spans(german_town_spans, "Er wohnte lange in Pfrondorf bei Tübingen .") == [
        "Pfrondorf",
        "Tübingen",
    ]
    assert _spans(german_town_spans, "Das Ortsbild von Taiskirchen ist schön .") == ["Taiskirchen"]
    assert _spans(german_town_spans, "Erst 1833 wurde Pfrondorf eigene Pfarrei .") == []
    # "von" after a name is a particle, not a preposition
    assert _spans(german_town_spans, "Der Vogt Heinrich von Pfrondorf kam .") == []


def test_a_listed_place_in_capitals_opening_a_line_is_a_dateline():
    assert _spans(dateline_spans, "KØBENHAVN: En dukkert i Furesø kan igen anbefales.", "da") == [
        "KØBENHAVN"
    ]
    assert _spans(dateline_spans, "BOCHUM Dass er nicht Intendant wurde , ärgert ihn .", "de") == [
        "BOCHUM"
    ]
    assert _spans(dateline_spans, "TOKIO ( Dow Jones ) Der Markt schloss fester .", "de") == [
        "TOKIO"
    ]
    assert _spans(dateline_spans, "NRW: Die Regierung plant neue Gesetze .", "de") == []
    assert _spans(dateline_spans, "Er kam aus BOCHUM zurück .", "de") == []


def test_a_prose_line_ending_in_a_bracket_and_semicolon_is_prose():
    text = (
        "O «Crescente Dourado» (Afeganistão, Irão e Paquistão) é a fonte de a heroína em a"
        " Europa, por a «rota de os Balcãs» (Turquia, ex-Jugoslávia, Itália, Áustria e"
        " Alemanha, donde é distribuída);"
    )
    assert prose_semicolon(text) and code_regions(text) == []
    assert code_regions("callback(first_value, second_value, third);") != []


def test_a_town_named_like_a_time_noun_is_a_time_before_a_month_or_year():
    from transforms.privacy.pii.foreign_place_cues import german_common_noun

    for text in (
        "Die Turniere Mitte und Ende Mai sind wichtig .",
        "Erst Mitte des Jahres kam er .",
    ):
        assert german_common_noun(text, text.index("Mitte"), ["Mitte"], "de"), text
    text = "Er wohnt seit Jahren in Mitte , dem Berliner Bezirk ."
    assert not german_common_noun(text, text.index("Mitte"), ["Mitte"], "de")
