"""Session 36 (enp_fr): French and Italian elision before a name, and street names and
hyphenated saints' places in French, Italian and Spanish sentences."""

from __future__ import annotations

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.elision import after_article, elided_preposition, name_offset
from transforms.privacy.pii.romance_streets import romance_street_spans


@pytest.mark.parametrize(
    ("tok", "lang", "offset"),
    [
        ("l'Italie", "fr", 2),
        ("d'Angleterre", "fr", 2),
        ("L'Europe", "fr", 2),
        ("dell'Europa", "it", 5),
        ("nell\u2019Italia", "it", 5),
        ("D'Angelo", "fr", 0),  # a surname: no lower-case elision
        ("O'Brien", "en", 0),
        ("l'Italie", "en", 0),  # only French and Italian elide
        ("l'avion", "fr", 0),  # no capital after the apostrophe
    ],
)
def test_name_offset(tok: str, lang: str, offset: int) -> None:
    assert name_offset(tok, lang) == offset


def test_elided_preposition_and_article() -> None:
    text = "les ententes de la France et de l'Italie, d'Amérique, nell'Europa"
    assert elided_preposition(text, text.index("Italie"), "fr") == "de"
    assert elided_preposition(text, text.index("Amérique"), "fr") == "de"
    assert elided_preposition(text, text.index("Europa"), "it") == "in"
    assert elided_preposition(text, text.index("France"), "fr") is None
    assert after_article(text, text.index("Italie"), "fr")
    assert not after_article(text, text.index("Amérique"), "fr")


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect(text)]


def test_elided_countries_are_places_end_to_end() -> None:
    text = "Les ententes de la France et de l'Italie avaient conservé toute leur force."
    assert ("Italie", "LOCATION") in _found(text)
    text = "La sua visita nell'Italia del nord e dell'Europa."
    assert {("Italia", "LOCATION"), ("Europa", "LOCATION")} <= set(_found(text))


def test_no_person_after_an_elided_article_end_to_end() -> None:
    text = "Il ne veut conclure une paix séparée ni avec la France, ni avec l'Angleterre."
    assert ("Angleterre", "PERSON") not in _found(text)
    text = "De l'Oise à l'Argonne, notre artillerie a détruit des ouvrages."
    assert ("Argonne", "LOCATION") in _found(text)


@pytest.mark.parametrize(
    ("text", "lang", "spans"),
    [
        ("près du boulevard Malesherbes et de la place du Martray.", "fr",
         ["boulevard Malesherbes", "place du Martray"]),
        ("un débit du quai de Queyriès, depuis", "fr", ["quai de Queyriès"]),
        ("Il est né à Saint-Servan, puis St-Lunaire.", "fr", ["Saint-Servan", "St-Lunaire"]),
        ("la fête de saint Martin", "fr", []),  # the saint himself: no hyphen
        ("LA BOMBE DE LA RUE DE BONDY L'arrestation", "fr", ["RUE DE BONDY"]),
        ("Ufficio in via Nazionale, vicino a piazza Colonna.", "it",
         ["via Nazionale", "piazza Colonna"]),
        ("Vive en la calle de Alcalá con su madre.", "es", ["calle de Alcalá"]),
        ("the place where Jean lives", "en", []),
        ("la rue était vide", "fr", []),
    ],
)  # fmt: skip
def test_romance_street_spans(text: str, lang: str, spans: list[str]) -> None:
    got = [text[a:b] for a, b in romance_street_spans(text, 0, len(text), lang)]
    assert got == spans


def test_street_names_end_to_end() -> None:
    text = "Les bureaux sont rue Drouot, près du boulevard Malesherbes."
    assert {("rue Drouot", "LOCATION"), ("boulevard Malesherbes", "LOCATION")} <= set(_found(text))
