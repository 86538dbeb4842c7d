"""A lone spaCy PERSON that only GeoNames knows, as a town, is a town
(``transforms.privacy.pii.town_people``). Sentences written anew in the style of re3d dev."""

from __future__ import annotations

from transforms.privacy.pii.town_people import towns_not_people
from transforms.privacy.spans import Span


def _typed(text: str, word: str, detector: str = "spacy_ner") -> str:
    i = text.index(word)
    spans = [Span(i, i + len(word), "PERSON", 0.85, detector)]
    return towns_not_people(text, spans)[0].type


def test_alternate_town_name_is_place() -> None:
    assert _typed("Forces moved to cut the roads around Raqqah last week.", "Raqqah") == "LOCATION"
    assert _typed("The dam lies west of Samarra on the river.", "Samarra") == "LOCATION"


def test_listed_people_stay() -> None:
    # census or learned names, and towns that are surnames, stay people
    assert _typed("Talks with Karzai went on all night.", "Karzai") == "PERSON"
    assert _typed("Then Obama spoke to the press.", "Obama") == "PERSON"


def test_person_uses_stay() -> None:
    assert _typed("Raqqah's speech was short, and Raqqah left early.", "Raqqah") == "PERSON"
    assert _typed("Raqqah , do you still have the file?", "Raqqah") == "PERSON"
    assert _typed("Hi. Samarra is from the Chicago office.", "Samarra") == "PERSON"
    assert _typed("When Raqqah and I went home it rained.", "Raqqah") == "PERSON"
    assert _typed("The book was translated by Raqqah in 1584.", "Raqqah") == "PERSON"
    # a role noun right before names a person (session 33)
    assert _typed("They fought the warrior queen Raqqah for years.", "Raqqah") == "PERSON"
    # a rival beaten in a match report (btc_train)
    assert _typed("BREAKING : Bouchard defeats Raqqah to reach the final .", "Raqqah") == "PERSON"
    assert _typed("BREAKING : the army nears Raqqah to cut the road .", "Raqqah") == "LOCATION"
    # a place noun before is no title
    assert _typed("They fought for the city Raqqah for years.", "Raqqah") == "LOCATION"


def test_joined_to_a_person_stays() -> None:
    text = "It was cited by both Raqqah and Scott Minnich as support."
    i, j = text.index("Raqqah"), text.index("Scott Minnich")
    spans = [
        Span(i, i + len("Raqqah"), "PERSON", 0.85, "spacy_ner"),
        Span(j, j + len("Scott Minnich"), "PERSON", 0.85, "spacy_ner"),
    ]
    assert [s.type for s in towns_not_people(text, spans)] == ["PERSON", "PERSON"]
    # a list of towns still reads as towns, also when spaCy calls both persons
    text = "Strikes hit Raqqah and Samarra again."
    spans = [
        Span(text.index(w), text.index(w) + len(w), "PERSON", 0.85, "spacy_ner")
        for w in ("Raqqah", "Samarra")
    ]
    assert [s.type for s in towns_not_people(text, spans)] == ["LOCATION", "LOCATION"]
    assert _typed("Strikes hit Raqqah and the roads near Samarra.", "Raqqah") == "LOCATION"


def test_other_detectors_untouched() -> None:
    assert _typed("the roads around Raqqah", "Raqqah", detector="context_cue") == "PERSON"


def test_code_look_alike_untouched() -> None:
    from transforms.privacy.engine import detect

    text = "```python\nroads = Raqqah.load(Samarra)\n```"
    assert detect(text) == []
